/** Parse a number field's text; "" is null. Accepts "1,200,000" and "1 200 000". */
export function parseNumber(text: string): number | null | undefined {
  const t = text.replace(/[,\s_]/g, "");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
