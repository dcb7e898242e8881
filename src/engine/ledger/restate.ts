/**
 * Restatements: a closed period's ledger lines never change, so when its actuals, targets or plan
 * change, the difference between what it pays now and what the ledger booked for it (its own lines
 * plus restatements already closed) is paid as a `restatement` line in the first open period.
 * Hence, to the cent: ledger + open periods (with their restatements) = recomputed. Under a true-up
 * the first open period's "paid before" reads the ledger, so a same-year measure change is paid in
 * that period's measure line instead (see booked.ts), and the sum is the same.
 */
import { formatAmount } from "../incentives/format";
import { formatMessage, type Locale } from "../../kernel/messages";
import { fromCents, toCents } from "../../kernel/money";
import { RESTATEMENT } from "./lines";
import { ledgerMessages } from "./messages";
import type { PeriodLine } from "./types";

/** The line name of a restatement of `line` of `period`. */
export const restatementLine = (period: string, line: string): string => `${RESTATEMENT} ${period} ${line}`;

/** The period and line a restatement line restates, or null for any other line. */
export function restated(line: string): { period: string; line: string } | null {
  const m = /^restatement (\S+) (.+)$/.exec(line);
  return m ? { period: m[1], line: m[2] } : null;
}

/** Money as a restatement quotes it: always two decimals, signed, thousands grouped ("-95.28"). */
export function signedMoney(x: number): string {
  const c = toCents(Math.abs(x));
  const whole = formatAmount(Number(c / 100n));
  const rest = String(c % 100n).padStart(2, "0");
  return `${x < 0 && c !== 0n ? "-" : ""}${whole}.${rest}`;
}

interface Booked {
  repId: string;
  name: string;
  period: string;
  line: string;
  cents: bigint;
  /** The figures of the latest line booked for it (the original, or its latest restatement). */
  actual: number | null;
  target: number | null;
}

const key = (repId: string, period: string, line: string): string => `${repId}\u0000${period}\u0000${line}`;

/**
 * The restatement lines to pay in `into` (the first open period): for every rep, closed period and
 * line, what `recomputed` pays now minus what `ledger` booked for it. `ledger` is in the order it
 * was written (later lines are later closes); `recomputed` holds the lines of every period as the
 * current inputs pay them (lines of open periods are ignored here).
 */
export function restatements(
  ledger: readonly PeriodLine[],
  recomputed: readonly PeriodLine[],
  into: string,
  locale: Locale,
  /** Lines whose change is paid another way (a true-up reading the ledger): not restated. */
  paidElsewhere?: (repId: string, period: string, line: string) => boolean,
): PeriodLine[] {
  const closed = new Set<string>();
  for (const l of ledger) if (!restated(l.line)) closed.add(l.period);
  const booked = new Map<string, Booked>();
  for (const l of ledger) {
    const target = restated(l.line) ?? { period: l.period, line: l.line };
    closed.add(target.period);
    const k = key(l.repId, target.period, target.line);
    const entry = booked.get(k) ?? { ...l, period: target.period, line: target.line, cents: 0n };
    entry.cents += toCents(l.amount);
    entry.actual = l.actual;
    entry.target = l.target;
    booked.set(k, entry);
  }
  const now = new Map<string, PeriodLine & { cents: bigint }>();
  for (const l of recomputed) {
    if (!closed.has(l.period)) continue;
    const k = key(l.repId, l.period, l.line);
    const entry = now.get(k);
    if (entry) entry.cents += toCents(l.amount);
    else now.set(k, { ...l, cents: toCents(l.amount) });
  }
  const out: PeriodLine[] = [];
  const keys = [...now.keys(), ...[...booked.keys()].filter((k) => !now.has(k))];
  for (const k of keys) {
    const was = booked.get(k);
    const is = now.get(k);
    const diff = (is?.cents ?? 0n) - (was?.cents ?? 0n);
    if (diff === 0n) continue;
    const source = (is ?? was)!;
    if (paidElsewhere?.(source.repId, source.period, source.line)) continue;
    const amount = fromCents(diff);
    const actual = is?.actual ?? null;
    const target = is?.target ?? null;
    const params = { period: source.period, line: source.line, amount: signedMoney(amount) };
    let sentence: string;
    const oldActual = was?.actual ?? null;
    const oldTarget = was?.target ?? null;
    if (oldActual !== null && actual !== null && oldActual !== actual)
      sentence = formatMessage(ledgerMessages.restatedActual[locale], {
        ...params,
        old: formatAmount(oldActual),
        new: formatAmount(actual),
      });
    else if (oldTarget !== null && target !== null && oldTarget !== target)
      sentence = formatMessage(ledgerMessages.restatedTarget[locale], {
        ...params,
        old: formatAmount(oldTarget),
        new: formatAmount(target),
      });
    else
      sentence = formatMessage(ledgerMessages.restatedAmount[locale], {
        ...params,
        old: signedMoney(fromCents(was?.cents ?? 0n)),
        new: signedMoney(fromCents(is?.cents ?? 0n)),
      });
    out.push({
      repId: source.repId,
      name: is?.name ?? was?.name ?? "",
      period: into,
      line: restatementLine(source.period, source.line),
      amount,
      actual,
      target,
      explanation: sentence,
    });
  }
  return out;
}
