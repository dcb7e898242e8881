/**
 * The built task pane in real headless Chromium: it renders after Office.onReady, offers the four
 * wizards, follows Office's language and theme, and the shared-runtime page registers the
 * custom functions. The Office stand-in carries an in-memory Excel with a sample team, so each
 * wizard runs end to end through the real Office.js code path (createOfficeActions). Screenshots
 * of each wizard after preview and after writing go to test-results/ for a person to look at.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { resultsDir, useTaskpaneBrowser } from "../support/browser";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();

test("clicks through the four wizards", async () => {
  const page = await openPane();
  const wizards = [
    ["Targets", "targets"],
    ["Incentive plan", "incentives"],
    ["Scorecard", "scorecard"],
    ["Publish for finance", "publish"],
  ];
  await expectTabCount(page, 4);
  // a 360 px task pane must not scroll sideways
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const [label, id] of wizards) {
    await page.getByRole("tab", { name: label }).click();
    const panel = page.getByRole("tabpanel", { name: label });
    await panel.waitFor();
    expect(await panel.getAttribute("data-wizard")).toBe(id);
    await page.waitForTimeout(400); // let the tab indicator finish its transition
    const file = path.join(resultsDir, `taskpane-${id}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(fs.statSync(file).size).toBeGreaterThan(5000);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
  }
  await page.close();
});

test("the shared runtime page registers the custom functions", async () => {
  const page = await openPane();
  const associated = await page.evaluate(
    () => (window as unknown as { __associated: string[] }).__associated,
  );
  expect(associated).toContain("PACE");
  await page.close();
});

test("follows Office's Chinese display language and dark theme", async () => {
  const page = await openPane({
    displayLanguage: "zh-CN",
    officeTheme: { bodyBackgroundColor: "#262626" },
  });
  await page.getByRole("tab", { name: "激励方案" }).click();
  await page.getByRole("tabpanel", { name: "激励方案" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor,
  );
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r + g + b).toBeLessThan(200); // dark
  await page.screenshot({ path: path.join(resultsDir, "taskpane-zh-dark.png"), fullPage: true });
  await page.close();
});

test("outside Excel (no workbook) the wizards say so instead of failing silently", async () => {
  const page = await openPane({ workbook: false });
  await page.getByText("Could not finish").first().waitFor();
  expect(await page.getByText(/Excel is not available: open SalesPlan from Excel/).count()).toBeGreaterThan(
    0,
  );
  await page.close();
});

interface Texts {
  readonly variant: string;
  readonly tabs: readonly [string, string, string, string];
  readonly repsFound: string;
  readonly mapLastYear: string;
  readonly companyTarget: string;
  readonly fiscalYear: string;
  readonly preview: string;
  readonly previewOf: (table: string) => string;
  readonly reconciles: string;
  readonly write: (table: string) => string;
  readonly written: (table: string) => RegExp;
  readonly savePlan: string;
  readonly planSaved: RegExp;
  readonly writePayouts: string;
  readonly target: (kpi: string) => string;
  readonly outputTables: string;
  readonly check: string;
  readonly checkDone: RegExp;
}

const en: Texts = {
  variant: "en-light",
  tabs: ["Targets", "Incentive plan", "Scorecard", "Publish for finance"],
  repsFound: "Reps: table Reps on sheet Reps, 6 rows",
  mapLastYear: "Map LastYearSales of Reps",
  companyTarget: "Company target",
  fiscalYear: "Fiscal year",
  preview: "Preview",
  previewOf: (t) => `Preview of ${t}`,
  reconciles: "adds up",
  write: (t) => `Write ${t}`,
  written: (t) => new RegExp(`Written: ${t} \\(\\d+ rows, (new|replaced)\\)`),
  savePlan: "Save plan",
  planSaved: /Plan saved to SalesPlan/,
  writePayouts: "Write SalesPayouts",
  target: (kpi) => `${kpi}: Target`,
  outputTables: "Output tables in this workbook",
  check: "Check the workbook",
  checkDone: /No problems found|problem\(s\) found/,
};

const zh: Texts = {
  variant: "zh-dark",
  tabs: ["目标分解", "激励方案", "绩效评分", "发布给财务"],
  repsFound: "Reps：表格 Reps（工作表 Reps），6 行",
  mapLastYear: "为 Reps 指定 LastYearSales 列",
  companyTarget: "公司目标",
  fiscalYear: "财年",
  preview: "预览",
  previewOf: (t) => `${t} 预览`,
  reconciles: "相符",
  write: (t) => `写入 ${t}`,
  written: (t) => new RegExp(`已写入：${t}（\\d+ 行，(新建|已替换)）`),
  savePlan: "保存方案",
  planSaved: /方案已保存到 SalesPlan/,
  writePayouts: "写入 SalesPayouts",
  target: (kpi) => `${kpi}: 目标`,
  outputTables: "本工作簿中的输出表",
  check: "检查工作簿",
  checkDone: /未发现问题|发现 \d+ 个问题/,
};

const kpiTargets: Record<string, string> = {
  Visits: "25",
  Calls: "80",
  ProposalQuality: "4",
  CollectionRate: "0.85",
  Revenue: "90000",
  Collection: "70000",
};

for (const [t, settings] of [
  [en, {}],
  [zh, { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } }],
] as const) {
  test(`a sales-ops analyst runs every wizard end to end (${t.variant})`, async () => {
    const page = await openPane(settings);
    const shot = async (name: string) => {
      await page.waitForTimeout(300);
      const file = path.join(resultsDir, `wizard-${name}-${t.variant}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(fs.statSync(file).size).toBeGreaterThan(5000);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    };

    // Targets: map the column the wizard could not match, split the company target, write.
    await page.getByText(t.repsFound).waitFor();
    await choose(page, t.mapLastYear, "Sales LY");
    await page.getByText(/LastYearSales \(Sales LY\)/).waitFor();
    await page.getByRole("textbox", { name: t.companyTarget }).fill("7000000");
    await page.getByRole("textbox", { name: t.fiscalYear }).fill("2026");
    await page.getByRole("button", { name: t.preview, exact: true }).click();
    await page.getByRole("table", { name: t.previewOf("SalesTargets") }).waitFor();
    expect(await page.getByText(t.reconciles).count()).toBeGreaterThanOrEqual(3);
    await shot("targets-preview");
    await page.getByRole("button", { name: t.write("SalesTargets") }).click();
    await page.getByText(t.written("SalesTargets")).waitFor();
    await shot("targets-written");
    expect(await tableSum(page, "SalesTargets", "Target")).toBe(7000000);

    // Incentive plan: the example plan (revenue on a curve with a gate, collection on tiers).
    await page.getByRole("tab", { name: t.tabs[1] }).click();
    await page.getByRole("button", { name: t.savePlan }).click();
    await page.getByText(t.planSaved).waitFor();
    await page.getByRole("button", { name: t.preview, exact: true }).click();
    await page.getByRole("table", { name: t.previewOf("SalesPayouts") }).waitFor();
    await shot("incentives-preview");
    await page.getByRole("button", { name: t.writePayouts }).click();
    await page.getByText(t.written("SalesPayouts")).waitFor();
    await shot("incentives-written");
    const net = await tableSum(page, "SalesPayouts", "NetPayout");
    expect(net).toBeGreaterThan(0);

    // Scorecard: the suggested KPIs, each with a target.
    await page.getByRole("tab", { name: t.tabs[2] }).click();
    await page.getByRole("group", { name: "Visits" }).waitFor();
    for (const [kpi, target] of Object.entries(kpiTargets))
      await page.getByRole("textbox", { name: t.target(kpi) }).fill(target);
    await page.getByRole("button", { name: t.preview, exact: true }).click();
    await page.getByRole("table", { name: t.previewOf("SalesScorecard") }).waitFor();
    await shot("scorecard-preview");
    await page.getByRole("button", { name: t.write("SalesScorecard") }).click();
    await page.getByText(t.written("SalesScorecard")).waitFor();
    await shot("scorecard-written");

    // Publish: every output table listed, then the check.
    await page.getByRole("tab", { name: t.tabs[3] }).click();
    const summary = page.getByRole("table", { name: t.outputTables });
    await summary.waitFor();
    await page.locator('tr[data-table="SalesPayouts"]').waitFor();
    expect(await page.locator("tr[data-table]").count()).toBe(6);
    await shot("publish-summary");
    await page.getByRole("button", { name: t.check }).click();
    await page.getByText(t.checkDone).first().waitFor();
    await shot("publish-checked");
    await page.close();
  });
}

async function expectTabCount(page: Page, count: number): Promise<void> {
  expect(await page.getByRole("tab").count()).toBe(count);
}

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Open a Fluent dropdown by its accessible name and pick an option. */
async function choose(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The sum of one column of a table in the page's in-memory workbook, to the cent. */
function tableSum(page: Page, table: string, column: string): Promise<number> {
  return page.evaluate(
    ([tableName, columnName]) => {
      interface FakeTable {
        name: string;
        sheet: { name: string };
        top: number;
        left: number;
        height: number;
        width: number;
        showTotals: boolean;
      }
      const excel = (
        window as unknown as {
          __fakeExcel: {
            workbook: { tables: FakeTable[] };
            read(sheet: string, row: number, column: number, rows: number, columns: number): unknown[][];
          };
        }
      ).__fakeExcel;
      const t = excel.workbook.tables.find((x) => x.name === tableName);
      if (!t) throw new Error(`no table ${tableName}`);
      const cells = excel.read(t.sheet.name, t.top, t.left, t.height, t.width);
      const at = cells[0].indexOf(columnName);
      // Leave out a totals row, whether or not the table's range counts it.
      const body = cells.slice(1).filter((row) => row[0] !== "Total");
      const cents = body.reduce((s: number, row) => s + Math.round(Number(row[at] ?? 0) * 100), 0);
      return cents / 100;
    },
    [table, column],
  );
}
