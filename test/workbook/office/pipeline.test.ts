/**
 * The whole demo run through both hosts: the Office.js host (over the in-memory Excel) must leave
 * exactly the cells the .xlsx host leaves, table by table; and a user's own table under an output
 * name stops the run.
 */
import { generateCompany } from "../../../src/cli/demo/company";
import { demoPlan, demoScorecard } from "../../../src/cli/demo/plans";
import { companyTables } from "../../../src/cli/demo/tables";
import { runPipeline, type PipelineOptions } from "../../../src/cli/pipeline";
import { SalesPlanError } from "../../../src/kernel/errors";
import { OfficeWorkbookHost } from "../../../src/workbook/office/host";
import { OUTPUT_TABLES } from "../../../src/workbook/outputs";
import { fromExcelJs } from "../../../src/workbook/xlsx/cells";
import { XlsxWorkbookHost } from "../../../src/workbook/xlsx/host";
import { FakeExcel } from "../../support/fake-excel";

jest.setTimeout(60_000);

const company = generateCompany();
const now = new Date(Date.UTC(2026, 6, 1, 9));
const options: PipelineOptions = {
  year: 2026,
  targets: { source: "regions" },
  products: company.products,
  plan: demoPlan,
  scorecard: demoScorecard(130_000),
  now: () => now,
  lang: "en",
};

it("writes the same output tables through Office.js as through .xlsx", async () => {
  const xlsx = XlsxWorkbookHost.create();
  await xlsx.writeTables(companyTables(company), now);
  const viaXlsx = await runPipeline(xlsx, options);

  const excel = new FakeExcel();
  const office = new OfficeWorkbookHost({ run: excel.run });
  await office.writeTables(companyTables(company), now);
  excel.syncs = 0;
  const viaOffice = await runPipeline(office, options);

  expect(viaOffice.written).toEqual(viaXlsx.written);
  for (const name of OUTPUT_TABLES) {
    const table = excel.workbook.table(name)!;
    const height = table.height + (table.showTotals ? 1 : 0);
    const ws = xlsx.workbook.getWorksheet(name)!;
    const fromFile = Array.from({ length: height }, (_, r) =>
      Array.from({ length: table.width }, (_, c) => fromExcelJs(ws.getCell(r + 1, c + 1).value)),
    );
    expect(excel.read(name, 0, 0, height, table.width)).toEqual(fromFile);
  }
  // Five input reads, three jobs: reads and writes in a few dozen syncs, not thousands (47 with the
  // payouts' optional tables, FxRates among them, read in one batch).
  console.log(
    `demo pipeline through Office.js: ${excel.syncs} syncs, largest request ${excel.largestRequest} bytes`,
  );
  expect(excel.syncs).toBeLessThan(50);
});

// Ownership by identity (PRODUCT.md): after the demo the user deletes the SalesTargets sheet and
// makes a table of their own under that name on another sheet. The record still names
// SalesTargets, but its sheet and columns do not match, so the run stops and the user's row survives.
it("stops at the user's own SalesTargets made after the demo, naming the table and sheet", async () => {
  const excel = new FakeExcel();
  const host = new OfficeWorkbookHost({ run: excel.run });
  await host.writeTables(companyTables(company), now);
  await runPipeline(host, options);
  expect(await host.ownership("SalesTargets")).toBe("salesplan");

  excel.workbook.deleteSheet(excel.workbook.sheet("SalesTargets")!);
  excel.addTable("Mine", "SalesTargets", 2, 1, [
    ["Mine", "Notes"],
    ["keep", "me"],
  ]);
  expect(await host.ownership("SalesTargets")).toBe("foreign");
  const before = excel.state();

  const error = await runPipeline(host, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SalesPlanError);
  const message = error as SalesPlanError;
  expect(message.format("en")).toContain(
    "Table 'SalesTargets' on sheet 'Mine' was not created by SalesPlan (its columns are Mine, Notes)",
  );
  expect(message.format("zh")).toContain("工作表“Mine”上的表“SalesTargets”不是 SalesPlan 创建的");
  expect(excel.read("Mine", 2, 1, 2, 2)).toEqual([
    ["Mine", "Notes"],
    ["keep", "me"],
  ]);
  expect(excel.state()).toBe(before);
});
