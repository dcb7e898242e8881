/**
 * Cash awards of the honour roll reach SalesPayouts as adjustments (PRODUCT.md "People"): the
 * payouts run pays SalesHonourRoll's winning lines with cash, after the draw (an award neither
 * repays nor meets it), explained as an award in en and zh, totalled apart in the audit; an award
 * the run cannot pay is a warning naming the award, the rep and the month.
 */
import { honourRollBackSpec, payoutRun, salesTargetsSpec, type PayoutOptions } from "../../src/jobs";
import { actualsSpec, repsSpec } from "../../src/workbook/inputs";
import type { RawCell } from "../../src/workbook/types";
import { twoMeasurePlan } from "../support/plans";
import { parsedTable } from "../support/tables";

// A recoverable draw of 3,000 a month under the two-measure plan (24,000 a year: 2,000 a month).
const plan = { ...twoMeasurePlan(), draw: { amount: 3000, recoverable: true } };
const reps = parsedTable(repsSpec, [
  ["RepID", "Name", "Region"],
  ["R1", "Ann", "East"],
  ["R2", "Bo", "East"],
]);
// January: Revenue 60% of 100,000 -> curve 0.25 + 0.1/0.5 x 0.75 = 40% of 2,000 = 800; Collection
// 60,000 -> 1% of 50,000 + 2% of 10,000 = 700. Earned 1,500; the draw tops it up to 3,000.
const actuals = parsedTable(actualsSpec, [
  ["RepID", "Period", "Measure", "Amount"],
  ...["R1", "R2"].flatMap((rep) => [
    [rep, "2026-01", "Revenue", 60000],
    [rep, "2026-01", "Collection", 60000],
  ]),
]);
const salesTargets = parsedTable(salesTargetsSpec, [
  ["RepID", "Product", "Period", "Target"],
  ["R1", "All", "2026-01", 100000],
  ["R2", "All", "2026-01", 100000],
]);
const honourRoll = (rows: RawCell[][]) =>
  parsedTable(honourRollBackSpec, [
    ["Period", "Award", "Rank", "RepID", "Name", "Region", "Value", "Reason", "Cash"],
    ...rows,
  ]);
const options = (language: "en" | "zh" = "en"): PayoutOptions => ({ plan, measureTargets: {}, language });
const totalRow = (rows: readonly Record<string, unknown>[], rep: string) =>
  rows.find((r) => r.RepID === rep && r.Payout === 0 && r.Actual === undefined)!;

test("worked example: a 300 award is paid on top of the draw top-up, which it does not repay", () => {
  const roll = honourRoll([
    ["2026-01", "Top score", 1, "R1", "Ann", "East", 95, "score 95.0 in 2026-01, rank 1 of 2", 300],
    // A line that did not win carries no cash; a winner without cash is honour only.
    ["2026-01", "Top score", null, "R2", "Bo", "East", 90, "skipped", 0],
    ["2026-01", "Most improved", 1, "R2", "Bo", "East", 0.05, "score up 5.0", 0],
  ]);
  const without = payoutRun({ reps, actuals, salesTargets }, options());
  const withAward = payoutRun({ reps, actuals, salesTargets, honourRoll: roll }, options());
  const before = totalRow(without.outputs[0].rows, "R1");
  const after = totalRow(withAward.outputs[0].rows, "R1");
  expect(before.Adjustments).toBe(1500); // the draw top-up
  expect(after.Adjustments).toBe(1800);
  expect(after.NetPayout).toBe(1800);
  expect(String(after.Explanation)).toBe(
    "Total 2026-01: measures 1,500 + adjustments 1,800 = 3,300. Adjustments: draw top-up (to 3,000) 1,500 + honour roll award “Top score, rank 1 in 2026-01” 300 = 1,800; draw balance owed 1,500",
  );
  // The draw owed afterwards is the same: the award is not commission.
  const balance = (job: typeof without, rep: string) =>
    job.engine.rows.find((r) => r.repId === rep && r.kind === "total")!.drawBalance;
  expect(balance(withAward, "R1")).toBe(balance(without, "R1"));
  // Bo's rows are as they were; the measure rows too.
  expect(withAward.outputs[0].rows.filter((r) => r.RepID === "R2")).toEqual(
    without.outputs[0].rows.filter((r) => r.RepID === "R2"),
  );
  const totals = Object.fromEntries(withAward.totals.map((t) => [t.id, t]));
  expect(totals.payoutAwards.value).toBe(300);
  expect(totals.payoutNet).toMatchObject({ value: 6300, expected: 6300 });
  expect(without.totals.map((t) => t.id)).not.toContain("payoutAwards");
  // Finance's ledger books it on its own line.
  const items = withAward.engine.rows.find((r) => r.repId === "R1" && r.kind === "total")!.adjustmentItems;
  expect(items.map((i) => [i.kind, i.amount])).toEqual([
    ["draw", 1500],
    ["award", 300],
  ]);

  const zh = payoutRun({ reps, actuals, salesTargets, honourRoll: roll }, options("zh"));
  expect(String(totalRow(zh.outputs[0].rows, "R1").Explanation)).toContain(
    "荣誉榜奖金“Top score，第 1 名（2026-01）” 300",
  );
});

test("an award the run cannot pay (rep or month not in it) is a warning by name, not a payment", () => {
  const roll = honourRoll([
    ["2026-01", "Top score", 1, "R9", "Nobody", "East", 95, "", 300],
    ["2026-05", "Rookie", 1, "R2", "Bo", "East", 1.2, "", 200],
  ]);
  const job = payoutRun({ reps, actuals, salesTargets, honourRoll: roll }, options());
  expect(job.totals.find((t) => t.id === "payoutAwards")!.value).toBe(0);
  const unpaid = (job.warnings ?? []).filter((w) => w.table === "SalesHonourRoll");
  expect(unpaid.map((w) => w.error.format("en"))).toEqual([
    "SalesHonourRoll: the cash of award 'Top score' to rep R9 in 2026-01 is not paid: the payouts run does not pay R9",
    "SalesHonourRoll: the cash of award 'Rookie' to rep R2 in 2026-05 is not paid: the payouts run does not pay 2026-05",
  ]);
  expect(unpaid[1].error.format("zh")).toBe(
    "SalesHonourRoll：奖项“Rookie”给销售代表 R2 的 2026-05 现金奖励未发放：本次奖金计算不包括 2026-05",
  );
});

test("awards given to the run replace the workbook's SalesHonourRoll (the second pass)", () => {
  const stale = honourRoll([["2026-01", "Top score", 1, "R1", "Ann", "East", 95, "", 300]]);
  const job = payoutRun(
    {
      reps,
      actuals,
      salesTargets,
      honourRoll: stale,
      awards: [{ period: "2026-01", award: "Star", rank: 1, rep: "R2", cash: 250 }],
    },
    options(),
  );
  expect(totalRow(job.outputs[0].rows, "R1").Adjustments).toBe(1500);
  expect(totalRow(job.outputs[0].rows, "R2").Adjustments).toBe(1750);
});
