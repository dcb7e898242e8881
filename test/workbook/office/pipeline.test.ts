/**
 * The whole demo run through both hosts: the Office.js host (over the in-memory Excel) must leave
 * exactly the cells the .xlsx host leaves, table by table.
 */
import { generateCompany } from "../../../src/cli/demo/company";
import { demoPlan, demoScorecard } from "../../../src/cli/demo/plans";
import { companyTables } from "../../../src/cli/demo/tables";
import { runPipeline, type PipelineOptions } from "../../../src/cli/pipeline";
import { OfficeWorkbookHost } from "../../../src/workbook/office/host";
import { OUTPUT_TABLES } from "../../../src/workbook/outputs";
import { fromExcelJs } from "../../../src/workbook/xlsx/cells";
import { XlsxWorkbookHost } from "../../../src/workbook/xlsx/host";
import { FakeExcel } from "../../support/fake-excel";

jest.setTimeout(60_000);

it("writes the same output tables through Office.js as through .xlsx", async () => {
  const company = generateCompany();
  const now = new Date(Date.UTC(2026, 6, 1, 9));
  const options: PipelineOptions = {
    year: 2026,
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard: demoScorecard(130_000),
    now: () => now,
  };

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
  // Five input reads, three jobs: reads and writes in a few dozen syncs, not thousands.
  console.log(
    `demo pipeline through Office.js: ${excel.syncs} syncs, largest request ${excel.largestRequest} bytes`,
  );
  expect(excel.syncs).toBeLessThan(60);
});
