/** Reconciliation: SalesPayouts summed by period, region and measure, each in exact cents. */
import { fromCents, toCents } from "../../kernel/money";
import { num, text } from "../job";
import { PUBLISH_ACTION, type AuditEntry } from "./summary";

/** One SalesPayouts row as the reconciliation reads it. */
export interface PayoutRecord {
  readonly repId: string;
  readonly period: string;
  readonly measure: string;
  readonly payout: number;
  readonly adjustments: number;
  readonly net: number;
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

/** The totals the latest run that wrote SalesPayouts recorded in SalesAudit. */
export interface RecordedPayouts {
  readonly time: number | null;
  readonly action: string;
  readonly gross: number | null;
  readonly adjustments: number | null;
  readonly net: number | null;
  /** Each recorded total equals the table's now, to the cent (or was not recorded). */
  readonly agrees: Readonly<Record<"gross" | "adjustments" | "net", boolean>>;
  /** They all equal the table's totals now. */
  readonly matches: boolean;
}

export interface Reconciliation {
  readonly groups: readonly ReconciliationGroup[];
  /** Sums over every SalesPayouts row. */
  readonly total: ReconciliationLine;
  readonly recorded: RecordedPayouts | null;
}

export function payoutRecord(r: { values: Readonly<Record<string, unknown>> }): PayoutRecord {
  return {
    repId: text(r.values.RepID),
    period: text(r.values.Period),
    measure: text(r.values.Measure),
    payout: num(r.values.Payout) ?? 0,
    adjustments: num(r.values.Adjustments) ?? 0,
    net: num(r.values.NetPayout) ?? 0,
  };
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

/** Payouts by period, by region (each rep's region in Reps) and by measure, and the grand total. */
export function reconcilePayouts(
  rows: readonly PayoutRecord[],
  regionOf: ReadonlyMap<string, string>,
): Omit<Reconciliation, "recorded"> {
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

/**
 * The "key=number; ..." pairs of an audit row's cell (src/workbook/audit.ts writes them): Totals
 * ("SalesPayouts.NetPayout=123.45") by column, InputRows ("Regions=2") by table.
 */
export function auditPairs(cell: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of cell.split(";")) {
    const [key, value] = part.split("=").map((x) => x.trim());
    const n = Number(value);
    if (key && value !== undefined && value !== "" && Number.isFinite(n)) out.set(key, n);
  }
  return out;
}

export function recordedPayouts(
  audit: readonly AuditEntry[],
  total: ReconciliationLine,
): RecordedPayouts | null {
  // The latest run that wrote the table (a publish only records what it found).
  const entry = audit.find((a) => a.action !== PUBLISH_ACTION && /\bSalesPayouts\.NetPayout=/.test(a.totals));
  if (!entry) return null;
  const totals = auditPairs(entry.totals);
  const at = (column: string) => totals.get(`SalesPayouts.${column}`) ?? null;
  const [gross, adjustments, net] = [at("Payout"), at("Adjustments"), at("NetPayout")];
  const same = (a: number | null, b: number) => a === null || toCents(a) === toCents(b);
  const agrees = {
    gross: same(gross, total.gross),
    adjustments: same(adjustments, total.adjustments),
    net: same(net, total.net),
  };
  return {
    time: entry.time,
    action: entry.action,
    gross,
    adjustments,
    net,
    agrees,
    matches: agrees.gross && agrees.adjustments && agrees.net,
  };
}
