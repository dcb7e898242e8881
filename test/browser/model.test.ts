/**
 * The plan cost step in the built task pane (headless Chromium, the real Office.js code path over
 * the in-memory workbook): the sample team with targets and a saved plan; the Incentive plan wizard
 * models the plan at five scenarios, shows the cost per scenario (as the model job computes it) and
 * the pay per rep as a box plot, in en (light) and zh (dark), then writes SalesPlanModel.
 * Screenshots go to test-results/model-cost-*.png; axe finds nothing serious in the step.
 */
import * as fs from "fs";
import * as path from "path";
import type { Plan } from "../../src/engine/incentives";
import { defaultTargetOptions, readModelTables, runJob } from "../../src/jobs";
import { catalogues } from "../../src/taskpane/i18n";
import { createHostActions } from "../../src/taskpane/hostActions";
import { checkPlanForm, examplePlanForm } from "../../src/taskpane/wizards/planForm";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { seriousViolations } from "../support/axe";
import { resultsDir, useTaskpaneBrowser } from "../support/browser";
import { FakeExcel } from "../support/fake-excel";
import { chineseProblems, workbookWords } from "../support/language";
import { seedSample } from "./sample-workbook";

jest.setTimeout(240000);

const openPane = useTaskpaneBrowser();
const plan = checkPlanForm(examplePlanForm, catalogues.en).plan as Plan;

async function prepared() {
  const excel = new FakeExcel();
  seedSample(excel);
  const host = new OfficeWorkbookHost({ run: excel.run });
  const actions = createHostActions(host);
  await actions.writeTargets(
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  await actions.savePlan(plan);
  const expected = runJob({
    job: "model",
    inputs: await readModelTables((spec) => host.readTable(spec)),
    options: { plans: [plan], scenarios: [0.8, 0.9, 1, 1.1, 1.2], basis: "scaled" },
  });
  return { state: excel.workbook.serialize(), expected };
}

const variants = [
  { variant: "en-light", lang: "en" as const, settings: {} },
  {
    variant: "zh-dark",
    lang: "zh" as const,
    settings: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } },
  },
];

for (const { variant, lang, settings } of variants) {
  test(`models the plan's cost at five scenarios with its pay chart and writes SalesPlanModel (${variant})`, async () => {
    const s = catalogues[lang];
    const { state, expected } = await prepared();
    const page = await openPane({ ...settings, workbookState: state });
    await page.getByRole("tab", { name: s.tabShortIncentives }).click();
    const step = page.locator("#plan-cost");
    await step.getByRole("button", { name: s.modelRun }).click();
    const table = step.getByRole("table", { name: s.modelTableLabel });
    await table.waitFor();
    const locale = s.numberLocale;
    const totals = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(totals).toEqual(
      expected.outputs[0].rows.map((r) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(r.Payout as number),
      ),
    );
    const chart = step.getByRole("img", { name: s.modelChartTitle.replace("{year}", "2026") });
    await chart.waitFor();
    expect(await chart.locator("rect").count()).toBe(5);
    await chart.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const file = path.join(resultsDir, `model-cost-${variant}.png`);
    await step.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(3000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page, "#plan-cost")).toEqual([]);
    if (lang === "zh") {
      const problems = await chineseProblems(page, workbookWords([plan.name]));
      expect(problems).toEqual({ latin: [], halfWidth: [] });
    }

    await step.getByRole("button", { name: s.modelWrite }).click();
    await page.getByRole("button", { name: s.confirmWrite }).click();
    await step.getByText(`${s.writeDone.split("{list}")[0]}SalesPlanModel`, { exact: false }).waitFor();
    await page.close();
  });
}
