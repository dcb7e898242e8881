/**
 * functions.json against the contract: every SALES function PRODUCT.md promises is in the built
 * metadata with PRODUCT.md's parameters, in order, with the same optional ones; and the zh-CN
 * metadata has a Chinese description for each function and parameter.
 */
import * as fs from "fs";
import * as path from "path";
import { loadBundle, readMetadata } from "../support/bundle";

const root = path.resolve(__dirname, "../..");
const contractFile = path.join(root, "docs", "PRODUCT.md");
const sharedContract = path.resolve(root, "..", "shared", "PRODUCT.md");

interface Signature {
  name: string;
  parameters: { name: string; optional: boolean }[];
}

/** `SALES.TARGETSPLIT(total, weights, [decimals=0], [minimum=0])` -> name and parameters. */
function signatures(markdown: string): Signature[] {
  const found = new Map<string, Signature>();
  for (const match of markdown.matchAll(/`SALES\.([A-Z]+)\(([^)]*)\)`/g)) {
    const parameters = match[2]
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => ({
        name: p
          .replace(/^\[|\]$/g, "")
          .split("=")[0]
          .trim(),
        optional: p.startsWith("["),
      }));
    found.set(match[1], { name: match[1], parameters });
  }
  return [...found.values()];
}

const contract = signatures(fs.readFileSync(contractFile, "utf8"));

test("docs/PRODUCT.md is the current contract", () => {
  // The shared brief sits beside the checkout; a copy lives in docs/ so a clone is self-contained.
  if (fs.existsSync(sharedContract)) {
    expect(fs.readFileSync(contractFile, "utf8")).toBe(fs.readFileSync(sharedContract, "utf8"));
  }
  expect(contract.map((s) => s.name)).toEqual(
    expect.arrayContaining(["TARGETSPLIT", "PACE", "TIERED", "SCORE", "BAND", "DRAW"]),
  );
});

describe("functions.json", () => {
  const metadata = readMetadata();
  const bundle = loadBundle();

  test.each(contract.map((s) => [s.name, s]))("%s has PRODUCT.md's parameters", (_name, signature) => {
    const fn = metadata.functions.find((f) => f.id === signature.name);
    expect(fn).toBeDefined();
    expect(fn!.name).toBe(signature.name);
    expect(fn!.parameters.map((p) => ({ name: p.name, optional: !!p.optional }))).toEqual(
      signature.parameters,
    );
    expect(fn!.description && fn!.description.length).toBeGreaterThan(20);
    for (const p of fn!.parameters) expect(p.description && p.description.length).toBeGreaterThan(5);
    // and the bundle really registers it, as Excel would look it up
    expect(bundle.functions.has(signature.name)).toBe(true);
  });

  test("nothing is registered that the contract does not promise", () => {
    const promised = new Set(contract.map((s) => s.name));
    expect(metadata.functions.map((f) => f.id).filter((id) => !promised.has(id))).toEqual([]);
    expect([...bundle.functions.keys()].filter((id) => !promised.has(id))).toEqual([]);
  });
});

describe("functions.zh-CN.json", () => {
  const en = readMetadata();
  const zh = readMetadata("functions.zh-CN.json");
  const cjk = /[\u4e00-\u9fff]/;

  test("has the same functions and parameters, described in Chinese", () => {
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    for (const fn of zh.functions) {
      const original = en.functions.find((f) => f.id === fn.id)!;
      expect(fn.name).toBe(original.name);
      expect(fn.description).toMatch(cjk);
      expect(fn.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional])).toEqual(
        original.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional]),
      );
      for (const p of fn.parameters) expect(p.description).toMatch(cjk);
    }
  });
});
