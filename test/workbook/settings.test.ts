/** Wizard choices in workbook settings: keys, the versioned envelope, the size limit (restoring: test/kernel/restore.test.ts). */
import { SalesPlanError } from "../../src/kernel/errors";
import {
  decodeSetting,
  encodeSetting,
  settingKey,
  SETTING_LIMIT,
  SETTINGS_VERSION,
} from "../../src/workbook/settings";

test("keys are prefixed and names checked", () => {
  expect(settingKey("targets.form")).toBe("SalesPlan.targets.form");
  expect(settingKey("scorecard.mappings")).toBe("SalesPlan.scorecard.mappings");
  for (const bad of ["", "Targets", "targets.", "a b", "targets..form", "1x"])
    expect(() => settingKey(bad)).toThrow(/bad setting name/);
});

test("a value round-trips through its envelope", () => {
  const value = {
    source: "company",
    target: "7,000,000",
    products: [{ name: "硬件", weight: "50" }],
    on: true,
  };
  const text = encodeSetting("SalesPlan.targets.form", value);
  expect(JSON.parse(text)).toEqual({ v: SETTINGS_VERSION, value });
  expect(decodeSetting(text)).toEqual({ value });
  // null and falsy values are values, distinct from "nothing saved"
  expect(decodeSetting(encodeSetting("k", null))).toEqual({ value: null });
  expect(decodeSetting(encodeSetting("k", 0))).toEqual({ value: 0 });
});

test("nothing saved, bad JSON, another shape or another version decode to nothing", () => {
  for (const text of [null, undefined, 42, "", "{", "not json", "[1,2]", '"text"', "{}", '{"value":1}'])
    expect(decodeSetting(text)).toBeUndefined();
  expect(decodeSetting(JSON.stringify({ v: SETTINGS_VERSION + 1, value: { a: 1 } }))).toBeUndefined();
  expect(decodeSetting(JSON.stringify({ v: "1", value: { a: 1 } }))).toBeUndefined();
});

test("the size limit: one Excel cell's 32,767 characters, checked on the way out and in", () => {
  const envelope = JSON.stringify({ v: SETTINGS_VERSION, value: "" }).length;
  const fits = "x".repeat(SETTING_LIMIT - envelope);
  expect(encodeSetting("k", fits)).toHaveLength(SETTING_LIMIT);
  let error: unknown;
  try {
    encodeSetting("SalesPlan.scorecard.form", fits + "x");
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SalesPlanError);
  expect((error as SalesPlanError).format("en")).toBe(
    `The choices for 'SalesPlan.scorecard.form' take ${SETTING_LIMIT + 1} characters, more than the ${SETTING_LIMIT} a workbook setting holds`,
  );
  expect((error as SalesPlanError).format("zh")).toContain("超过工作簿设置可保存的");
  const tooLong = JSON.stringify({ v: SETTINGS_VERSION, value: fits + "x" });
  expect(decodeSetting(tooLong)).toBeUndefined();
});
