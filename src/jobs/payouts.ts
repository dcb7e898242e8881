/** Payouts: Reps, Actuals (and SalesTargets) in, the payout engine, SalesPayouts beside the plan out. */
import { sumMoney } from "../kernel/money";
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";
import {
  computePayouts,
  formatAmount,
  knownMeasures,
  measureKey,
  sourceOf,
  payoutPeriodKey,
  type AdjustmentInput,
  type BookedPaid,
  type PayoutFrequency,
  type PayoutResult,
  type Plan,
} from "../engine/incentives";
import { adjustmentsSchema, outputSchemas, readSpec, type InputTableSpec } from "../workbook/schema";
import { payoutColumnsFor, rowLabels, type OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text, type JobResult, type JobTotal } from "./job";
import { jobMessages } from "./messages";
import { employedInPeriod, planYear, screenActuals } from "./screen";
import { planTables } from "./plan";
import { assembleTargets } from "./measureTargets";
import {
  creditedActuals,
  currenciesOf,
  dealsByPayoutPeriod,
  dealsSentence,
  hasTeamMeasures,
  inManagersCurrency,
  inReporting,
  targetsPlan,
  withTeams,
  type Currencies,
} from "./organisation";
import { computeSeveralPlans, creditKey, organisationMessages } from "../engine/organisation";
import { assignmentBook, hasAssignments, onPlanSentence, plansToPay, unionPlan } from "./assignments";
import type { PeriodLine } from "../engine/ledger";
import { formatMessage } from "../kernel/messages";
import { awardAdjustments, type AwardPayment } from "./awards";

/**
 * SalesTargets read back as each rep's target per month; rows with a Measure (a column the user
 * may add) are that measure's own targets (see measureTargets.ts).
 */
export const salesTargetsSpec: InputTableSpec = readSpec(outputSchemas.SalesTargets, [
  "RepID",
  "Period",
  "Target",
  "Product",
  "Measure",
]);

/**
 * Optional one-off adjustments, one row each: a SPIFF (amount per unit, times Count), a clawback
 * of an earlier payout (in full, or prorated by MonthsServed of MonthsRequired) or a manual
 * correction with its reason. Found like the input tables, by table or sheet name.
 */
export const adjustmentsSpec: InputTableSpec = readSpec(adjustmentsSchema);

const ADJUSTMENT_KINDS: Readonly<Record<string, AdjustmentInput["kind"]>> = {
  spiff: "spiff",
  专项奖励: "spiff",
  clawback: "clawback",
  追回: "clawback",
  奖金追回: "clawback",
  manual: "manual",
  手工调整: "manual",
  人工调整: "manual",
};

function adjustmentsOf(table: ParsedTable | undefined): AdjustmentInput[] {
  if (!table || isNotFound(table)) return [];
  return requireClean(table, "Adjustments").rows.map((r) => {
    const written = text(r.values.Kind).trim();
    const kind = ADJUSTMENT_KINDS[written.toLowerCase()];
    if (kind === undefined)
      throw new SalesPlanError(jobMessages.unknownAdjustmentKind, { row: r.row, value: written });
    const optional = (key: string) => num(r.values[key]) ?? undefined;
    return {
      repId: text(r.values.RepID),
      period: text(r.values.Period),
      kind,
      amount: num(r.values.Amount) ?? 0,
      ...(text(r.values.Reason) ? { reason: text(r.values.Reason) } : {}),
      ...(optional("Count") !== undefined ? { count: optional("Count") } : {}),
      ...(optional("MonthsServed") !== undefined ? { monthsServed: optional("MonthsServed") } : {}),
      ...(optional("MonthsRequired") !== undefined ? { monthsRequired: optional("MonthsRequired") } : {}),
    };
  });
}

export interface PayoutOptions {
  readonly plan: Plan;
  /**
   * Every plan SalesPlan holds, when it holds several (each named in its Plan column): with a
   * PlanAssignments table each rep is paid by the plans they are on; absent: [plan].
   */
  readonly plans?: readonly Plan[];
  /**
   * Monthly target per rep by measure name, where MeasureTargets and SalesTargets' Measure rows
   * give none; a measure left out (or null) takes its targets from SalesTargets (each rep's months,
   * summed over products). See measureTargets.ts for the order.
   */
  readonly measureTargets: Readonly<Record<string, number | null>>;
  /**
   * Write only this payout period ("2026-03"; "2026-Q1" or "2026" when the plan pays quarterly or
   * annually); absent or null: every period. The engine still runs over every month of Actuals, so
   * what carries from one period to the next (draw balances, true-up year to date, negative
   * true-up carried forward) is as it would be in a full run: only the rows written are filtered.
   */
  readonly period?: string | null;
  /**
   * The language of the text the job writes into SalesPayouts (the adjustments row's label and
   * the explanations); default English. The CLI passes --lang, the pane its own.
   */
  readonly language?: Locale;
  /** The plan year; absent: the year most Actuals rows fall in. Rows outside it are left out. */
  readonly year?: number;
  /** Measures used besides the plan's (the scorecard's KPIs); rows of other measures are left out. */
  readonly alsoUsed?: readonly string[];
  /** Month-end: what SalesLedger booked, which the true-up after the closed periods reads. */
  readonly booked?: BookedPaid | null;
}

/**
 * The payout periods a run over these months ("2026-03", from Actuals) pays, in order: the months
 * themselves, or their quarters or years when the plan pays quarterly or annually.
 */
export function payoutPeriods(months: readonly string[], frequency: PayoutFrequency): string[] {
  const keys = new Set<string>();
  for (const month of months) {
    const key = payoutPeriodKey(month, frequency);
    if (key !== null) keys.add(key);
  }
  return [...keys].sort();
}

/** Label of the row that carries a rep's plan-level adjustments (SPIFF, draw, plan cap), in English. */
export const ADJUSTMENTS_ROW = rowLabels.adjustments.en;

/** The payouts job's result, with the engine's own rows (every period) for the month-end ledger. */
export interface PayoutJobResult extends JobResult {
  readonly engine: PayoutResult;
  /** With a ledger: the first open period and the restatement lines paid in it (see ledgerView). */
  readonly restated?: { readonly into: string; readonly lines: readonly PeriodLine[] };
  /** With a ledger: the SalesLedger lines the run left the closed periods to. */
  readonly ledger?: readonly PeriodLine[];
  /** When SalesPayouts has its Currency columns: each rep's currency and the rates (restatement rows). */
  readonly currencies?: Currencies;
}

export function payoutsJob(
  inputs: {
    readonly reps?: ParsedTable;
    readonly actuals?: ParsedTable;
    readonly salesTargets?: ParsedTable;
    /** The optional Adjustments table; absent or not found: no one-off adjustments. */
    readonly adjustments?: ParsedTable;
    /** The optional MeasureTargets table (RepID or Role, Period, Measure, Target). */
    readonly measureTargets?: ParsedTable;
    /** The optional Deals table: when found, Actuals of its measures are credited from it. */
    readonly deals?: ParsedTable;
    /** Reps' Currency column (RepID, Currency) and the optional FxRates table. */
    readonly repCurrencies?: ParsedTable;
    readonly fxRates?: ParsedTable;
    /** Honour-roll cash awards to pay as adjustments (the people job's second pass, awards.ts). */
    readonly awards?: readonly AwardPayment[];
    /** The optional PlanAssignments table: who is on which plan when. */
    readonly planAssignments?: ParsedTable;
  },
  options: PayoutOptions,
): PayoutJobResult {
  const assigned = hasAssignments(inputs.planAssignments);
  const plans = plansToPay(options.plan, options.plans, assigned);
  // Over several plans, the run reads the measures of all of them; each is paid by its own.
  const plan = unionPlan(plans);
  const book = assigned
    ? assignmentBook(
        inputs.planAssignments,
        requireClean(inputs.reps, "Reps"),
        plans.map((p) => p.name),
      )
    : null;
  const language = options.language ?? "en";
  // The one rule for every job: with Deals, Actuals are the credited deals (organisation.ts).
  const fromDeals = creditedActuals(inputs.deals, requireClean(inputs.reps, "Reps"), inputs.actuals);
  const allActuals = requireClean(fromDeals.actuals, "Actuals");
  const screened = screenActuals(
    { reps: requireClean(inputs.reps, "Reps"), actuals: allActuals },
    {
      year: options.year ?? planYear(allActuals, new Date().getFullYear()),
      usedMeasures: [...knownMeasures(plan), ...(options.alsoUsed ?? [])],
    },
  );
  if (screened.problems.length > 0) requireClean({ ...allActuals, problems: screened.problems }, "Actuals");
  const actuals = screened.actuals;
  const reps = screened.reps;
  const kept = new Set(reps.rows.map((r) => text(r.values.RepID)));
  const leftOutIds = new Set(
    requireClean(inputs.reps, "Reps")
      .rows.map((r) => text(r.values.RepID))
      .filter((id) => !kept.has(id)),
  );

  const planOutputs = planTables(book ? plans : plan);

  const paid = new Set(actuals.rows.map((r) => text(r.values.Period)));
  // Reps left out for having no actuals have no targets to pay against either.
  const salesTargets =
    inputs.salesTargets && leftOutIds.size > 0 && !isNotFound(inputs.salesTargets)
      ? {
          ...inputs.salesTargets,
          rows: inputs.salesTargets.rows.filter((r) => !leftOutIds.has(text(r.values.RepID))),
        }
      : inputs.salesTargets;
  const {
    targets,
    used,
    warnings: targetWarnings,
  } = assembleTargets(
    targetsPlan(plan),
    options.measureTargets,
    { reps, salesTargets, measureTargets: inputs.measureTargets },
    [...paid].sort(),
  );

  // Actuals usually carries more measures than a plan pays on (the scorecard reads them too): the
  // engine gets the measures the plan reads (paid, gated and SPIFF measures, which pay on their own
  // Actuals whether or not the plan pays commission on them), and a paid measure with no rows at
  // all is a mistake.
  const planKeys = new Set(knownMeasures(plan).map(measureKey));
  const planActuals = actuals.rows.filter((r) => planKeys.has(measureKey(text(r.values.Measure))));
  for (const measure of plan.measures) {
    const key = measureKey(sourceOf(measure));
    if (!planActuals.some((r) => measureKey(text(r.values.Measure)) === key))
      throw new SalesPlanError(jobMessages.measureNotInActuals, {
        measure: measure.name,
        measures: [...new Set(allActuals.rows.map((r) => text(r.values.Measure)))].join(", "),
      });
  }

  const ownActuals = planActuals.map((r) => ({
    repId: text(r.values.RepID),
    period: text(r.values.Period),
    measure: text(r.values.Measure),
    amount: num(r.values.Amount) ?? 0,
  }));
  const currencies = currenciesOf(plan, inputs.repCurrencies, inputs.fxRates);
  const convert = currencies ? inManagersCurrency(currencies) : undefined;
  const teams = hasTeamMeasures(plan) ? withTeams(plan, reps, ownActuals, targets, book, convert) : null;
  const awards = awardAdjustments(inputs.awards ?? [], { reps: kept, months: paid }, language);
  const payoutInput = {
    reps: reps.rows.map((r) => ({
      id: text(r.values.RepID),
      name: text(r.values.Name),
      ...(text(r.values.Role) ? { role: text(r.values.Role) } : {}),
      ...(num(r.values.DrawBalance) !== null ? { drawBalance: num(r.values.DrawBalance)! } : {}),
      targetIncentive: num(r.values.TargetIncentive),
      hireDate: num(r.values.HireDate),
      endDate: num(r.values.EndDate),
    })),
    targets: teams?.targets ?? targets,
    actuals: teams?.actuals ?? ownActuals,
    adjustments: [...adjustmentsOf(inputs.adjustments), ...awards.adjustments],
    language,
    booked: options.booked ?? null,
  };
  const several = book ? computeSeveralPlans({ ...payoutInput, plans, book }) : null;
  const result = several ?? computePayouts({ ...payoutInput, plan });
  const teamKeys = new Set(plan.measures.filter((x) => x.on === "team").map((x) => measureKey(x.name)));
  const credited = fromDeals.credited;
  const dealsOf = credited ? dealsByPayoutPeriod(credited, plan.frequency) : null;
  // The explanation, with the deals behind a measure's actual and the rate to the reporting currency.
  const explained = (row: (typeof result.rows)[number], converted: string): string => {
    const parts = [row.explanation];
    if (dealsOf && credited && row.kind === "measure" && !teamKeys.has(measureKey(row.measure))) {
      const deals = dealsOf.get(creditKey(row.repId, row.period, row.measure));
      if (deals) parts.push(dealsSentence(credited.deals, deals, language));
    }
    if (teams && row.kind === "measure" && teamKeys.has(measureKey(row.measure)))
      parts.push(teamSentence(row, teams.teams.get(row.repId)?.length ?? 0, language));
    if (several && row.kind === "measure") {
      const shares = several.shares.get(`${row.repId}\u0000${row.period}`);
      const onPlan = onPlanSentence(shares, row.plan ?? "", row.period, language);
      if (onPlan) parts.push(onPlan);
    }
    if (converted) parts.push(converted);
    if (parts.length === 1) return parts[0];
    // The engine's sentence ends without a stop; the sentences added after it each end with one.
    const zh = language === "zh";
    const head = /[.。]$/.test(parts[0]) ? parts[0] : `${parts[0]}${zh ? "。" : "."}`;
    return [head, ...parts.slice(1)].join(zh ? "" : " ");
  };
  const repRows = new Map(requireClean(inputs.reps, "Reps").rows.map((r) => [text(r.values.RepID), r]));
  const withCurrency = (out: OutputRow, row: (typeof result.rows)[number], net: number): OutputRow => {
    if (!currencies) return { ...out, Explanation: explained(row, "") };
    const fx = inReporting(currencies, row.repId, row.period, net, language);
    // A period the rep was not employed pays nothing in either currency: no "0 HKD = 0 CNY".
    const idle = net === 0 && !employedInPeriod(repRows.get(row.repId), row.period, plan.frequency);
    return {
      ...out,
      Currency: fx.currency,
      PayoutReporting: fx.converted,
      Explanation: explained(row, idle ? "" : fx.sentence),
    };
  };

  const period = options.period ?? null;
  if (period !== null && !result.periods.includes(period))
    throw new SalesPlanError(jobMessages.noSuchPayoutPeriod, {
      period,
      periods: result.periods.join(", "),
    });
  const rows: OutputRow[] = [];
  // The rep total rows of what is written: the engine's own sums, against which the rows reconcile.
  const totalRows: number[] = [];
  for (const row of result.rows) {
    if (period !== null && row.period !== period) continue;
    if (row.kind === "total") totalRows.push(row.net);
    if (row.kind === "measure") {
      rows.push(
        withCurrency(
          {
            RepID: row.repId,
            Name: row.name,
            Period: row.period,
            ...(several ? { Plan: row.plan ?? "" } : {}),
            Measure: row.measure,
            Actual: row.actual,
            Target: row.target,
            Attainment: row.attainment,
            Rate: row.point,
            Payout: row.gross,
            Adjustments: row.adjustments,
            NetPayout: row.net,
            Explanation: "",
          },
          row,
          row.net,
        ),
      );
    } else if (row.adjustments !== 0) {
      // The total row's own adjustments; its gross is the measure rows above, not repeated.
      rows.push(
        withCurrency(
          {
            RepID: row.repId,
            Name: row.name,
            Period: row.period,
            ...(several ? { Plan: row.plan ?? "" } : {}),
            Measure: rowLabels.adjustments[language],
            Payout: 0,
            Adjustments: row.adjustments,
            NetPayout: row.adjustments,
            Explanation: "",
          },
          row,
          row.adjustments,
        ),
      );
    }
  }
  const totals: JobTotal[] = [
    { id: "payoutRows", value: rows.length },
    { id: "payoutGross", value: sumMoney(rows.map((r) => r.Payout)) },
    { id: "payoutAdjustments", value: sumMoney(rows.map((r) => r.Adjustments)) },
    {
      id: "payoutNet",
      value: sumMoney(rows.map((r) => r.NetPayout)),
      expected: period === null ? result.totals.net : sumMoney(totalRows),
    },
    ...plan.measures.map((m): JobTotal => ({
      id: "measurePayout",
      item: m.name,
      value: sumMoney(
        rows.filter((r) => measureKey(String(r.Measure)) === measureKey(m.name)).map((r) => r.NetPayout),
      ),
    })),
  ];
  // The honour roll's cash paid in the periods written, beside the Adjustments it is part of.
  if ((inputs.awards ?? []).length > 0)
    totals.push({
      id: "payoutAwards",
      value: sumMoney(
        awards.adjustments
          .filter((a) => period === null || payoutPeriodKey(a.period, plan.frequency) === period)
          .map((a) => a.amount),
      ),
    });
  return {
    action: "payouts",
    plan: plan.name,
    version: plan.version,
    outputs: [
      { name: "SalesPayouts", columns: payoutColumnsFor({ plan: !!several, currency: !!currencies }), rows },
      ...planOutputs,
    ],
    totals: currencies
      ? [...totals, { id: "payoutNetReporting", value: sumMoney(rows.map((r) => r.PayoutReporting)) }]
      : totals,
    inputs: [
      reps,
      actuals,
      ...(credited ? [inputs.deals!] : []),
      ...used,
      ...(currencies && inputs.fxRates && !isNotFound(inputs.fxRates) ? [inputs.fxRates] : []),
      ...(book ? [inputs.planAssignments!] : []),
    ],
    engine: result,
    ...(currencies ? { currencies } : {}),
    warnings: [...screened.warnings, ...targetWarnings, ...awards.unpaid],
  };
}

/** "Team of 4 rep(s) reporting to M1: TeamRevenue 120,000 against 100,000." */
function teamSentence(row: PayoutResult["rows"][number], count: number, language: Locale): string {
  return formatMessage(organisationMessages.teamOf[language], {
    count,
    manager: row.name ? `${row.name} (${row.repId})` : row.repId,
    measure: row.measure,
    actual: formatAmount(row.actual ?? 0, 2),
    target: formatAmount(row.target ?? 0, 2),
  });
}
