/** The pane's one number format: typed numbers grouped on blur, and fixed decimals per kind of figure. */
import {
  decimalsOfRounding,
  formatKind,
  formatNumber,
  groupedText,
  parseNumber,
} from "../../src/taskpane/wizards/numberText";

test("a typed number is grouped once the field is left, keeping every digit typed", () => {
  expect(groupedText("7000000", "en-US")).toBe("7,000,000");
  expect(groupedText("7,000,000", "en-US")).toBe("7,000,000");
  expect(groupedText("1234.50", "en-US")).toBe("1,234.50");
  expect(groupedText("-1234567.125", "zh-CN")).toBe("-1,234,567.125");
  expect(groupedText("0.5", "en-US")).toBe("0.5");
  expect(groupedText("007", "en-US")).toBe("7");
  // Past a float's precision the digits stay as typed.
  expect(groupedText("12345678901234567890.123456789", "en-US")).toBe("12,345,678,901,234,567,890.123456789");
  expect(parseNumber(groupedText("98765.4321", "en-US"))).toBe(98765.4321);
  // Not a number, blank or an exponent: left alone, so the field's message can name it.
  for (const text of ["", "12abc", "1e6", "1.2.3", "-"]) expect(groupedText(text, "en-US")).toBe(text);
});

test("figures show a fixed number of decimals per kind, in the pane's locale", () => {
  expect(formatKind("en-US", 6270, "money")).toBe("6,270.00");
  expect(formatKind("en-US", 9537.49, "money")).toBe("9,537.49");
  expect(formatKind("en-US", 0, "money")).toBe("0.00");
  expect(formatKind("en-US", -0, "money")).toBe("0.00");
  expect(formatKind("en-US", 93, "score")).toBe("93.0");
  expect(formatKind("en-US", 89.84, "score")).toBe("89.8");
  expect(formatKind("en-US", 1.149, "percent")).toBe("114.9%");
  expect(formatKind("en-US", 12, "count")).toBe("12");
  expect(formatKind("en-US", null, "money")).toBe("");
  // Targets rounded to units show none; to cents, two; to thousands, none.
  expect(formatKind("zh-CN", 583333, "money", decimalsOfRounding(0))).toBe("583,333");
  expect(formatKind("en-US", 583333.33, "money", decimalsOfRounding(2))).toBe("583,333.33");
  expect(decimalsOfRounding(-3)).toBe(0);
  expect(formatNumber("en-US", 1820, 2, 2)).toBe("1,820.00");
});
