/** SALES.PACE through the built bundle, as Excel loads it, and as a formula in HyperFormula. */
import { DetailedCellError } from "hyperformula";
import { excelErrorFrom, loadBundle } from "../support/bundle";
import { createSheet } from "../support/hyperformula";

describe("SALES.PACE through the bundle", () => {
  const bundle = loadBundle();

  test("projects attainment at the current run rate", () => {
    // 40,000 in 3 of 12 months against 120,000: run rate 13,333/month -> 160,000 -> 133%.
    expect(bundle.call("PACE", 40000, 120000, 3, 12)).toBeCloseTo(4 / 3, 12);
    expect(bundle.call("PACE", 50, 100, 1, 2)).toBe(1);
    expect(bundle.call("PACE", 0, 100, 5, 10)).toBe(0);
  });

  test("a single-cell range counts as its value", () => {
    expect(bundle.call("PACE", [[30]], [[120]], [[1]], [[4]])).toBe(1);
  });

  test("bad arguments give #VALUE! naming the argument", () => {
    const text = excelErrorFrom(() => bundle.call("PACE", "abc", 100, 1, 2));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toBe("actual_to_date: expected a number but found text 'abc'");
    expect(excelErrorFrom(() => bundle.call("PACE", 1, 100, 1, null)).message).toBe(
      "total: a value is required",
    );
    expect(excelErrorFrom(() => bundle.call("PACE", 1, 100, 3, 2)).message).toBe(
      "elapsed: 3 is more than total 2",
    );
    expect(excelErrorFrom(() => bundle.call("PACE", -1, 100, 1, 2)).message).toMatch(
      /^actual_to_date: must not be negative/,
    );
    expect(excelErrorFrom(() => bundle.call("PACE", 1, 100, 1, "=A1")).message).toMatch(
      /looks like a formula/,
    );
    expect(excelErrorFrom(() => bundle.call("PACE", { code: "#N/A" }, 100, 1, 2)).message).toBe(
      "actual_to_date: Excel error #N/A",
    );
  });

  test("a zero target is #DIV/0!, as Excel's own division", () => {
    const error = excelErrorFrom(() => bundle.call("PACE", 10, 0, 1, 2));
    expect(error.code).toBe("#DIV/0!");
    expect(error.message).toBe("");
  });

  test("messages follow Office's display language", () => {
    const zh = loadBundle({ displayLanguage: "zh-CN" });
    expect(excelErrorFrom(() => zh.call("PACE", "abc", 100, 1, 2)).message).toBe(
      "actual_to_date：应为数字，但找到文本“abc”",
    );
  });
});

describe("SALES.PACE in a sheet", () => {
  test("evaluates over cell values and recalculates when an input changes", () => {
    const sheet = createSheet([[40000, 120000, 3, 12, "=SALES.PACE(A1,B1,C1,D1)"]]);
    expect(sheet.value("E1")).toBeCloseTo(1.3333333333, 9);
    sheet.hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[60000]]);
    expect(sheet.value("E1")).toBeCloseTo(2, 12);
  });

  test("a text cell gives #VALUE! with the message", () => {
    const sheet = createSheet([["n/a", 100, 1, 2, "=SALES.PACE(A1,B1,C1,D1)"]]);
    const value = sheet.value("E1") as DetailedCellError;
    expect(value).toBeInstanceOf(DetailedCellError);
    expect(value.value).toBe("#VALUE!");
    expect(value.message).toBe("actual_to_date: expected a number but found text 'n/a'");
  });

  test("an empty cell is reported as missing, not read as zero", () => {
    const sheet = createSheet([[10, 100, 1, null, "=SALES.PACE(A1,B1,C1,D1)"]]);
    expect((sheet.value("E1") as DetailedCellError).message).toBe("total: a value is required");
  });
});
