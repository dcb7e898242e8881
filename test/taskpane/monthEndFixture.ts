/** The demo company (3 reps, January to March) with targets and payouts written from the pane's actions. */
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoPlan } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { defaultTargetOptions } from "../../src/jobs";
import { createHostActions } from "../../src/taskpane/hostActions";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { FakeExcel } from "../support/fake-excel";

export const NOW = new Date(Date.UTC(2026, 3, 2, 8));
export const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps: 3 });
export const payoutOptions = { plan: demoPlan, measureTargets: {}, year: 2026, language: "en" as const };

export async function paneWorkbook() {
  const excel = new FakeExcel();
  const host = new OfficeWorkbookHost({ run: excel.run });
  await host.writeTables(companyTables(company), NOW);
  const actions = createHostActions(host, () => NOW);
  await actions.writeTargets({ ...defaultTargetOptions, source: "regions", fiscalYear: 2026 }, {});
  await actions.writePayouts(payoutOptions, {});
  return { excel, host, actions };
}
