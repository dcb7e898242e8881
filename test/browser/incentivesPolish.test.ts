/**
 * The incentive wizard's leftovers of issue 18, in the built pane at 360 x 640, en-light and zh-dark:
 * money labels carry the plan's currency, Save plan with an error goes to the field and shows the
 * summary, and the example plan on a workbook without SalesTargets says so in Preview with a Go to
 * the Targets wizard. Screenshots test-results/incentives-polish-*.png are for a person to look at.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { catalogues, counted, fill, type Strings } from "../../src/taskpane/i18n";
import { seriousViolations } from "../support/axe";
import { resultsDir, useTaskpaneBrowser } from "../support/browser";
import { chineseProblems, workbookWords } from "../support/language";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();

const variants = [
  { variant: "en-light", s: catalogues.en, settings: {} },
  {
    variant: "zh-dark",
    s: catalogues.zh,
    settings: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } },
  },
] as const;

const focused = (page: Page, name: string) =>
  page.getByRole("textbox", { name, exact: true }).evaluate((el) => el === document.activeElement);

describe.each(variants)("incentive wizard polish ($variant)", ({ variant, s, settings }) => {
  test("currency labels, Save plan to the first wrong field, no SalesTargets said with a Go to Targets", async () => {
    const page = await openPane(settings);
    const shot = async (name: string) => {
      await page.waitForTimeout(300);
      const file = path.join(resultsDir, `incentives-polish-${name}-${variant}.png`);
      await page.screenshot({ path: file });
      expect(fs.statSync(file).size).toBeGreaterThan(3000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    };
    const zhClean = async () => {
      if (variant !== "zh-dark") return;
      expect(await chineseProblems(page, workbookWords([(s as Strings).examplePlanName]))).toEqual({
        latin: [],
        halfWidth: [],
      });
    };
    await page.getByRole("tab", { name: s.tabShortIncentives }).click();
    await page.getByText(/^Actuals ✓/).waitFor();
    // The example plan, named in the pane's language, in CNY: its money labels say so.
    expect(await page.getByRole("textbox", { name: s.planName, exact: true }).inputValue()).toBe(
      s.examplePlanName,
    );
    const planCap = fill(s.aside, { main: s.planCap, aside: "CNY" });
    expect(await page.getByRole("textbox", { name: planCap, exact: true }).count()).toBe(1);
    const cap = fill(s.aside, { main: s.measureCap, aside: "CNY" });
    expect(await page.getByRole("textbox", { name: cap, exact: true }).count()).toBe(2);
    await page.getByRole("textbox", { name: planCap, exact: true }).scrollIntoViewIfNeeded();
    await shot("currency");

    // Save plan with the name blank: not a disabled button; the click goes to the field, whose
    // message shows, and the footer's summary names it.
    await page.getByRole("textbox", { name: s.planName, exact: true }).fill("");
    const save = page.getByRole("button", { name: s.savePlan, exact: true });
    expect(await save.isDisabled()).toBe(false);
    await save.click();
    expect(await focused(page, s.planName)).toBe(true);
    await page.getByText(counted(s, "fieldsToFix", 1, { count: 1 })).waitFor();
    expect(await page.getByText(s.nameExpected).first().isVisible()).toBe(true);
    await shot("save-errors");
    await zhClean();
    await page.getByRole("textbox", { name: s.planName, exact: true }).fill(s.examplePlanName);

    // Preview without SalesTargets: said in plain words, with the way on.
    await page.getByRole("button", { name: s.previewButton, exact: true }).click();
    await page.getByText(s.noTargetsTitle).waitFor();
    expect(await page.getByText(/no target: enter a monthly target|没有目标：请为其输入月目标/).count()).toBe(
      0,
    );
    const go = page.getByRole("button", { name: s.noTargetsGo, exact: true });
    await go.scrollIntoViewIfNeeded();
    await shot("no-targets");
    expect(await seriousViolations(page)).toEqual([]);
    await zhClean();
    await go.click();
    await page.getByRole("tab", { name: s.tabShortTargets, selected: true }).waitFor();
    await page.getByRole("textbox", { name: s.companyTarget, exact: true }).waitFor();
  });
});
