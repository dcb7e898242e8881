/**
 * SalesPlanActions over any WorkbookHost: read the inputs, run the job (src/jobs), write through the
 * host (all or nothing, with its audit row). No Office types here; officeActions.ts adds Excel.
 */
import type { Plan } from "../engine/incentives";
import {
  checkWorkbook,
  inspectInput,
  localize,
  payoutsJob,
  planFromTables,
  planJob,
  planSpec,
  planTiersSpec,
  publishSummary,
  readInputs,
  salesTargetsSpec,
  adjustmentsSpec,
  scorecardJob,
  scorecardReps,
  scorecardReview,
  targetsJob,
  withAudit,
  type InputName,
  type JobResult,
  type Mappings,
  type PayoutOptions,
  type ScorecardOptions,
  type TargetOptions,
} from "../jobs";
import { isSalesPlanName, publishWrite } from "../jobs";
import type { WorkbookHost } from "../workbook/host";
import { decodeSetting, encodeSetting, settingKey } from "../workbook/settings";
import {
  PREVIEW_ROWS,
  type InputReport,
  type JobPreview,
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

export function createHostActions(host: WorkbookHost, now: () => Date = () => new Date()): SalesPlanActions {
  const write = async (result: JobResult): Promise<RunResult> => {
    // One time for the audit row and the ownership stamp of the same run.
    const at = now();
    const report = await host.writeTables(withAudit(result, at), at);
    return {
      tables: report.tables.map((t) => ({ name: t.name, rows: t.rows, created: t.created })),
      totals: result.totals,
    };
  };
  const targets = async (options: TargetOptions, mappings: Mappings) => {
    const names: InputName[] = options.source === "regions" ? ["Reps", "Regions"] : ["Reps"];
    const inputs = await readInputs(host, names, mappings);
    return targetsJob({ reps: inputs.Reps, regions: inputs.Regions }, options);
  };
  const payouts = async (options: PayoutOptions, mappings: Mappings) => {
    const inputs = await readInputs(host, ["Reps", "Actuals"], mappings);
    const needsTable = options.plan.measures.some((m) => (options.measureTargets[m.name] ?? null) === null);
    const salesTargets = needsTable ? await host.readTable(salesTargetsSpec) : undefined;
    const adjustments = await host.readTable(adjustmentsSpec);
    return payoutsJob({ reps: inputs.Reps, actuals: inputs.Actuals, salesTargets, adjustments }, options);
  };
  const scorecardInputs = async (mappings: Mappings) => {
    const inputs = await readInputs(host, ["Reps", "Activities", "Actuals"], mappings);
    return { reps: inputs.Reps, activities: inputs.Activities, actuals: inputs.Actuals };
  };
  const scorecard = async (options: ScorecardOptions, mappings: Mappings) =>
    scorecardJob(await scorecardInputs(mappings), options);
  return {
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
    previewTargets: async (options, mappings) => preview(await targets(options, mappings)),
    writeTargets: async (options, mappings) => write(await targets(options, mappings)),
    async loadPlan(): Promise<Plan | null> {
      const plan = await host.readTable(planSpec);
      const tiers = await host.readTable(planTiersSpec);
      return planFromTables(plan, tiers);
    },
    savePlan: async (plan) => write(planJob(plan)),
    previewPayouts: async (options, mappings) => preview(await payouts(options, mappings)),
    writePayouts: async (options, mappings) => write(await payouts(options, mappings)),
    previewScorecard: async (options, mappings) => preview(await scorecard(options, mappings)),
    writeScorecard: async (options, mappings) => write(await scorecard(options, mappings)),
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
      const { outputs, totals } = await publishWrite(host, options, mappings, at);
      // Progress and Cancel cover the write (the checks and reads before it are quick).
      const report = await host.writeTables(outputs, at, control);
      return {
        tables: report.tables.map((t) => ({ name: t.name, rows: t.rows, created: t.created })),
        totals,
      };
    },
  };
}
