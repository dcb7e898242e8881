/**
 * The headless run: read the input tables from a workbook host, run targets, payouts and
 * scorecards through the engines (the same jobs the task pane runs), and write every output table
 * with its audit row. Nothing is saved here: the caller saves the file only when all went well.
 */
import { SalesPlanError } from "../kernel/errors";
import type { Plan } from "../engine/incentives";
import type { ProductMix } from "../engine/targets";
import {
  auditActionName,
  historySpec,
  inputSpecs,
  knownMeasures,
  isNotFound,
  readPayoutTables,
  adjustmentsSpec,
  prepareRun,
  runJob,
  writeRun,
  plansFromTables,
  planAssignmentsSpec,
  dealsSpec,
  jobActuals,
  screenDeals,
  unionPlan,
  planSpec,
  planTiersSpec,
  planYear,
  repsProblems,
  screenActuals,
  developmentSpec,
  outputRows,
  peopleJob,
  recognitionSpec,
  reviewNotesSpec,
  awardsOf,
  awardsOfRows,
  sameAwards,
  type JobRequest,
  type JobResult,
  type ScorecardOptions,
} from "../jobs";
import type { ColumnMapping } from "../workbook/headers";
import type { WorkbookHost, WrittenTable } from "../workbook/host";
import type { InputTableSpec } from "../workbook/inputs";
import type { ParsedTable } from "../workbook/parse";
import type { WorkbookProblem } from "../workbook/types";
import { formatMessage, type Locale, type MessageTemplate } from "../kernel/messages";
import { cliMessages } from "./messages";
import type { Stage } from "./stats";

export interface PipelineOptions {
  /** Fiscal year of the targets (starting in January); default: the year of the latest actual, else this year. */
  readonly year?: number;
  /** Targets from the Regions table, from a company total, or not at all. */
  readonly targets:
    { readonly source: "regions" } | { readonly source: "company"; readonly total: number } | null;
  readonly products: readonly ProductMix[];
  /** The incentive plan; null: take it from the workbook's SalesPlan tables, if any. */
  readonly plan: Plan | null;
  readonly scorecard: ScorecardOptions | null;
  /** Column mappings by input table, for headers the aliases do not cover. */
  readonly mappings?: Readonly<Record<string, ColumnMapping>>;
  readonly now: () => Date;
  /** The language of every text written into the workbook and of the progress lines. */
  readonly lang: Locale;
  readonly progress?: (step: string) => void;
  /** Told when the run moves between reading, computing and writing (for SALESPLAN_STATS). */
  readonly stage?: (stage: Stage) => void;
}

export interface PipelineResult {
  readonly inputs: Readonly<Record<string, ParsedTable>>;
  readonly jobs: readonly JobResult[];
  readonly written: readonly WrittenTable[];
  /** Why a step did not run (no Actuals, no plan, ...), for the summary. */
  /** Jobs that did not run, and why, in both languages. */
  readonly skipped: readonly MessageTemplate[];
  readonly plan: Plan | null;
  readonly year: number;
  /** Input rows left out of the run, and why (README: odd input). */
  readonly warnings: readonly WorkbookProblem[];
}

/** Every problem in the input tables; the run stops on any, listing them all. */
export class InputProblems extends SalesPlanError {
  constructor(readonly problems: readonly WorkbookProblem[]) {
    super(cliMessages.inputProblems, { count: problems.length });
  }
}

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);

export async function runPipeline(host: WorkbookHost, options: PipelineOptions): Promise<PipelineResult> {
  const progress = options.progress ?? (() => undefined);
  const lang = options.lang;
  const say = (step: MessageTemplate, params: Record<string, string> = {}): void =>
    progress(formatMessage(step[lang], params));
  const job = (action: string): void => progress(auditActionName(action, lang));
  const stage = options.stage ?? (() => undefined);
  // Every read goes through here, so the stage clock charges it to "read", then back to compute.
  const read = async (spec: InputTableSpec, mapping?: ColumnMapping): Promise<ParsedTable> => {
    stage("read");
    const table = await host.readTable(spec, mapping);
    stage("compute");
    return table;
  };
  const inputs: Record<string, ParsedTable> = {};
  for (const spec of [
    inputSpecs.Reps,
    inputSpecs.Regions,
    inputSpecs.Actuals,
    inputSpecs.Activities,
    historySpec,
  ]) {
    say(cliMessages.stepRead, { table: spec.name });
    inputs[spec.name] = await read(spec, options.mappings?.[spec.name] ?? {});
  }
  const problems: WorkbookProblem[] = [];
  if (isNotFound(inputs.Reps)) problems.push(...inputs.Reps.problems);
  for (const t of Object.values(inputs)) if (found(t)) problems.push(...t.problems);
  if (problems.length > 0) throw new InputProblems(problems);

  let plan = options.plan;
  // Every plan SalesPlan holds: with PlanAssignments each rep is paid by the plans they are on.
  let plans: readonly Plan[] | undefined;
  if (!plan) {
    const planTable = await read(planSpec);
    plans = found(planTable)
      ? (plansFromTables(planTable, await read(planTiersSpec)) ?? undefined)
      : undefined;
    plan = plans?.[0] ?? null;
  }
  // Who is on which plan, region and manager when (optional; read without a step of its own):
  // targets follow the region, scorecard teams the manager; payouts read it with their tables.
  // Deals, in the same request, credit Actuals for every job (jobs/organisation.ts).
  stage("read");
  const [planAssignments, deals] = await host.readTables([
    { spec: planAssignmentsSpec },
    { spec: dealsSpec },
  ]);
  stage("compute");
  // Actuals as the jobs read them: with Deals, credited from them (a workbook may have no Actuals).
  const actualsRead = jobActuals({
    reps: inputs.Reps,
    actuals: found(inputs.Actuals) ? inputs.Actuals : undefined,
    deals,
  });
  const year = options.year ?? planYear(actualsRead, options.now().getFullYear());
  const wantsRegions = options.targets?.source === "regions";
  const screened = screenInputs(inputs, deals, {
    year,
    plan: plans ? unionPlan(plans) : plan,
    scorecard: options.scorecard,
    wantsRegions,
  });
  if (screened.problems.length > 0) throw new InputProblems(screened.problems);

  const jobs: JobResult[] = [];
  const written: WrittenTable[] = [];
  const skipped: MessageTemplate[] = [];
  const write = async (result: JobResult): Promise<void> => {
    say(cliMessages.stepWrite, { tables: result.outputs.map((o) => o.name).join(", ") });
    const stamp = { at: options.now(), language: lang };
    const tables = prepareRun(result, stamp);
    stage("write");
    const report = await writeRun(host, tables, stamp);
    stage("compute");
    jobs.push(result);
    written.push(...report.tables);
  };

  if (options.targets && (!wantsRegions || found(inputs.Regions))) {
    job("targets");
    await write(seasonalTargets(inputs, { ...options, year, planAssignments }));
  } else skipped.push(options.targets ? cliMessages.skipNoRegions : cliMessages.skipNoTarget);

  // Payouts, scorecard and the people side are computed first and written after, in that order:
  // the honour roll reads the payouts, and its cash awards are paid back into them (second pass).
  let payouts: { request: PayoutRequest; result: JobResult } | null = null;
  const paid = found(inputs.Actuals) ? inputs.Actuals.rows.length > 0 : found(deals);
  if (plan && paid) {
    job("payouts");
    // The payouts job pays only the months that have actuals, and records the tables as read; the
    // run merges resolved inquiries, pays SalesHonourRoll's cash awards and leaves closed periods to
    // the ledger (jobs/run.ts).
    // Deals (up to a million rows) and PlanAssignments were read above: not read twice.
    const tables = await readPayoutTables(
      async (specs) => {
        stage("read");
        const read = await host.readTables(specs.map((spec) => ({ spec })));
        stage("compute");
        return read;
      },
      { deals, planAssignments },
    );
    const request: PayoutRequest = {
      job: "payouts",
      inputs: { reps: inputs.Reps, actuals: inputs.Actuals, ...tables },
      options: {
        plan,
        ...(plans && plans.length > 1 ? { plans } : {}),
        measureTargets: {},
        language: lang,
        year,
        alsoUsed: kpiNames(options.scorecard),
      },
    };
    payouts = { request, result: runJob(request) };
  } else if (!plan) skipped.push(cliMessages.skipNoPlan);
  else
    skipped.push(
      found(inputs.Actuals) || found(deals) ? cliMessages.skipNoActualsInYear : cliMessages.skipNoActuals,
    );

  let people: JobResult[] = [];
  if (options.scorecard && found(inputs.Activities)) {
    job("scorecards");
    const card = runJob({
      job: "scorecard",
      inputs: {
        reps: inputs.Reps,
        activities: inputs.Activities,
        actuals: found(inputs.Actuals) ? inputs.Actuals : undefined,
        // Result KPIs read the credited deals when the workbook has Deals, as payouts do.
        deals,
        planAssignments,
      },
      options: options.scorecard,
    });
    // The people side reads this run's scorecard and payouts: honour roll and team health.
    job("people");
    const honours = peopleJob(
      {
        reps: inputs.Reps,
        adjustments: await read(adjustmentsSpec),
        scorecard: outputRows([card], "SalesScorecard"),
        payouts: payouts ? outputRows([payouts.result], "SalesPayouts") : [],
        recognition: await read(recognitionSpec),
        reviewNotes: await read(reviewNotesSpec),
        development: await read(developmentSpec),
        activities: inputs.Activities,
      },
      { plan, language: lang },
    );
    if (payouts) payouts = { ...payouts, result: withAwardsOf(honours, payouts.request, payouts.result) };
    people = [card, honours];
  } else if (options.scorecard) skipped.push(cliMessages.skipNoActivities);
  else
    skipped.push(
      (await host.ownership("SalesScorecard")) === "salesplan"
        ? cliMessages.skipStaleScorecard
        : cliMessages.skipNoScorecard,
    );
  if (payouts) await write(payouts.result);
  for (const result of people) await write(result);

  if (jobs.length === 0) throw new SalesPlanError(cliMessages.nothingToRun);
  // Honour-roll awards the payouts could not pay are told like odd input (the other warnings of the
  // payouts job repeat the screening above).
  const unpaid = (payouts?.result.warnings ?? []).filter((w) => w.table === "SalesHonourRoll");
  return { inputs, jobs, written, skipped, plan, year, warnings: [...screened.warnings, ...unpaid] };
}

type PayoutRequest = Extract<JobRequest, { readonly job: "payouts" }>;

/**
 * The second pass: when the honour roll the people job wrote pays other cash than the SalesHonourRoll
 * the payouts were run with, the payouts again with this run's awards (which change no measure row,
 * so no award either).
 */
function withAwardsOf(people: JobResult, request: PayoutRequest, first: JobResult): JobResult {
  const awards = awardsOfRows(outputRows([people], "SalesHonourRoll"));
  if (sameAwards(awards, awardsOf(request.inputs.honourRoll))) return first;
  return runJob({ ...request, inputs: { ...request.inputs, awards } });
}

const kpiNames = (scorecard: ScorecardOptions | null): string[] => scorecard?.kpis.map((k) => k.name) ?? [];

/**
 * The input tables screened by the policy for odd input (src/jobs/screen.ts): `inputs` keeps only
 * the rows the jobs use; what was left out comes back as warnings, mistakes as problems.
 */
function screenInputs(
  inputs: Record<string, ParsedTable>,
  deals: ParsedTable,
  context: { year: number; plan: Plan | null; scorecard: ScorecardOptions | null; wantsRegions: boolean },
): { problems: WorkbookProblem[]; warnings: readonly WorkbookProblem[] } {
  const problems = repsProblems(
    inputs.Reps,
    context.wantsRegions && found(inputs.Regions) ? inputs.Regions : undefined,
  );
  const judged = context.plan !== null || context.scorecard !== null;
  const screen = {
    year: context.year,
    usedMeasures: judged
      ? [...(context.plan ? knownMeasures(context.plan) : []), ...kpiNames(context.scorecard)]
      : null,
  };
  if (!found(inputs.Actuals)) return { problems, warnings: screenDeals(deals, inputs.Reps, screen) };
  const screened = screenActuals(
    {
      reps: inputs.Reps,
      actuals: inputs.Actuals,
      ...(found(inputs.Activities) ? { activities: inputs.Activities } : {}),
    },
    screen,
  );
  inputs.Actuals = screened.actuals;
  if (screened.activities) inputs.Activities = screened.activities;
  // Reps stay whole: targets are for everyone; the payouts job leaves out reps with no actuals.
  return {
    problems: [...problems, ...screened.problems],
    warnings: [...screened.warnings, ...screenDeals(deals, inputs.Reps, screen)],
  };
}

/**
 * SalesTargets as the targets job writes them, with two things the command line adds: the
 * season from History and the joiners' ramp.
 */
export function seasonalTargets(
  inputs: Readonly<Record<string, ParsedTable>>,
  options: PipelineOptions & { readonly year: number; readonly planAssignments?: ParsedTable },
): JobResult {
  return runJob({
    job: "seasonalTargets",
    inputs: {
      reps: inputs.Reps,
      regions: inputs.Regions,
      history: inputs.SalesHistory,
      planAssignments: options.planAssignments,
    },
    options: {
      year: options.year,
      companyTarget: options.targets?.source === "company" ? options.targets.total : null,
      products: options.products,
      language: options.lang,
    },
  });
}
