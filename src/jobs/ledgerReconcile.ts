/**
 * Publish's month-end reconciliation: the closed periods as SalesLedger booked them, plus the open
 * periods as SalesPayouts holds them (with the restatements of closed ones), must add up to what the
 * inputs pay every period now, to the cent. A difference means SalesPayouts is out of date (inputs
 * changed since the last run) or was edited.
 */
import { formatMoney } from "../engine/incentives";
import { periodStatuses } from "../engine/ledger";
import { SalesPlanError } from "../kernel/errors";
import { fromCents, toCents } from "../kernel/money";
import type { WorkbookHost } from "../workbook/host";
import { outputSchemas, writtenSpec } from "../workbook/schema";
import { isNotFound, type Mappings } from "./inputs";
import { num, text } from "./job";
import { readMonthEnd, recomputeFrom } from "./ledger";
import { ledgerLines } from "./ledgerView";
import { localize, type Localized } from "./localize";
import { publishMessages } from "./messages";

export interface LedgerReconciliation {
  /** The periods SalesLedger holds, in order. */
  readonly closed: readonly string[];
  /** SalesLedger's Amount, summed. */
  readonly ledger: number;
  readonly ledgerLines: number;
  /** SalesPayouts' periods that are not closed, in order. */
  readonly open: readonly string[];
  /** SalesPayouts' NetPayout over the open periods (closed periods' rows, if any are left, are the ledger's). */
  readonly payouts: number;
  readonly payoutRows: number;
  /** ledger + payouts. */
  readonly sum: number;
  /** What the inputs pay every period now; null when they cannot be computed (`why`). */
  readonly recomputed: number | null;
  readonly why?: Localized;
  /** sum = recomputed to the cent. */
  readonly matches: boolean;
}

const payoutsSpec = writtenSpec(outputSchemas.SalesPayouts, false);

/** The reconciliation, or null while no period is closed (Publish's SalesPayouts one says it all). */
export async function reconcileLedger(
  host: WorkbookHost,
  mappings: Mappings = {},
): Promise<LedgerReconciliation | null> {
  const tables = await readMonthEnd(host, mappings);
  const ledger = ledgerLines(tables.ledger);
  if (ledger.length === 0) return null;
  const closed = periodStatuses(ledger);
  const payoutTable = await host.readTable(payoutsSpec);
  const rows = isNotFound(payoutTable)
    ? []
    : payoutTable.rows.filter((r) => !closed.has(text(r.values.Period)));
  const cents = (values: readonly number[]) => values.reduce((s, v) => s + toCents(v), 0n);
  const booked = cents(ledger.map((l) => l.amount));
  const open = cents(rows.map((r) => num(r.values.NetPayout) ?? 0));
  let recomputed: bigint | null = null;
  let why: Localized | undefined;
  try {
    recomputed = toCents(recomputeFrom(tables, "en").job.engine.totals.net);
  } catch (error) {
    if (!(error instanceof SalesPlanError)) throw error;
    why = localize(error);
  }
  const sum = booked + open;
  return {
    closed: [...closed.keys()].sort(),
    ledger: fromCents(booked),
    ledgerLines: ledger.length,
    open: [...new Set(rows.map((r) => text(r.values.Period)))].sort(),
    payouts: fromCents(open),
    payoutRows: rows.length,
    sum: fromCents(sum),
    recomputed: recomputed === null ? null : fromCents(recomputed),
    ...(why ? { why } : {}),
    matches: recomputed !== null && sum === recomputed,
  };
}

/** The warning a reconciliation that does not add up gives, in both languages. */
export function ledgerDiffers(r: LedgerReconciliation): SalesPlanError | null {
  if (r.matches || r.recomputed === null) return null;
  return new SalesPlanError(publishMessages.ledgerDiffers, {
    ledger: formatMoney(r.ledger),
    open: formatMoney(r.payouts),
    sum: formatMoney(r.sum),
    recomputed: formatMoney(r.recomputed),
  });
}
