/**
 * Both hosts report the formula cells in tables' data rows: Office.js (over the in-memory Excel,
 * which keeps text written as text and turns a user's "=..." into a formula) and .xlsx (exceljs,
 * through a saved and reopened file). Text SalesPlan wrote that starts with "=" is not a formula;
 * the totals row's SUBTOTAL is not a data row.
 */
import ExcelJS from "exceljs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import type { OutputTable } from "../../src/workbook/outputs";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";
import { FakeExcel } from "../support/fake-excel";

/** A two-column output with a totals row; row 2's note is text that looks like a formula. */
function output(name: string, rows: number): OutputTable {
  return {
    name,
    columns: [
      { key: "Note", header: "Note", kind: "text" },
      { key: "Amount", header: "Amount", kind: "money", total: true },
    ],
    rows: Array.from({ length: rows }, (_, i) => ({
      Note: i === 1 ? "=not a formula" : `row ${i + 1}`,
      Amount: i,
    })),
  };
}

describe("Office.js host (in-memory Excel)", () => {
  test("lists formula cells by address and header, counts the rest, skips text and the totals row", async () => {
    const excel = new FakeExcel();
    const host = new OfficeWorkbookHost({ run: excel.run });
    await host.writeTables([output("SalesPayouts", 40), output("SalesPlan", 3)]);
    // A user types formulas into the table (as Excel stores them: a formula, no value).
    const payouts = excel.workbook.table("SalesPayouts")!;
    for (const r of [3, 7, 8, 20, 31, 40])
      payouts.sheet.cell(payouts.top + r, payouts.left + 1).formula = `=SALES.PACE(${r},1,1)`;
    payouts.sheet.cell(payouts.top + 5, payouts.left).formula = '="R"&5';

    const syncs = excel.syncs;
    const found = await host.formulaCells(["SalesPayouts", "SalesPlan", "SalesScorecard"], 3);
    // Tables listed; every body's formula areas found together; the three listed cells' formulas.
    expect(excel.syncs - syncs).toBe(3);
    expect(found).toEqual([
      {
        table: "SalesPayouts",
        sheet: "SalesPayouts",
        count: 7,
        cells: [
          { row: 4, address: "B4", column: "Amount", formula: "=SALES.PACE(3,1,1)" },
          { row: 6, address: "A6", column: "Note", formula: '="R"&5' },
          { row: 8, address: "B8", column: "Amount", formula: "=SALES.PACE(7,1,1)" },
        ],
      },
      { table: "SalesPlan", sheet: "SalesPlan", count: 0, cells: [] },
    ]);
    // The text that looks like a formula really is text in the cell.
    expect(payouts.sheet.get(payouts.top + 2, payouts.left)).toMatchObject({
      value: "=not a formula",
      formula: undefined,
    });
    // The totals row holds SUBTOTAL formulas, outside the data rows.
    expect(payouts.sheet.get(payouts.top + 41, payouts.left + 1)?.formula).toMatch(/^=SUBTOTAL/);
  });

  test("finds formula cells without reading the table's values", async () => {
    const excel = new FakeExcel();
    const host = new OfficeWorkbookHost({ run: excel.run });
    await host.writeTables([output("SalesTargets", 20_000)]);
    const table = excel.workbook.table("SalesTargets")!;
    for (let r = 1; r <= 20_000; r++) table.sheet.cell(table.top + r, table.left + 1).formula = `=${r}*2`;
    const answers = excel.responseBytes.length;
    const found = await host.formulaCells(["SalesTargets"], 2);
    expect(found[0]).toMatchObject({
      count: 20_000,
      cells: [
        { address: "B2", row: 2, column: "Amount", formula: "=1*2" },
        { address: "B3", row: 3, column: "Amount", formula: "=2*2" },
      ],
    });
    // One area (B2:B20001) and two formulas: nothing near the 20,000 rows' size.
    expect(Math.max(...excel.responseBytes.slice(answers))).toBeLessThan(2000);
  });

  test("scans the bodies in blocks when the formula areas do not fit in an answer, with the same result", async () => {
    const excel = new FakeExcel();
    const host = new OfficeWorkbookHost({ run: excel.run, blockBytes: 4000 });
    await host.writeTables([output("SalesTargets", 500)]);
    const table = excel.workbook.table("SalesTargets")!;
    // Every other row: 250 separate areas, whose address list is over the 3,000-byte limit below.
    for (let r = 1; r <= 500; r += 2) table.sheet.cell(table.top + r, table.left + 1).formula = `=${r}+1`;
    const expected = await host.formulaCells(["SalesTargets"]);
    excel.payloadLimit = 3000;
    const [syncs, answers] = [excel.syncs, excel.responseBytes.length];
    const found = await host.formulaCells(["SalesTargets"]);
    expect(found).toEqual(expected);
    expect(found[0].count).toBe(250);
    expect(found[0].cells.map((c) => c.address)).toEqual(["B2", "B4", "B6", "B8", "B10"]);
    // The areas were refused (and recorded, over the limit); so was the scan's first guess; the
    // rest came in smaller blocks.
    const sizes = excel.responseBytes.slice(answers);
    expect(sizes.filter((b) => b > 3000).length).toBeGreaterThanOrEqual(2);
    expect(excel.syncs - syncs).toBeGreaterThan(4);
  });
});

describe(".xlsx host (exceljs)", () => {
  test("lists formula and shared-formula cells of a saved file, not text or the totals row", async () => {
    const host = XlsxWorkbookHost.create();
    await host.writeTables([output("SalesPayouts", 6)]);
    const sheet = host.workbook.getWorksheet("SalesPayouts")!;
    sheet.getCell("B3").value = { formula: "SALES.PACE(1,2,3)", result: 4 };
    sheet.getCell("B5").value = { formula: "B4*2", result: 6 };
    sheet.getCell("B6").value = { sharedFormula: "B5", result: 8 };
    const buffer = await host.workbook.xlsx.writeBuffer();
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(buffer as ArrayBuffer);
    const found = await new XlsxWorkbookHost(reopened).formulaCells(["SalesPayouts", "SalesAudit"]);
    expect(found).toEqual([
      {
        table: "SalesPayouts",
        sheet: "SalesPayouts",
        count: 3,
        cells: [
          { row: 3, address: "B3", column: "Amount", formula: "=SALES.PACE(1,2,3)" },
          { row: 5, address: "B5", column: "Amount", formula: "=B4*2" },
          { row: 6, address: "B6", column: "Amount", formula: "=B5*2" },
        ],
      },
    ]);
    expect(reopened.getWorksheet("SalesPayouts")!.getCell("A3").value).toBe("=not a formula");
  });
});
