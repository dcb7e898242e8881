/**
 * The large team of the pane's 100,000-row runs, shared by test/browser/progress.test.ts (what the
 * pane does) and bench/pane.ts (how long it takes): seeding the in-memory Excel of an open pane,
 * recording the progress labels it shows, and reading back what it wrote.
 */
import type { Page } from "playwright-core";
import { isTotalsRow, workbookTable } from "../support/tables";

/** 8,334 reps x 12 months = 100,008 SalesTargets rows. */
export const REPS = 8334;
export const COMPANY_TARGET = 120_000_000;

/** Replace the sample's Reps with a large team. */
export async function seedLargeTeam(page: Page, count = REPS): Promise<void> {
  await page.evaluate((count) => {
    interface FakeTable {
      name: string;
    }
    const excel = (
      window as unknown as {
        __fakeExcel: {
          workbook: { tables: FakeTable[]; renameTable(t: FakeTable, name: string): void };
          addTable(sheet: string, name: string, row: number, column: number, values: unknown[][]): void;
        };
      }
    ).__fakeExcel;
    const old = excel.workbook.tables.find((t) => t.name === "Reps");
    if (old) excel.workbook.renameTable(old, "SmallTeam");
    const regions = ["North", "South", "East", "West", "Central"];
    const rows: unknown[][] = [["RepID", "Name", "Region", "Manager", "TargetIncentive", "LastYearSales"]];
    for (let i = 0; i < count; i++) {
      rows.push([
        `R${String(i + 1).padStart(5, "0")}`,
        `Rep ${i + 1}`,
        regions[i % regions.length],
        `M${i % 97}`,
        20000 + (i % 7) * 1000,
        500000 + ((i * 7919) % 1000) * 1000,
      ]);
    }
    excel.addTable("BigTeam", "Reps", 0, 0, rows);
  }, count);
}

export function workbookState(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __fakeExcel: { state(): string } }).__fakeExcel.state());
}

/** Rows and the Target total of SalesTargets in the page's workbook, to the cent (none: 0 rows). */
export async function targetsTable(page: Page): Promise<{ rows: number; total: number }> {
  const names = await page.evaluate(() =>
    (
      window as unknown as { __fakeExcel: { workbook: { tables: { name: string }[] } } }
    ).__fakeExcel.workbook.tables.map((t) => t.name),
  );
  if (!names.includes("SalesTargets")) return { rows: 0, total: 0 };
  const cells = await workbookTable(page, "SalesTargets");
  const at = cells[0].indexOf("Target");
  const body = cells.slice(1).filter((row) => !isTotalsRow(row));
  const cents = body.reduce((s: number, row) => s + Math.round(Number(row[at] ?? 0) * 100), 0);
  return { rows: body.length, total: cents / 100 };
}

/** Record every progress label the pane shows, with its time after `start`, in window.__labels. */
export async function recordLabels(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __labels: [number, string][];
      __labelsFrom: number;
      __excelSyncs: [number, number][];
    };
    w.__labels = [];
    w.__excelSyncs = [];
    w.__labelsFrom = performance.now();
    let last = "";
    new MutationObserver(() => {
      const label = document.querySelector("[data-progress] label")?.textContent ?? "";
      if (label !== last) w.__labels.push([Math.round(performance.now() - w.__labelsFrom), label]);
      last = label;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

export function labels(page: Page): Promise<[number, string][]> {
  return page.evaluate(() => (window as unknown as { __labels: [number, string][] }).__labels);
}

/** Wait, checking every frame, until the pane shows a "Writing block" label. */
export function whileWriting(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => /Writing block \d+ of \d+/.test(document.querySelector("[data-progress] label")?.textContent ?? ""),
    undefined,
    { polling: "raf", timeout: 120000 },
  );
}

/** The Targets wizard over the large team: seeded, its Reps read, a company target and year typed. */
export async function setUpLargeTeam(page: Page): Promise<void> {
  await seedLargeTeam(page);
  await page.getByRole("button", { name: "Refresh" }).first().click();
  await page.getByRole("tab", { name: "Targets" }).click();
  await page.getByText(`Reps ✓ ${REPS} rows`).waitFor({ timeout: 60000 });
  await page.getByRole("textbox", { name: "Company target" }).fill(String(COMPANY_TARGET));
  await page.getByRole("textbox", { name: "Fiscal year" }).fill("2026");
}
