/**
 * SalesLedger read back, and the view a payout run gives of a workbook with a ledger: closed periods
 * left to the ledger, their restatements paid in the first open period. Pure (no host), so the run
 * applies it wherever it computes, in the pane's worker as in the command line.
 */
import { sumMoney } from "../kernel/money";
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";
import {
  firstOpenPeriod,
  LEDGER_STATUSES,
  paidInTrueUp,
  ledgerMessages,
  payoutLines,
  periodStatuses,
  restated,
  restatements,
  type LedgerLine,
  type LedgerStatus,
  type PeriodLine,
} from "../engine/ledger";
import { outputSchemas, writtenSpec, type InputTableSpec } from "../workbook/schema";
import type { OutputRow } from "../workbook/outputs";
import type { PayoutRow, Plan } from "../engine/incentives";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text, type JobTotal } from "./job";
import type { PayoutJobResult } from "./payouts";
import { inReporting } from "./organisation";
/** SalesLedger read back: every column as written. */
export const ledgerSpec: InputTableSpec = writtenSpec(outputSchemas.SalesLedger, true);

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);

function status(value: string, row: number): LedgerStatus {
  const s = LEDGER_STATUSES.find((x) => x.toLowerCase() === value.trim().toLowerCase());
  if (!s) throw new SalesPlanError(ledgerMessages.badStatus, { row, value });
  return s;
}

/** The ledger's lines in the order written; none when the workbook has no SalesLedger yet. */
export function ledgerLines(table: ParsedTable | undefined): LedgerLine[] {
  if (!found(table) || table.rows.length === 0) return [];
  return requireClean(table, "SalesLedger").rows.map((r): LedgerLine => {
    const v = r.values;
    const opt = (key: string): string | null => (text(v[key]) === "" ? null : text(v[key]));
    return {
      repId: text(v.RepID),
      name: text(v.Name),
      period: text(v.Period),
      line: text(v.Line),
      amount: num(v.Amount) ?? 0,
      actual: num(v.Actual),
      target: num(v.Target),
      explanation: text(v.Explanation),
      currency: opt("Currency"),
      status: status(text(v.Status), r.row),
      closedAt: num(v.ClosedAt),
      closedBy: opt("ClosedBy"),
      approvedAt: num(v.ApprovedAt),
      approvedBy: opt("ApprovedBy"),
      paidAt: num(v.PaidAt),
      run: opt("Run"),
    };
  });
}

/**
 * What a payout run writes to SalesPayouts once periods are closed: the open periods only, plus
 * the restatement rows of the closed ones in the first open period. Under a true-up, the engine ran
 * with the ledger's booked amounts (payoutRun), so the first open period's "paid before" is what
 * was booked and same-year measure changes are in its measure lines, not restated again. Its net
 * reconciles against recomputed (what the inputs pay every period now) minus ledger, so the run's
 * check reads: ledger + open periods = recomputed.
 */
export function ledgerView(
  job: PayoutJobResult,
  ledger: readonly LedgerLine[],
  locale: Locale,
  plan: Plan,
): PayoutJobResult {
  if (ledger.length === 0) return job;
  const closed = periodStatuses(ledger);
  const into = firstOpenPeriod(job.engine.periods, closed.keys());
  if (into === null) return job;
  const recomputed = payoutLines(job.engine.rows);
  // Only where the engine read the ledger (it reports `restated` then; several plans do not).
  const readLedger = job.engine.totals.restated !== undefined;
  const paidElsewhere =
    plan.trueUp && readLedger && job.engine.periods.includes(into)
      ? paidInTrueUp(
          into,
          new Set(recomputed.map((l) => l.repId)),
          plan.measures.map((m) => m.name),
        )
      : undefined;
  const restate = restatements(ledger, recomputed, into, locale, paidElsewhere);
  const [payouts, ...rest] = job.outputs;
  const rows: OutputRow[] = payouts.rows.filter((r) => !closed.has(text(r.Period)));
  const several = payouts.columns.some((c) => c.key === "Plan");
  const planOf = several ? restatedPlan(job.engine.rows, into) : null;
  for (const l of restate) {
    // Paid in the rep's currency like their other rows, converted at the paying month's rate.
    const fx = job.currencies ? inReporting(job.currencies, l.repId, l.period, l.amount, locale) : null;
    rows.push({
      RepID: l.repId,
      Name: l.name,
      Period: l.period,
      ...(planOf ? { Plan: planOf(l) } : {}),
      Measure: l.line,
      Actual: l.actual,
      Target: l.target,
      Payout: 0,
      Adjustments: l.amount,
      NetPayout: l.amount,
      ...(fx ? { Currency: fx.currency, PayoutReporting: fx.converted } : {}),
      Explanation: fx?.sentence ? thenSentence(l.explanation, fx.sentence, locale) : l.explanation,
    });
  }
  const booked = sumMoney(ledger.map((l) => l.amount));
  // What the inputs pay every period now, without the ledger: the engine's net less what its
  // true-ups paid for closed periods by reading the ledger.
  const recomputedNet = sumMoney([job.engine.totals.net, -(job.engine.totals.restated ?? 0)]);
  const totals = job.totals.map((t): JobTotal => {
    const values = (key: string) => rows.map((r) => r[key]);
    if (t.id === "payoutRows") return { ...t, value: rows.length };
    if (t.id === "payoutGross") return { ...t, value: sumMoney(values("Payout")) };
    if (t.id === "payoutAdjustments") return { ...t, value: sumMoney(values("Adjustments")) };
    // Over the rows written, as SalesPayouts holds them: the reporting-currency sum Publish checks.
    if (t.id === "payoutNetReporting") return { ...t, value: sumMoney(values("PayoutReporting")) };
    if (t.id === "payoutNet")
      return { ...t, value: sumMoney(values("NetPayout")), expected: sumMoney([recomputedNet, -booked]) };
    if (t.id === "measurePayout")
      return {
        ...t,
        value: sumMoney(rows.filter((r) => r.Measure === t.item).map((r) => r.NetPayout)),
      };
    // The honour roll's cash in the open periods written (a closed period's is in the ledger).
    if (t.id === "payoutAwards")
      return {
        ...t,
        value: sumMoney(
          job.engine.rows
            .filter((r) => r.kind === "total" && !closed.has(r.period))
            .flatMap((r) => r.adjustmentItems.filter((a) => a.kind === "award").map((a) => a.amount)),
        ),
      };
    return t;
  });
  return {
    ...job,
    outputs: [{ ...payouts, rows }, ...rest],
    totals,
    restated: { into, lines: restate },
    ledger,
  };
}

/**
 * Under several plans, a restatement row's plan: the one its restated line names ("Revenue (Inside
 * sales)"), else the plan the rep is on in the paying period (the last of a mover's), else their
 * latest plan.
 */
function restatedPlan(rows: readonly PayoutRow[], into: string): (line: PeriodLine) => string {
  const names = new Set<string>();
  const inInto = new Map<string, string>();
  const latest = new Map<string, string>();
  for (const r of rows) {
    if (!r.plan) continue;
    names.add(r.plan);
    latest.set(r.repId, r.plan);
    if (r.period === into) inInto.set(r.repId, r.plan);
  }
  return (l) => {
    const named = /\(([^()]+)\)$/.exec(restated(l.line)?.line ?? "")?.[1];
    if (named !== undefined && names.has(named)) return named;
    return inInto.get(l.repId) ?? latest.get(l.repId) ?? "";
  };
}

/** A sentence after one that ends without a stop (the restatement's), in the run's language. */
const thenSentence = (first: string, next: string, locale: Locale): string =>
  locale === "zh" ? `${first}。${next}` : `${first}. ${next}`;
