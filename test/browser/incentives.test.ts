/**
 * A newcomer defines a two-measure plan from scratch in the built task pane (headless Chromium,
 * the real Office.js code path over the in-memory sample workbook): New plan, Revenue on a payout
 * curve, Collection on a marginal rate table, a gate on Revenue, a what-if, save, then payouts for
 * one month. The tables written must equal what planJob and payoutsJob compute for the same data,
 * to the cent. Screenshots (en-light, zh-dark) of the plan with its chart, the what-if and the
 * written result go to test-results/incentives-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { whatIfPayout, type Plan } from "../../src/engine/incentives";
import { payoutsJob, planJob, readInputs, type JobResult } from "../../src/jobs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { resultsDir, useTaskpaneBrowser } from "../support/browser";
import { seriousViolations } from "../support/axe";
import { chineseProblems, workbookWords } from "../support/language";
import { FakeExcel } from "../support/fake-excel";
import { twoMeasurePlan } from "../support/plans";
import { workbookTable } from "../support/tables";
import { seedSample } from "./sample-workbook";
import { writeAfterPreview } from "./write";

jest.setTimeout(240000);

const openPane = useTaskpaneBrowser();

/** The plan the steps below type in, as the engine's plain data. */
const plan: Plan = twoMeasurePlan("Field incentive", "v1");
const measureTargets = { Revenue: 90000, Collection: 70000 };
const month = "2026-02";

interface Texts {
  readonly variant: string;
  readonly tab: string;
  readonly actualsFound: string;
  readonly newPlan: string;
  readonly discard: string;
  readonly keepEditing: string;
  readonly planName: string;
  readonly version: string;
  readonly targetIncentive: string;
  readonly measure: (n: number) => string;
  readonly measureName: string;
  readonly weight: string;
  readonly paysBy: string;
  readonly curve: string;
  readonly monthlyTarget: string;
  readonly addMeasure: string;
  readonly tierFrom: (measure: string, row: number) => string;
  readonly tierRate: (measure: string, row: number) => string;
  readonly addRow: (measure: string) => string;
  readonly gate: string;
  readonly gateMeasure: string;
  readonly gateMinimum: string;
  readonly whatIf: string;
  readonly whatIfResult: string;
  readonly attainment: string;
  readonly chart: RegExp;
  readonly savePlan: string;
  readonly planSaved: RegExp;
  readonly period: string;
  readonly preview: string;
  readonly previewOf: string;
  readonly writePayouts: string;
  readonly written: RegExp;
}

const en: Texts = {
  variant: "en-light",
  tab: "Plan",
  actualsFound: "Actuals ✓ 36 rows",
  newPlan: "New plan",
  discard: "Discard changes",
  keepEditing: "Keep editing",
  planName: "Plan name",
  version: "Version",
  targetIncentive: "Target incentive per year (reps without their own)",
  measure: (n) => `Measure ${n}`,
  measureName: "Measure (as in Actuals)",
  weight: "Weight",
  paysBy: "Pays by",
  curve: "Payout curve",
  monthlyTarget: "Monthly target per rep (blank: from SalesTargets)",
  addMeasure: "Add measure",
  tierFrom: (m, r) => `${m} tier ${r} from`,
  tierRate: (m, r) => `${m} tier ${r} rate`,
  addRow: (m) => `${m}: Add row`,
  gate: "Gate: no bonus unless a measure reaches a minimum",
  gateMeasure: "Gate measure",
  gateMinimum: "Gate minimum attainment",
  whatIf: "What if…",
  whatIfResult: "What-if result",
  attainment: "Attainment",
  chart: /^Payout curve of Revenue: 50% → 25%, 100% → 100%, 150% → 200%$/,
  savePlan: "Save plan",
  planSaved: /Plan saved to SalesPlan and SalesPlanTiers/,
  period: "Run payouts for",
  preview: "Preview",
  previewOf: "Preview of SalesPayouts",
  writePayouts: "Write SalesPayouts",
  written: /Written: SalesPayouts \(\d+ rows, new\)/,
};

const zh: Texts = {
  variant: "zh-dark",
  tab: "方案",
  actualsFound: "Actuals ✓ 36 行",
  newPlan: "新建方案",
  discard: "放弃修改",
  keepEditing: "继续编辑",
  planName: "方案名称",
  version: "版本",
  targetIncentive: "年度目标奖金（未单独设定的销售代表）",
  measure: (n) => `指标 ${n}`,
  measureName: "指标（与 Actuals 一致）",
  weight: "权重",
  paysBy: "计算方式",
  curve: "奖金曲线",
  monthlyTarget: "每位销售代表的月目标（留空：取自 SalesTargets）",
  addMeasure: "添加指标",
  tierFrom: (m, r) => `${m} 第 ${r} 档起点`,
  tierRate: (m, r) => `${m} 第 ${r} 档费率`,
  addRow: (m) => `${m}: 添加一行`,
  gate: "准入门槛：某指标未达到最低值则不发奖金",
  gateMeasure: "准入门槛指标",
  gateMinimum: "准入门槛最低达成率",
  whatIf: "假设分析…",
  whatIfResult: "假设分析结果",
  attainment: "达成率",
  chart: /^Revenue 的奖金曲线：50% → 25%, 100% → 100%, 150% → 200%$/,
  savePlan: "保存方案",
  planSaved: /方案已保存到 SalesPlan 和 SalesPlanTiers/,
  period: "计算奖金的期间",
  preview: "预览",
  previewOf: "SalesPayouts 预览",
  writePayouts: "写入 SalesPayouts",
  written: /已写入：SalesPayouts（\d+ 行，新建）/,
};

/** What the jobs write for the same plan over the same sample tables. */
async function expected(
  language: "en" | "zh",
): Promise<{ plan: JobResult; payouts: JobResult; all: JobResult }> {
  const excel = new FakeExcel();
  seedSample(excel);
  const inputs = await readInputs(new OfficeWorkbookHost({ run: excel.run }), ["Reps", "Actuals"], {});
  const tables = { reps: inputs.Reps, actuals: inputs.Actuals };
  return {
    plan: planJob(plan),
    payouts: payoutsJob(tables, { plan, measureTargets, period: month, language }),
    all: payoutsJob(tables, { plan, measureTargets, language }),
  };
}

type Records = Record<string, unknown>[];

/** A job's output table as header -> value records (empty as null), as the workbook shows them. */
function outputRecords(result: JobResult, name: string): Records {
  const table = result.outputs.find((o) => o.name === name)!;
  // An empty text cell reads back as empty, like a blank one.
  const cell = (v: unknown) => (v === undefined || v === "" ? null : v);
  return table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.header, cell(r[c.key])])));
}

/** A table of the page's in-memory workbook as the same records. */
async function tableRecords(page: Page, table: string): Promise<Records> {
  const [header, ...body] = await workbookTable(page, table);
  return body.map((row) =>
    Object.fromEntries(
      header.map((h, i) => [String(h), row[i] === "" || row[i] === undefined ? null : row[i]]),
    ),
  );
}

async function choose(scope: Page | Locator, page: Page, combobox: string, option: string): Promise<void> {
  await scope.getByRole("combobox", { name: combobox, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

const cents = (records: Records, column: string) =>
  records.reduce((sum, r) => sum + Math.round(Number(r[column] ?? 0) * 100), 0);

for (const [t, settings] of [
  [en, {}],
  [zh, { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } }],
] as const) {
  test(`a newcomer defines a two-measure plan with a curve and a gate, then pays one month (${t.variant})`, async () => {
    const want = await expected(t.variant === "zh-dark" ? "zh" : "en");
    const page = await openPane(settings);
    const shot = async (name: string, target?: Locator) => {
      await page.waitForTimeout(300);
      const file = path.join(resultsDir, `incentives-${name}-${t.variant}.png`);
      if (target) await target.screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: true });
      expect(fs.statSync(file).size).toBeGreaterThan(3000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    };
    await page.getByRole("tab", { name: t.tab }).click();
    await page.getByText(t.actualsFound).waitFor();

    // New plan: an empty plan with one measure (confirming if the pane holds unsaved edits).
    await page.getByRole("button", { name: t.newPlan }).click();
    if (await page.getByRole("alertdialog").count())
      await page.getByRole("button", { name: t.discard }).click();
    expect(await page.getByRole("group", { name: t.measure(2) }).count()).toBe(0);
    await page.getByRole("textbox", { name: t.planName }).fill(plan.name);
    await page.getByRole("textbox", { name: t.version }).fill(plan.version);
    await page.getByRole("textbox", { name: t.targetIncentive }).fill("24000");

    // Revenue on the payout curve 50% -> 25, 100% -> 100, 150% -> 200, the whole target incentive
    // (a curve pays on it, so its weight field shows once the curve is chosen).
    const revenue = page.getByRole("group", { name: t.measure(1) });
    await revenue.getByRole("combobox", { name: t.measureName }).fill("Revenue");
    await choose(revenue, page, t.paysBy, t.curve);
    await revenue.getByRole("textbox", { name: t.weight }).fill("100");
    await revenue.getByRole("textbox", { name: t.monthlyTarget }).fill(String(measureTargets.Revenue));
    const chart = revenue.getByRole("img", { name: t.chart });
    await chart.waitFor();

    // Collection on a marginal commission rate table: 1% from 0, 2% from 50,000, and no weight.
    await page.getByRole("button", { name: t.addMeasure }).click();
    const collection = page.getByRole("group", { name: t.measure(2) });
    await collection.getByRole("combobox", { name: t.measureName }).fill("Collection");
    expect(await collection.getByRole("textbox", { name: t.weight }).count()).toBe(0);
    await page.getByRole("textbox", { name: t.tierRate("Collection", 1) }).fill("1");
    await page.getByRole("button", { name: t.addRow("Collection") }).click();
    await page.getByRole("textbox", { name: t.tierFrom("Collection", 2) }).fill("50000");
    await page.getByRole("textbox", { name: t.tierRate("Collection", 2) }).fill("2");
    await collection.getByRole("textbox", { name: t.monthlyTarget }).fill(String(measureTargets.Collection));

    // The gate: nothing paid unless Revenue reaches 50%.
    await page.getByRole("switch", { name: t.gate }).click();
    await page.getByRole("combobox", { name: t.gateMeasure }).fill("Revenue");
    await page.getByRole("textbox", { name: t.gateMinimum }).fill("50");

    // What-if: Revenue at 115% of 100,000 (the box's default target), the engine's figures.
    const whatIf = page.getByRole("group", { name: t.whatIf });
    await whatIf.getByRole("textbox", { name: t.attainment }).fill("115");
    // The sentence in the pane's language, the same figures either way.
    const row = whatIfPayout(plan, {
      measure: "Revenue",
      attainment: 1.15,
      target: 100000,
      language: t.variant === "zh-dark" ? "zh" : "en",
    });
    const result = whatIf.getByRole("group", { name: t.whatIfResult });
    await page.waitForFunction(
      ([text]) => document.body.textContent?.includes(text) ?? false,
      [row.explanation],
    );
    expect(row.net).toBe(2600);
    // One money format: the figure as the sentence writes it (no ".00").
    expect(await result.textContent()).toMatch(/2,600(?!\.)/);
    expect(await result.textContent()).not.toContain("2,600.00");
    expect(await result.textContent()).toContain(row.explanation);
    // → and ×, not ASCII -> and x, in either language.
    expect(await result.textContent()).toMatch(/→.*→.*×/);
    expect(await result.textContent()).not.toMatch(/->| x /);
    // The what-if shows as a marker on the curve, and in the chart's description.
    expect(await chart.locator("[data-marker]").count()).toBe(1);
    expect(await chart.locator("desc").textContent()).toMatch(/115%.*130%/);
    // Labelled where it sits, with the slider under the chart that moves it.
    expect(await chart.locator("[data-marker-label]").textContent()).toBe("115% → 130% · 2,600");
    expect(await revenue.getByRole("slider").inputValue()).toBe("115");
    // The what-if sits in Revenue's card right under its chart and slider, the target beside the attainment.
    expect(await revenue.getByRole("group", { name: t.whatIf }).count()).toBe(1);
    const sliderBox = (await revenue.getByRole("slider").boundingBox())!;
    const whatIfBox = (await whatIf.boundingBox())!;
    expect(whatIfBox.y).toBeGreaterThan(sliderBox.y + sliderBox.height - 1);
    expect(whatIfBox.y - (sliderBox.y + sliderBox.height)).toBeLessThan(40);
    await shot("plan-chart", revenue);
    // Collection's rate table as a step chart, titled on both axes.
    const steps = collection.locator('[data-chart="rate-table"] svg');
    expect(await steps.locator('[data-axis="x"]').count()).toBe(1);
    await shot("rate-chart", collection);
    await shot("whatif", whatIf);
    // The plan's screen is Chinese but for the workbook's words and what was typed.
    const typed = workbookWords([plan.name]);
    if (t.variant === "zh-dark")
      expect(await chineseProblems(page, typed)).toEqual({ latin: [], halfWidth: [] });

    // New plan now would lose these edits: the pane asks first. axe with the question showing.
    await page.getByRole("button", { name: t.newPlan }).click();
    await page.getByRole("alertdialog").waitFor();
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
    await page.getByRole("button", { name: t.keepEditing }).click();
    expect(await page.getByRole("textbox", { name: t.planName }).inputValue()).toBe(plan.name);

    await page.getByRole("button", { name: t.savePlan }).click();
    await page.getByText(t.planSaved).waitFor();

    // Run payouts for February only.
    await choose(page, page, t.period, month);
    await shot("period", page.getByRole("combobox", { name: t.period }).locator("xpath=../.."));
    await page.getByRole("button", { name: t.preview, exact: true }).click();
    await page.getByRole("table", { name: t.previewOf }).waitFor();
    await writeAfterPreview(page, t.writePayouts, { preview: false });
    await page.getByText(t.written).waitFor();
    await shot("preview", page.locator("section").nth(-2));
    await shot("written", page.locator("section").last());
    await shot("page");
    if (t.variant === "zh-dark")
      expect(await chineseProblems(page, typed)).toEqual({ latin: [], halfWidth: [] });

    // The workbook holds what the jobs compute for the same plan and tables, to the cent.
    expect(await tableRecords(page, "SalesPlan")).toEqual(outputRecords(want.plan, "SalesPlan"));
    expect(await tableRecords(page, "SalesPlanTiers")).toEqual(outputRecords(want.plan, "SalesPlanTiers"));
    const payouts = await tableRecords(page, "SalesPayouts");
    expect(payouts).toEqual(outputRecords(want.payouts, "SalesPayouts"));
    expect(new Set(payouts.map((r) => r.Period))).toEqual(new Set([month]));
    // February's rows are the full run's February rows, and reconcile with the engine's rep totals.
    expect(payouts).toEqual(outputRecords(want.all, "SalesPayouts").filter((r) => r.Period === month));
    const net = want.payouts.totals.find((x) => x.id === "payoutNet")!;
    expect(net.value).toBe(net.expected);
    expect(cents(payouts, "NetPayout")).toBe(Math.round(net.value * 100));
    expect(cents(payouts, "NetPayout")).toBeGreaterThan(0);
    await page.close();
  });
}
