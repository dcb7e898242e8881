import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { payoutColumns } from "../../src/workbook/outputs";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";
import { FakeExcel } from "../support/fake-excel";

const empty = { name: "SalesPayouts", columns: payoutColumns, rows: [] };
const one = { ...empty, rows: [{ RepID: "R1", NetPayout: 10 }] };

describe("an output with no rows", () => {
  it("is a table with one blank data row and a zero total, in both hosts, and can grow again", async () => {
    const excel = new FakeExcel();
    const office = new OfficeWorkbookHost({ run: excel.run });
    await office.writeTables([empty]);
    expect(excel.read("SalesPayouts", 1, 0, 2, 1)).toEqual([[null], ["Total"]]);
    expect(excel.read("SalesPayouts", 2, 10, 1, 1)).toEqual([[0]]);
    await office.writeTables([one]);
    expect(excel.read("SalesPayouts", 1, 10, 2, 1)).toEqual([[10], [10]]);
    await office.writeTables([empty]);
    expect(excel.read("SalesPayouts", 1, 0, 3, 1)).toEqual([[null], ["Total"], [null]]);

    const xlsx = XlsxWorkbookHost.create();
    await xlsx.writeTables([empty]);
    await xlsx.writeTables([one]);
    await xlsx.writeTables([empty]);
    const ws = xlsx.workbook.getWorksheet("SalesPayouts")!;
    expect([ws.getCell("A2").value, ws.getCell("A3").value, ws.getCell("A4").value]).toEqual([
      null,
      "Total",
      null,
    ]);
    expect((await xlsx.readTable({ name: "SalesPayouts", columns: [] })).rowCount).toBe(0);
  });
});
