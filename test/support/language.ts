/**
 * Checks that a Chinese screen is Chinese: the visible text holds no Latin-script word other than
 * the workbook's own words (data values, the user's column headers, table names, measure names,
 * what the user typed), no half-width colon or parenthesis right after a Chinese character, and
 * no ASCII "->" or "x" where a sentence means → or ×.
 */
import type { Page } from "playwright-core";
import { inputSpecs, PUBLISHED_TABLES } from "../../src/jobs";
import { sampleTables } from "../browser/sample-workbook";

/** Names that stay as they are in every language: the product, the host, the tables it reads and writes. */
const PROPER_NAMES = ["SalesPlan", "Excel", "SalesAudit", "SalesHistory"];
/** ISO currency codes stay codes in Chinese finance text too ("每期封顶（CNY）"). */
const CURRENCY_CODES = ["CNY", "HKD", "USD"];

/** Every word of the sample workbook (cells and headers), the table names and whatever else the test typed. */
export function workbookWords(extra: readonly string[] = []): Set<string> {
  const words = new Set<string>([...PROPER_NAMES, ...CURRENCY_CODES]);
  const add = (text: string) => {
    for (const w of text.match(/[A-Za-z][A-Za-z0-9_.&-]*/g) ?? []) words.add(w);
  };
  for (const t of sampleTables) {
    add(t.name);
    for (const row of t.values) for (const v of row) if (typeof v === "string") add(v);
  }
  // The headers SalesPlan reads (a user matches them in Excel, so they are named as the workbook names them).
  for (const spec of Object.values(inputSpecs)) for (const c of spec.columns) add(c.key);
  for (const name of PUBLISHED_TABLES) {
    add(name);
    add(`Finance_${name}`);
  }
  extra.forEach(add);
  return words;
}

export interface LanguageProblems {
  /** Latin-script words that are not the workbook's, each with the text around it. */
  readonly latin: string[];
  /** Half-width ":", "(" or ")" right after a Chinese character, or ASCII "->" / " x " for → / ×, with the text around it. */
  readonly halfWidth: string[];
}

/** The visible text of the page (and the labels screen readers read) checked against `allowed`. */
export async function chineseProblems(page: Page, allowed: ReadonlySet<string>): Promise<LanguageProblems> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest("script,style,svg title")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      if (n.textContent && n.textContent.trim()) out.push(n.textContent);
    }
    // Labels and hints of what is on screen (a control Fluent keeps hidden, like an unused clear button, is not).
    for (const el of Array.from(document.querySelectorAll("[aria-label],[placeholder],[title]")))
      if (el.checkVisibility())
        for (const a of ["aria-label", "placeholder", "title"]) {
          const v = el.getAttribute(a);
          if (v && v.trim()) out.push(v);
        }
    // What a text field holds (a default name, say); a radio's or switch's value is never shown.
    for (const el of Array.from(
      document.querySelectorAll("input:not([type=radio]):not([type=checkbox]), textarea"),
    ) as (HTMLInputElement | HTMLTextAreaElement)[])
      if (el.value && !/^[\d\s,.%-]*$/.test(el.value)) out.push(el.value);
    return out;
  });
  const latin = new Set<string>();
  const halfWidth = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9_.&-]*/g)) {
      const word = m[0].replace(/[.&-]+$/, "");
      // "R01", "2026-01", "v1": identifiers and periods are data.
      // Tables SalesPlan writes are all Sales*, its printable sheets PlanLetter, Statement and Review; its
      // cell functions are SALES.*: names, not words.
      if (/^Sales[A-Z]\w*$/.test(word) || /^SALES\.[A-Z]+$/.test(word)) continue;
      if (word === "PlanLetter" || word === "Statement" || word === "Review") continue;
      if (allowed.has(word) || /^[A-Za-z]?\d/.test(word) || /^v\d/.test(word)) continue;
      latin.add(`${word} in "${text.trim().slice(0, 80)}"`);
    }
    for (const m of text.matchAll(/[\u3400-\u9fff][:()]/g))
      halfWidth.add(`"${m[0]}" in "${text.trim().slice(0, 80)}"`);
    // A sentence writes → and ×: ASCII "->" and an "x" between figures are typewriter stand-ins.
    for (const m of text.matchAll(/->|[\d%] x [\d]/g))
      halfWidth.add(`"${m[0]}" in "${text.trim().slice(0, 80)}"`);
  }
  return { latin: [...latin].sort(), halfWidth: [...halfWidth].sort() };
}
