/**
 * The sample team with targets, the two-measure plan (a curve and a gate), payouts and a scorecard written through
 * the real actions over the in-memory Excel: what the publish tests start from.
 */
import type { Plan } from "../../src/engine/incentives";
import { defaultTargetOptions, type ScorecardOptions } from "../../src/jobs";
import type { SalesPlanActions } from "../../src/taskpane/actions";
import { createHostActions } from "../../src/taskpane/hostActions";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { sampleTables, seedSample } from "../browser/sample-workbook";
import { FakeExcel } from "../support/fake-excel";
import { twoMeasurePlan } from "../support/plans";

/** The two-measure plan: Revenue on a curve with a gate, Collection on marginal tiers. */
export const publishPlan: Plan = twoMeasurePlan("Field plan", "v1");

/** Monthly targets per rep for the plan's measures. */
export const measureTargets = { Revenue: 90000, Collection: 65000 };

/** A process KPI from Activities and a result KPI from Actuals, with two bands. */
export const scorecardOptions: ScorecardOptions = {
  kpis: [
    { name: "Visits", kind: "process", direction: "up", weight: 1, cap: null, target: 25 },
    { name: "Revenue", kind: "result", direction: "up", weight: 1, cap: null, target: 90000 },
  ],
  groupWeights: { process: 40, result: 60 },
  cap: 1.2,
  bands: [
    { minimum: 100, label: "A" },
    { minimum: 0, label: "B" },
  ],
};

/** Targets, plan, payouts and scorecard written in order, each a run with its audit row. */
export async function runOutputs(actions: SalesPlanActions): Promise<void> {
  await actions.writeTargets(
    { ...defaultTargetOptions, source: "regions", fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  await actions.savePlan(publishPlan);
  await actions.writePayouts({ plan: publishPlan, measureTargets }, {});
  await actions.writeScorecard(scorecardOptions, {});
}

export function publishWorkbook(time = new Date(Date.UTC(2026, 10, 27, 2, 0))): {
  excel: FakeExcel;
  host: OfficeWorkbookHost;
  actions: SalesPlanActions;
} {
  const excel = new FakeExcel();
  seedSample(excel);
  const host = new OfficeWorkbookHost({ run: excel.run });
  return { excel, host, actions: createHostActions(host, () => time) };
}

/** The sample workbook after runOutputs, serialized: what a browser test opens the pane over. */
export async function publishedState(): Promise<string> {
  const { excel, actions } = publishWorkbook();
  await runOutputs(actions);
  return excel.workbook.serialize();
}

const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];

/** The sample team with R02 and R05 paid in HKD, and the HKD rate to CNY month by month. */
export function seedHkd(excel: FakeExcel): void {
  for (const t of sampleTables) {
    const values =
      t.name === "Reps"
        ? t.values.map((row, i) => [
            ...row,
            i === 0 ? "Currency" : ["R02", "R05"].includes(String(row[0])) ? "HKD" : "CNY",
          ])
        : t.values;
    excel.addTable(t.sheet, t.name, 0, 0, values);
  }
  excel.addTable("FxRates", "FxRates", 0, 0, [
    ["Currency", "Period", "Rate"],
    ...MONTHS.map((m, i) => ["HKD", m, 0.9123 + i * 0.0011]),
  ]);
}

/** The HKD workbook after targets, the plan in CNY (the reporting currency) and payouts, each a run with its audit row. */
export async function hkdWorkbook(): Promise<{ host: OfficeWorkbookHost; actions: SalesPlanActions }> {
  const excel = new FakeExcel();
  seedHkd(excel);
  const host = new OfficeWorkbookHost({ run: excel.run });
  const actions = createHostActions(host, () => new Date(Date.UTC(2026, 10, 27, 2, 0)));
  const plan = { ...publishPlan, currency: "CNY" };
  await actions.writeTargets(
    { ...defaultTargetOptions, source: "regions", fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  await actions.savePlan(plan);
  await actions.writePayouts({ plan, measureTargets }, {});
  return { host, actions };
}
