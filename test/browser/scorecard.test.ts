/**
 * The Scorecard wizard in headless Chromium against the in-memory sample workbook: choose KPIs
 * (removing some and adding one back with the picker), set targets, preview, write SalesScorecard,
 * then open a rep's review. The written table must equal what scorecardJob computes for the same
 * workbook, and the review what the job's review (the engine's) says. Screenshots of the KPIs, the
 * preview and the review go to test-results/scorecard-*.png in en-light and zh-dark; axe finds no
 * serious or critical violation in the wizard with the KPIs, the messages or the review showing.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import {
  readInputs,
  scorecardJob,
  scorecardReview,
  type ScorecardInputs,
  type ScorecardOptions,
} from "../../src/jobs";
import { DEFAULT_BANDS } from "../../src/engine/scorecards";
import { catalogues, counted, fill, type Strings } from "../../src/taskpane/i18n";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { seriousViolations } from "../support/axe";
import { openTaskpane, resultsDir, useTaskpaneBrowser } from "../support/browser";
import { FakeExcel } from "../support/fake-excel";
import { isTotalsRow, workbookTable } from "../support/tables";
import { seedSample } from "./sample-workbook";
import { writeAfterPreview } from "./write";

jest.setTimeout(240000);

const openPane = useTaskpaneBrowser();
let inputs: ScorecardInputs;

beforeAll(async () => {
  // The same sample workbook the page starts with, read as the task pane reads it.
  const excel = new FakeExcel();
  seedSample(excel);
  const read = await readInputs(
    new OfficeWorkbookHost({ run: excel.run }),
    ["Reps", "Activities", "Actuals"],
    {},
  );
  inputs = { reps: read.Reps, activities: read.Activities, actuals: read.Actuals };
});

/** What the clicks below set up, as the job takes it. */
const options: ScorecardOptions = {
  kpis: [
    { name: "Visits", kind: "process", direction: "up", weight: 1, cap: null, target: 25 },
    { name: "Calls", kind: "process", direction: "down", weight: 1, cap: null, target: 80 },
    { name: "Revenue", kind: "result", direction: "up", weight: 2, cap: null, target: 90000 },
    { name: "CollectionRate", kind: "result", direction: "up", weight: 1, cap: null, target: 0.85 },
  ],
  groupWeights: { process: 40, result: 60 },
  cap: 1.2,
  bands: DEFAULT_BANDS,
};

const variants: readonly [string, Strings, Parameters<typeof openTaskpane>[2]][] = [
  ["en-light", catalogues.en, {}],
  ["zh-dark", catalogues.zh, { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } }],
];

for (const [variant, s, settings] of variants) {
  test(`a sales manager builds a scorecard and opens a rep's review (${variant})`, async () => {
    const page = await openPane(settings);
    const shot = async (name: string, target: Locator) => {
      await page.waitForTimeout(300);
      const file = path.join(resultsDir, `scorecard-${name}-${variant}.png`);
      await target.screenshot({ path: file });
      expect(fs.statSync(file).size).toBeGreaterThan(3000);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    };
    await page.getByRole("tab", { name: s.tabShortScorecard }).click();
    await page.getByRole("group", { name: "Visits" }).waitFor();

    // Choose KPIs: drop three of the six suggested, add CollectionRate back with the picker.
    for (const row of [6, 4, 3]) await page.getByRole("button", { name: fill(s.removeKpi, { row }) }).click();
    await page.getByRole("combobox", { name: s.kpiPick }).click();
    await page.getByRole("option", { name: "CollectionRate", exact: true }).click();
    await page.getByRole("button", { name: s.addKpi, exact: true }).click();
    await page.getByRole("group", { name: "CollectionRate" }).waitFor();
    expect(await kpiGroups(page)).toEqual(["Visits", "Calls", "Revenue", "CollectionRate"]);
    for (const kpi of options.kpis)
      await page.getByRole("textbox", { name: `${kpi.name}: ${s.kpiTarget}` }).fill(String(kpi.target));
    await page.getByRole("textbox", { name: `Revenue: ${s.kpiWeight}` }).fill("2");
    await page.getByRole("combobox", { name: `Calls: ${s.kpiDirection}` }).click();
    await page.getByRole("option", { name: s.directionDown, exact: true }).click();
    expect(await page.getByRole("combobox", { name: `CollectionRate: ${s.kpiKind}` }).textContent()).toBe(
      s.kindResult,
    );
    await shot("kpis", section(page, s.stepOptions));
    expect(await seriousViolations(page)).toEqual([]);

    // Messages beside the fields: a duplicate KPI, group weights off 100, bands leaving scores out.
    const picker = page.getByRole("combobox", { name: s.kpiPick });
    await picker.fill("visits");
    await page.getByText(fill(s.kpiDuplicate, { name: "visits" })).waitFor();
    await page.getByRole("textbox", { name: s.processWeight }).fill("50");
    await page.getByText(fill(s.groupWeightsSum, { value: 110 })).waitFor();
    await page.getByRole("textbox", { name: fill(s.bandMinimumRow, { row: 4 }) }).fill("10");
    await page.getByText(fill(s.bandNoBottom, { minimum: 10 })).waitFor();
    // Preview with a field wrong runs nothing: it lists the fields to fix, each a link to its box.
    await page.getByRole("button", { name: s.previewButton, exact: true }).click();
    await page.getByText(counted(s, "fieldsToFix", 1, { count: 1 })).waitFor();
    await shot("validation", section(page, s.stepOptions));
    expect(await seriousViolations(page)).toEqual([]);
    await picker.fill("");
    await page.getByRole("textbox", { name: s.processWeight }).fill("40");
    await page.getByRole("textbox", { name: fill(s.bandMinimumRow, { row: 4 }) }).fill("0");

    // Preview, then write SalesScorecard and compare it with the job's rows for the same workbook.
    await page.getByRole("button", { name: s.previewButton, exact: true }).click();
    const previewTable = page.getByRole("table", {
      name: fill(s.previewTableLabel, { table: "SalesScorecard" }),
    });
    await previewTable.waitFor();
    // Names beside the IDs: "Ann Lee (R01)" / "Ann Lee（R01）" under "Rep".
    expect(await previewTable.getByRole("columnheader").first().textContent()).toBe(s.summaryRep);
    expect(await previewTable.getByRole("row").nth(1).getByRole("cell").first().textContent()).toMatch(
      /^\S.* ?[(（]R\d+[)）]$/,
    );
    await shot("preview", section(page, s.stepPreview));
    await writeAfterPreview(page, fill(s.writeButton, { table: "SalesScorecard" }), { preview: false });
    await page
      .getByText(new RegExp(fill(s.writeDone, { list: "SalesScorecard" }).replace(/[.。]$/, "")))
      .waitFor();

    const expected = scorecardJob(inputs, options).outputs[0];
    // Header first; a totals row, if any, left out.
    const written = (await workbookTable(page, "SalesScorecard")).filter((r) => !isTotalsRow(r));
    expect(written[0]).toEqual(expected.columns.map((c) => c.header));
    const rows = written.slice(1);
    expect(rows).toHaveLength(expected.rows.length);
    const asCells = (r: (typeof expected.rows)[number]) => expected.columns.map((c) => r[c.key] ?? null);
    for (const i of [0, 1, 7, rows.length - 1]) expect(rows[i]).toEqual(asCells(expected.rows[i]));
    const scoreAt = written[0].indexOf("Score");
    const sum = (values: unknown[]) => values.reduce((a: number, v) => a + Number(v), 0);
    expect(sum(rows.map((r) => r[scoreAt]))).toBeCloseTo(sum(expected.rows.map((r) => r.Score)), 9);

    // Open Dee Park's review for the latest period (the default) and check it against the job's.
    const review = scorecardReview(inputs, options, "R04", null);
    expect(review.period).toBe("2026-03");
    await page.getByRole("combobox", { name: s.reviewRep, exact: true }).click();
    await page
      .getByRole("option", { name: fill(s.reviewRepOption, { name: "Dee Park", rep: "R04" }), exact: true })
      .click();
    expect(await page.getByRole("combobox", { name: s.reviewPeriod, exact: true }).textContent()).toBe(
      fill(s.reviewLatest, { period: "2026-03" }),
    );
    await page.getByRole("button", { name: s.openReview }).click();
    const card = page.getByRole("region", {
      name: fill(s.reviewLabel, { name: "Dee Park", period: "2026-03" }),
    });
    await card.waitFor();
    const one = new Intl.NumberFormat(s.numberLocale, { maximumFractionDigits: 1 });
    expect(await card.locator('[data-field="score"]').textContent()).toBe(one.format(review.score!));
    expect(await card.locator('[data-field="band"]').textContent()).toBe(review.band);
    // The card's score and band are the written row's.
    const row = rows.find((r) => r[0] === "R04" && r[2] === "2026-03")!;
    expect(one.format(Number(row[scoreAt]))).toBe(one.format(review.score!));
    expect(row[written[0].indexOf("Band")]).toBe(review.band);
    const items = async (title: string) =>
      (await card.getByRole("list", { name: title }).getByRole("listitem").allTextContents()).map(
        (t) => t.split(/[:：]/)[0],
      );
    expect(await items(s.reviewStrongest)).toEqual(
      review.strongest.filter((k) => k.gap > 0).map((k) => k.kpi),
    );
    expect(await items(s.reviewBelowMedian)).toEqual(
      review.weakest.filter((k) => k.gap < 0).map((k) => k.kpi),
    );
    const tips = await card
      .getByRole("list", { name: s.reviewSuggestions })
      .getByRole("listitem")
      .allTextContents();
    const locale = s.locale === "zh" ? "zh" : "en";
    expect(tips).toEqual(review.suggestions.map((t) => `${t.kpi}${s.reviewSeparator}${t[locale]}`));
    await card.scrollIntoViewIfNeeded();
    await shot("review", section(page, s.stepReview));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
}

function section(page: Page, title: string): Locator {
  return page.getByRole("region", { name: title, exact: true });
}

function kpiGroups(page: Page): Promise<(string | null)[]> {
  return page
    .locator('[role="group"][aria-label]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
}

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
