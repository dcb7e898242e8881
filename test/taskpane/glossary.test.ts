/**
 * One Chinese term per concept: every zh message of every catalogue the kernel lists (the pane's
 * text included) uses the glossary's term, never a translation the glossary refuses, and zh text
 * puts full-width punctuation after Chinese characters. English counts agree with their numbers.
 */
import * as path from "path";
import { CATALOGUES } from "../../src/kernel/catalogues";
import { GLOSSARY, refusedTerms } from "../../src/taskpane/i18n/glossary";
import { catalogues, plural } from "../../src/taskpane/i18n";

const SRC = path.join(__dirname, "..", "..", "src");

/** Every message in src/ in one language, named by catalogue and key. */
function messagesIn(lang: "en" | "zh"): [string, string][] {
  return CATALOGUES.flatMap((entry) => {
    const table = (require(path.join(SRC, entry.module)) as Record<string, unknown>)[entry.name] as Record<
      string,
      unknown
    >;
    if (entry.shape === "locales")
      return Object.entries(table[lang] as Record<string, string>).map(([key, text]): [string, string] => [
        `${entry.module} ${key}`,
        text,
      ]);
    return Object.entries(table as Record<string, Record<"en" | "zh", string>>).map(
      ([key, m]): [string, string] => [`${entry.module} ${entry.name}.${key}`, m[lang]],
    );
  });
}

const zhMessages = () => messagesIn("zh");

test("the glossary gives each concept one term that no other concept refuses", () => {
  const terms = GLOSSARY.map((g) => g.zh);
  expect(new Set(terms).size).toBe(terms.length);
  for (const g of GLOSSARY) expect(refusedTerms(g.zh)).toEqual([]);
});

test("a refused translation is found, a glossary term is not", () => {
  expect(refusedTerms("低于门槛 5%，因此为 0")).toEqual([
    "门槛 (threshold: 起付线)",
    "门槛 (gate: 准入门槛)",
  ]);
  expect(refusedTerms("未达到方案准入门槛，低于起付线")).toEqual([]);
});

test("every zh message uses the glossary's terms", () => {
  const messages = zhMessages();
  expect(messages.length).toBeGreaterThan(500);
  const refused = messages.flatMap(([key, zh]) => refusedTerms(zh).map((r) => `${key}: ${r}`));
  expect(refused).toEqual([]);
});

test("the pane's Chinese text puts full-width colons and parentheses after Chinese", () => {
  const halfWidth = Object.entries(catalogues.zh).filter(([, zh]) => /[\u3400-\u9fff][:()]/.test(zh));
  expect(halfWidth).toEqual([]);
});

test("the pane's English text has no ASCII arrows or times signs and no '(s)' plurals", () => {
  const bad = Object.entries(catalogues.en).filter(([, en]) => /->| x |\(s\)/.test(en));
  expect(bad).toEqual([]);
});

test("every sentence, in both languages (explanations, what-if, restatements), writes → and ×, not -> and x", () => {
  const ascii = (["en", "zh"] as const).flatMap((lang) =>
    messagesIn(lang).filter(([, text]) => /->|[}\d%] x [{\d]/.test(text)),
  );
  expect(ascii).toEqual([]);
});

test("English counts agree with their number; Chinese has one form", () => {
  const en = catalogues.en;
  expect(plural(en, "rows", 1)).toBe("1 row");
  expect(plural(en, "rows", 3)).toBe("3 rows");
  expect(plural(en, "problems", 1)).toBe("1 problem");
  expect(plural(en, "problems", 0)).toBe("0 problems");
  expect(plural(catalogues.zh, "rows", 1)).toBe("1 行");
  expect(plural(catalogues.zh, "problems", 3)).toBe("3 个问题");
});
