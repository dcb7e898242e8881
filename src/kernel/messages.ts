/**
 * Messages in both languages: the template types, placeholder filling, the zh locale rule and
 * the messages every layer shares. Each area keeps its own catalogue beside its code;
 * `catalogues.ts` lists them all so one test checks every message has both languages.
 */
export type Locale = "en" | "zh";

/** A message in both languages; `{name}` placeholders are filled from the error's params. */
export interface MessageTemplate {
  readonly en: string;
  readonly zh: string;
}

export type MessageTable = Readonly<Record<string, MessageTemplate>>;

/** zh for any Chinese display language (zh-CN, zh-TW, zh-Hans...), en otherwise. */
export function localeOf(language: string | undefined | null): Locale {
  return (language ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Fill `{name}` placeholders; a placeholder without a value stays visible. */
export function formatMessage(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

/** The `{name}` placeholders of a template, sorted (repeats kept). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** Where in a range a value sits, as users count: row and column from 1. */
export function positionText(
  row: number,
  column: number,
  rows: number,
  columns: number,
  locale: Locale,
): string {
  if (rows === 1 && columns === 1) return "";
  if (locale === "zh") {
    if (columns === 1) return `（第 ${row + 1} 行）`;
    if (rows === 1) return `（第 ${column + 1} 列）`;
    return `（第 ${row + 1} 行第 ${column + 1} 列）`;
  }
  if (columns === 1) return ` at row ${row + 1}`;
  if (rows === 1) return ` at column ${column + 1}`;
  return ` at row ${row + 1}, column ${column + 1}`;
}

/** Messages shared by every layer: argument parsing and the generic checks. */
export const commonMessages = {
  notANumber: {
    en: "{arg}: expected a number but found text '{value}'{at}",
    zh: "{arg}：应为数字，但找到文本“{value}”{at}",
  },
  blank: { en: "{arg}: a value is required{at}", zh: "{arg}：不能为空{at}" },
  excelError: { en: "{arg}: Excel error {value}{at}", zh: "{arg}：包含 Excel 错误 {value}{at}" },
  formulaText: {
    en: "{arg}: text '{value}' looks like a formula{at}",
    zh: "{arg}：文本“{value}”看起来像公式{at}",
  },
  boolean: {
    en: "{arg}: expected a number but found {value}{at}",
    zh: "{arg}：应为数字，但找到 {value}{at}",
  },
  overflow: {
    en: "the result is larger than Excel can hold",
    zh: "结果超出 Excel 能表示的范围",
  },
  notFinite: { en: "{arg}: {value} is not a finite number{at}", zh: "{arg}：{value} 不是有限数字{at}" },
  negative: {
    en: "{arg}: must not be negative, got {value}{at}",
    zh: "{arg}：不能为负数，实际为 {value}{at}",
  },
  notPositive: {
    en: "{arg}: must be greater than 0, got {value}{at}",
    zh: "{arg}：必须大于 0，实际为 {value}{at}",
  },
  notInteger: { en: "{arg}: must be a whole number, got {value}", zh: "{arg}：必须是整数，实际为 {value}" },
  outOfRange: {
    en: "{arg}: {value} is outside {min}..{max}{at}",
    zh: "{arg}：{value} 超出范围 {min}..{max}{at}",
  },
  elapsedBeyondTotal: {
    en: "elapsed: {elapsed} is more than total {total}",
    zh: "elapsed（已过期间）：{elapsed} 大于总期间 {total}",
  },
  divideByZero: { en: "{arg} is 0", zh: "{arg} 为 0" },
  unknownOption: {
    en: "{arg}: unknown option '{value}' (expected {expected})",
    zh: "{arg}：未知选项“{value}”（应为 {expected}）",
  },
  wrongShape: {
    en: "{arg}: expected {expected}, got {actual}",
    zh: "{arg}：应为 {expected}，实际为 {actual}",
  },
  shapeMismatch: {
    en: "{arg}: must have the same shape as {other} ({expected}), got {actual}",
    zh: "{arg}：必须与 {other} 形状相同（{expected}），实际为 {actual}",
  },
} as const satisfies MessageTable;
