/** Number formatting for explanations: fixed, locale-independent, the way a reviewer re-types it. */
import { centsOf, excelRound } from "../../kernel/money";

function groupThousands(digits: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}

/** 18000 -> "18,000"; 1234.5 -> "1,234.50"; cents shown only when there are any. */
export function formatMoney(x: number): string {
  const negative = x < 0;
  // Rounded as the Payout cell is (Excel's ROUND), so the explanation shows the cell's cents.
  const cents = centsOf(Math.abs(x));
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  const text = groupThousands(String(whole)) + (rest === 0 ? "" : `.${String(rest).padStart(2, "0")}`);
  return negative && cents !== 0 ? `-${text}` : text;
}

/**
 * An amount that may carry more than cents (e.g. a tier slice): up to `decimals` (default 4)
 * decimals, trailing zeros dropped.
 */
export function formatAmount(x: number, decimals = 4): string {
  if (Number.isInteger(x)) return (x < 0 ? "-" : "") + groupThousands(String(Math.abs(x)));
  const fixed = excelRound(Math.abs(x), decimals).toFixed(decimals).replace(/0+$/, "").replace(/\.$/, "");
  const [whole, fraction] = fixed.split(".");
  return (x < 0 ? "-" : "") + groupThousands(whole) + (fraction ? `.${fraction}` : "");
}

/** 1.3 -> "130%"; 0.125 -> "12.5%"; up to `decimals` (default 2) decimals of a percent. */
export function formatPercent(ratio: number, decimals = 2): string {
  const percent = excelRound(ratio * 100, decimals);
  return `${formatAmount(percent, decimals).replace(/,/g, "")}%`;
}

/** A figure as a sentence quotes it (formatAmount or formatPercent), read back as a number. */
export function quoted(text: string): number {
  const percent = text.endsWith("%");
  const n = Number(text.replace(/[,%]/g, ""));
  return percent ? n / 100 : n;
}
