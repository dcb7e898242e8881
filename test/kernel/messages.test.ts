import { SalesPlanError, fail } from "../../src/kernel/errors";
import { formatMessage, localeOf, placeholdersOf, positionText } from "../../src/kernel/messages";

test("placeholders are filled, unknown ones stay visible", () => {
  expect(formatMessage("{arg}: {value}{at}", { arg: "weights", value: 3, at: "" })).toBe("weights: 3");
  expect(formatMessage("{arg} {missing}", { arg: "x" })).toBe("x {missing}");
  expect(placeholdersOf("{b} and {a} and {b}")).toEqual(["a", "b", "b"]);
});

test("any Chinese display language reads zh, anything else en", () => {
  expect(localeOf("zh-CN")).toBe("zh");
  expect(localeOf("ZH-tw")).toBe("zh");
  expect(localeOf("zh-Hans")).toBe("zh");
  expect(localeOf("en-US")).toBe("en");
  expect(localeOf("de-DE")).toBe("en");
  expect(localeOf(undefined)).toBe("en");
  expect(localeOf("")).toBe("en");
});

test("positions read as users count, in both languages", () => {
  expect(positionText(2, 0, 5, 1, "en")).toBe(" at row 3");
  expect(positionText(0, 1, 1, 4, "zh")).toBe("（第 2 列）");
  expect(positionText(2, 1, 5, 4, "en")).toBe(" at row 3, column 2");
  expect(positionText(0, 0, 1, 1, "zh")).toBe("");
});

test("an error keeps its template and shows it in either language", () => {
  const template = { en: "{arg}: bad {value} ({shape}){at}", zh: "{arg}：错误 {value}（{shape}）{at}" };
  const shape = { en: "one row", zh: "一行" };
  let caught: unknown;
  try {
    fail(
      template,
      { arg: "x", value: 7, shape },
      { at: { row: 1, column: 0, rows: 3, columns: 1 }, kind: "num" },
    );
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(SalesPlanError);
  const error = caught as SalesPlanError;
  expect(error.kind).toBe("num");
  expect(error.message).toBe("x: bad 7 (one row) at row 2");
  expect(error.format("zh")).toBe("x：错误 7（一行）（第 2 行）");
  expect(new SalesPlanError(template).kind).toBe("value");
});
