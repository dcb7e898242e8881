/**
 * SalesPayouts rows summed by period, region and measure in exact cents: what Publish reconciles,
 * and what a payouts run records in its SalesAudit row per line ("run wrote"), so the two compare
 * key by key. Pure: no host, nothing of the jobs'.
 */
import { fromCents, toCents } from "../kernel/money";

/** One SalesPayouts row as the reconciliation reads it. */
export interface PayoutRecord {
  readonly repId: string;
  readonly period: string;
  readonly measure: string;
  readonly payout: number;
  readonly adjustments: number;
  readonly net: number;
  /** The rep's currency and the net in the reporting currency, where the run wrote them. */
  readonly currency?: string;
  readonly reporting?: number | null;
}

export interface PayoutSums {
  readonly gross: number;
  readonly adjustments: number;
  readonly net: number;
  readonly rows: number;
}

export interface ReconciliationLine extends PayoutSums {
  /** The period, region or measure; "" for rows without one (region: reps not in Reps). */
  readonly key: string;
  /** Net equals gross + adjustments to the cent. */
  readonly addsUp: boolean;
  /** The net the run that wrote SalesPayouts recorded for this line; null: it recorded none for it. */
  readonly written?: number | null;
  /** Net equals what the run wrote, to the cent (true when the run recorded nothing per line). */
  readonly asWritten?: boolean;
}

export type ReconciliationBy = "period" | "region" | "measure";

export interface ReconciliationGroup {
  readonly by: ReconciliationBy;
  readonly lines: readonly ReconciliationLine[];
  /** The lines added up. */
  readonly sum: PayoutSums;
  /** The lines add up to the grand total, gross, adjustments and net, to the cent. */
  readonly matches: boolean;
}

/** Sums in cents (BigInt): no drift, whatever the row count or size. */
class Cents {
  gross = 0n;
  adjustments = 0n;
  net = 0n;
  rows = 0;
  add(r: PayoutRecord): void {
    this.gross += toCents(r.payout);
    this.adjustments += toCents(r.adjustments);
    this.net += toCents(r.net);
    this.rows += 1;
  }
  plus(other: Cents): void {
    this.gross += other.gross;
    this.adjustments += other.adjustments;
    this.net += other.net;
    this.rows += other.rows;
  }
  equals(other: Cents): boolean {
    return this.gross === other.gross && this.adjustments === other.adjustments && this.net === other.net;
  }
  line(key: string): ReconciliationLine {
    return {
      key,
      gross: fromCents(this.gross),
      adjustments: fromCents(this.adjustments),
      net: fromCents(this.net),
      rows: this.rows,
      addsUp: this.gross + this.adjustments === this.net,
    };
  }
}

const BY: readonly ReconciliationBy[] = ["period", "region", "measure"];

/** The groups and the grand total. */
export interface PayoutBreakdown {
  readonly groups: readonly ReconciliationGroup[];
  /** Sums over every SalesPayouts row. */
  readonly total: ReconciliationLine;
}

/** Payouts by period, by region (each rep's region in Reps) and by measure, and the grand total. */
export function reconcilePayouts(
  rows: readonly PayoutRecord[],
  regionOf: ReadonlyMap<string, string>,
): PayoutBreakdown {
  const total = new Cents();
  const groups = new Map<ReconciliationBy, Map<string, Cents>>(BY.map((by) => [by, new Map()]));
  const keyOf = (by: ReconciliationBy, r: PayoutRecord): string =>
    by === "period" ? r.period : by === "measure" ? r.measure : (regionOf.get(r.repId) ?? "");
  for (const r of rows) {
    total.add(r);
    for (const by of BY) {
      const lines = groups.get(by) as Map<string, Cents>;
      const key = keyOf(by, r);
      let line = lines.get(key);
      if (!line) lines.set(key, (line = new Cents()));
      line.add(r);
    }
  }
  return {
    groups: BY.map((by): ReconciliationGroup => {
      const lines = groups.get(by) as Map<string, Cents>;
      // Periods in time order ("2026-02" before "2026-10"); regions and measures as first met.
      const keys = by === "period" ? [...lines.keys()].sort(comparePeriods) : [...lines.keys()];
      const sum = new Cents();
      for (const key of keys) sum.plus(lines.get(key) as Cents);
      return {
        by,
        lines: keys.map((key) => (lines.get(key) as Cents).line(key)),
        sum: sum.line(""),
        matches: sum.equals(total) && sum.rows === total.rows,
      };
    }),
    total: total.line(""),
  };
}

function comparePeriods(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/** The Totals key of a line's net in a payouts run's audit row: "SalesPayouts.NetPayout[period:2026-01]". */
export const lineKey = (by: ReconciliationBy, key: string): string => `SalesPayouts.NetPayout[${by}:${key}]`;

/** Keys that would break the "key=value; ..." cell are not recorded (their line shows no "run wrote"). */
const recordable = (key: string) => !/[;=[\]]/.test(key);

/** A run's nets per line, as the audit row records them beside its totals. */
export function breakdownPairs(breakdown: PayoutBreakdown): [string, number][] {
  return breakdown.groups.flatMap((g) =>
    g.lines.filter((l) => recordable(l.key)).map((l): [string, number] => [lineKey(g.by, l.key), l.net]),
  );
}

/**
 * Each line with what the run wrote for it (from its audit row's pairs) and whether they agree: a
 * line the run did not write was written as 0, and a line the run wrote that is gone comes back as
 * a line of 0, so an edit anywhere shows on its line.
 */
export function withWritten(
  breakdown: PayoutBreakdown,
  recorded: ReadonlyMap<string, number>,
): PayoutBreakdown {
  // A run from before lines were recorded records none: nothing to compare, no column.
  if (![...recorded.keys()].some((k) => k.startsWith("SalesPayouts.NetPayout["))) return breakdown;
  const compared = (by: ReconciliationBy, l: ReconciliationLine): ReconciliationLine => {
    if (!recordable(l.key)) return { ...l, written: null };
    const written = recorded.get(lineKey(by, l.key)) ?? 0;
    return { ...l, written, asWritten: toCents(written) === toCents(l.net) };
  };
  return {
    ...breakdown,
    groups: breakdown.groups.map((g) => {
      const prefix = lineKey(g.by, "").slice(0, -1);
      const present = new Set(g.lines.map((l) => l.key));
      const gone = [...recorded.keys()]
        .filter((k) => k.startsWith(prefix) && !present.has(k.slice(prefix.length, -1)))
        .map((k) => new Cents().line(k.slice(prefix.length, -1)));
      return { ...g, lines: [...g.lines, ...gone].map((l) => compared(g.by, l)) };
    }),
  };
}
