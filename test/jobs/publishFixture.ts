/**
 * The sample team with targets, a two-measure plan (a curve and a gate) and payouts written through
 * the real actions over the in-memory Excel: what the publish tests start from.
 */
import type { Plan } from "../../src/engine/incentives";
import { defaultTargetOptions } from "../../src/jobs";
import type { SalesPlanActions } from "../../src/taskpane/actions";
import { createHostActions } from "../../src/taskpane/hostActions";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { seedSample } from "../browser/sample-workbook";
import { FakeExcel } from "../support/fake-excel";

export const publishPlan: Plan = {
  name: "Field plan",
  version: "v1",
  currency: "",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  targetIncentive: 24000,
  measures: [
    {
      name: "Revenue",
      weight: 0.7,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0.5, payout: 0 },
          { attainment: 1, payout: 1 },
          { attainment: 1.5, payout: 2 },
        ],
      },
    },
    {
      name: "Collection",
      weight: 0.3,
      method: { kind: "tiers", mode: "marginal", basis: "attainment", tiers: [{ from: 0, rate: 1 }] },
    },
  ],
  gates: [{ measure: "Collection", minimum: 0.6, on: "attainment" }],
};

/** Monthly targets per rep for the plan's measures. */
export const measureTargets = { Revenue: 90000, Collection: 65000 };

/** Targets, plan and payouts written in order, each a run with its audit row. */
export async function runOutputs(actions: SalesPlanActions): Promise<void> {
  await actions.writeTargets(
    { ...defaultTargetOptions, source: "regions", fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  await actions.savePlan(publishPlan);
  await actions.writePayouts({ plan: publishPlan, measureTargets }, {});
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
