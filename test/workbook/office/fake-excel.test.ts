/** The in-memory Excel keeps Office.js's rules, or the host's tests would prove nothing. */
import { FakeExcel, PAYLOAD_LIMIT } from "../../support/fake-excel";

describe("FakeExcel", () => {
  // This test breaks the rules on purpose, to see the fake catch it.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  it("refuses to read a property before load() and sync()", async () => {
    const excel = new FakeExcel();
    excel.setValues("Data", 0, 0, [["a", 1]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it("finds formula cells as RangeAreas (a null object when there are none), not text that looks like one", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("F");
      sheet.getRange("A1:C4").values = [
        ["=1", "=2", "x"],
        ["=3", "=4", 5],
        [1, 2, "=5"],
        ["=6", 3, "=7"],
      ];
      (sheet.getRange("C1") as unknown as { numberFormat: string }).numberFormat = "@";
      sheet.getRange("C1").values = [["=text"]];
      const found = sheet
        .getRange("A1:C4")
        .getSpecialCellsOrNullObject("Formulas")
        .load("address,areaCount,cellCount");
      const areas = found.areas.load("items/address,items/rowCount,items/columnCount");
      const none = sheet.getRange("A3:B3").getSpecialCellsOrNullObject("Formulas").load("address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      // Row runs merged down while the next row has the same run.
      expect(found.address).toBe("F!A1:B2,F!C3:C4,F!A4");
      expect([found.areaCount, found.cellCount]).toEqual([3, 7]);
      expect(areas.items.map((a) => [a.address, a.rowCount, a.columnCount])).toEqual([
        ["F!A1:B2", 2, 2],
        ["F!C3:C4", 2, 1],
        ["F!A4", 1, 1],
      ]);
    });
  });

  it("runs queued writes only at sync, in order", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("New");
      sheet.getRange("A1").values = [["x"]];
      expect(excel.workbook.sheet("New")).toBeUndefined();
      await context.sync();
    });
    expect(excel.read("New", 0, 0, 1, 1)).toEqual([["x"]]);
    expect(excel.syncs).toBe(1);
  });

  it("types as Excel would: formulas from '=', numbers from digits, text in '@' cells", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("T");
      sheet.getRange("A1:D1").values = [["=1+1", "001", "-x", "#N/A"]];
      const text = sheet.getRange("A2:D2");
      (text as unknown as { numberFormat: string }).numberFormat = "@";
      text.values = [["=1+1", "001", "-x", "#N/A"]];
      await context.sync();
    });
    const sheet = excel.workbook.sheet("T")!;
    expect(sheet.get(0, 0)?.formula).toBe("=1+1");
    expect(sheet.get(0, 1)?.value).toBe(1);
    expect(sheet.get(0, 2)?.formula).toBe("=-x");
    expect(sheet.get(0, 3)?.value).toEqual({ error: "#N/A" });
    expect(excel.read("T", 1, 0, 1, 4)).toEqual([["=1+1", "001", "-x", "#N/A"]]);
  });

  it("refuses a request over 5 MB whole and counts its size", async () => {
    const excel = new FakeExcel();
    const big = Array.from({ length: 60_000 }, (_, i) => [`row ${i} `.padEnd(100, "x")]);
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Big");
        sheet.getRangeByIndexes(0, 0, big.length, 1).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.largestRequest).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(excel.workbook.sheet("Big")).toBeUndefined();
  });

  it("fails a chosen sync after some of its actions, as a batch that breaks part-way", async () => {
    const excel = new FakeExcel();
    excel.failures = [{ sync: 1, afterActions: 2 }];
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("P");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.read("P", 0, 0, 2, 1)).toEqual([[1], [null]]);
  });

  it("keeps tables apart and their names unique", async () => {
    const excel = new FakeExcel();
    excel.addTable("S", "One", 0, 0, [["A"], [1]]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").tables.add("S!A2:B3", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      excel.run(async (context) => {
        const t = context.workbook.worksheets.getItem("S").tables.add("S!D1:D2", true);
        t.name = "one";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
