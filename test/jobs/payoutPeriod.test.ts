/**
 * Payouts for one chosen period: only that period's rows are written, they are the very rows of a
 * full run (draw balances and true-up carried from earlier months included), and they reconcile.
 */
import type { Plan } from "../../src/engine/incentives";
import { payoutPeriods, payoutsJob, readInputs, type PayoutOptions } from "../../src/jobs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { seedSample } from "../browser/sample-workbook";
import { FakeExcel } from "../support/fake-excel";

async function inputs() {
  const excel = new FakeExcel();
  seedSample(excel);
  const read = await readInputs(new OfficeWorkbookHost({ run: excel.run }), ["Reps", "Actuals"], {});
  return { reps: read.Reps, actuals: read.Actuals };
}

/** Revenue on a curve with a recoverable draw, so a month's pay depends on the months before it. */
const plan: Plan = {
  name: "Draw plan",
  version: "1",
  currency: "",
  frequency: "monthly",
  trueUp: true,
  negativeTrueUp: "carry",
  // Revenue's curve alone pays on the target incentive; Collection is commission.
  targetIncentive: 19200,
  measures: [
    {
      name: "Revenue",
      weight: 1,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0.5, payout: 0.25 },
          { attainment: 1, payout: 1 },
          { attainment: 1.5, payout: 2 },
        ],
      },
    },
    {
      name: "Collection",
      method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.005 }] },
    },
  ],
  draw: { amount: 2500, recoverable: true },
};

const options: PayoutOptions = { plan, measureTargets: { Revenue: 100000, Collection: 80000 } };
const net = (r: { totals: readonly { id: string; value: number; expected?: number }[] }) =>
  r.totals.find((t) => t.id === "payoutNet")!;

test("one month: the full run's rows for that month, carried balances included, reconciling", async () => {
  const tables = await inputs();
  const all = payoutsJob(tables, options);
  const rows = all.outputs[0].rows;
  expect(new Set(rows.map((r) => r.Period))).toEqual(new Set(["2026-01", "2026-02", "2026-03"]));
  // The draw really carries: some rep's March explanation speaks of a balance owed or a repayment.
  expect(rows.some((r) => r.Period !== "2026-01" && /draw/.test(String(r.Explanation)))).toBe(true);
  let sum = 0;
  for (const period of ["2026-01", "2026-02", "2026-03"]) {
    const one = payoutsJob(tables, { ...options, period });
    const written = one.outputs[0].rows;
    expect(written.length).toBeGreaterThan(0);
    expect(written).toEqual(rows.filter((r) => r.Period === period));
    expect(net(one).value).toBe(net(one).expected);
    sum += net(one).value;
    // The plan tables go beside it unchanged.
    expect(one.outputs.slice(1)).toEqual(all.outputs.slice(1));
  }
  // The three months add up to the full run, to the cent.
  expect(Math.round(sum * 100)).toBe(Math.round(net(all).value * 100));
  expect(net(all).value).toBe(net(all).expected);
});

test("quarterly plans pay quarters; a period without actuals is refused with the periods there are", async () => {
  const tables = await inputs();
  const quarterly = { ...options, plan: { ...plan, frequency: "quarterly" as const } };
  expect(payoutPeriods(["2026-01", "2026-02", "2026-03"], "quarterly")).toEqual(["2026-Q1"]);
  expect(payoutPeriods(["2026-02", "2025-12", "2026-01", "x"], "monthly")).toEqual([
    "2025-12",
    "2026-01",
    "2026-02",
  ]);
  const q1 = payoutsJob(tables, { ...quarterly, period: "2026-Q1" });
  expect(q1.outputs[0].rows).toEqual(payoutsJob(tables, quarterly).outputs[0].rows);
  expect(() => payoutsJob(tables, { ...options, period: "2026-04" })).toThrow(
    "Payout period 2026-04 has no actuals; the periods are 2026-01, 2026-02, 2026-03",
  );
});

test("a plan on fewer measures than Actuals holds pays on its own and names a measure with no rows", async () => {
  const tables = await inputs();
  const revenueOnly: Plan = { ...plan, measures: [{ ...plan.measures[0], weight: 1 }] };
  const result = payoutsJob(tables, { plan: revenueOnly, measureTargets: { Revenue: 100000 } });
  const measures = new Set(result.outputs[0].rows.map((r) => r.Measure));
  expect(measures.has("Collection")).toBe(false);
  expect(measures.has("Revenue")).toBe(true);
  const units: Plan = { ...plan, measures: [{ ...plan.measures[0], name: "Units", weight: 1 }] };
  expect(() => payoutsJob(tables, { plan: units, measureTargets: { Units: 10 } })).toThrow(
    /Units: no rows in Actuals for this measure of the plan \(Actuals has: Revenue, Collection\)/,
  );
});
