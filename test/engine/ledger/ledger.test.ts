/**
 * The ledger engine: payout rows into lines (each adjustment its own line), restatements of closed
 * periods into the first open one (ledger + open = recomputed, to the cent, over random histories),
 * and the forward-only status moves with their refusals in both languages.
 */
import fc from "fast-check";
import { SalesPlanError } from "../../../src/kernel/errors";
import { computePayouts, type MeasureAmount, type Plan } from "../../../src/engine/incentives";
import {
  checkClose,
  firstOpenPeriod,
  moveStatus,
  nextPeriod,
  payoutLines,
  restatements,
  signedMoney,
  type LedgerLine,
  type PeriodLine,
} from "../../../src/engine/ledger";

const plan: Plan = {
  name: "Ledger",
  version: "1",
  currency: "CNY",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  targetIncentive: 120000,
  measures: [
    {
      name: "Revenue",
      weight: 1,
      method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.05 }] },
    },
  ],
  spiffs: [{ name: "Logo", measure: "NewLogos", amount: 500 }],
  draw: { amount: 6000, recoverable: true },
};

const months = ["2026-01", "2026-02", "2026-03"];
function amounts(repId: string, measure: string, values: number[]): MeasureAmount[] {
  return values.map((amount, i) => ({ repId, period: months[i], measure, amount }));
}

const cents = (lines: readonly { amount: number }[]): number =>
  lines.reduce((s, l) => s + Math.round(l.amount * 100), 0);

function closeLines(lines: readonly PeriodLine[], at = 46000): LedgerLine[] {
  return lines.map((l) => ({
    ...l,
    currency: null,
    status: "Closed",
    closedAt: at,
    closedBy: "Finance",
    approvedAt: null,
    approvedBy: null,
    paidAt: null,
    run: "r1",
  }));
}

function errorText(fn: () => unknown): { en: string; zh: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof SalesPlanError) return { en: error.format("en"), zh: error.format("zh") };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("payoutLines", () => {
  const result = computePayouts({
    plan,
    reps: [
      { id: "R1", name: "Ana" },
      { id: "R2", name: "Bo" },
    ],
    targets: [...amounts("R1", "Revenue", [100000, 100000, 100000]), ...amounts("R2", "Revenue", [1, 1, 1])],
    actuals: [
      ...amounts("R1", "Revenue", [111882, 200000, 90000]),
      ...amounts("R1", "NewLogos", [0, 2, 0]),
      ...amounts("R2", "Revenue", [10000, 300000, 0]),
      ...amounts("R2", "NewLogos", [1, 0, 0]),
    ],
    adjustments: [
      { repId: "R1", period: "2026-03", kind: "manual", amount: -250.5, reason: "returned deal" },
    ],
  });
  const lines = payoutLines(result.rows);

  it("books each measure, SPIFF, draw and manual adjustment on its own line", () => {
    const names = new Set(lines.map((l) => l.line));
    expect(names).toEqual(
      new Set(["Revenue", "SPIFF", "draw top-up", "draw repayment", "manual adjustment"]),
    );
    const revenue = lines.find((l) => l.repId === "R1" && l.period === "2026-01" && l.line === "Revenue")!;
    expect(revenue).toMatchObject({ amount: 5594.1, actual: 111882, target: 100000, name: "Ana" });
    expect(revenue.explanation).toBe(
      result.rows.find((r) => r.repId === "R1" && r.period === "2026-01" && r.kind === "measure")!
        .explanation,
    );
    expect(lines.find((l) => l.line === "manual adjustment")).toMatchObject({ amount: -250.5, repId: "R1" });
  });

  it("adds up to every rep total row, to the cent", () => {
    for (const total of result.rows.filter((r) => r.kind === "total")) {
      const own = lines.filter((l) => l.repId === total.repId && l.period === total.period);
      expect(cents(own)).toBe(Math.round(total.net * 100));
    }
  });
});

describe("restatements", () => {
  const line = (period: string, name: string, amount: number, actual: number | null = null): PeriodLine => ({
    repId: "R1",
    name: "Ana",
    period,
    line: name,
    amount,
    actual,
    target: actual === null ? null : 100000,
    explanation: "as written",
  });

  it("pays a changed January actual in the first open period, quoting old and new figures", () => {
    const ledger = closeLines([line("2026-01", "Revenue", 5594.1, 111882)]);
    const now = [line("2026-01", "Revenue", 5498.82, 109500), line("2026-02", "Revenue", 100, 2000)];
    const en = restatements(ledger, now, "2026-02", "en");
    expect(en).toEqual([
      {
        repId: "R1",
        name: "Ana",
        period: "2026-02",
        line: "restatement 2026-01 Revenue",
        amount: -95.28,
        actual: 109500,
        target: 100000,
        explanation: "restatement of 2026-01: Revenue actual 111,882 → 109,500: -95.28",
      },
    ]);
    expect(restatements(ledger, now, "2026-02", "zh")[0].explanation).toBe(
      "2026-01 重述：Revenue 实际 111,882 → 109,500：-95.28",
    );
    // Once the restatement is closed, the same figures restate nothing again.
    expect(restatements([...ledger, ...closeLines(en)], now, "2026-03", "en")).toEqual([]);
    // A later change quotes the figures the last restatement booked.
    const later = restatements(
      [...ledger, ...closeLines(en)],
      [line("2026-01", "Revenue", 5000, 100000)],
      "2026-03",
      "en",
    );
    expect(later.map((l) => [l.line, l.amount, l.explanation])).toEqual([
      [
        "restatement 2026-01 Revenue",
        -498.82,
        "restatement of 2026-01: Revenue actual 109,500 → 100,000: -498.82",
      ],
    ]);
  });

  it("quotes amounts where neither the actual nor the target changed, and reverses a line that is gone", () => {
    const ledger = closeLines([line("2026-01", "Revenue", 5594.1, 111882), line("2026-01", "SPIFF", 500)]);
    const out = restatements(ledger, [line("2026-01", "Revenue", 6000, 111882)], "2026-02", "en");
    expect(out.map((l) => l.explanation)).toEqual([
      "restatement of 2026-01: Revenue 5,594.10 → 6,000.00: 405.90",
      "restatement of 2026-01: SPIFF 500.00 → 0.00: -500.00",
    ]);
  });

  // Random histories: every month some reps' lines change, the first open month is closed with its
  // restatements; at every step ledger + open months = recomputed, to the cent, and closing with
  // unchanged figures leaves nothing to restate.
  it("keeps ledger + open periods = recomputed, to the cent (property)", () => {
    const periods = ["2026-01", "2026-02", "2026-03", "2026-04"];
    const reps = ["R1", "R2", "R3"];
    const names = ["Revenue", "SPIFF", "draw repayment"];
    const amount = fc.oneof(
      fc.constant(0),
      fc.integer({ min: -500000, max: 5000000 }).map((c) => c / 100),
    );
    const entry = fc.tuple(
      fc.constantFrom(...reps),
      fc.constantFrom(...periods),
      fc.constantFrom(...names),
      amount,
    );
    // Every period pays each rep's measure lines (zero or not), as the engine writes them: a closed
    // period always has lines in the ledger.
    const snapshot = fc
      .tuple(
        fc.array(amount, { minLength: periods.length, maxLength: periods.length }),
        fc.array(entry, { maxLength: 30 }),
      )
      .map(([base, rows]) =>
        [...periods.map((p, i) => ["R1", p, "Revenue", base[i]] as const), ...rows].map(
          ([repId, period, name, a]): PeriodLine => ({
            repId,
            name: repId,
            period,
            line: name,
            amount: a,
            actual: name === "Revenue" ? Math.round(a * 20) : null,
            target: null,
            explanation: "",
          }),
        ),
      );
    fc.assert(
      fc.property(fc.array(snapshot, { minLength: 1, maxLength: 4 }), (runs) => {
        let ledger: LedgerLine[] = [];
        runs.forEach((recomputed, step) => {
          const open = periods[step];
          const restate = restatements(ledger, recomputed, open, "en");
          const openLines = recomputed.filter((l) => l.period >= open);
          expect(cents(ledger) + cents(openLines) + cents(restate)).toBe(cents(recomputed));
          expect(restate.every((l) => l.period === open && l.amount !== 0)).toBe(true);
          ledger = [...ledger, ...closeLines([...openLines.filter((l) => l.period === open), ...restate])];
          expect(restatements(ledger, recomputed, periods[step + 1] ?? "2026-05", "en")).toEqual([]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("formats signed money with two decimals", () => {
    expect(signedMoney(-95.28)).toBe("-95.28");
    expect(signedMoney(1234567.5)).toBe("1,234,567.50");
    expect(signedMoney(-0.001)).toBe("0.00");
  });
});

describe("status moves", () => {
  const jan = closeLines([
    {
      repId: "R1",
      name: "Ana",
      period: "2026-01",
      line: "Revenue",
      amount: 1,
      actual: 1,
      target: 1,
      explanation: "",
    },
  ]);

  it("moves Closed -> Approved -> Paid with who and when, leaving other periods alone", () => {
    const feb = closeLines([{ ...jan[0], period: "2026-02" }]);
    const approved = moveStatus([...jan, ...feb], "2026-01", "Approved", "Lee", 46100);
    expect(approved[0]).toMatchObject({
      status: "Approved",
      approvedAt: 46100,
      approvedBy: "Lee",
      paidAt: null,
    });
    expect(approved[1]).toBe(feb[0]);
    const paid = moveStatus(approved, "2026-01", "Paid", "Lee", 46110);
    expect(paid[0]).toMatchObject({ status: "Paid", approvedAt: 46100, paidAt: 46110, closedBy: "Finance" });
  });

  it("refuses to skip, to go back, and to move an open period, in English and Chinese", () => {
    expect(errorText(() => moveStatus(jan, "2026-01", "Paid", null, 1))).toEqual({
      en: "2026-01 is Closed: it must be Approved before it can be Paid (Closed → Approved → Paid)",
      zh: "2026-01 当前为已关账：必须先已审批，才能已发放（已关账 → 已审批 → 已发放）",
    });
    const paid = moveStatus(moveStatus(jan, "2026-01", "Approved", null, 1), "2026-01", "Paid", null, 2);
    expect(errorText(() => moveStatus(paid, "2026-01", "Approved", null, 3)).en).toBe(
      "2026-01 is already Paid: a period's status moves forward only (Closed → Approved → Paid), never back to Approved",
    );
    expect(errorText(() => moveStatus(jan, "2026-02", "Approved", null, 1)).en).toBe(
      "2026-02 is not closed: close it before marking it Approved",
    );
  });

  it("closes each period once and in order", () => {
    expect(errorText(() => checkClose(jan, months, "2026-01")).en).toMatch(
      /^2026-01 is already closed \(Closed\)/,
    );
    expect(errorText(() => checkClose(jan, months, "2026-03")).zh).toBe(
      "2026-02 尚未关账：请按顺序关账（先关 2026-02，再关 2026-03）",
    );
    expect(() => checkClose(jan, months, "2026-02")).not.toThrow();
  });

  it("finds the first open period", () => {
    expect(firstOpenPeriod(months, [])).toBe("2026-01");
    expect(firstOpenPeriod(months, ["2026-01"])).toBe("2026-02");
    expect(firstOpenPeriod(months, ["2026-01", "2026-02", "2026-03"])).toBe("2026-04");
    expect(nextPeriod("2026-12")).toBe("2027-01");
    expect(nextPeriod("2026-Q4")).toBe("2027-Q1");
  });
});
