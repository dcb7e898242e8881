/**
 * A Deals-only workbook in the built pane (issue 15 follow-up), en-light at 360 x 640: the sample
 * workbook's Actuals become one deal per row in a Deals table (Actuals' sheet removed) with a
 * MeasureTargets table. The Incentive plan wizard's inputs say Actuals come from Deals, Preview and
 * Write pay them, and SalesPayouts' actuals are the deals' amounts. Screenshot
 * test-results/deals-only-*-en-light.png is for a person to look at.
 */
import * as fs from "fs";
import * as path from "path";
import { catalogues, fill } from "../../src/taskpane/i18n";
import { seriousViolations } from "../support/axe";
import { resultsDir, tableCells, useTaskpaneBrowser } from "../support/browser";
import type { FakeExcel } from "../support/fake-excel";
import { writeAfterPreview } from "./write";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();
const s = catalogues.en;

test("the Incentive plan wizard pays a workbook whose actuals are all in Deals (en-light)", async () => {
  const page = await openPane({});
  // Every Actuals row becomes a deal on the 15th of its month; Actuals' sheet goes.
  const deals = await page.evaluate(() => {
    const excel = (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
    const t = excel.workbook.table("Actuals")!;
    const rows = excel.read(t.sheet.name, t.top, t.left, t.height, t.width) as (string | number)[][];
    const [header, ...body] = rows;
    const at = (row: (string | number)[], key: string) => row[header.indexOf(key)];
    const serial = (period: string) =>
      Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 15) / 86_400_000 + 25_569;
    const dealRows = body.map((r, i) => [
      `D${i + 1}`,
      serial(String(at(r, "Period"))),
      at(r, "RepID"),
      at(r, "Amount"),
      1,
      at(r, "Measure"),
    ]);
    const targets = body.map((r) => [at(r, "RepID"), at(r, "Period"), at(r, "Measure"), 90_000]);
    excel.workbook.deleteSheet(t.sheet);
    excel.workbook.addSheet("Deals");
    excel.addTable("Deals", "Deals", 0, 0, [
      ["DealID", "Date", "RepID", "Amount", "Split", "Measure"],
      ...dealRows,
    ]);
    excel.workbook.addSheet("MeasureTargets");
    excel.addTable("MeasureTargets", "MeasureTargets", 0, 0, [
      ["RepID", "Period", "Measure", "Target"],
      ...targets,
    ]);
    return body.map((r) => ({
      rep: String(at(r, "RepID")),
      period: String(at(r, "Period")),
      measure: String(at(r, "Measure")),
      amount: Number(at(r, "Amount")),
    }));
  });
  expect(deals.length).toBeGreaterThan(0);

  await page.getByRole("tab", { name: s.tabShortIncentives }).click();
  const line = fill(s.inputFromDeals, { name: "Actuals", rows: fill(s.rowsMany, { count: deals.length }) });
  await page.getByText(line).waitFor();
  const file = path.join(resultsDir, "deals-only-inputs-en-light.png");
  await page.screenshot({ path: file });
  expect(fs.statSync(file).size).toBeGreaterThan(3000);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await writeAfterPreview(page, "Write SalesPayouts");
  await page.getByText(/Written: SalesPayouts \(\d+ rows/).waitFor({ timeout: 60000 });
  await page.screenshot({ path: path.join(resultsDir, "deals-only-written-en-light.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  // Each measure row's Actual is its deal's amount.
  const [header, ...rows] = (await tableCells(page, "SalesPayouts"))!;
  const col = (k: string) => header.indexOf(k);
  const measureRows = rows.filter((r) => deals.some((d) => d.measure === r[col("Measure")]));
  expect(measureRows.length).toBeGreaterThan(0);
  for (const r of measureRows) {
    const deal = deals.find(
      (d) => d.rep === r[col("RepID")] && d.period === r[col("Period")] && d.measure === r[col("Measure")],
    )!;
    expect(Number(r[col("Actual")])).toBeCloseTo(deal.amount, 2);
  }
});
