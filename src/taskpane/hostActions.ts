/**
 * SalesPlanActions over any WorkbookHost: read the inputs, run the job (src/jobs), write through the
 * host (all or nothing, with its audit row). No Office types here; officeActions.ts adds Excel.
 */
import type { Plan } from "../engine/incentives";
import type { Locale } from "../kernel/messages";
import {
  checkWorkbook,
  closePeriod,
  decodeSetting,
  encodeSetting,
  inspectInput,
  monthEndView,
  movePeriod,
  isSalesPlanName,
  localize,
  planFromTables,
  plansFromTables,
  isNotFound,
  planJob,
  planSpec,
  planTiersSpec,
  planAssignmentsSpec,
  dealsSpec,
  actualsWithDeals,
  plansForRun,
  hasAssignments,
  publishSummary,
  ledgerDiffers,
  publishMessages,
  publishWrite,
  reconcileLedger,
  readInputs,
  readModelTables,
  letterView,
  repLetter,
  writeLetterSheet,
  writeStatementSheet,
  writeReviewSheet,
  readPayoutTables,
  writeJob,
  writeImpact,
  writeRun,
  undoWrite,
  settingKey,
  scorecardReps,
  peopleWrite,
  peopleSpecs,
  peopleTables,
  peopleView,
  reviewDate,
  reviewNotesJob,
  reviewNotesSpec,
  reviewView,
  rampMonths,
  developmentJob,
  developmentSpec,
  coachingLibrarySpec,
  historyReport,
  historySpec,
  trackingJob,
  trackingTargetsSpec,
  writeReplanSheet,
  throwIfCancelled,
  yieldToEventLoop,
  type InputName,
  type Mappings,
  type PayoutOptions,
  type ScorecardOptions,
  type TargetOptions,
} from "../jobs";
import type { WorkbookHost, WriteReport } from "../workbook/host";
import type { PreparedTable } from "../workbook/outputs";
import { SalesPlanError } from "../kernel/errors";
import { sumMoney } from "../kernel/money";
import { inThreadRunner, type ComputeJob, type ComputeRunner } from "./compute";
import {
  type CheckItem,
  type InputReport,
  type JobPreview,
  type ModelRequest,
  type RunControl,
  type RunProgress,
  type RunResult,
  type SalesPlanActions,
} from "./actions";

/** Between a run's stages: say where it is, give the event loop a turn (paint, Cancel), stop if cancelled. */
async function stage(control: RunControl | undefined, progress: RunProgress): Promise<void> {
  if (!control) return;
  control.onProgress?.(progress);
  await yieldToEventLoop();
  throwIfCancelled(control.signal);
}

const COMPUTE: RunProgress = { stage: "compute", done: 0, total: 1 };
const CHECK: RunProgress = { stage: "check", done: 0, total: 1 };

/**
 * A step that cannot be stopped part-way (a read, the workbook check), made cancellable: a cancel
 * rejects at once and its result, when it comes, is ignored. Only reads run this way, so what is
 * left running changes nothing.
 */
function untilCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      try {
        throwIfCancelled(signal);
      } catch (error) {
        reject(error);
      }
    };
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** What the pane shows of a write: each table's rows and whether it is new, and the run's totals. */
function runResult(
  report: WriteReport,
  totals: RunResult["totals"],
  warnings: RunResult["warnings"] = [],
): RunResult {
  return {
    tables: report.tables.map((t) => ({ name: t.name, sheet: t.sheet, rows: t.rows, created: t.created })),
    totals,
    warnings,
    ...(report.undo !== undefined && { undo: report.undo }),
  };
}

/** What a review reads besides the scorecard's tables, in one batch. */
const reviewRequests = [reviewNotesSpec, developmentSpec, coachingLibrarySpec].map((spec) => ({ spec }));

/** The people side's tables, read in one batch (inside Excel: one Excel.run). */
const peopleRequests = peopleSpecs.map((spec) => ({ spec }));

/**
 * `computeRunner`: where the jobs compute (compute.ts); the pane passes a Web Worker's, tests and
 * pages without workers get the pane's own thread.
 */
export function createHostActions(
  host: WorkbookHost,
  now: () => Date = () => new Date(),
  computeRunner: ComputeRunner = inThreadRunner,
): SalesPlanActions {
  // The pane's language: the audit rows name their action in it and record it.
  let language: Locale = "en";
  /** Compute off the pane's thread; a write gets its tables prepared there too, then writes them. */
  const computeRun = (run: ComputeJob, control?: RunControl) => computeRunner.run({ run }, control?.signal);
  /** A preview, with what a write of it would replace (one batched read of those tables). */
  const preview = async (run: ComputeJob, control?: RunControl): Promise<JobPreview> => {
    const answer = await computeRun(run, control);
    const impact = await untilCancelled(writeImpact(host, answer.writes), control?.signal);
    return { ...answer.preview, impact };
  };
  /** The wizards' last write, kept for "Undo last write": its id and the tables it wrote. */
  let undoable: { id: string; tables: readonly PreparedTable[] } | null = null;
  const write = async (run: ComputeJob, control?: RunControl): Promise<RunResult> => {
    // One time for the audit row and the ownership stamp of the same run.
    const stamp = { at: now(), language };
    const answer = await computeRunner.run({ run, write: stamp }, control?.signal);
    // total 0: the blocks are not counted yet (the host reports them once the tables are prepared).
    await stage(control, { stage: "write", done: 0, total: 0 });
    const tables = answer.tables ?? [];
    undoable = null;
    const report = await writeRun(host, tables, stamp, control, { keepUndo: true });
    if (report.undo !== undefined) undoable = { id: report.undo, tables };
    return runResult(report, answer.totals, answer.warnings);
  };
  /** readInputs one table at a time, each a stage, each cancellable while it reads. */
  const read = async (names: readonly InputName[], mappings: Mappings, control?: RunControl) => {
    const inputs: Awaited<ReturnType<typeof readInputs>> = {};
    for (const [i, name] of names.entries()) {
      await stage(control, { stage: "read", done: i, total: names.length });
      Object.assign(inputs, await untilCancelled(readInputs(host, [name], mappings), control?.signal));
    }
    return inputs;
  };
  const readTable = (spec: Parameters<WorkbookHost["readTable"]>[0], control?: RunControl) =>
    untilCancelled(host.readTable(spec), control?.signal);
  const targets = async (
    options: TargetOptions,
    mappings: Mappings,
    control?: RunControl,
  ): Promise<ComputeJob> => {
    const names: InputName[] = options.source === "regions" ? ["Reps", "Regions"] : ["Reps"];
    const inputs = await read(names, mappings, control);
    const history =
      options.seasonalitySource === "history" ? await readTable(historySpec, control) : undefined;
    // Reps PlanAssignments moves to another region carry targets in each, as in the CLI.
    const planAssignments = await readTable(planAssignmentsSpec, control);
    await stage(control, COMPUTE);
    return {
      job: "targets",
      inputs: { reps: inputs.Reps, regions: inputs.Regions, history, planAssignments },
      options: { ...options, language: options.language ?? language },
    };
  };
  const payouts = async (
    options: PayoutOptions,
    mappings: Mappings,
    control?: RunControl,
  ): Promise<ComputeJob> => {
    const inputs = await read(["Reps", "Actuals"], mappings, control);
    const tables = await readPayoutTables((specs) =>
      untilCancelled(host.readTables(specs.map((spec) => ({ spec }))), control?.signal),
    );
    // With PlanAssignments the run pays every plan SalesPlan holds, the wizard's in place of its own.
    const plans =
      options.plans === undefined && hasAssignments(tables.planAssignments)
        ? plansForRun(
            options.plan,
            plansFromTables(await readTable(planSpec, control), await readTable(planTiersSpec, control)),
          )
        : options.plans;
    await stage(control, COMPUTE);
    return {
      job: "payouts",
      inputs: { reps: inputs.Reps, actuals: inputs.Actuals, ...tables },
      options: { ...options, ...(plans ? { plans } : {}), language: options.language ?? language },
    };
  };
  const model = async (
    options: ModelRequest,
    mappings: Mappings,
    control?: RunControl,
  ): Promise<ComputeJob> => {
    await stage(control, { stage: "read", done: 0, total: 1 });
    const inputs = await untilCancelled(
      readModelTables((spec) => host.readTable(spec, spec.name === "Reps" ? (mappings.Reps ?? {}) : {})),
      control?.signal,
    );
    await stage(control, COMPUTE);
    return {
      job: "model",
      inputs,
      options: { ...options, language: options.language ?? language, fallbackYear: now().getUTCFullYear() },
    };
  };
  const scorecardInputs = async (mappings: Mappings, control?: RunControl) => {
    const inputs = await read(["Reps", "Activities", "Actuals"], mappings, control);
    // Teams follow the manager in force (PlanAssignments), as in the CLI.
    // Result KPIs read the credited deals when the workbook has Deals, as payouts do.
    const [planAssignments, deals] = await untilCancelled(
      host.readTables([{ spec: planAssignmentsSpec }, { spec: dealsSpec }]),
      control?.signal,
    );
    await stage(control, COMPUTE);
    return {
      reps: inputs.Reps,
      activities: inputs.Activities,
      actuals: inputs.Actuals,
      deals,
      planAssignments,
    };
  };
  const scorecard = async (
    options: ScorecardOptions,
    mappings: Mappings,
    control?: RunControl,
  ): Promise<ComputeJob> => ({
    job: "scorecard",
    inputs: await scorecardInputs(mappings, control),
    options,
  });
  const track: SalesPlanActions["trackTargets"] = async (options, mappings) => {
    // Deals, with SalesTargets in one request: attainment counts the credited deals, as payouts do.
    const [salesTargets, deals] = await host.readTables([{ spec: trackingTargetsSpec }, { spec: dealsSpec }]);
    const inputs = await readInputs(host, ["Reps", "Actuals"], mappings);
    return trackingJob({ salesTargets, actuals: inputs.Actuals, reps: inputs.Reps, deals }, options);
  };
  return {
    setLanguage(locale) {
      language = locale;
    },
    async inspectInputs(names, mappings) {
      const contents = await host.contents();
      const available = [...new Set([...contents.tables.map((t) => t.name), ...contents.sheets])].filter(
        (n) => !isSalesPlanName(n),
      );
      const reports: InputReport[] = [];
      for (const name of names) {
        const inspected = (await inspectInput(host, name, mappings[name] ?? {})).status;
        // Credited deals are actuals: Deals adds its measures and months, or stands in for Actuals.
        const status =
          name === "Actuals" ? actualsWithDeals(inspected, await host.readTable(dealsSpec)) : inspected;
        reports.push({ ...status, problems: status.problems.map((p) => localize(p.error)), available });
      }
      return reports;
    },
    previewTargets: async (options, mappings, control) =>
      preview(await targets(options, mappings, control), control),
    writeTargets: async (options, mappings, control) =>
      write(await targets(options, mappings, control), control),
    inspectHistory: async () => historyReport(await host.readTable(historySpec)),
    trackTargets: track,
    async copyReplan(options, mappings) {
      const view = await track(options, mappings);
      const written = await writeReplanSheet(host, view, language, now());
      return { view, written };
    },
    async loadPlan(): Promise<Plan | null> {
      const plan = await host.readTable(planSpec);
      const tiers = await host.readTable(planTiersSpec);
      return planFromTables(plan, tiers);
    },
    async loadPlans(): Promise<Plan[]> {
      const plan = await host.readTable(planSpec);
      const tiers = await host.readTable(planTiersSpec);
      return plansFromTables(plan, tiers) ?? [];
    },
    async savePlan(plan, control) {
      // A few rows: prepared here, not worth a worker. The workbook's other plans stay as they are.
      const stamp = { at: now(), language };
      const table = await host.readTable(planSpec);
      const held = isNotFound(table)
        ? []
        : (plansFromTables(table, await host.readTable(planTiersSpec)) ?? []);
      const result = planJob(plan, held);
      await stage(control, { stage: "write", done: 0, total: 0 });
      return runResult(await writeJob(host, result, stamp, control), result.totals);
    },
    canUndo: (id) => undoable?.id === id && (host.canUndo?.(id) ?? false),
    async undoLastWrite(id) {
      const written = undoable?.id === id ? undoable.tables : null;
      const report = await undoWrite(host, id, written, now(), language);
      undoable = null;
      return report;
    },
    previewPayouts: async (options, mappings, control) =>
      preview(await payouts(options, mappings, control), control),
    writePayouts: async (options, mappings, control) =>
      write(await payouts(options, mappings, control), control),
    async previewModel(options, mappings, control) {
      const answer = await computeRun(await model(options, mappings, control), control);
      const impact = await untilCancelled(writeImpact(host, answer.writes), control?.signal);
      const { rows, lines, year } = answer.model!;
      return { rows, lines, year, impact };
    },
    writeModel: async (options, mappings, control) => write(await model(options, mappings, control), control),
    previewScorecard: async (options, mappings, control) =>
      preview(await scorecard(options, mappings, control), control),
    writeScorecard: async (options, mappings, control) =>
      write(await scorecard(options, mappings, control), control),
    scorecardReps: async (options, mappings) => scorecardReps(await scorecardInputs(mappings), options),
    async reviewRep(options, mappings, repId, period) {
      const [reviewNotes, development, coachingLibrary] = await host.readTables(reviewRequests);
      // Mentoring compares ramps of the plan's first measure, as the payouts compute them.
      const ramp = await rampMonths(host, mappings, language);
      return reviewView(
        { ...(await scorecardInputs(mappings)), reviewNotes, development, coachingLibrary, ramp },
        options,
        repId,
        period,
      );
    },
    async saveDevelopment(entry, control) {
      // A few rows: prepared here, not worth a worker (as a review's save).
      const stamp = { at: now(), language };
      const result = developmentJob(await host.readTable(developmentSpec), entry);
      await stage(control, { stage: "write", done: 0, total: 0 });
      return runResult(await writeJob(host, result, stamp, control), result.totals);
    },
    async saveReview(entry, control) {
      // A few rows: prepared here, not worth a worker (as a plan's save).
      const stamp = { at: now(), language };
      const result = reviewNotesJob(await host.readTable(reviewNotesSpec), entry, reviewDate(stamp.at));
      await stage(control, { stage: "write", done: 0, total: 0 });
      return runResult(await writeJob(host, result, stamp, control), result.totals);
    },
    async writeReviewSheet(options, mappings, repId, period) {
      // In the rep's language (Reps' Language), else the pane's, as the command line's file.
      const { record, written } = await writeReviewSheet(host, repId, {
        period,
        lang: language,
        now: now(),
        scorecard: options,
        mappings,
      });
      return {
        repId,
        name: record.name,
        period,
        sheet: written.sheet,
        rows: written.rows,
        created: written.created,
      };
    },
    peopleView: async (options, mappings) =>
      peopleView(
        await scorecardInputs(mappings),
        options,
        peopleTables(await host.readTables(peopleRequests)),
      ),
    async writePeople(options, mappings, control) {
      const stamp = { at: now(), language };
      const inputs = await scorecardInputs(mappings, control);
      const tables = peopleTables(await untilCancelled(host.readTables(peopleRequests), control?.signal));
      // With the awards' second pass: SalesPayouts too when the honour roll pays other cash.
      const result = await peopleWrite(host, inputs, options, tables, language, mappings);
      await stage(control, { stage: "write", done: 0, total: 0 });
      return runResult(await writeJob(host, result, stamp, control), result.totals);
    },
    // Letters in each rep's language (Reps' Language), else the pane's.
    letterView: (mappings) => letterView(host, { lang: language, now: now(), mappings }),
    previewLetter: (repId, mappings) => repLetter(host, repId, { lang: language, now: now(), mappings }),
    writeLetter: (repId, mappings) => writeLetterSheet(host, repId, { lang: language, now: now(), mappings }),
    publishSummary: () => publishSummary(host),
    loadChoices: async (name) => decodeSetting(await host.readSetting(settingKey(name)))?.value ?? null,
    async saveChoices(name, value) {
      const key = settingKey(name);
      await host.writeSetting(key, encodeSetting(key, value));
    },
    async checkWorkbook(mappings, control) {
      await stage(control, CHECK);
      const { summary, checks, reconciliation } = await untilCancelled(
        checkWorkbook(host, mappings),
        control?.signal,
      );
      // With a period closed: the ledger and the open periods against the inputs recomputed.
      // The check has read SalesLedger already: without rows there is nothing closed, and no
      // second read of the month-end tables (three round trips to Excel) is needed.
      const closedLines = summary.tables.find((t) => t.name === "SalesLedger")?.rows ?? 0;
      const ledger =
        closedLines > 0 ? await untilCancelled(reconcileLedger(host, mappings), control?.signal) : null;
      const differs = ledger ? ledgerDiffers(ledger) : null;
      const items: CheckItem[] = checks.map((c) => ({
        severity: c.severity,
        message: localize(c.error),
        ...(c.at ? { at: c.at } : {}),
      }));
      if (differs) items.push({ severity: "warning", message: localize(differs) });
      return { summary, checks: items, reconciliation, ledger };
    },
    async goTo(target) {
      if (!host.select) throw new SalesPlanError(publishMessages.noSelect);
      await host.select(target);
    },
    monthEnd: () => monthEndView(host),
    async writeStatement(repId, period) {
      // In the rep's language (Reps' Language), else the pane's.
      const { statement, written } = await writeStatementSheet(host, repId, {
        period,
        lang: language,
        now: now(),
      });
      return {
        repId,
        name: statement.name,
        period,
        total: statement.total,
        sheet: written.sheet,
        rows: written.rows,
        created: written.created,
      };
    },
    async closePeriod(period, by, control) {
      await stage(control, CHECK);
      const result = await closePeriod(host, { period, by, now: now(), lang: language });
      return {
        period,
        lines: result.lines.length,
        reps: new Set(result.lines.map((l) => l.repId)).size,
        total: result.total,
        restatements: result.restatements,
        openInquiries: result.openInquiries,
        warnings: result.warnings.map((w) => localize(w.error)),
      };
    },
    async movePeriod(period, to, by, control) {
      await stage(control, { stage: "write", done: 0, total: 0 });
      const lines = await movePeriod(host, to, { period, by, now: now(), lang: language });
      return { period, status: to, lines: lines.length, total: sumMoney(lines.map((l) => l.amount)) };
    },
    async publish(options, mappings, control) {
      // One time for the audit row and the ownership stamp, as every run.
      const at = now();
      await stage(control, CHECK);
      // Cancel during the check stops the run there: the check only reads.
      const { outputs, totals } = await untilCancelled(
        publishWrite(host, { ...options, language: options.language ?? language }, mappings, at),
        control?.signal,
      );
      return runResult(await host.writeTables(outputs, at, control), totals);
    },
  };
}
