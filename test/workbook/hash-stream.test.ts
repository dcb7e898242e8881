/** The input hash is the same whichever SHA-256 computes it, fed in pieces or as one text. */
import { createHash } from "crypto";
import { hashInputs, sha256Hex, useSha256 } from "../../src/workbook/hash";

const tables = [
  {
    name: "Reps",
    columns: ["RepID", "Name"],
    rows: Array.from({ length: 2500 }, (_, i) => [`R${i}`, `名 ${i}`]),
  },
  {
    name: "Actuals",
    columns: ["RepID", "Amount"],
    rows: [
      ["R1", 1.5],
      ["R2", null],
    ],
  },
  { name: "Empty", columns: [], rows: [] },
];

afterEach(() => useSha256(undefined));

test("Node's SHA-256 fed a thousand rows at a time gives the digest of the whole JSON text", () => {
  const whole = ["Actuals", "Empty", "Reps"]
    .map((name) => tables.find((t) => t.name === name)!)
    .map((t) => JSON.stringify([t.name, t.columns, t.rows]))
    .join("\n");
  const plain = hashInputs(tables);
  expect(plain).toBe(sha256Hex(whole));
  useSha256(() => {
    const h = createHash("sha256");
    return { update: (text) => void h.update(text, "utf8"), hex: () => h.digest("hex") };
  });
  expect(hashInputs(tables)).toBe(plain);
});
