/**
 * The payouts job's organisation inputs (PRODUCT.md "Organisations"): Deals credited into Actuals,
 * team measures summed over reporting lines, and payouts shown in the reporting currency. Each is
 * a no-op without its table or plan setting, so a run without them is what it was.
 */
import { SalesPlanError } from "../kernel/errors";
import { formatMessage, type Locale } from "../kernel/messages";
import { monthKey, monthOf, parseMonthKey, serialOf } from "../kernel/calendar";
import { roundMoney } from "../kernel/money";
import {
  formatAmount,
  formatMoney,
  formatPercent,
  measureKey,
  payoutPeriodKey,
  sourceOf,
  type MeasureAmount,
  type PayoutFrequency,
  type Plan,
} from "../engine/incentives";
import {
  creditDeals,
  creditKey,
  fxKey,
  organisationMessages as m,
  managerResolver,
  rateFor,
  rateMonth,
  reportingLines,
  teamAmounts,
  teamsOf,
  toReporting,
  type AssignmentBook,
  type CreditedAmount,
  type DealCredit,
  type FxTable,
  type ReportingRep,
} from "../engine/organisation";
import { dealsSchema, fxRatesSchema, readSpec, repsSchema, type InputTableSpec } from "../workbook/schema";
import type { ParsedRow, ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean, type InputStatus } from "./inputs";
import { screenActuals, type ScreenOptions, type SourcedRow } from "./screen";
import type { WorkbookProblem } from "../workbook/types";
import { num, text } from "./job";

export const dealsSpec: InputTableSpec = readSpec(dealsSchema);
export const fxRatesSpec: InputTableSpec = readSpec(fxRatesSchema);
/** Each rep's currency, read beside Reps (the column is read only on request). */
export const repCurrencySpec: InputTableSpec = readSpec(repsSchema, ["RepID", "Currency"]);

const found = (table: ParsedTable | undefined): table is ParsedTable => !!table && !isNotFound(table);

/** Deals credited, with the rows behind each amount, for the explanations. */
export interface Credited {
  readonly deals: readonly DealCredit[];
  readonly amounts: ReadonlyMap<string, CreditedAmount>;
}

/** The tables Actuals are made of: Actuals as read, and Deals when the workbook has one. */
export interface ActualsSources {
  readonly reps?: ParsedTable;
  readonly actuals?: ParsedTable;
  readonly deals?: ParsedTable;
}

/**
 * Actuals as every job reads them (PRODUCT.md "Organisations": with Deals, Actuals are built from
 * credited deals): payouts, scorecards, tracking, the people side and month-end all come through
 * here, so a restated deal moves scores and attainment as it moves pay.
 */
export function jobActuals(sources: ActualsSources): ParsedTable | undefined {
  return creditedActuals(sources.deals, found(sources.reps) ? sources.reps : undefined, sources.actuals)
    .actuals;
}

/**
 * What screening says of the deals' credited rows (a measure no plan uses, a date outside the plan
 * year), each naming its Deals cell: for a front end that screens Actuals as read (`salesplan run`).
 */
export function screenDeals(
  deals: ParsedTable | undefined,
  reps: ParsedTable,
  options: ScreenOptions,
): readonly WorkbookProblem[] {
  if (!found(deals)) return [];
  const credited = creditedActuals(deals, reps, undefined).actuals!;
  const table = deals.table ?? deals.sheet;
  return screenActuals({ reps, actuals: credited }, options).warnings.filter((w) => w.table === table);
}

/**
 * Actuals as a front end offers them, with Deals read once: its measures and months join Actuals'
 * (credited deals are actuals to every job), and with no Actuals table Deals stands in for it.
 */
export function actualsWithDeals(status: InputStatus, deals: ParsedTable): InputStatus {
  if (!found(deals)) return status;
  const measures = new Map<string, string>();
  const periods = new Set<string>();
  for (const r of deals.rows) {
    const measure = text(r.values.Measure).trim();
    if (measure && !measures.has(measureKey(measure))) measures.set(measureKey(measure), measure);
    const date = num(r.values.Date);
    if (date !== null && date !== undefined) periods.add(monthKey(monthOf(date)));
  }
  const known = status.found ? status.measures : [];
  const seen = new Set(known.map(measureKey));
  const union = {
    measures: [...known, ...[...measures.entries()].filter(([k]) => !seen.has(k)).map(([, m]) => m)],
    periods: [...new Set([...(status.found ? status.periods : []), ...periods])].sort(),
  };
  if (status.found) return { ...status, ...union };
  return {
    ...status,
    ...union,
    found: true,
    fromDeals: true,
    sheet: deals.sheet,
    table: deals.table,
    headers: deals.columns.map((c) => c.header),
    // Deals' own columns are matched by its schema: nothing of Actuals to map.
    columns: status.columns.map((c) => ({ ...c, header: c.key })),
    extras: [],
    rowCount: deals.rowCount,
    validRows: deals.rows.length,
    problems: deals.problems,
  };
}

/** Whether a job read Deals for its Actuals (for the tables its audit row names). */
export const readsDeals = (sources: ActualsSources): boolean => found(sources.deals);

/**
 * Actuals built from Deals: the credited amounts replace the Actuals rows of the measures Deals
 * carries (Actuals' other measures, e.g. the scorecard's, stay). Without Deals: Actuals as read.
 * A deal's rep must be in Reps (when Reps is given).
 */
export function creditedActuals(
  dealsTable: ParsedTable | undefined,
  reps: ParsedTable | undefined,
  actuals: ParsedTable | undefined,
): { actuals: ParsedTable | undefined; credited: Credited | null } {
  if (!found(dealsTable)) return { actuals, credited: null };
  const table = requireClean(dealsTable, "Deals");
  const known = reps ? new Set(reps.rows.map((r) => text(r.values.RepID).trim().toLowerCase())) : null;
  const deals: DealCredit[] = [];
  for (const r of table.rows) {
    const repId = text(r.values.RepID).trim();
    const dealId = text(r.values.DealID).trim();
    if (known && !known.has(repId.toLowerCase()))
      throw new SalesPlanError(m.dealRepUnknown, { row: r.row, rep: repId, deal: dealId });
    deals.push({
      dealId,
      period: monthKey(monthOf(num(r.values.Date) ?? 0)),
      repId,
      amount: num(r.values.Amount) ?? 0,
      split: num(r.values.Split) ?? 1,
      measure: text(r.values.Measure).trim(),
      overlay: r.values.Overlay === true,
      row: r.row,
    });
  }
  const amounts = creditDeals(deals);
  const dealMeasures = new Set(deals.map((d) => measureKey(d.measure)));
  const kept = found(actuals)
    ? actuals.rows.filter((r) => !dealMeasures.has(measureKey(text(r.values.Measure))))
    : [];
  const rows: ParsedRow[] = [...kept];
  // Each credited row names its deals' cells when screened (a misspelled measure is Deals!F7's).
  for (const a of amounts.values()) {
    const sourceRows = [...new Set(a.deals.map((i) => deals[i].row))].sort((x, y) => x - y);
    const row: SourcedRow = {
      row: sourceRows[0],
      values: { RepID: a.repId, Period: a.period, Measure: a.measure, Amount: a.amount },
      source: table,
      sourceRows,
      sourceKeys: { Period: "Date" },
    };
    rows.push(row);
  }
  const base = found(actuals) ? actuals : { ...table, name: "Actuals" };
  return {
    actuals: { ...base, rows, rowCount: rows.length, problems: found(actuals) ? actuals.problems : [] },
    credited: { deals, amounts },
  };
}

/** Deal rows behind each rep's measure in each payout period. */
export function dealsByPayoutPeriod(credited: Credited, frequency: PayoutFrequency): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const a of credited.amounts.values()) {
    const period = payoutPeriodKey(a.period, frequency);
    if (period === null) continue;
    const key = creditKey(a.repId, period, a.measure);
    const list = out.get(key);
    if (list) list.push(...a.deals);
    else out.set(key, [...a.deals]);
  }
  return out;
}

const SHOWN_DEALS = 3;

/** "Actual from 3 deal(s): D-1001 60% of 50,000, ..." — the first few deals, then how many more. */
export function dealsSentence(
  deals: readonly DealCredit[],
  indexes: readonly number[],
  language: Locale,
): string {
  const items = indexes.slice(0, SHOWN_DEALS).map((i) => {
    const d = deals[i];
    return formatMessage((d.overlay ? m.dealOverlay : m.dealItem)[language], {
      deal: d.dealId,
      split: formatPercent(d.split),
      amount: formatAmount(d.amount, 2),
    });
  });
  if (indexes.length > SHOWN_DEALS)
    items.push(formatMessage(m.moreDeals[language], { count: indexes.length - SHOWN_DEALS }));
  return formatMessage(m.dealsBehind[language], {
    count: indexes.length,
    list: items.join(language === "zh" ? "，" : ", "),
  });
}

/** Whether a plan has measures paid on a team. */
export const hasTeamMeasures = (plan: Plan): boolean => plan.measures.some((x) => x.on === "team");

/**
 * A plan's targets are assembled for its own measures and the sources of its team measures; a
 * team measure's targets are summed from the team's.
 */
export function targetsPlan(plan: Plan): Plan {
  if (!hasTeamMeasures(plan)) return plan;
  const own = plan.measures.filter((x) => x.on !== "team");
  const keys = new Set(own.map((x) => measureKey(x.name)));
  const sources = plan.measures
    .filter((x) => x.on === "team" && !keys.has(measureKey(sourceOf(x))))
    .map((x) => ({ name: sourceOf(x), method: x.method }));
  return { ...plan, measures: [...own, ...sources] };
}

export interface TeamFigures {
  readonly actuals: MeasureAmount[];
  readonly targets: MeasureAmount[];
  /** Everyone under each manager (RepIDs). */
  readonly teams: ReadonlyMap<string, readonly string[]>;
}

/**
 * Team measures' figures: each manager's credited actuals and targets of the source measure,
 * summed over everyone under them; the plan's other figures pass through. Stops on a loop.
 */
export function withTeams(
  plan: Plan,
  reps: ParsedTable,
  actuals: readonly MeasureAmount[],
  targets: readonly MeasureAmount[],
  /** PlanAssignments: the lines of each month follow the managers in force (assignments.ts). */
  book: AssignmentBook | null = null,
  /** Members paid in another currency than their manager: their figures converted (inManagersCurrency). */
  convert?: (amount: number, repId: string, manager: string, period: string) => number,
): TeamFigures {
  const lines = reps.rows.map((r) => ({
    id: text(r.values.RepID),
    name: text(r.values.Name),
    manager: text(r.values.Manager),
  }));
  const managerOf = reportingLines(lines);
  const inForce = book ? linesInForce(lines, book) : undefined;
  const team = plan.measures.filter((x) => x.on === "team");
  const teamKeys = new Set(team.map((x) => measureKey(x.name)));
  const planKeys = new Set(plan.measures.map((x) => measureKey(x.name)));
  const keep = (a: MeasureAmount) => !teamKeys.has(measureKey(a.measure));
  const outActuals = actuals.filter(keep);
  // Targets of a source measure the plan does not pay on were assembled only to be summed.
  const outTargets = targets.filter((a) => keep(a) && planKeys.has(measureKey(a.measure)));
  for (const measure of team) {
    const source = measureKey(sourceOf(measure));
    outActuals.push(
      ...teamAmounts(
        managerOf,
        actuals.filter((a) => measureKey(a.measure) === source),
        measure.name,
        inForce,
        convert,
      ),
    );
    outTargets.push(
      ...teamAmounts(
        managerOf,
        targets.filter((a) => measureKey(a.measure) === source),
        measure.name,
        inForce,
        convert,
      ),
    );
  }
  return { actuals: outActuals, targets: outTargets, teams: teamsOf(managerOf) };
}

/**
 * Reporting lines month by month under PlanAssignments: each month's lines take every rep's manager
 * in force at its end (checked for loops), and a rep whose manager changes during a month sends
 * each manager the share of its days (a transfer on the 16th of March: 15/31 and 16/31).
 */
function linesInForce(reps: readonly ReportingRep[], book: AssignmentBook) {
  const resolve = managerResolver(reps);
  const byMonth = new Map<string, ReadonlyMap<string, string>>();
  const spanOf = (period: string) => {
    const m = parseMonthKey(period);
    return m
      ? { ...m, start: serialOf(m.year, m.month, 1), end: serialOf(m.year, m.month + 1, 1) - 1 }
      : null;
  };
  const ownManager = new Map(reps.map((r) => [r.id, r.manager ?? ""]));
  return {
    lines(period: string): ReadonlyMap<string, string> {
      let lines = byMonth.get(period);
      if (!lines) {
        const m = spanOf(period);
        lines = reportingLines(
          reps.map((r) => ({
            ...r,
            manager: (m && book.forMonth(r.id, m.year, m.month)?.manager) || r.manager,
          })),
        );
        byMonth.set(period, lines);
      }
      return lines;
    },
    first(repId: string, period: string): [string | undefined, number][] | null {
      const m = spanOf(period);
      if (!m || book.of(repId).length === 0) return null;
      const within = book.within(repId, m.start, m.end);
      const managers = within.map((w) => w.assignment.manager ?? ownManager.get(repId) ?? "");
      if (new Set(managers.map((x) => x.trim().toLowerCase())).size < 2) return null;
      const covered = within.reduce((sum, w) => sum + w.days, 0);
      return within.map((w, i) => [resolve(managers[i]), w.days / covered]);
    },
  };
}

/** Each rep's currency (blank: the reporting currency) and the FxRates table. */
export interface Currencies {
  readonly reporting: string;
  readonly of: ReadonlyMap<string, string>;
  readonly rates: FxTable;
}

/**
 * The run's currencies, or null when every rep is paid in the plan's currency and there is no
 * FxRates table (then SalesPayouts keeps its usual columns).
 */
export function currenciesOf(
  plan: Plan,
  repCurrencies: ParsedTable | undefined,
  fxRates: ParsedTable | undefined,
): Currencies | null {
  const reporting = plan.currency.trim();
  const of = new Map<string, string>();
  if (found(repCurrencies))
    for (const r of repCurrencies.rows) {
      const currency = text(r.values.Currency).trim();
      if (currency) of.set(text(r.values.RepID), currency);
    }
  const foreign = [...of.values()].some((c) => c.toUpperCase() !== reporting.toUpperCase());
  if (!foreign && !found(fxRates)) return null;
  const rates = new Map<string, number>();
  const rowOf = new Map<string, number>();
  if (found(fxRates))
    for (const r of requireClean(fxRates, "FxRates").rows) {
      const currency = text(r.values.Currency).trim();
      const period = text(r.values.Period);
      const rate = num(r.values.Rate);
      if (rate === null || !(rate > 0))
        throw new SalesPlanError(m.badFxRate, { row: r.row, currency, period, value: String(r.values.Rate) });
      const key = fxKey(currency, period);
      const before = rowOf.get(key);
      if (before !== undefined)
        throw new SalesPlanError(m.duplicateFxRate, { rows: `${before}, ${r.row}`, currency, period });
      rowOf.set(key, r.row);
      rates.set(key, rate);
    }
  return { reporting, of, rates };
}

/**
 * A team member's figure in their manager's currency: through the reporting currency at the
 * month's FxRates rate, to the cent (a team in 华南 with reps paid in HKD sums their revenue in CNY).
 */
export function inManagersCurrency(currencies: Currencies) {
  const { of, rates, reporting } = currencies;
  const same = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();
  return (amount: number, repId: string, manager: string, period: string): number => {
    const from = of.get(repId) ?? reporting;
    const to = of.get(manager) ?? reporting;
    if (same(from, to)) return amount;
    const inReporting = same(from, reporting)
      ? amount
      : toReporting(amount, rateFor(rates, from, reporting, period, repId));
    return same(to, reporting)
      ? inReporting
      : roundMoney(inReporting / rateFor(rates, to, reporting, period, manager));
  };
}

/** A row's currency, its net in the reporting currency, and the sentence quoting the rate (none at rate 1). */
export function inReporting(
  currencies: Currencies,
  repId: string,
  period: string,
  net: number,
  language: Locale,
): { currency: string; converted: number; sentence: string } {
  const currency = currencies.of.get(repId) ?? currencies.reporting;
  const rate = rateFor(currencies.rates, currency, currencies.reporting, period, repId);
  const converted = toReporting(net, rate);
  if (rate === 1 && currency.toUpperCase() === currencies.reporting.toUpperCase())
    return { currency, converted, sentence: "" };
  const sentence = formatMessage(m.inReporting[language], {
    reporting: currencies.reporting,
    currency,
    rate: formatAmount(rate, 6),
    period: rateMonth(period),
    net: formatMoney(net),
    converted: formatMoney(converted),
  });
  return { currency, converted, sentence };
}
