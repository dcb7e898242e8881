/**
 * SalesPlanActions over any WorkbookHost: read the inputs, run the job (src/jobs), write through the
 * host (all or nothing, with its audit row). No Office types here; officeActions.ts adds Excel.
 */
import type { Plan } from "../engine/incentives";
import type { Locale } from "../engine/messages";
import {
  checkWorkbook,
  inspectInput,
  isSalesPlanName,
  localize,
  measureTargetsSpec,
  payoutsJob,
  planFromTables,
  planJob,
  planSpec,
  planTiersSpec,
  publishSummary,
  publishWrite,
  readInputs,
  salesTargetsSpec,
  adjustmentsSpec,
  scorecardJob,
  scorecardReps,
  scorecardReview,
  historyReport,
  historySpec,
  targetsWithHistory,
  trackingJob,
  trackingTargetsSpec,
  withAudit,
  type InputName,
  type JobResult,
  type Mappings,
  type PayoutOptions,
  type ScorecardOptions,
  type TargetOptions,
} from "../jobs";
import { yieldToEventLoop, throwIfCancelled } from "../workbook/cancel";
import type { WorkbookHost, WriteReport } from "../workbook/host";
import { decodeSetting, encodeSetting, settingKey } from "../workbook/settings";
import {
  PREVIEW_ROWS,
  type InputReport,
  type JobPreview,
  type RunControl,
  type RunProgress,
  type RunResult,
  type SalesPlanActions,
} from "./actions";

function preview(result: JobResult): JobPreview {
  const main = result.outputs[0];
  return {
    table: {
      name: main.name,
      columns: main.columns.map((c) => ({ key: c.key, header: c.header, kind: c.kind })),
      rows: main.rows.slice(0, PREVIEW_ROWS),
      rowCount: main.rows.length,
    },
    totals: result.totals,
  };
}

/** Between a run's stages: say where it is, give the event loop a turn (paint, Cancel), stop if cancelled. */
async function stage(control: RunControl | undefined, progress: RunProgress): Promise<void> {
  if (!control) return;
  control.onProgress?.(progress);
  await yieldToEventLoop();
  throwIfCancelled(control.signal);
}

const COMPUTE: RunProgress = { stage: "compute", done: 0, total: 1 };

/** What the pane shows of a write: each table's rows and whether it is new, and the run's totals. */
function runResult(report: WriteReport, totals: RunResult["totals"]): RunResult {
  return { tables: report.tables.map((t) => ({ name: t.name, rows: t.rows, created: t.created })), totals };
}

export function createHostActions(host: WorkbookHost, now: () => Date = () => new Date()): SalesPlanActions {
  // The pane's language: the audit rows name their action in it and record it.
  let language: Locale = "en";
  const write = async (result: JobResult, control?: RunControl): Promise<RunResult> => {
    // total 0: the blocks are not counted yet (the host reports them once the tables are prepared).
    await stage(control, { stage: "write", done: 0, total: 0 });
    // One time for the audit row and the ownership stamp of the same run.
    const at = now();
    return runResult(await host.writeTables(withAudit(result, at, language), at, control), result.totals);
  };
  /** readInputs one table at a time, each a stage. */
  const read = async (names: readonly InputName[], mappings: Mappings, control?: RunControl) => {
    const inputs: Awaited<ReturnType<typeof readInputs>> = {};
    for (const [i, name] of names.entries()) {
      await stage(control, { stage: "read", done: i, total: names.length });
      Object.assign(inputs, await readInputs(host, [name], mappings));
    }
    return inputs;
  };
  const targets = async (options: TargetOptions, mappings: Mappings, control?: RunControl) => {
    const names: InputName[] = options.source === "regions" ? ["Reps", "Regions"] : ["Reps"];
    const inputs = await read(names, mappings, control);
    const history = options.seasonalitySource === "history" ? await host.readTable(historySpec) : undefined;
    await stage(control, COMPUTE);
    return targetsWithHistory({ reps: inputs.Reps, regions: inputs.Regions, history }, options);
  };
  const payouts = async (options: PayoutOptions, mappings: Mappings, control?: RunControl) => {
    const inputs = await read(["Reps", "Actuals"], mappings, control);
    // Both target tables, when there: their measure rows come before the flat numbers.
    const salesTargets = await host.readTable(salesTargetsSpec);
    const measureTargets = await host.readTable(measureTargetsSpec);
    const adjustments = await host.readTable(adjustmentsSpec);
    await stage(control, COMPUTE);
    return payoutsJob(
      { reps: inputs.Reps, actuals: inputs.Actuals, salesTargets, adjustments, measureTargets },
      { ...options, language: options.language ?? language },
    );
  };
  const scorecardInputs = async (mappings: Mappings, control?: RunControl) => {
    const inputs = await read(["Reps", "Activities", "Actuals"], mappings, control);
    await stage(control, COMPUTE);
    return { reps: inputs.Reps, activities: inputs.Activities, actuals: inputs.Actuals };
  };
  const scorecard = async (options: ScorecardOptions, mappings: Mappings, control?: RunControl) =>
    scorecardJob(await scorecardInputs(mappings, control), options);
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
        const { status } = await inspectInput(host, name, mappings[name] ?? {});
        reports.push({ ...status, problems: status.problems.map((p) => localize(p.error)), available });
      }
      return reports;
    },
    previewTargets: async (options, mappings, control) => preview(await targets(options, mappings, control)),
    writeTargets: async (options, mappings, control) =>
      write(await targets(options, mappings, control), control),
    inspectHistory: async () => historyReport(await host.readTable(historySpec)),
    async trackTargets(options, mappings) {
      const salesTargets = await host.readTable(trackingTargetsSpec);
      const inputs = await readInputs(host, ["Reps", "Actuals"], mappings);
      return trackingJob({ salesTargets, actuals: inputs.Actuals, reps: inputs.Reps }, options);
    },
    async loadPlan(): Promise<Plan | null> {
      const plan = await host.readTable(planSpec);
      const tiers = await host.readTable(planTiersSpec);
      return planFromTables(plan, tiers);
    },
    savePlan: async (plan, control) => write(planJob(plan), control),
    previewPayouts: async (options, mappings, control) => preview(await payouts(options, mappings, control)),
    writePayouts: async (options, mappings, control) =>
      write(await payouts(options, mappings, control), control),
    previewScorecard: async (options, mappings, control) =>
      preview(await scorecard(options, mappings, control)),
    writeScorecard: async (options, mappings, control) =>
      write(await scorecard(options, mappings, control), control),
    scorecardReps: async (options, mappings) => scorecardReps(await scorecardInputs(mappings), options),
    reviewRep: async (options, mappings, repId, period) =>
      scorecardReview(await scorecardInputs(mappings), options, repId, period),
    publishSummary: () => publishSummary(host),
    loadChoices: async (name) => decodeSetting(await host.readSetting(settingKey(name)))?.value ?? null,
    async saveChoices(name, value) {
      const key = settingKey(name);
      await host.writeSetting(key, encodeSetting(key, value));
    },
    async checkWorkbook(mappings) {
      const { summary, checks, reconciliation } = await checkWorkbook(host, mappings);
      return {
        summary,
        checks: checks.map((c) => ({ severity: c.severity, message: localize(c.error) })),
        reconciliation,
      };
    },
    async publish(options, mappings, control) {
      // One time for the audit row and the ownership stamp, as every run.
      const at = now();
      const { outputs, totals } = await publishWrite(
        host,
        { ...options, language: options.language ?? language },
        mappings,
        at,
      );
      // Progress and Cancel cover the write; the check and reads before it cannot be cancelled yet.
      return runResult(await host.writeTables(outputs, at, control), totals);
    },
  };
}
