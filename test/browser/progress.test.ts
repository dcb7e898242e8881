/**
 * The pane stays responsive while it writes 100,000 rows: in headless Chromium, against the
 * in-memory Excel with a Reps table of 8,334 reps (x 12 months = 100,008 SalesTargets rows), the
 * Targets wizard writes in blocks and lets the page draw between them (each block's label is seen
 * on the page), Cancel between two blocks leaves the tables exactly as they were, and so does a
 * rerun cancelled while it computes (in the jobs worker). Nothing here waits on the clock: each
 * run's first syncs are held until its progress bar is on the page (so every stage's label shows,
 * however fast the machine), and Cancel is clicked from inside the page the moment a label appears,
 * so the run cannot finish first. How long it all takes (the run, the longest main-thread task, a
 * real click's latency) is `npm run bench`'s (bench/pane.ts).
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { resultsDir, useTaskpaneBrowser } from "../support/browser";
import {
  COMPANY_TARGET,
  labels,
  recordLabels,
  setUpLargeTeam,
  targetsTable,
  workbookState,
} from "./large-team";

jest.setTimeout(600000);

const openPane = useTaskpaneBrowser();

/**
 * Hold the workbook's syncs until the next run's progress bar is on the page, then let everything
 * through: the bar (shown once a run is SLOW_MS old) is up before the run reads anything.
 */
async function holdSyncsUntilBar(page: Page): Promise<void> {
  await page.evaluate(() => {
    interface Context {
      sync(): Promise<void>;
    }
    const w = window as unknown as {
      __fakeExcel: { run<T>(batch: (context: Context) => Promise<T>): Promise<T> };
      Excel: { run: unknown };
      __barGate?: Promise<void>;
    };
    w.__barGate = new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector("[data-progress]") ? resolve() : requestAnimationFrame(check);
      check();
    });
    const excel = w.__fakeExcel;
    w.Excel.run = <T>(batch: (context: Context) => Promise<T>) =>
      excel.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = () => (w.__barGate as Promise<void>).then(sync);
        return batch(context);
      });
  });
}

/** Click Cancel from inside the page the moment the progress label first matches `label`. */
async function cancelOnLabel(page: Page, label: RegExp): Promise<void> {
  await page.evaluate(
    ([source, flags]) => {
      const wanted = new RegExp(source, flags);
      const observer = new MutationObserver(() => {
        const text = document.querySelector("[data-progress] label")?.textContent ?? "";
        if (!wanted.test(text)) return;
        observer.disconnect();
        (document.querySelector("[data-progress] button") as HTMLButtonElement).click();
        (window as unknown as { __cancelledAt: string }).__cancelledAt = text;
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    [label.source, label.flags] as const,
  );
}

/** The label Cancel was clicked on (undefined: never). */
function cancelledAt(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { __cancelledAt?: string }).__cancelledAt);
}

/** Wait for the run to settle: cancelled (nothing changed) or written. */
async function settled(page: Page): Promise<void> {
  await page
    .getByText("Nothing in the workbook was changed.")
    .or(page.getByText(/Written: SalesTargets/))
    .waitFor({ timeout: 300000 });
}

/** Write goes from a fresh Preview: preview the options as they are and wait for Write. */
async function previewFirst(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page
    .getByRole("button", { name: "Write SalesTargets" })
    .and(page.locator(":enabled"))
    .waitFor({ timeout: 300000 });
}

/** Click Write and go ahead on the confirmation naming what it replaces. */
async function confirmWrite(page: Page, write = "Write SalesTargets", confirm = "Replace and write") {
  await page.getByRole("button", { name: write }).click();
  await page.getByRole("button", { name: confirm }).click();
}

test("writes 100,000 SalesTargets rows block by block with a progress bar; Cancel between blocks or while computing leaves the tables whole", async () => {
  const page = await openPane();
  await setUpLargeTeam(page);

  // 1. The whole write: every block's label reached the page, so the page drew between blocks.
  await previewFirst(page);
  await recordLabels(page);
  await holdSyncsUntilBar(page);
  await confirmWrite(page);
  await page.getByText(/Written: SalesTargets \(100,?008 rows, new\)/).waitFor({ timeout: 300000 });
  const shown = (await labels(page)).map(([, label]) => label);
  const blocks = shown
    .map((label) => /^Writing block (\d+) of (\d+)…$/.exec(label))
    .filter((m): m is RegExpExecArray => m !== null);
  const total = Number(blocks[0]?.[2]);
  expect(total).toBeGreaterThan(1);
  expect(blocks.map((m) => Number(m[1]))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  expect(shown.at(-1)).toBe("");
  const written = await targetsTable(page);
  expect(written).toEqual({ rows: 100008, total: COMPANY_TARGET });

  // 2. A rerun with another total, cancelled between its first and second block.
  const before = await workbookState(page);
  await page.getByRole("textbox", { name: "Company target" }).fill(String(COMPANY_TARGET * 2));
  await previewFirst(page);
  await holdSyncsUntilBar(page);
  await cancelOnLabel(page, /^Writing block 2 of \d+…$/);
  await confirmWrite(page);
  await settled(page);
  expect(await cancelledAt(page)).toMatch(/^Writing block 2 of/);
  await page.getByText("Nothing in the workbook was changed.").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(resultsDir, "shell-cancelled-en.png") });
  expect(await page.getByText("Nothing in the workbook was changed.").count()).toBe(1);
  expect(await workbookState(page)).toBe(before);
  expect(await targetsTable(page)).toEqual(written);

  // 2b. A rerun cancelled while it computes (the worker is terminated).
  await holdSyncsUntilBar(page);
  await cancelOnLabel(page, /^Computing…$/);
  await confirmWrite(page);
  // The first cancel's message goes as the new run starts.
  await page.getByText("Nothing in the workbook was changed.").waitFor({ state: "hidden", timeout: 60000 });
  await settled(page);
  expect(await cancelledAt(page)).toBe("Computing…");
  expect(await page.getByText("Nothing in the workbook was changed.").count()).toBe(1);
  expect(await workbookState(page)).toBe(before);

  // 3. The same rerun in Chinese, to see the bar: a screenshot while it writes, then let it finish.
  await page.getByRole("combobox", { name: "Pane language" }).click();
  await page.getByRole("option", { name: "中文" }).click();
  await confirmWrite(page, "写入 SalesTargets", "确认写入");
  await page.waitForFunction(
    () => /正在写入第 \d+ 块/.test(document.querySelector("[data-progress] label")?.textContent ?? ""),
    undefined,
    { polling: "raf", timeout: 120000 },
  );
  await page.locator("[data-progress]").evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: path.join(resultsDir, "shell-progress-zh.png") });
  await page.getByText(/已写入：SalesTargets/).waitFor({ timeout: 300000 });
  expect(await targetsTable(page)).toEqual({ rows: 100008, total: COMPANY_TARGET * 2 });
  await page.close();
});
