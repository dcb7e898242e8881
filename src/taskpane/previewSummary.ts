/**
 * What a manager checks in a preview, summed from every row the job will write (not the first
 * few): targets per rep by fiscal quarter with the annual total, payouts per rep. Reps keep the
 * order the job wrote them in; names come from the table's Name column. Sums are exact to the cent.
 */
import { isUnassigned } from "../jobs";
import { sumMoney } from "../kernel/money";
import type { OutputRow } from "../workbook/outputs";

/** Reps a summary lists; the totals row still covers every rep. */
export const SUMMARY_REPS = 12;

export interface RepSummaryRow {
  readonly repId: string;
  readonly name: string;
  /** One figure per column. */
  readonly values: readonly number[];
  /** The year's target; the net payout. */
  readonly total: number;
  /** The rep's payout currency when the table names one. */
  readonly currency?: string;
}

export interface RepSummary {
  readonly kind: "quarters" | "payouts";
  /** "Q1".."Q4" (fiscal); or "Payout", "Adjustments". */
  readonly columns: readonly string[];
  /** Per column, the months it covers ("2026-04 – 2026-06"), for quarters. */
  readonly spans?: readonly string[];
  /** The first SUMMARY_REPS reps. */
  readonly rows: readonly RepSummaryRow[];
  readonly repCount: number;
  /** Targets no rep carries (joiners' ramp, leavers' months: the "(unassigned)" rows), when any. */
  readonly unassigned?: RepSummaryRow;
  /** Over every rep (and the unassigned part); null where reps are paid in different currencies (no sum means anything). */
  readonly totals: readonly number[] | null;
  readonly total: number | null;
  /** Decimals every figure shows: the rounding targets were made with; cents for payouts. */
  readonly decimals: number;
}

const text = (v: OutputRow[string]): string => (v === null || v === undefined ? "" : String(v));
const num = (v: OutputRow[string]): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** Rows by rep, in first-seen order. */
function byRep(rows: readonly OutputRow[]): Map<string, OutputRow[]> {
  const reps = new Map<string, OutputRow[]>();
  for (const row of rows) {
    const id = text(row.RepID);
    const list = reps.get(id);
    if (list) list.push(row);
    else reps.set(id, [row]);
  }
  return reps;
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Targets per rep and fiscal quarter (the fiscal year starting in `fiscalStartMonth` of
 * `fiscalYear`), with the annual total; `decimals` as the targets were rounded (at least 0).
 */
export function targetsByQuarter(
  rows: readonly OutputRow[],
  fiscalYear: number,
  fiscalStartMonth: number,
  decimals: number,
): RepSummary {
  const quarterOf = (period: string): number | null => {
    const m = /^(\d{4})-(\d{2})$/.exec(period);
    if (!m) return null;
    const offset = (Number(m[1]) - fiscalYear) * 12 + Number(m[2]) - fiscalStartMonth;
    return offset >= 0 && offset < 12 ? Math.floor(offset / 3) : null;
  };
  const spans = [0, 1, 2, 3].map((q) => {
    const at = (k: number) => {
      const index = fiscalStartMonth - 1 + q * 3 + k;
      return monthKey(fiscalYear + Math.floor(index / 12), (index % 12) + 1);
    };
    return `${at(0)} – ${at(2)}`;
  });
  const all: RepSummaryRow[] = [];
  let unassigned: RepSummaryRow | undefined;
  for (const [repId, list] of byRep(rows)) {
    const quarters: OutputRow[string][][] = [[], [], [], []];
    for (const r of list) {
      const q = quarterOf(text(r.Period));
      if (q !== null) quarters[q].push(r.Target);
    }
    const row = {
      repId,
      name: text(list[0].Name),
      values: quarters.map((q) => sumMoney(q)),
      total: sumMoney(list.map((r) => r.Target)),
    };
    if (repId === "" || isUnassigned(repId)) unassigned = row;
    else all.push(row);
  }
  const every = unassigned ? [...all, unassigned] : all;
  return {
    kind: "quarters",
    columns: ["Q1", "Q2", "Q3", "Q4"],
    spans,
    rows: all.slice(0, SUMMARY_REPS),
    repCount: all.length,
    ...(unassigned ? { unassigned } : {}),
    totals: [0, 1, 2, 3].map((q) => sumMoney(every.map((r) => r.values[q]))),
    total: sumMoney(every.map((r) => r.total)),
    decimals: Math.max(0, Math.min(2, decimals)),
  };
}

/** Payout, adjustments and net payout per rep over the rows the run writes. */
export function payoutsByRep(rows: readonly OutputRow[]): RepSummary {
  const all: RepSummaryRow[] = [];
  for (const [repId, list] of byRep(rows)) {
    const currency = text(list[0].Currency);
    all.push({
      repId,
      name: text(list[0].Name),
      values: [sumMoney(list.map((r) => r.Payout)), sumMoney(list.map((r) => r.Adjustments))],
      total: sumMoney(list.map((r) => r.NetPayout)),
      ...(currency ? { currency } : {}),
    });
  }
  const currencies = new Set(all.map((r) => r.currency ?? ""));
  const comparable = currencies.size <= 1;
  return {
    kind: "payouts",
    columns: ["Payout", "Adjustments"],
    rows: all.slice(0, SUMMARY_REPS),
    repCount: all.length,
    totals: comparable ? [0, 1].map((i) => sumMoney(all.map((r) => num(r.values[i])))) : null,
    total: comparable ? sumMoney(all.map((r) => r.total)) : null,
    decimals: 2,
  };
}
