/**
 * PRODUCT.md "Organisations": with Deals, Actuals are built from credited deals — for every job, not
 * only payouts. The demo company (whose Deals stand for Actuals' Revenue) with one June deal
 * restated: the command line's scorecard Revenue result and honour roll, and the pane's tracking,
 * follow the deal, while Actuals' own Revenue rows stay as they were.
 */
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoPlan, demoScorecard } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { demoColumn as c } from "../../src/cli/demo/columns";
import { runPipeline } from "../../src/cli/pipeline";
import { dealsOnlyPlan } from "../support/plans";
import { defaultTrackingOptions, headersSpec } from "../../src/jobs";
import { createHostActions } from "../../src/taskpane/hostActions";
import type { OutputRow, OutputTable } from "../../src/workbook/outputs";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";

jest.setTimeout(60_000);

const company = generateCompany({ ...defaultDemoOptions, reps: 18 });
const now = new Date(Date.UTC(2026, 6, 1, 9));
const scorecard = demoScorecard(130_000);
const JUNE = "2026-06";

const tables = companyTables(company);
const deals = tables.find((t) => t.name === "Deals")!;
const isJune = (d: OutputRow) => {
  const date = new Date(Date.UTC(1899, 11, 30) + (d.Date as number) * 86_400_000);
  return date.getUTCFullYear() === 2026 && date.getUTCMonth() === 5;
};
// A rep's June Revenue credited from deals (split and overlay as crediting reads them).
const credited = (rows: readonly OutputRow[], rep: string): number =>
  rows
    .filter((d) => d.RepID === rep && isJune(d) && d.Measure === "Revenue")
    .reduce((sum, d) => sum + (d.Amount as number) * ((d.Split as number | null) ?? 1), 0);
// The rep of the smallest June deal not split with another: raising it lifts their June score most.
const junes = deals.rows.filter((d) => isJune(d) && d.Split === 1 && d.Overlay === false);
const target = junes.reduce((low, d) => ((d.Amount as number) < (low.Amount as number) ? d : low));
const rep = target.RepID as string;
const restated: OutputTable = {
  ...deals,
  rows: deals.rows.map((d) => (d === target ? { ...d, Amount: 900_000 } : d)),
};

/** The demo's tables (Deals as given) through `salesplan run` and the pane's tracking. */
async function runWith(dealTable: OutputTable) {
  const host = XlsxWorkbookHost.create();
  await host.writeTables(
    tables.map((t) => (t.name === "Deals" ? dealTable : t)),
    now,
  );
  await runPipeline(host, {
    year: 2026,
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard,
    now: () => now,
    lang: "en",
  });
  const rows = async (name: string) => (await host.readTable(headersSpec(name))).rows.map((r) => r.values);
  const tracking = await createHostActions(host, () => now).trackTargets(
    { ...defaultTrackingOptions, measure: "Revenue", asOf: JUNE },
    {},
  );
  return {
    card: (await rows("SalesScorecard")).find((r) => r.RepID === rep && r.Period === JUNE)!,
    honours: (await rows("SalesHonourRoll")).filter((r) => r.Period === JUNE),
    actuals: (await rows("Actuals")).filter((r) => r.RepID === rep && r.Period === JUNE),
    tracked: tracking.reps.find((r) => r.key === rep)!,
  };
}

test("a restated deal moves the scorecard's Revenue result, the honour roll and tracking", async () => {
  const before = await runWith(deals);
  const after = await runWith(restated);
  const was = credited(deals.rows, rep);
  const is = credited(restated.rows, rep);
  expect(is).toBeGreaterThan(was);

  // Actuals' own Revenue rows are the same in both workbooks: only the deal changed.
  expect(after.actuals).toEqual(before.actuals);

  // The scorecard's Revenue result KPI scores the month's credited revenue against its target
  // (achievement in percent, capped at the card's 120%).
  const achievement = (revenue: number) => Math.min(revenue / 130_000, scorecard.cap) * 100;
  expect(Number(before.card.Revenue)).toBeCloseTo(achievement(was), 6);
  expect(Number(after.card.Revenue)).toBeCloseTo(achievement(is), 6);
  expect(Number(after.card.Score)).toBeGreaterThan(Number(before.card.Score));

  // The honour roll reads that score: the June jump makes the rep the month's most improved
  // (President's Club reads payouts, which followed deals already).
  const improved = (honours: readonly Record<string, unknown>[]) =>
    honours.find((r) => r.Award === "Most improved" && Number(r.Rank) === 1)?.RepID;
  expect(improved(before.honours)).not.toBe(rep);
  expect(improved(after.honours)).toBe(rep);

  // Tracking (Track & re-plan) counts the deal in the actual to date.
  expect(after.tracked.actualToDate - before.tracked.actualToDate).toBeCloseTo(is - was, 6);
});

test("salesplan run pays a workbook whose actuals are all in Deals (no Actuals table)", async () => {
  const host = XlsxWorkbookHost.create();
  const reps = tables.find((t) => t.name === "Reps")!;
  const two = reps.rows.slice(0, 2).map((r) => r.RepID as string);
  await host.writeTables(
    [
      { ...reps, rows: reps.rows.slice(0, 2) },
      { ...deals, rows: deals.rows.filter((d) => two.includes(d.RepID as string) && isJune(d)) },
      {
        name: "MeasureTargets",
        columns: [c("RepID", "text"), c("Period", "text"), c("Measure", "text"), c("Target", "money")],
        rows: two.map((RepID) => ({ RepID, Period: JUNE, Measure: "Revenue", Target: 100_000 })),
      },
    ],
    now,
  );
  const plan = dealsOnlyPlan;
  const ran = await runPipeline(host, {
    targets: null,
    products: [],
    plan,
    scorecard: null,
    now: () => now,
    lang: "en",
  });
  expect(ran.year).toBe(2026);
  const payouts = (await host.readTable(headersSpec("SalesPayouts"))).rows.map((r) => r.values);
  for (const rep of two) {
    const june = payouts.find((r) => r.RepID === rep && r.Period === JUNE && r.Measure === "Revenue")!;
    expect(Number(june.Actual)).toBeCloseTo(credited(deals.rows, rep), 6);
  }
});
