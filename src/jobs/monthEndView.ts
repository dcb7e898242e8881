/**
 * What the pane's month-end offers: the payout periods (SalesPayouts' and the ledger's) with their
 * ledger status, and the reps paid in them, read without recomputing anything.
 */
import { periodStatuses, type LedgerStatus } from "../engine/ledger";
import type { WorkbookHost } from "../workbook/host";
import { outputSchemas, writtenSpec } from "../workbook/schema";
import { isNotFound } from "./inputs";
import { text } from "./job";
import { readLedger } from "./ledger";

export interface PeriodState {
  readonly period: string;
  /** The ledger's status; null while the period is open. */
  readonly status: LedgerStatus | null;
}

export interface MonthEndView {
  /** In order, the closed ones first. */
  readonly periods: readonly PeriodState[];
  readonly reps: readonly { readonly repId: string; readonly name: string }[];
}

const payoutsSpec = writtenSpec(outputSchemas.SalesPayouts, false);

export async function monthEndView(host: WorkbookHost): Promise<MonthEndView> {
  const ledger = await readLedger(host);
  const payouts = await host.readTable(payoutsSpec);
  const rows = isNotFound(payouts) ? [] : payouts.rows.map((r) => r.values);
  const statuses = periodStatuses(ledger);
  const periods = new Set([...statuses.keys(), ...rows.map((r) => text(r.Period)).filter((p) => p !== "")]);
  const reps = new Map<string, string>();
  for (const r of [...ledger.map((l) => ({ RepID: l.repId, Name: l.name })), ...rows]) {
    const id = text(r.RepID);
    if (id !== "" && !reps.get(id)) reps.set(id, text(r.Name));
  }
  return {
    periods: [...periods].sort().map((period) => ({ period, status: statuses.get(period) ?? null })),
    reps: [...reps].map(([repId, name]) => ({ repId, name })).sort((a, b) => a.repId.localeCompare(b.repId)),
  };
}
