/**
 * Numbers in the pane, one way everywhere: parsed as people type them, shown with the pane's
 * locale's grouping and a fixed number of decimals per kind of figure.
 */

/** Parse a number field's text; "" is null. Accepts "1,200,000" and "1 200 000". */
export function parseNumber(text: string): number | null | undefined {
  const t = text.replace(/[,\s_]/g, "");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** What a figure is: it fixes the decimals shown (money to the cent, a score to one place...). */
export type NumberKind = "money" | "percent" | "score" | "count" | "plain";

/** Decimals shown per kind: [minimum, maximum]. Money always shows its cents, so a column lines up. */
const DECIMALS: Record<NumberKind, readonly [number, number]> = {
  money: [2, 2],
  percent: [1, 1],
  score: [1, 1],
  count: [0, 0],
  plain: [0, 2],
};

const formats = new Map<string, Intl.NumberFormat>();

/**
 * `value` in `locale` with grouping, between `minimum` and `maximum` decimals ("" for no value).
 * The one formatter the pane uses; the kinds below fix the decimals per column.
 */
export function formatNumber(
  locale: string,
  value: number | null | undefined,
  maximum = 2,
  minimum = 0,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  const min = Math.max(0, Math.min(minimum, maximum));
  const max = Math.max(0, maximum);
  const key = `${locale}|${min}|${max}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: max, minimumFractionDigits: min });
    formats.set(key, format);
  }
  // -0 would show as "-0.00".
  return format.format(value === 0 ? 0 : value);
}

/**
 * A figure of one kind: `decimals` overrides the kind's (e.g. targets rounded to units show none,
 * to cents show two). Percentages are given as shares (0.5 shows "50.0%").
 */
export function formatKind(
  locale: string,
  value: number | null | undefined,
  kind: NumberKind,
  decimals?: number,
): string {
  const [min, max] = decimals === undefined ? DECIMALS[kind] : [decimals, decimals];
  if (kind === "percent")
    return value === null || value === undefined ? "" : `${formatNumber(locale, value * 100, max, min)}%`;
  return formatNumber(locale, value, max, min);
}

/** Decimals a target column shows when targets are rounded to `rounding` places (-3: thousands). */
export function decimalsOfRounding(rounding: number): number {
  return Math.max(0, Math.min(2, Math.trunc(rounding)));
}

function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === "group")?.value ?? ",",
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
  };
}

/**
 * A typed number as it reads once the field is left: its digits grouped in `locale`, the decimals
 * kept as typed ("7000000" -> "7,000,000"; "1234.50" -> "1,234.50"). Done on the text, not through
 * a float, so no digit the user typed changes. Blank text, or text that is not a plain number
 * ("12abc", "1e6"), is left as typed so the field's message can name it.
 */
export function groupedText(text: string, locale: string): string {
  const t = text.replace(/[,\s_]/g, "");
  const match = /^([-+]?)(\d+)(?:\.(\d*))?$/.exec(t);
  if (!match || parseNumber(text) === undefined) return text;
  const [, sign, whole, decimals] = match;
  const { group, decimal } = separators(locale);
  const digits = whole.replace(/^0+(?=\d)/, "");
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign === "-" ? "-" : ""}${grouped}${decimals !== undefined && decimals !== "" ? decimal + decimals : ""}`;
}
