/**
 * The demo company's payouts, built the way `salesplan demo` builds them: the demo company's
 * tables in an in-memory workbook, the pipeline, then the payouts job over what it wrote.
 */
import { generateCompany } from "../../src/cli/demo/company";
import { demoPlan, demoScorecard } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { runPipeline } from "../../src/cli/pipeline";
import { ADJUSTMENTS_ROW } from "../../src/jobs";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";

async function demoRun() {
  const company = generateCompany();
  const host = XlsxWorkbookHost.create();
  const now = () => new Date("2026-07-01T09:00:00Z");
  await host.writeTables(companyTables(company), now());
  const annual = company.regions.reduce((s, r) => s + r.Target, 0);
  const result = await runPipeline(host, {
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard: demoScorecard(Math.round(annual / 12 / company.reps.length / 1000) * 1000),
    now,
    lang: "en",
  });
  const payouts = result.jobs.find((j) => j.action === "payouts")!;
  return { company, rows: payouts.outputs.find((o) => o.name === "SalesPayouts")!.rows };
}

test("the demo pays the New logo SPIFF on NewLogos, a measure the plan pays no commission on (point 1)", async () => {
  const { company, rows } = await demoRun();
  const logos = company.actuals.filter((a) => a.Measure === "NewLogos").reduce((s, a) => s + a.Amount, 0);
  expect(logos).toBeGreaterThan(0);
  const spiffRows = rows.filter(
    (r) => r.Measure === ADJUSTMENTS_ROW && /SPIFF New logo/.test(String(r.Explanation)),
  );
  expect(spiffRows.length).toBeGreaterThan(0);
  // Every unit is paid 2,000, in the rep's month: the sentences quote "SPIFF New logo n x 2,000".
  let paid = 0;
  for (const r of spiffRows) {
    const units = /SPIFF New logo (\d+) x 2,000/.exec(String(r.Explanation));
    paid += Number(units![1]);
  }
  expect(paid).toBe(logos);
});
