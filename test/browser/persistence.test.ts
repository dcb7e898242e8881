/**
 * Wizard choices persist in the workbook: fill the targets options, map a column and set a
 * scorecard KPI target, close the pane, reopen it over the same workbook (its in-memory state
 * carried across as a saved file would be) and find the choices restored. A pane over a fresh
 * workbook shows the defaults, so what is restored came from the workbook and nowhere else.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { openMapping, resultsDir, useTaskpaneBrowser } from "../support/browser";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();

interface PageExcel {
  __fakeExcel: { workbook: { settings: Map<string, string>; serialize(): string } };
}

/** The choices saved under `name`, as the workbook holds them (undefined while none). */
function saved(page: Page, name: string): Promise<unknown> {
  return page.evaluate((key) => {
    const text = (window as unknown as PageExcel).__fakeExcel.workbook.settings.get(key);
    return text === undefined
      ? undefined
      : (JSON.parse(JSON.parse(text) as string) as { value: unknown }).value;
  }, `SalesPlan.${name}`);
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A screenshot of the whole pane, or of the viewport once `near` is scrolled into view. */
async function shot(page: Page, name: string, near?: Locator): Promise<void> {
  await near?.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const file = path.join(resultsDir, `persistence-${name}.png`);
  await page.screenshot({ path: file, fullPage: near === undefined });
  expect(fs.statSync(file).size).toBeGreaterThan(5000);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test("targets options, a column mapping and a KPI target come back when the pane reopens over the workbook", async () => {
  const page = await openPane();
  await page.getByRole("tab", { name: "Targets" }).click();
  await page.getByText("Reps ✓ 6 rows").waitFor();
  await openMapping(page, "Reps");
  await page.getByRole("combobox", { name: "Map LastYearSales of Reps" }).click();
  await page.getByRole("option", { name: "Sales LY", exact: true }).click();
  // A new mapping rereads the table, which folds its details back to the one-line summary.
  await page.getByText("Reps ✓ 6 rows").waitFor();
  await openMapping(page, "Reps");
  // The visible "Matched: ..." line (the folded summary keeps a hidden copy of the same text).
  await page.locator("text=/LastYearSales \\(Sales LY\\)/ >> visible=true").first().waitFor();
  await page.getByRole("textbox", { name: "Company target" }).fill("7,250,000");
  await page.getByRole("textbox", { name: "Fiscal year" }).fill("2027");
  await page.getByRole("combobox", { name: "Weight reps and regions by" }).click();
  await page.getByRole("option", { name: "Equal shares", exact: true }).click();
  await until(
    // All three choices, not just the first: under load the debounced save can land between clicks.
    async () => {
      const form = String(JSON.stringify(await saved(page, "targets.form")));
      return form.includes("7,250,000") && form.includes('"2027"') && form.includes('"equal"');
    },
    "the targets form to be saved",
  );
  const targetsForm = (await saved(page, "targets.form")) as Record<string, unknown>;
  expect(targetsForm).toMatchObject({ companyTarget: "7,250,000", fiscalYear: "2027", basis: "equal" });
  expect(await saved(page, "targets.mappings")).toEqual({ Reps: { LastYearSales: "Sales LY" } });

  await page.getByRole("tab", { name: "Scores" }).click();
  await page.getByRole("group", { name: "Visits" }).waitFor();
  await page.getByRole("textbox", { name: "Visits: Target" }).fill("25");
  // Switching tabs closes the scorecard: what is still waiting is saved then.
  await page.getByRole("tab", { name: "Targets" }).click();
  await until(
    async () => String(JSON.stringify(await saved(page, "scorecard.form"))).includes('"target":"25"'),
    "the scorecard form to be saved",
  );
  const workbook = await page.evaluate(() =>
    (window as unknown as PageExcel).__fakeExcel.workbook.serialize(),
  );
  await page.close();

  // A pane over a fresh sample workbook: nothing saved, the defaults.
  const fresh = await openPane();
  await fresh.getByRole("tab", { name: "Targets" }).click();
  await fresh.getByText("Reps ✓ 6 rows").waitFor();
  expect(await fresh.getByRole("textbox", { name: "Company target" }).inputValue()).toBe("");
  await fresh.close();

  // The same workbook reopened.
  const reopened = await openPane({ workbookState: workbook });
  await reopened.getByRole("tab", { name: "Targets" }).click();
  const company = reopened.getByRole("textbox", { name: "Company target" });
  await until(async () => (await company.inputValue()) === "7,250,000", "the company target to be restored");
  expect(await reopened.getByRole("textbox", { name: "Fiscal year" }).inputValue()).toBe("2027");
  expect(await reopened.getByRole("combobox", { name: "Weight reps and regions by" }).textContent()).toBe(
    "Equal shares",
  );
  await reopened.getByText("Reps ✓ 6 rows").waitFor();
  await openMapping(reopened, "Reps");
  await reopened.locator("text=/LastYearSales \\(Sales LY\\)/ >> visible=true").first().waitFor();
  await shot(reopened, "targets");

  await reopened.getByRole("tab", { name: "Scores" }).click();
  // A KPI restored whole shows as its compact row; its panel opens on Edit.
  await reopened.getByRole("button", { name: "Edit Visits" }).click();
  const visits = reopened.getByRole("textbox", { name: "Visits: Target" });
  await visits.waitFor();
  await until(async () => (await visits.inputValue()) === "25", "the KPI target to be restored");
  await shot(reopened, "scorecard", reopened.getByRole("group", { name: "Visits" }));
  await reopened.close();
});

test("the language chosen in the pane comes back with the workbook", async () => {
  const page = await openPane();
  await page.getByRole("combobox", { name: "Pane language" }).click();
  await page.getByRole("option", { name: "中文" }).click();
  await page.getByRole("tab", { name: "目标" }).waitFor();
  await until(async () => (await saved(page, "pane.language")) === "zh", "the language to be saved");
  const workbook = await page.evaluate(() =>
    (window as unknown as PageExcel).__fakeExcel.workbook.serialize(),
  );
  await page.close();

  // Office says English; the workbook says the user chose Chinese.
  const reopened = await openPane({
    displayLanguage: "en-US",
    workbookState: workbook,
  });
  await reopened.getByRole("tab", { name: "目标" }).waitFor();
  expect(await reopened.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  expect(await reopened.getByRole("combobox", { name: "任务窗格语言" }).textContent()).toBe("中文");
  await shot(reopened, "language-zh");
  await reopened.close();
});
