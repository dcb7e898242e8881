/**
 * The pane stays responsive while it writes 100,000 rows: in headless Chromium, against the
 * in-memory Excel with a Reps table of 8,334 reps (x 12 months = 100,008 SalesTargets rows), the
 * Targets wizard shows a progress bar, a click on Cancel is handled promptly, and a cancelled rerun
 * leaves the tables exactly as they were, and so does a rerun cancelled while it computes (in the
 * jobs worker). The measurements (run time, longest main-thread gap from a timer probe, long tasks,
 * click latency) go to test-results/progress-measurements.json and the console, with the goal for
 * the longest main-thread task (issue 13: under 100 ms with 100,000 output rows) beside it: a goal
 * to read, not a timed assertion.
 *
 * The in-memory Excel runs each sync on the page's own thread, which a real Excel does not (its
 * syncs are requests answered by another process): the gaps measured here include the fake's work
 * and are an upper bound for the pane's own. Each sync also waits SYNC_LATENCY_MS first, as a
 * request to Excel does.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { resultsDir, useTaskpaneBrowser } from "../support/browser";
import { isTotalsRow, workbookTable } from "../support/tables";

jest.setTimeout(600000);

const REPS = 8334;
const COMPANY_TARGET = 120_000_000;

const openPane = useTaskpaneBrowser();

interface Probe {
  /** Longest time between two ticks of a 10 ms interval: how long the page could not react. */
  maxGap: number;
  longTasks: number[];
  /** Each long task's start (ms after the labels' start) and duration, to tell which stage it was. */
  longTaskAt: [number, number][];
}

/** Issue 13's goal for the longest main-thread task while 100,000 rows are computed and written. */
const LONGEST_TASK_GOAL_MS = 100;

/** The commit stage's label: the in-memory Excel's own table replacement runs in it. */
const COMMIT_LABEL = "Replacing the tables…";

/** How long each sync waits before the in-memory Excel runs it, as a request to Excel would. */
const SYNC_LATENCY_MS = 100;

/**
 * Give every sync a round trip's wait: Excel runs a request in another process while the pane's
 * thread is free, which the in-memory Excel (running each sync at once, on the page's thread) would
 * otherwise never show.
 */
async function addSyncLatency(page: Page): Promise<void> {
  await page.evaluate((latency) => {
    interface Context {
      sync(): Promise<void>;
    }
    const w = window as unknown as {
      __fakeExcel: { run<T>(batch: (context: Context) => Promise<T>): Promise<T> };
      Excel: { run: unknown };
    };
    const excel = w.__fakeExcel;
    w.Excel.run = <T>(batch: (context: Context) => Promise<T>) =>
      excel.run((context) => {
        const sync = context.sync.bind(context);
        // The fake's own work in each sync (it runs synchronously), timed to tell it from the pane's.
        const timed = () => {
          const started = performance.now();
          const done = sync();
          const x = window as unknown as { __labelsFrom?: number; __excelSyncs?: [number, number][] };
          (x.__excelSyncs ??= []).push([started - (x.__labelsFrom ?? 0), performance.now() - started]);
          return done;
        };
        context.sync = () => new Promise((resolve) => setTimeout(resolve, latency)).then(timed);
        return batch(context);
      });
  }, SYNC_LATENCY_MS);
}

/** Replace the sample's Reps with a large team. */
async function seedLargeTeam(page: Page): Promise<void> {
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
  }, REPS);
}

async function startProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __probe: Probe; __probeTimer: number };
    const probe: Probe = { maxGap: 0, longTasks: [], longTaskAt: [] };
    w.__probe = probe;
    let last = performance.now();
    w.__probeTimer = window.setInterval(() => {
      const now = performance.now();
      probe.maxGap = Math.max(probe.maxGap, now - last);
      last = now;
    }, 10);
    new PerformanceObserver((list) => {
      const from = (window as unknown as { __labelsFrom?: number }).__labelsFrom ?? 0;
      for (const entry of list.getEntries()) {
        probe.longTasks.push(Math.round(entry.duration));
        probe.longTaskAt.push([Math.round(entry.startTime - from), Math.round(entry.duration)]);
      }
    }).observe({ type: "longtask" });
  });
}

async function stopProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const w = window as unknown as { __probe: Probe; __probeTimer: number };
    clearInterval(w.__probeTimer);
    return {
      maxGap: Math.round(w.__probe.maxGap),
      longTasks: w.__probe.longTasks,
      longTaskAt: w.__probe.longTaskAt,
    };
  });
}

function workbookState(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __fakeExcel: { state(): string } }).__fakeExcel.state());
}

/** Rows and the Target total of SalesTargets in the page's workbook, to the cent (none: 0 rows). */
async function targetsTable(page: Page): Promise<{ rows: number; total: number }> {
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
async function recordLabels(page: Page): Promise<void> {
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

function labels(page: Page): Promise<[number, string][]> {
  return page.evaluate(() => (window as unknown as { __labels: [number, string][] }).__labels);
}

/** Wait, checking every frame, until the pane shows a "Writing block" label. */
function whileWriting(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => /Writing block \d+ of \d+/.test(document.querySelector("[data-progress] label")?.textContent ?? ""),
    undefined,
    { polling: "raf", timeout: 120000 },
  );
}

test("writes 100,000 SalesTargets rows with a progress bar; Cancel on a rerun leaves the tables whole", async () => {
  const page = await openPane();
  const measured: Record<string, unknown> = { reps: REPS, syncLatencyMs: SYNC_LATENCY_MS };
  await seedLargeTeam(page);
  await addSyncLatency(page);
  await page.getByRole("button", { name: "Refresh" }).first().click();
  await page.getByText(`Reps: table Reps on sheet BigTeam, ${REPS} rows`).waitFor({ timeout: 60000 });
  await page.getByRole("textbox", { name: "Company target" }).fill(String(COMPANY_TARGET));
  await page.getByRole("textbox", { name: "Fiscal year" }).fill("2026");

  // 1. The whole write, measured.
  await startProbe(page);
  await recordLabels(page);
  const started = Date.now();
  await page.getByRole("button", { name: "Write SalesTargets" }).click();
  await page.getByText(/Written: SalesTargets \(100,?008 rows, new\)/).waitFor({ timeout: 300000 });
  measured.firstWriteMs = Date.now() - started;
  measured.firstWrite = await stopProbe(page);
  const shown = await labels(page);
  measured.firstWriteLabels = shown;
  expect(shown.some(([, label]) => /^Writing block \d+ of \d+…$/.test(label))).toBe(true);
  expect(shown.at(-1)?.[1]).toBe("");
  const written = await targetsTable(page);
  expect(written).toEqual({ rows: 100008, total: COMPANY_TARGET });
  const longest = Math.max(0, ...(measured.firstWrite as Probe).longTasks);
  measured.longestTask = { ms: longest, note: "every long task, the in-memory Excel's included" };
  // Each long task by the stage the pane showed when it began (the write's stages include the
  // in-memory Excel's own work on this thread).
  // The in-memory Excel's syncs run on this thread too (a real Excel's run in its own process):
  // each long task's share of them is the fake's, the rest is the pane's own.
  const syncs = await page.evaluate(
    () => (window as unknown as { __excelSyncs: [number, number][] }).__excelSyncs,
  );
  const byStage: [string, number, number][] = (measured.firstWrite as Probe).longTaskAt.map(([start, ms]) => [
    [...shown].reverse().find(([t]) => t <= start)?.[1] ?? "before the run",
    ms,
    Math.round(
      syncs.filter(([at]) => at >= start - 1 && at <= start + ms).reduce((sum, [, took]) => sum + took, 0),
    ),
  ]);
  measured.longTasksByStage = byStage.map(([stage, ms, excel]) => ({
    stage,
    ms,
    inMemoryExcelMs: excel,
    paneMs: Math.max(0, ms - excel),
  }));
  const paneLongest = Math.max(0, ...byStage.map(([, ms, excel]) => ms - excel));
  measured.paneLongestTask = {
    ms: paneLongest,
    goalMs: LONGEST_TASK_GOAL_MS,
    met: paneLongest < LONGEST_TASK_GOAL_MS,
    note: `issue 13: the pane's own longest main-thread task with 100,000 output rows stays under ${LONGEST_TASK_GOAL_MS} ms (each long task less the in-memory Excel's syncs within it)`,
  };
  measured.inMemoryExcelLongestTask = {
    ms: Math.max(0, ...byStage.map(([, , excel]) => excel)),
    note: `the in-memory Excel of the test running a sync on the page's thread (its table replacement is "${COMMIT_LABEL}"): test scaffolding, not the pane`,
  };

  // 2. A rerun with another total, cancelled while its blocks are being staged.
  const before = await workbookState(page);
  await page.getByRole("textbox", { name: "Company target" }).fill(String(COMPANY_TARGET * 2));
  await startProbe(page);
  await recordLabels(page);
  await page.getByRole("button", { name: "Write SalesTargets" }).click();
  // Where Cancel is, found while the run reads and computes (it stays put while the label changes):
  // once the blocks go out, each round trip to the page waits for a gap between two syncs.
  await page.evaluate(() => {
    const w = window as unknown as { __clickHandledAt?: number };
    document.addEventListener("click", () => (w.__clickHandledAt = Date.now()), {
      once: true,
      capture: true,
    });
  });
  await page.waitForFunction(() => document.querySelector("[data-progress] button") !== null, undefined, {
    polling: "raf",
    timeout: 120000,
  });
  const cancel = page.getByRole("button", { name: "Cancel" });
  await cancel.evaluate((b) => b.scrollIntoView({ block: "center" }));
  const box = await cancel.boundingBox();
  expect(box).not.toBeNull();
  await whileWriting(page);
  // A real mouse click (an input event, handled when the page's thread is free).
  const clickAt = Date.now();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page
    .getByText("Nothing in the workbook was changed.")
    .or(page.getByText(/Written: SalesTargets/))
    .waitFor({ timeout: 120000 });
  const settledAt = Date.now();
  await page.getByText("Nothing in the workbook was changed.").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(resultsDir, "shell-cancelled-en.png") });
  expect(await page.getByText("Nothing in the workbook was changed.").count()).toBe(1);
  const handledAt = await page.evaluate(
    () => (window as unknown as { __clickHandledAt: number }).__clickHandledAt,
  );
  measured.cancelClickHandledMs = Math.round(handledAt - clickAt);
  measured.cancelToMessageMs = Math.round(settledAt - clickAt);
  measured.cancelledRerun = await stopProbe(page);
  expect(await workbookState(page)).toBe(before);
  expect(await targetsTable(page)).toEqual(written);

  // 2b. A rerun cancelled while it computes (the worker is terminated): Cancel is clicked the
  // moment the label says so, from inside the page, so the compute cannot finish first.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const label = document.querySelector("[data-progress] label")?.textContent ?? "";
      if (label !== "Computing…") return;
      observer.disconnect();
      (document.querySelector("[data-progress] button") as HTMLButtonElement).click();
      (window as unknown as { __cancelledComputing: boolean }).__cancelledComputing = true;
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole("button", { name: "Write SalesTargets" }).click();
  // The first cancel's message goes as the new run starts.
  await page.getByText("Nothing in the workbook was changed.").waitFor({ state: "hidden", timeout: 60000 });
  await page
    .getByText("Nothing in the workbook was changed.")
    .or(page.getByText(/Written: SalesTargets/))
    .waitFor({ timeout: 120000 });
  expect(
    await page.evaluate(() => (window as unknown as { __cancelledComputing?: boolean }).__cancelledComputing),
  ).toBe(true);
  expect(await page.getByText("Nothing in the workbook was changed.").count()).toBe(1);
  expect(await workbookState(page)).toBe(before);

  // 3. The same rerun in Chinese, to see the bar: a screenshot while it writes, then let it finish.
  await page.getByRole("combobox", { name: "Pane language" }).click();
  await page.getByRole("option", { name: "中文" }).click();
  await page.getByRole("button", { name: "写入 SalesTargets" }).click();
  await page.waitForFunction(
    () => /正在写入第 \d+ 块/.test(document.querySelector("[data-progress] label")?.textContent ?? ""),
    undefined,
    { polling: "raf", timeout: 120000 },
  );
  await page.locator("[data-progress]").evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: path.join(resultsDir, "shell-progress-zh.png") });
  await page.getByText(/已写入：SalesTargets/).waitFor({ timeout: 300000 });
  expect(await targetsTable(page)).toEqual({ rows: 100008, total: COMPANY_TARGET * 2 });

  fs.writeFileSync(path.join(resultsDir, "progress-measurements.json"), JSON.stringify(measured, null, 2));
  console.log(`progress measurements: ${JSON.stringify(measured)}`);
  await page.close();
});
