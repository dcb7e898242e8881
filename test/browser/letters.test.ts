/**
 * Plan letters in the built task pane (headless Chromium, the real Office.js code path over the
 * in-memory workbook): the sample team with targets, a saved plan and one acknowledgement; the
 * Incentive plan wizard lists who has not acknowledged, previews a rep's letter and writes it as the
 * PlanLetter sheet, in en (light) and zh (dark). The sheet must hold exactly the rows the letters
 * job gives that rep. Screenshots go to test-results/letters-*.png; axe finds nothing serious in the step.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import type { Plan } from "../../src/engine/incentives";
import { defaultTargetOptions, type Letter } from "../../src/jobs";
import { catalogues } from "../../src/taskpane/i18n";
import { createHostActions } from "../../src/taskpane/hostActions";
import { checkPlanForm, examplePlanForm } from "../../src/taskpane/wizards/planForm";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { seriousViolations } from "../support/axe";
import { resultsDir, useTaskpaneBrowser } from "../support/browser";
import { FakeExcel } from "../support/fake-excel";
import { seedSample } from "./sample-workbook";

jest.setTimeout(240000);

const openPane = useTaskpaneBrowser();
const plan = checkPlanForm(examplePlanForm, catalogues.en).plan as Plan;

/** The workbook the pane opens, and the letter the jobs give Bo Chen in `lang`. */
async function prepared(lang: "en" | "zh"): Promise<{ state: string; letter: Letter }> {
  const excel = new FakeExcel();
  seedSample(excel);
  const actions = createHostActions(new OfficeWorkbookHost({ run: excel.run }));
  await actions.writeTargets(
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  await actions.savePlan(plan);
  excel.addTable("Acknowledgements", "Acknowledgements", 0, 0, [
    ["RepID", "Plan", "Version", "Date"],
    ["R01", plan.name, plan.version, 46000],
  ]);
  const state = excel.workbook.serialize();
  actions.setLanguage?.(lang);
  return { state, letter: await actions.previewLetter("R02", {}) };
}

/** The PlanLetter sheet's cells in the page's workbook; null without the sheet. */
function letterCells(page: Page, rows: number, columns: number): Promise<unknown[][] | null> {
  return page.evaluate(
    ([r, c]) => {
      const excel = (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
      return excel.workbook.sheet("PlanLetter") ? excel.read("PlanLetter", 0, 0, r, c) : null;
    },
    [rows, columns] as const,
  );
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
  test(`previews Bo Chen's plan letter and writes the PlanLetter sheet (${variant})`, async () => {
    const s = catalogues[lang];
    const { state, letter } = await prepared(lang);
    const page = await openPane({ ...settings, workbookState: state });
    const shot = async (name: string, target: Locator) => {
      await page.waitForTimeout(300);
      const file = path.join(resultsDir, `letters-${name}-${variant}.png`);
      await target.screenshot({ path: file });
      expect(fs.statSync(file).size).toBeGreaterThan(3000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    };
    await page.getByRole("tab", { name: s.tabShortIncentives }).click();
    const step = page.locator("#plan-letters");
    await step.getByRole("button", { name: s.letterLoad }).click();
    const title = s.letterAckTitle.replace("{plan}", `${plan.name} ${plan.version}`);
    const status = step.getByRole("status", { name: title });
    await status.waitFor();
    expect(await status.getByRole("listitem").allTextContents()).toEqual(
      [
        ["Bo Chen", "R02"],
        ["Cai Wu", "R03"],
        ["Dee Park", "R04"],
        ["Eli Sato", "R05"],
        ["Fay Zhou", "R06"],
      ].map(([name, rep]) => s.letterRepOption.replace("{name}", name).replace("{rep}", rep)),
    );

    const bo = s.letterRepOption.replace("{name}", "Bo Chen").replace("{rep}", "R02");
    await step.getByRole("combobox", { name: s.letterRep }).click();
    await page.getByRole("option", { name: bo, exact: true }).click();
    await step.getByRole("button", { name: s.letterPreview }).click();
    const article = step.getByRole("article", { name: s.letterPreviewLabel.replace("{rep}", bo) });
    await article.waitFor();
    expect(await article.getByRole("heading", { level: 4 }).textContent()).toBe(letter.rows[0].cells[0]);
    await shot("preview", step);
    const violations = await seriousViolations(page, "#plan-letters");
    expect(violations).toEqual([]);

    await step.getByRole("button", { name: s.letterWrite }).click();
    await step.getByText(s.letterWritten.split("{rep}")[0] + bo, { exact: false }).waitFor();
    // The sheet holds exactly the jobs' letter for Bo Chen, in the pane's language.
    const cells = await letterCells(page, letter.rows.length, letter.columns);
    expect(cells).toEqual(
      letter.rows.map((r) => Array.from({ length: letter.columns }, (_, c) => r.cells[c] ?? null)),
    );
    await shot("written", step);
    await page.close();
  });
}
