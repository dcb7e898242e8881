/**
 * Every message a user can see, from every layer, exists in English and Chinese with the same
 * placeholders, so a translated message never loses the argument or the position it names. The
 * catalogues come from the kernel's one list, and a catalogue declared in src/ but missing from
 * that list fails here.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOGUES, type CatalogueEntry } from "../src/kernel/catalogues";
import { formatMessage, placeholdersOf, type MessageTable } from "../src/kernel/messages";

const SRC = path.join(__dirname, "..", "src");

function load(entry: CatalogueEntry): unknown {
  const module = require(path.join(SRC, entry.module)) as Record<string, unknown>;
  return module[entry.name];
}

const templateTables: [string, MessageTable][] = CATALOGUES.filter((e) => e.shape === "templates").map(
  (e) => [`${e.module} ${e.name}`, load(e) as MessageTable],
);
const localeTables: [string, { en: Record<string, unknown>; zh: Record<string, unknown> }][] =
  CATALOGUES.filter((e) => e.shape === "locales").map((e) => [
    `${e.module} ${e.name}`,
    load(e) as { en: Record<string, unknown>; zh: Record<string, unknown> },
  ]);

test("every listed catalogue exists and is not empty", () => {
  for (const entry of CATALOGUES) {
    const table = load(entry);
    expect([entry.module, entry.name, typeof table]).toEqual([entry.module, entry.name, "object"]);
    expect(Object.keys(table as object).length).toBeGreaterThan(0);
  }
});

describe.each(templateTables)("%s", (_area, table) => {
  test.each(Object.entries(table))("%s: English and Chinese, same placeholders", (_key, template) => {
    expect(template.en.trim()).not.toBe("");
    // Chinese text, or at least Chinese punctuation ("salesplan：{message}"); a template with no
    // words (the payout explanations' "{amount} × {rate}") has nothing to translate.
    const words = template.zh.replace(/\{\w+\}/g, "");
    if (/[A-Za-z]/.test(words)) expect(template.zh).toMatch(/[\u4e00-\u9fff\uff00-\uffef\u3000-\u303f]/);
    expect(placeholdersOf(template.zh)).toEqual(placeholdersOf(template.en));
  });
});

describe.each(localeTables)("%s", (_area, { en, zh }) => {
  test("the same keys in English and Chinese", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  test.each(Object.keys(en))("%s: same placeholders", (key) => {
    const [e, z] = [en[key], zh[key]];
    expect(typeof z).toBe(typeof e);
    if (typeof e === "string") expect(placeholdersOf(String(z))).toEqual(placeholdersOf(e));
  });
});

/** Files under src/, relative, without extension. */
function sourceFiles(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(d.name)
      ? [
          path
            .relative(SRC, full)
            .replace(/\\/g, "/")
            .replace(/\.tsx?$/, ""),
        ]
      : [];
  });
}

/** Catalogues a file declares: objects that satisfy MessageTable, or typed as templates or per-locale text. */
function declaredCatalogues(text: string): string[] {
  const names: string[] = [];
  const objects = /^(?:export )?const (\w+)([^=\n]*)= \{[\s\S]*?^\}( as const)?( satisfies MessageTable)?;/gm;
  for (const m of text.matchAll(objects))
    if (m[4] || /MessageTable|MessageTemplate>/.test(m[2])) names.push(m[1]);
  for (const m of text.matchAll(/^(?:export )?const (\w+): Readonly<Record<Locale, (\w+)>> = /gm))
    if (m[2] !== "string") names.push(m[1]);
  return names;
}

test("the kernel's list names every catalogue declared in src/", () => {
  const listed = new Set(CATALOGUES.map((e) => `${e.module} ${e.name}`));
  const declared = sourceFiles().flatMap((file) =>
    declaredCatalogues(
      fs.readFileSync(
        path.join(SRC, `${file}${fs.existsSync(path.join(SRC, `${file}.ts`)) ? ".ts" : ".tsx"}`),
        "utf8",
      ),
    ).map((name) => `${file} ${name}`),
  );
  expect(declared.length).toBeGreaterThanOrEqual(CATALOGUES.length);
  expect(declared.filter((d) => !listed.has(d))).toEqual([]);
  // ...and nothing listed that src/ no longer declares
  expect([...listed].filter((l) => !declared.includes(l))).toEqual([]);
});

test("the scan finds a catalogue however it is typed", () => {
  const text = [
    "export const a = {",
    '  x: { en: "x", zh: "x" },',
    "} as const satisfies MessageTable;",
    "const b: Readonly<Record<Kind, MessageTemplate>> = {",
    '  y: { en: "y", zh: "y" },',
    "};",
    "export const c: Readonly<Record<Locale, Strings>> = { en, zh };",
    'export const d: Readonly<Record<Locale, string>> = { en: "en-US", zh: "zh-CN" };',
    "export const e = {",
    "  z: 1,",
    "};",
  ].join("\n");
  expect(declaredCatalogues(text)).toEqual(["a", "b", "c"]);
});

test("formatMessage fills every placeholder it is given and leaves unknown ones visible", () => {
  expect(formatMessage("{arg}: {value}{at}", { arg: "weights", value: "abc", at: " at row 3" })).toBe(
    "weights: abc at row 3",
  );
  expect(formatMessage("{arg} {missing}", { arg: "x" })).toBe("x {missing}");
});
