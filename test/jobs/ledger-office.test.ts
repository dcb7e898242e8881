/**
 * Month-end through the Office.js host (the in-memory Excel): a failure injected at any sync of a
 * close or an approve, whole or part-way, leaves SalesLedger and every other table as they were; a
 * write that Excel completed before the answer was lost leaves the full result.
 */
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoPlan } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { runPipeline } from "../../src/cli/pipeline";
import { closePeriod, movePeriod, readLedger, type MonthEndOptions } from "../../src/jobs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { FakeExcel } from "../support/fake-excel";

jest.setTimeout(120_000);

const NOW = new Date(Date.UTC(2026, 3, 2, 8));
const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps: 3 });
const at = (period: string): MonthEndOptions => ({ period, by: "Ana", now: NOW, lang: "en" });

/** A workbook after a run and January's close, on a host writing in small blocks (many syncs). */
async function closedJanuary(): Promise<{ excel: FakeExcel; host: OfficeWorkbookHost }> {
  const excel = new FakeExcel();
  const host = new OfficeWorkbookHost({ run: excel.run, blockBytes: 4000 });
  await host.writeTables(companyTables(company), NOW);
  await runPipeline(host, {
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard: null,
    now: () => NOW,
    lang: "en",
  });
  await closePeriod(host, at("2026-01"));
  excel.syncs = 0;
  return { excel, host };
}

async function everySync(step: (host: OfficeWorkbookHost) => Promise<unknown>): Promise<void> {
  const clean = await closedJanuary();
  await step(clean.host);
  const syncs = clean.excel.syncs;
  const after = clean.excel.state();
  expect(syncs).toBeGreaterThan(5);
  let failed = 0;
  let cases = 0;
  // The reads come first (the workbook check reads every table): a sample of them, then every
  // sync of the write at the end, whole or part-way.
  for (let sync = 1; sync <= syncs; sync++)
    for (const afterActions of sync > syncs - 12 ? [0, 5] : sync % 10 === 0 ? [0] : []) {
      cases++;
      const { excel, host } = await closedJanuary();
      const before = excel.state({ formats: false });
      excel.failures = [{ sync, afterActions }];
      const error = await step(host).then(
        () => undefined,
        (e: unknown) => e,
      );
      const ok = error === undefined ? excel.state() === after : excel.state({ formats: false }) === before;
      if (!ok) throw new Error(`sync ${sync}/${syncs} after ${afterActions}: ${String(error)}`);
      if (error !== undefined) failed++;
    }
  // Only a failure after Excel ran the whole commit (the answer lost) completes.
  expect(failed).toBeGreaterThanOrEqual(cases - 1);
  // Every one of the last 12 syncs (all of them for a short step such as approve, which reads in
  // one batch since the pane's month-end) is failed both whole and part-way.
  expect(cases).toBeGreaterThanOrEqual(2 * Math.min(syncs, 12));
}

it("closes February on the Office.js host: January's ledger rows stay, February's are added", async () => {
  const { host } = await closedJanuary();
  const january = await readLedger(host);
  await closePeriod(host, at("2026-02"));
  const ledger = await readLedger(host);
  expect(ledger.slice(0, january.length)).toEqual(january);
  expect(new Set(ledger.slice(january.length).map((l) => l.period))).toEqual(new Set(["2026-02"]));
});

it("leaves every table as it was whichever sync of a close fails", async () => {
  await everySync((host) => closePeriod(host, at("2026-02")));
});

it("leaves every table as it was whichever sync of an approve fails", async () => {
  await everySync((host) => movePeriod(host, "Approved", at("2026-01")));
});
