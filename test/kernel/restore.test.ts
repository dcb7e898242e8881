/** Restoring saved choices field by field, every missing or wrong field from the fallback. */
import { restoreLike, restoreList, restoreOneOf, restoreRecord } from "../../src/kernel/restore";

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
