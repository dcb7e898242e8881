/** Excel's limits, checked on a prepared output table before anything is written. */
import { checkExcelLimits, sheetNameFault, tableNameFault } from "../../src/workbook/limits";
import { prepareOutput, type OutputTable } from "../../src/workbook/outputs";

const table = (rows: number, text = "x", name = "SalesTargets"): OutputTable => ({
  name,
  columns: [
    { key: "RepID", header: "RepID", kind: "text" },
    { key: "Note", header: "Note", kind: "text" },
  ],
  rows: Array.from({ length: rows }, (_, i) => ({ RepID: `R${i}`, Note: text })),
});

test("a cell over 32,767 characters is named by sheet, cell, table, column and length", () => {
  expect(() => checkExcelLimits(prepareOutput(table(3, "x".repeat(32_767))))).not.toThrow();
  expect(() => checkExcelLimits(prepareOutput(table(3, "x".repeat(32_768))))).toThrow(
    "SalesTargets!B2 (SalesTargets, column Note): the text would be 32768 characters long; an Excel cell holds at most 32,767",
  );
});

test("a sheet holds 1,048,576 rows with the header and 16,384 columns", () => {
  // The prepared table of one row, with its row repeated (cheap: one array, shared).
  const tall = (rows: number) => {
    const one = prepareOutput(table(1));
    return { ...one, rows: new Array(rows).fill(one.rows[0]) };
  };
  expect(() => checkExcelLimits(tall(1_048_575))).not.toThrow();
  expect(() => checkExcelLimits(tall(1_048_576))).toThrow(
    "SalesTargets would need 1048577 rows; an Excel sheet holds at most 1048576",
  );
  const wide: OutputTable = {
    name: "Wide",
    columns: Array.from({ length: 16_385 }, (_, i) => ({
      key: `c${i}`,
      header: `c${i}`,
      kind: "number" as const,
    })),
    rows: [],
  };
  expect(() => checkExcelLimits(prepareOutput(wide))).toThrow("Wide would need 16385 columns");
});

test.each([
  ["SalesTargets", undefined],
  ["_Staging.1", undefined],
  ["销售目标", undefined],
  ["A1", "cell"],
  ["XFD1048576", "cell"],
  ["R1C1", "cell"],
  ["R", "cell"],
  ["1Targets", "characters"],
  ["Sales Targets", "characters"],
  ["Sales-Targets", "characters"],
  ["x".repeat(256), "long"],
])("table name %s: %s", (name, fault) => expect(tableNameFault(name)).toBe(fault));

test.each([
  ["Finance_SalesTargets", undefined],
  ["x".repeat(31), undefined],
  ["x".repeat(32), "long"],
  ["Q1/Q2", "characters"],
  ["[Targets]", "characters"],
  ["'Targets", "apostrophe"],
  ["History", "reserved"],
  [" ", "empty"],
])("sheet name %j: %s", (name, fault) => expect(sheetNameFault(name)).toBe(fault));

test("a bad table name stops the write with Excel's rule", () => {
  expect(() => checkExcelLimits(prepareOutput(table(1, "x", "A1")))).toThrow(
    "'A1' is not a name Excel accepts for a table",
  );
});
