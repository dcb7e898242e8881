/**
 * One run, two hosts: the same jobs with the same options through the pane's actions over the
 * .xlsx host (exceljs) and over the Office.js host (the in-memory Excel), on the same workbook,
 * leave the same cells in every table written, the same SalesAudit rows included. And the command
 * line's run records the same audit row as the pane's for the same workbook and options.
 */
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoPlan, demoScorecard } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { runPipeline } from "../../src/cli/pipeline";
import {
  defaultTargetOptions,
  defaultTrackingOptions,
  headersSpec,
  type PayoutOptions,
  type TargetOptions,
} from "../../src/jobs";
import type { RunResult, SalesPlanActions } from "../../src/taskpane/actions";
import { createHostActions } from "../../src/taskpane/hostActions";
import type { WorkbookHost } from "../../src/workbook/host";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import type { RawCell } from "../../src/workbook/types";
import { fromExcelJs } from "../../src/workbook/xlsx/cells";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";
import { FakeExcel } from "../support/fake-excel";

jest.setTimeout(60_000);

// A small demo company: every kind of row (joiners, leavers, adjustments), few of each.
const company = generateCompany({ ...defaultDemoOptions, reps: 18 });
const now = new Date(Date.UTC(2026, 6, 1, 9));
const scorecard = demoScorecard(130_000);
const targetOptions: TargetOptions = { ...defaultTargetOptions, source: "regions", fiscalYear: 2026 };
const payoutOptions: PayoutOptions = {
  plan: demoPlan,
  measureTargets: {},
  year: 2026,
  alsoUsed: scorecard.kpis.map((k) => k.name),
  language: "en",
};

/** Both hosts over the demo company's input tables, each with the pane's actions. */
async function hosts() {
  const xlsx = XlsxWorkbookHost.create();
  await xlsx.writeTables(companyTables(company), now);
  const excel = new FakeExcel();
  const office = new OfficeWorkbookHost({ run: excel.run });
  await office.writeTables(companyTables(company), now);
  const cells = {
    /** A table's cells in the .xlsx file: header, rows and totals row, as the sheet holds them. */
    xlsx(name: string, height: number, width: number): RawCell[][] {
      const ws = xlsx.workbook.getWorksheet(name)!;
      return Array.from({ length: height }, (_, r) =>
        Array.from({ length: width }, (_, c) => fromExcelJs(ws.getCell(r + 1, c + 1).value)),
      );
    },
    office(name: string): { cells: RawCell[][]; height: number; width: number } {
      const table = excel.workbook.table(name)!;
      const height = table.height + (table.showTotals ? 1 : 0);
      return { cells: excel.read(name, 0, 0, height, table.width), height, width: table.width };
    },
  };
  const actions = (host: WorkbookHost) => createHostActions(host, () => now);
  return { xlsx: actions(xlsx), office: actions(office), xlsxHost: xlsx, cells };
}

type Hosts = Awaited<ReturnType<typeof hosts>>;

/** Run the same action through both hosts; the reports must match, then every table written cell by cell. */
async function same(h: Hosts, run: (actions: SalesPlanActions) => Promise<RunResult>): Promise<string[]> {
  const viaXlsx = await run(h.xlsx);
  const viaOffice = await run(h.office);
  // The one expected difference: the pane's host keeps the write for Undo, the CLI's has no undo.
  const { undo, ...officeReport } = viaOffice;
  expect(typeof undo).toBe("string");
  expect(viaXlsx.undo).toBeUndefined();
  expect(officeReport).toEqual(viaXlsx);
  const names = viaOffice.tables.map((t) => t.name);
  expect(names.length).toBeGreaterThan(1);
  for (const name of names) {
    const office = h.cells.office(name);
    expect(office.height).toBeGreaterThan(1);
    expect(office.cells).toEqual(h.cells.xlsx(name, office.height, office.width));
  }
  return names;
}

/** SalesAudit's rows as records, header keyed. */
async function auditRows(host: WorkbookHost): Promise<Record<string, unknown>[]> {
  const table = await host.readTable(headersSpec("SalesAudit"));
  return table.rows.map((r) => ({ ...r.values }));
}

test("targets, payouts and scorecard write the same tables and audit rows through both hosts", async () => {
  const h = await hosts();
  expect(await same(h, (a) => a.writeTargets(targetOptions, {}))).toEqual(["SalesTargets", "SalesAudit"]);
  expect(await same(h, (a) => a.writePayouts(payoutOptions, {}))).toEqual([
    "SalesPayouts",
    "SalesPlan",
    "SalesPlanTiers",
    "SalesAudit",
  ]);
  expect(await same(h, (a) => a.writeScorecard(scorecard, {}))).toEqual(["SalesScorecard", "SalesAudit"]);
  // Three runs, three audit rows, each naming its inputs by count and hash.
  const audit = h.cells.office("SalesAudit");
  expect(audit.height).toBe(4);
  for (const row of audit.cells.slice(1)) {
    expect(String(row[4])).toContain("Reps=");
    expect(String(row[7])).toMatch(/^[0-9a-f]{64}$/);
  }
});

test("tracking reads the same view through both hosts", async () => {
  const h = await hosts();
  await same(h, (a) => a.writeTargets(targetOptions, {}));
  const viaXlsx = await h.xlsx.trackTargets(defaultTrackingOptions, {});
  const viaOffice = await h.office.trackTargets(defaultTrackingOptions, {});
  expect(viaXlsx.reps.length).toBeGreaterThan(0);
  expect(viaOffice).toEqual(viaXlsx);
});

test("the command line's payouts run records the audit row the pane records", async () => {
  const h = await hosts();
  await runPipeline(h.xlsxHost, {
    year: 2026,
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard,
    now: () => now,
    lang: "en",
  });
  await h.xlsx.writePayouts(payoutOptions, {});
  const rows = await auditRows(h.xlsxHost);
  const payouts = rows.filter((r) => r.Action === "payouts");
  expect(payouts).toHaveLength(2);
  const [cli, pane] = payouts.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "Time")));
  // SalesTargets is recorded whole, as read: twelve months, not only the six with actuals.
  const targetRows = (await h.xlsxHost.readTable(headersSpec("SalesTargets"))).rows.length;
  expect(String(cli.InputRows)).toContain(`SalesTargets=${targetRows}`);
  expect(pane).toEqual(cli);
});
