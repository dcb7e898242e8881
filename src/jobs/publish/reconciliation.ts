/** Reconciliation: SalesPayouts summed by period, region and measure, each in exact cents. */
import { fromCents, toCents } from "../../kernel/money";
import type { PayoutRecord, ReconciliationGroup, ReconciliationLine } from "../payoutSums";
import { num, text } from "../job";
import { PUBLISH_ACTION, type AuditEntry } from "./summary";

export type {
  PayoutRecord,
  PayoutSums,
  ReconciliationBy,
  ReconciliationGroup,
  ReconciliationLine,
} from "../payoutSums";
export { reconcilePayouts } from "../payoutSums";

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

/** One currency's net payouts: in that currency and in the reporting currency, each to the cent. */
export interface CurrencyLine {
  readonly currency: string;
  readonly net: number;
  readonly reporting: number;
  readonly rows: number;
}

/**
 * SalesPayouts in both currencies (PRODUCT.md "Organisations"), where the run wrote a Currency and
 * a PayoutReporting column: each currency's net in itself and in the reporting currency, the
 * reporting total, and whether it is what the latest run recorded in SalesAudit.
 */
export interface CurrencyReconciliation {
  readonly lines: readonly CurrencyLine[];
  /** Every row's PayoutReporting added up (the lines' reporting sums add up to it to the cent). */
  readonly reporting: number;
  /** The reporting total the latest run recorded (null: not recorded). */
  readonly recorded: number | null;
  /** The recorded reporting total equals the table's now, to the cent (or was not recorded). */
  readonly agrees: boolean;
}

export interface Reconciliation {
  readonly groups: readonly ReconciliationGroup[];
  /** Sums over every SalesPayouts row. */
  readonly total: ReconciliationLine;
  readonly recorded: RecordedPayouts | null;
  /** By currency, in both currencies; null when SalesPayouts has no PayoutReporting. */
  readonly currencies?: CurrencyReconciliation | null;
}

export function payoutRecord(r: { values: Readonly<Record<string, unknown>> }): PayoutRecord {
  return {
    repId: text(r.values.RepID),
    period: text(r.values.Period),
    measure: text(r.values.Measure),
    payout: num(r.values.Payout) ?? 0,
    adjustments: num(r.values.Adjustments) ?? 0,
    net: num(r.values.NetPayout) ?? 0,
    currency: text(r.values.Currency).trim(),
    reporting: num(r.values.PayoutReporting),
  };
}

/**
 * Net payouts by currency in the rep's currency and in the reporting currency, in exact cents;
 * null when no row carries a reporting amount (a run in one currency writes none).
 */
export function reconcileCurrencies(
  rows: readonly PayoutRecord[],
  audit: readonly AuditEntry[],
): CurrencyReconciliation | null {
  if (!rows.some((r) => typeof r.reporting === "number")) return null;
  const by = new Map<string, { net: bigint; reporting: bigint; rows: number }>();
  let reporting = 0n;
  for (const r of rows) {
    const currency = r.currency ?? "";
    const line = by.get(currency) ?? { net: 0n, reporting: 0n, rows: 0 };
    line.net += toCents(r.net);
    line.reporting += toCents(r.reporting ?? 0);
    line.rows += 1;
    by.set(currency, line);
    reporting += toCents(r.reporting ?? 0);
  }
  const entry = audit.find(
    (a) => a.action !== PUBLISH_ACTION && /\bSalesPayouts\.PayoutReporting=/.test(a.totals),
  );
  const recorded = entry ? (auditPairs(entry.totals).get("SalesPayouts.PayoutReporting") ?? null) : null;
  return {
    lines: [...by].map(([currency, l]) => ({
      currency,
      net: fromCents(l.net),
      reporting: fromCents(l.reporting),
      rows: l.rows,
    })),
    reporting: fromCents(reporting),
    recorded,
    agrees: recorded === null || toCents(recorded) === reporting,
  };
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

/** The latest run that wrote SalesPayouts (a publish only records what it found). */
export const payoutsEntry = (audit: readonly AuditEntry[]): AuditEntry | undefined =>
  audit.find((a) => a.action !== PUBLISH_ACTION && /\bSalesPayouts\.NetPayout=/.test(a.totals));

export function recordedPayouts(
  audit: readonly AuditEntry[],
  total: ReconciliationLine,
): RecordedPayouts | null {
  const entry = payoutsEntry(audit);
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
