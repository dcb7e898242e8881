/**
 * A true-up after closed periods reads "paid before" from the ledger (the engine's `booked` input),
 * over random histories: each step changes any month's actuals, closed or not, runs the engine with
 * the ledger, and closes the first open month. At every step, to the cent: ledger + open months +
 * restatements = what the inputs pay every month now (a run without the ledger); the first open
 * month's true-up subtracts exactly what was booked; and the engine's `restated` total is what the
 * restatement lines it replaced would have paid. Months cross a year end, where the true-up restarts.
 */
import fc from "fast-check";
import { computePayouts, type MeasureAmount, type Plan } from "../../../src/engine/incentives";
import {
  bookedPaid,
  drawBalances,
  firstOpenPeriod,
  paidInTrueUp,
  payoutLines,
  restatements,
  type LedgerLine,
  type PeriodLine,
} from "../../../src/engine/ledger";

const months = ["2025-11", "2025-12", "2026-01", "2026-02"];
const reps = ["R1", "R2"];

const plan: Plan = {
  name: "Ledger",
  version: "1",
  currency: "CNY",
  frequency: "monthly",
  trueUp: true,
  negativeTrueUp: "clawback",
  targetIncentive: 60000,
  measures: [
    {
      name: "Revenue",
      weight: 1,
      method: {
        kind: "tiers",
        mode: "marginal",
        basis: "amount",
        tiers: [
          { from: 0, rate: 0.03 },
          { from: 150000, rate: 0.06 },
        ],
      },
    },
    {
      name: "Margin",
      weight: 1,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0, payout: 0 },
          { attainment: 1, payout: 1 },
          { attainment: 2, payout: 1.5 },
        ],
      },
    },
  ],
  gates: [{ measure: "Margin", minimum: 0.5, on: "attainment", window: "period" }],
  draw: { amount: 4000, recoverable: true },
};

const cents = (lines: readonly { amount: number }[]): number =>
  lines.reduce((s, l) => s + Math.round(l.amount * 100), 0);

function close(lines: readonly PeriodLine[]): LedgerLine[] {
  return lines.map((l) => ({
    ...l,
    currency: null,
    status: "Closed",
    closedAt: 46000,
    closedBy: null,
    approvedAt: null,
    approvedBy: null,
    paidAt: null,
    run: null,
  }));
}

const amount = fc.integer({ min: 0, max: 120000 });
/** One version of the inputs: Revenue and Margin per rep and month. */
const snapshot = fc.array(fc.tuple(amount, amount), {
  minLength: reps.length * months.length,
  maxLength: reps.length * months.length,
});

function inputs(values: readonly (readonly [number, number])[]) {
  const actuals: MeasureAmount[] = [];
  const targets: MeasureAmount[] = [];
  reps.forEach((repId, r) =>
    months.forEach((period, p) => {
      const [revenue, margin] = values[r * months.length + p];
      actuals.push({ repId, period, measure: "Revenue", amount: revenue });
      actuals.push({ repId, period, measure: "Margin", amount: margin });
      targets.push({ repId, period, measure: "Revenue", amount: 80000 });
      targets.push({ repId, period, measure: "Margin", amount: 40000 });
    }),
  );
  return { plan, reps: reps.map((id) => ({ id, name: id })), actuals, targets };
}

test("ledger + open months = recomputed, with the true-up reading what was booked (property)", () => {
  const measures = plan.measures.map((m) => m.name);
  fc.assert(
    fc.property(fc.array(snapshot, { minLength: months.length, maxLength: months.length }), (runs) => {
      let ledger: LedgerLine[] = [];
      runs.forEach((values, step) => {
        const fresh = computePayouts(inputs(values));
        const run = computePayouts({ ...inputs(values), booked: bookedPaid(ledger, measures) });
        const closed = new Set(ledger.map((l) => l.period));
        const into = firstOpenPeriod(run.periods, closed)!;
        expect(into).toBe(months[step]);
        const lines = payoutLines(run.rows);
        const restate = restatements(ledger, lines, into, "en", paidInTrueUp(into, new Set(reps), measures));
        const open = lines.filter((l) => !closed.has(l.period));
        expect(cents(ledger) + cents(open) + cents(restate)).toBe(Math.round(fresh.totals.net * 100));
        // What the true-up paid for closed months is what the restatements it replaced would pay.
        const replaced = restatements(ledger, lines, into, "en").filter((l) =>
          measures.includes(l.line.split(" ").slice(2).join(" ")),
        );
        const sameYear = replaced.filter((l) => l.line.split(" ")[1].slice(0, 4) === into.slice(0, 4));
        expect(Math.round((run.totals.restated ?? 0) * 100)).toBe(cents(sameYear));
        // Closed months' lines are as a run without the ledger pays them: only `into` reads it.
        const freshLines = payoutLines(fresh.rows);
        expect(lines.filter((l) => l.period !== into)).toEqual(freshLines.filter((l) => l.period !== into));
        ledger = [...ledger, ...close([...open.filter((l) => l.period === into), ...restate])];
      });
    }),
    { numRuns: 40 },
  );
});

describe("what the ledger booked", () => {
  const line = (period: string, name: string, amount: number, repId = "R1"): LedgerLine =>
    close([
      { repId, name: repId, period, line: name, amount, actual: null, target: null, explanation: "" },
    ])[0];
  const ledger = [
    line("2025-12", "Revenue", 700),
    line("2026-01", "Revenue", 1000),
    line("2026-01", "draw top-up", 500),
    line("2026-02", "Revenue", 300),
    line("2026-02", "draw repayment", -200),
    // Booked in March: January's Revenue and top-up restated.
    line("2026-03", "restatement 2026-01 Revenue", -50),
    line("2026-03", "restatement 2026-01 draw top-up", 50),
    line("2026-01", "draw top-up", 400, "R2"),
  ];

  it("counts each measure's lines for the year they pay, restatements for the period they restate", () => {
    const booked = bookedPaid(ledger, ["Revenue"]);
    expect([...booked.closed].sort()).toEqual(["2025-12", "2026-01", "2026-02", "2026-03"]);
    expect(Object.fromEntries([...booked.cents].map(([k, v]) => [k.split("\u0000").join(" "), v]))).toEqual({
      "R1 Revenue 2025": 70000,
      "R1 Revenue 2026": 125000,
    });
  });

  it("owes the opening balance plus top-ups less repayments booked up to a period", () => {
    const opening = new Map([["R1", 100]]);
    expect(Object.fromEntries(drawBalances(ledger, "2026-01", opening))).toEqual({ R1: 600, R2: 400 });
    expect(Object.fromEntries(drawBalances(ledger, "2026-02", opening))).toEqual({ R1: 400, R2: 400 });
    // The restatement is booked in March: January's statement keeps what January booked.
    expect(Object.fromEntries(drawBalances(ledger, "2026-03", opening))).toEqual({ R1: 450, R2: 400 });
  });

  it("leaves a restatement to the true-up only for a measure of the same year and a rep the run pays", () => {
    const paid = paidInTrueUp("2026-03", new Set(["R1"]), ["Revenue"]);
    expect(paid("R1", "2026-01", "Revenue")).toBe(true);
    expect(paid("R1", "2025-12", "Revenue")).toBe(false);
    expect(paid("R1", "2026-01", "draw top-up")).toBe(false);
    expect(paid("R2", "2026-01", "Revenue")).toBe(false);
  });
});
