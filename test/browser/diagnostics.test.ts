/**
 * Diagnostics in the built pane, through the real Office.js code path over the stand-in's
 * in-memory workbook: every step passes, the workbook is left exactly as it was, and the report
 * is there to copy; in English on the light theme and Chinese on the dark one (screenshots in
 * test-results/diagnostics-*.png). An Excel without ExcelApi 1.13 gets the notice at start.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { catalogues, type Strings } from "../../src/taskpane/i18n";
import { resultsDir, useTaskpaneBrowser, type OfficeSettings } from "../support/browser";

jest.setTimeout(120000);

const openPane = useTaskpaneBrowser();

const workbookState = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { __fakeExcel: { state(): string } }).__fakeExcel.state());

test.each([
  ["en", "light", { displayLanguage: "en-US" }],
  ["zh", "dark", { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } }],
] as [keyof typeof catalogues, string, OfficeSettings][])(
  "runs Diagnostics and leaves the workbook as it was (%s, %s)",
  async (locale, theme, settings) => {
    const strings: Strings = catalogues[locale];
    const page = await openPane(settings);
    const before = await workbookState(page);
    await page.getByRole("button", { name: strings.diagnosticsButton }).click();
    await page.getByRole("button", { name: strings.diagnosticsRun }).click();
    await page.getByText(strings.diagnosticsPassed).waitFor({ timeout: 30000 });
    const report = await page.getByRole("textbox", { name: strings.diagnosticsReportLabel }).inputValue();
    expect(report).toContain(`${strings.diagnosticsHost}: Excel`);
    expect(report).toContain(`9. ${strings.step_cleanup}: ${strings.diagnosticsPass}`);
    expect(report).not.toContain(strings.diagnosticsFail);
    expect(await workbookState(page)).toBe(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: path.join(resultsDir, `diagnostics-${locale}-${theme}.png`),
      fullPage: true,
    });
    await page.close();
  },
);

test("an Excel without ExcelApi 1.13 is told at start what still works", async () => {
  const page = await openPane({ excelApi: "1.9" });
  await page.getByText("This Excel lacks ExcelApi 1.13").waitFor();
  expect(await page.getByText(/It supports ExcelApi 1\.9\./).count()).toBe(1);
  await page.screenshot({ path: path.join(resultsDir, "diagnostics-api-missing-en.png") });
  await page.close();
});
