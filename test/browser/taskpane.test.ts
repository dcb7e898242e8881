/**
 * The built task pane in real headless Chromium: it renders after Office.onReady, offers the four
 * wizards, follows Office's language and theme, and the shared-runtime page registers the
 * custom functions. The Office stand-in carries an in-memory Excel with a sample team, so each
 * wizard runs end to end through the real Office.js code path (createOfficeActions). In one page
 * (one workbook) an analyst sets targets, defines a two-measure plan with a curve and a gate, runs
 * payouts, builds a scorecard and publishes; every table written must equal what the jobs compute
 * in Node over the same sample tables, each Finance_ copy its original, with one audit row per run.
 * Screenshots of each wizard go to test-results/wizard-*.png for a person to look at.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import {
  defaultTargetOptions,
  payoutsJob,
  planJob,
  PUBLISHED_TABLES,
  readInputs,
  scorecardJob,
  targetsJob,
  type JobResult,
  type ScorecardOptions,
  type TargetOptions,
} from "../../src/jobs";
import { DEFAULT_BANDS } from "../../src/engine/scorecards";
import { catalogues, fill, type Strings } from "../../src/taskpane/i18n";
import { auditActionName } from "../../src/workbook/audit";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { OUTPUT_TABLES } from "../../src/workbook/outputs";
import { openMapping, resultsDir, useTaskpaneBrowser } from "../support/browser";
import { chineseProblems, workbookWords } from "../support/language";
import { FakeExcel } from "../support/fake-excel";
import { twoMeasurePlan } from "../support/plans";
import { isTotalsRow, workbookTable } from "../support/tables";
import { seedSample } from "./sample-workbook";
import { writeAfterPreview } from "./write";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();

test("clicks through the four wizards", async () => {
  const page = await openPane();
  // Short tabs; each wizard's panel keeps its full name.
  const wizards = [
    ["Targets", "Targets", "targets"],
    ["Plan", "Incentive plan", "incentives"],
    ["Scores", "Scorecard", "scorecard"],
    ["Publish", "Publish for finance", "publish"],
  ];
  await expectTabCount(page, 5);
  await page.getByRole("tabpanel", { name: "Home" }).waitFor();
  // a 360 px task pane must not scroll sideways
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const [label, title, id] of wizards) {
    await page.getByRole("tab", { name: label }).click();
    const panel = page.getByRole("tabpanel", { name: title });
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
  await page.getByRole("tab", { name: "方案" }).click();
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
  readonly locale: "en" | "zh";
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
  readonly writePayouts: string;
  readonly target: (kpi: string) => string;
  readonly outputTables: string;
  readonly check: string;
  readonly checkDone: RegExp;
  readonly publish: string;
  readonly copySwitch: RegExp;
  readonly published: RegExp;
}

const en: Texts = {
  variant: "en-light",
  locale: "en",
  tabs: ["Targets", "Plan", "Scores", "Publish"],
  repsFound: "Reps ✓ 6 rows",
  mapLastYear: "Map LastYearSales of Reps",
  companyTarget: "Company target",
  fiscalYear: "Fiscal year",
  preview: "Preview",
  previewOf: (t) => `Preview of ${t}`,
  reconciles: "adds up",
  write: (t) => `Write ${t}`,
  written: (t) => new RegExp(`Written: ${t} \\(\\d+ rows, (new|replaced)\\)`),
  writePayouts: "Write SalesPayouts",
  target: (kpi) => `${kpi}: Target`,
  outputTables: "Output tables in this workbook",
  check: "Check the workbook",
  checkDone: /No problems found/,
  publish: "Publish for finance",
  copySwitch: /^Also copy the output tables to a values-only sheet/,
  published: /Written: Finance_SalesTargets \(\d+ rows, new\)/,
};

const zh: Texts = {
  variant: "zh-dark",
  locale: "zh",
  tabs: ["目标", "方案", "评分", "发布"],
  repsFound: "Reps ✓ 6 行",
  mapLastYear: "为 Reps 指定 LastYearSales 列",
  companyTarget: "公司目标",
  fiscalYear: "财年",
  preview: "预览",
  previewOf: (t) => `${t} 预览`,
  reconciles: "相符",
  write: (t) => `写入 ${t}`,
  written: (t) => new RegExp(`已写入：${t}（\\d+ 行，(新建|已替换)）`),
  writePayouts: "写入 SalesPayouts",
  target: (kpi) => `${kpi}: 目标`,
  outputTables: "本工作簿中的输出表",
  check: "检查工作簿",
  checkDone: /未发现问题/,
  publish: "发布给财务",
  copySwitch: /^同时将输出表复制到只含数值的工作表/,
  published: /已写入：Finance_SalesTargets（\d+ 行，新建）/,
};

const kpiTargets: Record<string, string> = {
  Visits: "25",
  Calls: "80",
  ProposalQuality: "4",
  CollectionRate: "0.85",
  Revenue: "90000",
  Collection: "70000",
};

/** What the clicks below set, as the jobs take it. */
const targetOptions: TargetOptions = {
  ...defaultTargetOptions,
  companyTarget: 7000000,
  fiscalYear: 2026,
  repMinimum: 0,
  seasonalitySource: "none",
};
const plan = twoMeasurePlan("Field incentive", "v1");
const measureTargets = { Revenue: 90000, Collection: 70000 };
/** The six suggested KPIs (Activities columns, then Actuals measures), kinds guessed from the names. */
const scorecardOptions: ScorecardOptions = {
  kpis: Object.entries(kpiTargets).map(([name, target]) => ({
    name,
    kind: /revenue|collection/i.test(name) ? "result" : "process",
    direction: "up",
    weight: 1,
    cap: null,
    target: Number(target),
  })),
  groupWeights: { process: 40, result: 60 },
  cap: 1.2,
  bands: DEFAULT_BANDS,
};

/** What the jobs compute in Node over the same sample tables, read as the task pane reads them. */
async function expectedResults(language: "en" | "zh"): Promise<Record<string, JobResult>> {
  const excel = new FakeExcel();
  seedSample(excel);
  const host = new OfficeWorkbookHost({ run: excel.run });
  const mapped = await readInputs(host, ["Reps"], { Reps: { LastYearSales: "Sales LY" } });
  const inputs = await readInputs(host, ["Reps", "Actuals", "Activities"], {});
  return {
    targets: targetsJob({ reps: mapped.Reps }, { ...targetOptions, language }),
    plan: planJob(plan),
    payouts: payoutsJob(
      { reps: inputs.Reps, actuals: inputs.Actuals },
      { plan, measureTargets, period: null, language },
    ),
    scorecard: scorecardJob(
      { reps: inputs.Reps, activities: inputs.Activities, actuals: inputs.Actuals },
      scorecardOptions,
    ),
  };
}

/** Blank cells as null: an empty text cell reads back as empty, like a blank one. */
const cell = (v: unknown) => (v === undefined || v === "" ? null : v);

/** A job's output table as the workbook shows it: header row, then every row (no totals row); its money columns. */
function jobTable(result: JobResult, name: string): { cells: unknown[][]; money: string[] } {
  const table = result.outputs.find((o) => o.name === name);
  if (!table) throw new Error(`the job wrote no ${name}`);
  return {
    cells: [
      table.columns.map((c) => c.header),
      ...table.rows.map((r) => table.columns.map((c) => cell(r[c.key]))),
    ],
    money: table.columns.filter((c) => c.kind === "money").map((c) => c.header),
  };
}

/** A table of the page's workbook, header first, its totals row (if the range holds one) left out. */
async function writtenTable(page: Page, name: string): Promise<unknown[][]> {
  const [header, ...body] = await workbookTable(page, name);
  return [header, ...body.filter((r) => !isTotalsRow(r)).map((r) => r.map(cell))];
}

/**
 * Equal header and rows; numbers to the cent in money columns and to 1e-9 elsewhere (scores,
 * attainments, rates), everything else exactly.
 */
function expectSameTable(
  actual: unknown[][],
  { cells: expected, money }: { cells: unknown[][]; money: readonly string[] },
): void {
  expect(actual[0]).toEqual(expected[0]);
  expect(actual).toHaveLength(expected.length);
  const header = expected[0] as string[];
  const tolerance = header.map((h) => (money.includes(h) ? 0.005 : 1e-9));
  actual.slice(1).forEach((row, i) => {
    const want = expected[i + 1];
    const same = row.map((v, j) =>
      typeof v === "number" && typeof want[j] === "number"
        ? Math.abs(v - want[j]) <= tolerance[j]
        : v === want[j],
    );
    if (same.includes(false)) expect({ row: i + 1, cells: row }).toEqual({ row: i + 1, cells: want });
  });
  // Money in cents, row by row, adds up to the same total.
  for (const column of money) {
    const at = header.indexOf(column);
    const cents = (rows: unknown[][]) =>
      rows.slice(1).reduce((s, r) => s + Math.round(Number(r[at] ?? 0) * 100), 0);
    expect(cents(actual)).toBe(cents(expected));
  }
}

for (const [t, settings] of [
  [en, {}],
  [zh, { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } }],
] as const) {
  test(`a sales-ops analyst runs every wizard end to end (${t.variant})`, async () => {
    const s: Strings = catalogues[t.locale];
    const chart = fill(s.curveChart, { measure: "Revenue", points: "50% → 25%, 100% → 100%, 150% → 200%" });
    const want = await expectedResults(t.locale);
    const page = await openPane(settings);
    const shot = async (name: string) => {
      await page.waitForTimeout(300);
      const file = path.join(resultsDir, `wizard-${name}-${t.variant}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(fs.statSync(file).size).toBeGreaterThan(5000);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
      // Every Chinese screen is Chinese but for the workbook's own words and what was typed.
      if (t.locale === "zh")
        expect({ screen: name, ...(await chineseProblems(page, typed)) }).toEqual({
          screen: name,
          latin: [],
          halfWidth: [],
        });
    };
    // The band labels (A-D) are the user's to name, like the plan.
    const typed = workbookWords([plan.name, "Sales LY", ...DEFAULT_BANDS.map((b) => String(b.label))]);

    // Targets (the pane opens on its home tab): map the column the wizard could not match, split
    // the company target, write.
    await page.getByRole("tab", { name: t.tabs[0] }).click();
    await page.getByText(t.repsFound).waitFor();
    await openMapping(page, "Reps", fill(s.editMappingLabel, { name: "Reps" }));
    await choose(page, page, t.mapLastYear, "Sales LY");
    await page.getByText(fill(s.aside, { main: "LastYearSales", aside: "Sales LY" })).waitFor();
    await page.getByRole("textbox", { name: t.companyTarget }).fill("7000000");
    await page.getByRole("textbox", { name: t.fiscalYear }).fill("2026");
    await page.getByRole("button", { name: t.preview, exact: true }).click();
    await page.getByRole("table", { name: t.previewOf("SalesTargets") }).waitFor();
    await page.getByRole("button", { name: s.showChecks }).click();
    expect(await page.getByText(t.reconciles).count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByText(/✗/).count()).toBe(0);
    await shot("targets-preview");
    // Write asks first, naming what it will replace (here: a new table).
    await page.getByRole("button", { name: t.write("SalesTargets") }).click();
    const ask = page.getByRole("alertdialog");
    expect(await ask.textContent()).toMatch(/SalesTargets(: new table|：新建表)/);
    await ask.scrollIntoViewIfNeeded();
    await shot("targets-confirm");
    await ask.getByRole("button", { name: /^(Replace and write|确认写入)$/ }).click();
    await page.getByText(t.written("SalesTargets")).waitFor();
    await shot("targets-written");

    // Incentive plan from scratch: Revenue on a curve (weight 100%), Collection on a marginal
    // commission rate table (no weight), each with a monthly target, and a gate on Revenue at 50%.
    await page.getByRole("tab", { name: t.tabs[1] }).click();
    await page
      .getByText(fill(s.inputFound, { name: "Actuals", rows: fill(s.rowsMany, { count: 36 }) }))
      .waitFor();
    await page.getByRole("button", { name: s.newPlan }).click();
    if (await page.getByRole("alertdialog").count())
      await page.getByRole("button", { name: s.discardAndStart }).click();
    expect(await page.getByRole("group", { name: fill(s.measureTitle, { row: 2 }) }).count()).toBe(0);
    await page.getByRole("textbox", { name: s.planName }).fill(plan.name);
    await page.getByRole("textbox", { name: s.planVersion }).fill(plan.version);
    await page.getByRole("textbox", { name: s.targetIncentive }).fill(String(plan.targetIncentive));
    const revenue = page.getByRole("group", { name: fill(s.measureTitle, { row: 1 }) });
    await revenue.getByRole("combobox", { name: s.measureName }).fill("Revenue");
    await choose(revenue, page, s.method, s.methodCurve);
    await revenue.getByRole("textbox", { name: s.measureWeight }).fill("100");
    await revenue.getByRole("textbox", { name: s.monthlyTarget }).fill(String(measureTargets.Revenue));
    await revenue.getByRole("img", { name: chart, exact: true }).waitFor();
    await page.getByRole("button", { name: s.addMeasure }).click();
    const collection = page.getByRole("group", { name: fill(s.measureTitle, { row: 2 }) });
    await collection.getByRole("combobox", { name: s.measureName }).fill("Collection");
    await page
      .getByRole("textbox", { name: fill(s.tierRateRow, { measure: "Collection", row: 1 }) })
      .fill("1");
    await page.getByRole("button", { name: `Collection: ${s.addRow}` }).click();
    await page
      .getByRole("textbox", { name: fill(s.tierFromRow, { measure: "Collection", row: 2 }) })
      .fill("50000");
    await page
      .getByRole("textbox", { name: fill(s.tierRateRow, { measure: "Collection", row: 2 }) })
      .fill("2");
    await collection.getByRole("textbox", { name: s.monthlyTarget }).fill(String(measureTargets.Collection));
    await page.getByRole("switch", { name: s.gate }).click();
    await page.getByRole("combobox", { name: s.gateMeasure }).fill("Revenue");
    await page.getByRole("textbox", { name: s.gateMinimum }).fill("50");
    await shot("incentives-plan");
    await page.getByRole("button", { name: s.savePlan }).click();
    await page.getByText(s.planSaved).waitFor();

    // Payouts for all periods.
    expect(await page.getByRole("combobox", { name: s.payPeriod, exact: true }).textContent()).toBe(
      s.allPeriods,
    );
    await page.getByRole("button", { name: t.preview, exact: true }).click();
    await page.getByRole("table", { name: t.previewOf("SalesPayouts") }).waitFor();
    await shot("incentives-preview");
    await writeAfterPreview(page, t.writePayouts, { preview: false });
    await page.getByText(t.written("SalesPayouts")).waitFor();
    await shot("incentives-written");

    // Scorecard: the suggested KPIs, each with a target.
    await page.getByRole("tab", { name: t.tabs[2] }).click();
    await page.getByRole("group", { name: "Visits" }).waitFor();
    expect(await kpiGroups(page.getByRole("tabpanel", { name: s.tabScorecard }))).toEqual(
      scorecardOptions.kpis.map((k) => k.name),
    );
    for (const [kpi, target] of Object.entries(kpiTargets))
      await page.getByRole("textbox", { name: t.target(kpi) }).fill(target);
    await page.getByRole("button", { name: t.preview, exact: true }).click();
    await page.getByRole("table", { name: t.previewOf("SalesScorecard") }).waitFor();
    await shot("scorecard-preview");
    await writeAfterPreview(page, t.write("SalesScorecard"), { preview: false });
    await page.getByText(t.written("SalesScorecard")).waitFor();
    await shot("scorecard-written");

    // Publish: every output table listed, the check, then publish with the finance copy.
    await page.getByRole("tab", { name: t.tabs[3] }).click();
    await page.getByRole("table", { name: t.outputTables }).waitFor();
    await page.locator('tr[data-table="SalesPayouts"]').waitFor();
    expect(await page.locator("tr[data-table]").count()).toBe(PUBLISHED_TABLES.length);
    await shot("publish-summary");
    await page.getByRole("button", { name: t.check }).click();
    await page.getByText(t.checkDone).first().waitFor();
    await shot("publish-checked");
    const copy = page.getByRole("switch", { name: t.copySwitch });
    if (!(await copy.isChecked())) await copy.click();
    expect(await copy.isChecked()).toBe(true);
    await page.getByRole("button", { name: t.publish, exact: true }).click();
    // A clean check publishes at once (the company split is not compared with the Regions table).
    await page.getByText(t.published).waitFor();
    expect(await page.getByRole("img", { name: /^(does not match|不一致)$/ }).count()).toBe(0);
    await shot("publish-published");

    // Every table in the workbook is what the jobs compute in Node for the same tables and options.
    const tables: [string, JobResult][] = [
      ["SalesTargets", want.targets],
      ["SalesPlan", want.plan],
      ["SalesPlanTiers", want.plan],
      ["SalesPayouts", want.payouts],
      ["SalesScorecard", want.scorecard],
    ];
    for (const [name, result] of tables)
      expectSameTable(await writtenTable(page, name), jobTable(result, name));
    // The jobs' own reconciliations hold (targets sum to the company's, payouts to the reps' totals).
    for (const result of [want.targets, want.payouts])
      for (const total of result.totals.filter((x) => x.expected !== undefined && x.expected !== null))
        expect([total.id, total.value]).toEqual([total.id, total.expected]);
    const targets = await writtenTable(page, "SalesTargets");
    const at = (targets[0] as string[]).indexOf("Target");
    expect(targets.slice(1).reduce((s, r) => s + Math.round(Number(r[at]) * 100), 0)).toBe(700000000);

    // One audit row per run: targets, plan, payouts, scorecard, publish.
    const [auditHeader, ...audit] = await workbookTable(page, "SalesAudit");
    const action = (auditHeader as string[]).indexOf("Action");
    expect(audit.map((r) => r[action])).toEqual(
      [want.targets.action, want.plan.action, want.payouts.action, want.scorecard.action, "publish"].map(
        (a) => auditActionName(a, t.locale),
      ),
    );
    // Each Finance_ copy equals its original, cell for cell.
    for (const name of OUTPUT_TABLES)
      expect(await workbookTable(page, `Finance_${name}`)).toEqual(await workbookTable(page, name));
    await page.close();
  });
}

async function expectTabCount(page: Page, count: number): Promise<void> {
  expect(await page.getByRole("tab").count()).toBe(count);
}

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Open a Fluent dropdown by its accessible name (inside `scope`) and pick an option. */
async function choose(scope: Page | Locator, page: Page, combobox: string, option: string): Promise<void> {
  await scope.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The names of the KPI rows shown, in order. */
function kpiGroups(panel: Locator): Promise<(string | null)[]> {
  return panel
    .locator('[role="group"][aria-label]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
}
