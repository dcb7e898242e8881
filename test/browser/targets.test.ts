/**
 * The Targets wizard in headless Chromium against the built task pane and the in-memory Excel:
 * targets with a season from SalesHistory (or typed) and a minimum per rep, a preview whose region
 * and quarter totals add up, SalesTargets written and checked row by row against targetsJob for the
 * same data, then the Track & re-plan view; axe finds no serious or critical violation.
 * Screenshots: test-results/targets-*.png (en light, zh dark).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  defaultTargetOptions,
  jobMessages,
  REPLAN_SHEET,
  targetsJob,
  trackingJob,
  trackingTargetsSpec,
} from "../../src/jobs";
import { catalogues, fill, plural, type Strings } from "../../src/taskpane/i18n";
import { actualsSpec, repsSpec } from "../../src/workbook/inputs";
import type { RawCell } from "../../src/workbook/types";
import { seriousViolations } from "../support/axe";
import { openMapping, resultsDir, useTaskpaneBrowser } from "../support/browser";
import { chineseProblems, workbookWords } from "../support/language";
import { isTotalsRow, parsedTable, workbookTable } from "../support/tables";
import { sampleTables, type SampleCell } from "./sample-workbook";
import { writeAfterPreview } from "./write";

jest.setTimeout(240000);

const openPane = useTaskpaneBrowser();

const sample = (name: string) => sampleTables.find((t) => t.name === name)!.values;
const reps = parsedTable(repsSpec, sample("Reps"), { LastYearSales: "Sales LY" });
const actuals = parsedTable(actualsSpec, sample("Actuals"));

/** Two whole years rising through the year (weights 11..22), which is the season the job must use. */
const RISING = Array.from({ length: 12 }, (_, i) => 11 + i);
function historyRows(): SampleCell[][] {
  const rows: SampleCell[][] = [["RepID", "Period", "Amount"]];
  for (const [year, scale] of [
    [2024, 1000],
    [2025, 1250],
  ])
    RISING.forEach((w, m) => rows.push(["", `${year}-${String(m + 1).padStart(2, "0")}`, w * scale]));
  return rows;
}

const MINIMUM = 400000;
const expectedJob = (language: "en" | "zh") =>
  targetsJob(
    { reps },
    {
      ...defaultTargetOptions,
      companyTarget: 7000000,
      fiscalYear: 2026,
      repMinimum: MINIMUM,
      seasonality: RISING,
      language,
    },
  );

for (const [variant, locale, settings] of [
  ["en-light", "en", {}],
  ["zh-dark", "zh", { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } }],
] as const) {
  test(`targets with a season and a minimum, written and tracked (${variant})`, async () => {
    const t: Strings = catalogues[locale];
    const page = await openPane(settings);
    await page.getByRole("tab", { name: t.tabShortTargets }).click();
    await page.evaluate((rows) => {
      (window as unknown as { __fakeExcel: { addTable(...a: unknown[]): unknown } }).__fakeExcel.addTable(
        "SalesHistory",
        "SalesHistory",
        0,
        0,
        rows,
      );
    }, historyRows());
    const shot = async (name: string) => {
      await page.waitForTimeout(300);
      const file = path.join(resultsDir, `targets-${name}-${variant}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(fs.statSync(file).size).toBeGreaterThan(5000);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
      // Every Chinese screen is Chinese but for the workbook's own words.
      if (locale === "zh")
        expect({ screen: name, ...(await chineseProblems(page, typed)) }).toEqual({
          screen: name,
          latin: [],
          halfWidth: [],
        });
    };
    const typed = workbookWords(
      historyRows()
        .flat()
        .filter((v): v is string => typeof v === "string"),
    );

    // Tracking before anything was written: the view says what to do.
    await page.getByRole("radio", { name: t.viewTrack }).click();
    await page.getByText(jobMessages.targetsNotWritten[locale]).waitFor();
    await page.getByRole("radio", { name: t.viewSet }).click();

    await openMapping(page, "Reps", fill(t.editMappingLabel, { name: "Reps" }));
    await page
      .getByRole("combobox", { name: fill(t.mapColumnLabel, { column: "LastYearSales", table: "Reps" }) })
      .click();
    await page.getByRole("option", { name: "Sales LY", exact: true }).click();
    await page.getByText(fill(t.aside, { main: "LastYearSales", aside: "Sales LY" })).waitFor();
    await page.getByRole("textbox", { name: t.companyTarget }).fill("7000000");
    await page.getByRole("textbox", { name: t.fiscalYear }).fill("2026");
    await page.getByRole("textbox", { name: t.repMinimum }).fill(String(MINIMUM));

    // A typed profile first: shares shown as the months are typed.
    await page.getByRole("radio", { name: t.seasonTyped }).click();
    await page.getByRole("textbox", { name: monthName(locale, 1), exact: true }).fill("0");
    expect(await page.getByText(`0.0%`).count()).toBe(1);
    await shot("typed");
    expect(await seriousViolations(page)).toEqual([]);
    // Then the season from SalesHistory: found, two whole years, the same rising shares.
    await page.getByRole("radio", { name: t.seasonHistory }).click();
    await page
      .getByText(fill(t.historyFoundTable, { table: "SalesHistory", sheet: "SalesHistory", rows: 24 }))
      .waitFor();
    await page.getByText(fill(t.historyYears, { years: "2024, 2025" })).waitFor();

    await page.getByRole("button", { name: t.previewButton, exact: true }).click();
    await page.getByRole("table", { name: fill(t.previewTableLabel, { table: "SalesTargets" }) }).waitFor();
    // The checks fold into "n of n checks add up ✓" until opened.
    await page.getByRole("button", { name: t.showChecks }).click();
    const totals = page.getByRole("list", { name: t.totalsLabel });
    const job = expectedJob(locale);
    for (const q of job.totals.filter((x) => x.id === "quarterTarget")) {
      const line = totals.getByText(fill(t.total_quarterTarget, { item: q.item! }));
      expect(await line.textContent()).toContain(`✓ ${t.reconciles}`);
    }
    for (const id of ["regionsTotal", "quartersTotal"] as const)
      expect(await totals.getByText(t[`total_${id}`]).textContent()).toContain(`7,000,000 ✓ ${t.reconciles}`);
    expect(await totals.getByText(/✗/).count()).toBe(0);
    await shot("preview");
    expect(await seriousViolations(page)).toEqual([]);

    await writeAfterPreview(page, fill(t.writeButton, { table: "SalesTargets" }), { preview: false });
    await page.getByText(t.successTitle, { exact: true }).waitFor();

    // The written table is the job's, row by row, to the cent.
    const written = await workbookTable(page, "SalesTargets");
    const header = written[0] as string[];
    const body = written.slice(1).filter((r) => !isTotalsRow(r));
    const rows = job.outputs[0].rows;
    expect(body).toHaveLength(rows.length);
    const col = (name: string) => header.indexOf(name);
    const cents = (v: unknown) => Math.round(Number(v) * 100);
    expect(body.reduce((s, r) => s + cents(r[col("Target")]), 0)).toBe(700000000);
    expect(rows.reduce((s, r) => s + cents(r.Target), 0)).toBe(700000000);
    body.forEach((r, i) => {
      expect([r[col("RepID")], r[col("Period")], cents(r[col("Target")])]).toEqual([
        rows[i].RepID,
        rows[i].Period,
        cents(rows[i].Target),
      ]);
    });
    // The audit row counts SalesHistory among the run's inputs.
    const audit = await workbookTable(page, "SalesAudit");
    const inputRows = audit[audit.length - 1][(audit[0] as string[]).indexOf("InputRows")];
    expect(String(inputRows)).toMatch(/SalesHistory\W+24/);
    // The minimum holds for every rep with a weight, and the season rises through the year.
    const annual = (rep: string) =>
      rows.filter((r) => r.RepID === rep).reduce((s, r) => s + (r.Target as number), 0);
    for (const rep of ["R01", "R02", "R04", "R05", "R06"])
      expect(annual(rep)).toBeGreaterThanOrEqual(MINIMUM);
    const r01 = rows.filter((r) => r.RepID === "R01").map((r) => r.Target as number);
    expect(r01[11]).toBeGreaterThan(r01[0] * 1.9);
    await shot("written");

    // Track & re-plan over what was written.
    await page.getByRole("radio", { name: t.viewTrack }).click();
    const repTable = page.getByRole("table", { name: t.trackRepsLabel });
    await repTable.waitFor();
    const salesTargets = parsedTable(trackingTargetsSpec, [header, ...body] as RawCell[][]);
    const view = trackingJob({ salesTargets, actuals, reps }, { measure: null, asOf: null, margin: 0.1 });
    const shown = await repTable
      .locator("tr[data-rep]")
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-rep"), tr.getAttribute("data-off-pace")]));
    expect(shown).toEqual(view.reps.map((r) => [r.key, String(r.offPace)]));
    expect(view.reps.some((r) => r.offPace)).toBe(true);
    // The essential columns fit the pane: the table does not scroll sideways inside its box either.
    const fits = () =>
      repTable.evaluate((table) => table.parentElement!.scrollWidth <= table.parentElement!.clientWidth);
    expect(await fits()).toBe(true);
    await shot("tracking");
    const first = view.reps[0];
    await page.getByRole("button", { name: fill(t.trackDetailsFor, { rep: first.name }) }).click();
    const months = page.getByRole("list", { name: fill(t.trackReplanFor, { rep: first.name }) });
    const items = await months.getByRole("listitem").allTextContents();
    expect(items.map((s) => Number(s.split(t.colon)[1].replace(/,/g, "")))).toEqual(first.replan);
    expect(await fits()).toBe(true);
    await shot("tracking-details");
    // Copy re-plan to sheet: the sheet holds the first rep's months as values, as the view shows them.
    await page.getByRole("button", { name: t.trackCopy }).click();
    await page
      .getByText(
        fill(t.trackCopied, {
          sheet: REPLAN_SHEET,
          asOf: view.asOf,
          rows: plural(t, "rows", 4 + view.reps.length),
        }),
      )
      .waitFor();
    const copied = await page.evaluate(
      ([sheet, rows, columns]) =>
        (window as unknown as { __fakeExcel: { read(...a: unknown[]): unknown[][] } }).__fakeExcel.read(
          sheet,
          3,
          0,
          rows,
          columns,
        ),
      [REPLAN_SHEET, view.reps.length, 6 + view.remainingMonths.length] as const,
    );
    expect(copied[0]).toEqual([
      first.key,
      first.name,
      first.region,
      first.target,
      first.actualToDate,
      first.gap,
      ...first.replan,
    ]);
    await shot("tracking-copied");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
}

function monthName(locale: "en" | "zh", month: number): string {
  return new Intl.DateTimeFormat(catalogues[locale].numberLocale, { month: "long" }).format(
    new Date(Date.UTC(2026, month - 1, 15)),
  );
}

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
