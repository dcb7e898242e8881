/** editRows: every wizard's editable rows change at an index the same way, never in place. */
import { editRows, withoutIndex } from "../../src/taskpane/wizards/rows";

interface Band {
  readonly minimum: string;
  readonly label: string;
}

const bands: readonly Band[] = Object.freeze([
  { minimum: "100", label: "A" },
  { minimum: "85", label: "B" },
  { minimum: "0", label: "C" },
]);

/** The list each edit hands on. */
function edited(edit: (rows: ReturnType<typeof editRows<Band>>) => void): Band[][] {
  const out: Band[][] = [];
  edit(editRows(bands, (rows) => out.push(rows)));
  return out;
}

test("patch changes the fields given of one row and keeps the others", () => {
  expect(edited((e) => e.patch(1, { label: "B+" }))).toEqual([
    [
      { minimum: "100", label: "A" },
      { minimum: "85", label: "B+" },
      { minimum: "0", label: "C" },
    ],
  ]);
});

test("replace, remove and add", () => {
  const [replaced] = edited((e) => e.replace(2, { minimum: "10", label: "D" }));
  expect(replaced.map((b) => b.label)).toEqual(["A", "B", "D"]);
  const [removed] = edited((e) => e.remove(0));
  expect(removed.map((b) => b.label)).toEqual(["B", "C"]);
  const [added] = edited((e) => e.add({ minimum: "", label: "" }));
  expect(added).toHaveLength(4);
  expect(added[3]).toEqual({ minimum: "", label: "" });
  // rows that did not change are the same objects: React keeps their fields as they are
  expect(replaced[0]).toBe(bands[0]);
});

test("the list given is never changed", () => {
  edited((e) => {
    e.patch(0, { label: "Z" });
    e.remove(1);
    e.add({ minimum: "1", label: "E" });
  });
  expect(bands.map((b) => b.label)).toEqual(["A", "B", "C"]);
  expect(bands[0].label).toBe("A");
});

test("a list of plain values (the twelve month weights)", () => {
  const profile = ["1", "1", "2"];
  let next: string[] = [];
  editRows(profile, (rows) => (next = rows)).replace(2, "3");
  expect(next).toEqual(["1", "1", "3"]);
  expect(withoutIndex(profile, 5)).toEqual(profile);
});
