/** Wizard choices in workbook settings: keys, the versioned envelope, the size limit, restoring. */
import { SalesPlanError } from "../../src/kernel/errors";
import {
  decodeSetting,
  encodeSetting,
  restoreLike,
  restoreList,
  restoreOneOf,
  restoreRecord,
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

interface Form {
  readonly kind: "a" | "b";
  readonly text: string;
  readonly count: number;
  readonly on: boolean;
  readonly rows: readonly { readonly name: string; readonly weight: string }[];
  readonly added: string;
}
const initial: Form = {
  kind: "a",
  text: "",
  count: 3,
  on: false,
  rows: [{ name: "x", weight: "1" }],
  added: "new",
};
const restoreForm = restoreRecord<Form>({
  kind: restoreOneOf(["a", "b"]),
  rows: restoreList(restoreLike, { name: "", weight: "0" }),
});

test("a saved form comes back field by field; missing and wrong fields from the fallback", () => {
  const saved = {
    kind: "b",
    text: "hello",
    count: 9,
    on: true,
    rows: [{ name: "y", weight: "2" }, { name: 5 }, "junk"],
    // a field the form no longer has is dropped; `added` is missing (a newer form) and keeps its initial
    removed: "old",
  };
  expect(restoreForm(saved, initial)).toEqual({
    kind: "b",
    text: "hello",
    count: 9,
    on: true,
    rows: [
      { name: "y", weight: "2" },
      { name: "", weight: "0" },
      { name: "", weight: "0" },
    ],
    added: "new",
  });
});

test("wrong kinds, options outside the list and non-objects fall back without throwing", () => {
  const saved = { kind: "c", text: 12, count: "9", on: "yes", rows: { name: "y" }, added: null };
  expect(restoreForm(saved, initial)).toEqual(initial);
  for (const junk of [null, undefined, 1, "text", [initial], true])
    expect(restoreForm(junk, initial)).toBe(initial);
  expect(restoreLike(Number.NaN, 1)).toBe(1);
  expect(restoreLike(["a", 1, "b"], ["z"])).toEqual(["a", "z", "b"]);
  // an empty fallback list has nothing to check items against: it stays empty
  expect(restoreLike([{ evil: true }], [])).toEqual([]);
  expect(restoreList(restoreLike, "")(new Array(1001).fill("x"), ["kept"])).toEqual(["kept"]);
});
