/** Number formatting for explanations: fixed, locale-independent, the way a reviewer re-types it. */
import { excelRound, roundMoney } from "../round";

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
  const cents = Math.round(roundMoney(Math.abs(x)) * 100);
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  const text = groupThousands(String(whole)) + (rest === 0 ? "" : `.${String(rest).padStart(2, "0")}`);
  return negative && cents !== 0 ? `-${text}` : text;
}

/** An amount that may carry more than cents (e.g. a tier slice): up to 4 decimals, trailing zeros dropped. */
export function formatAmount(x: number): string {
  if (Number.isInteger(x)) return (x < 0 ? "-" : "") + groupThousands(String(Math.abs(x)));
  const fixed = excelRound(Math.abs(x), 4).toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
  const [whole, fraction] = fixed.split(".");
  return (x < 0 ? "-" : "") + groupThousands(whole) + (fraction ? `.${fraction}` : "");
}

/** 1.3 -> "130%"; 0.125 -> "12.5%"; up to 2 decimals of a percent. */
export function formatPercent(ratio: number): string {
  const percent = excelRound(ratio * 100, 2);
  return `${percent}%`;
}
