/**
 * Month-end pays the same from every front end: the pane's payouts over the .xlsx host and over the
 * Office.js host (the in-memory Excel), and the command line's run, each merge resolved Inquiries
 * into the adjustments and leave closed periods to SalesLedger (restatements in the first open
 * period), leaving the same SalesPayouts rows; ledger + open periods = recomputed, to the cent.
 */
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoPlan } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { runPipeline } from "../../src/cli/pipeline";
import { serialOf } from "../../src/kernel/calendar";
import { fromCents, toCents } from "../../src/kernel/money";
import {
  closePeriod,
  defaultTargetOptions,
  headersSpec,
  readLedger,
  recomputePayouts,
  type PayoutOptions,
} from "../../src/jobs";
import { createHostActions } from "../../src/taskpane/hostActions";
import type { WorkbookHost } from "../../src/workbook/host";
import type { OutputRow, OutputTable } from "../../src/workbook/outputs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";
import { FakeExcel } from "../support/fake-excel";

jest.setTimeout(60_000);

const NOW = new Date(Date.UTC(2026, 3, 2, 8));
const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps: 4 });
const options: PayoutOptions = { plan: demoPlan, measureTargets: {}, year: 2026, language: "en" };
const rep = company.reps[1].RepID;

const text = (key: string) => ({ key, header: key, kind: "text" as const });
const inquiries: OutputTable = {
  name: "Inquiries",
  columns: [
    text("RepID"),
    text("Period"),
    text("Measure"),
    text("Question"),
    text("Status"),
    text("Resolution"),
    { key: "Amount", header: "Amount", kind: "money" },
  ],
  rows: [
    {
      RepID: rep,
      Period: "2026-02",
      Measure: "Revenue",
      Question: "Split of deal 42",
      Status: "Resolved",
      Resolution: "credited 50/50",
      Amount: 321.5,
    },
  ],
};

/**
 * Actuals and Deals with the first January Revenue row of `rep` scaled by 0.9: the demo credits
 * Revenue from Deals (one deal per Actuals row), so the deal standing for the row changes with it.
 */
function changedActuals(): OutputTable[] {
  const tables = companyTables(company);
  let changed: OutputRow | null = null;
  const scale = (r: OutputRow): OutputRow => ({ ...r, Amount: Math.round(Number(r.Amount) * 0.9) });
  const actuals = tables.find((t) => t.name === "Actuals")!;
  const rows = actuals.rows.map((r): OutputRow => {
    if (changed || r.RepID !== rep || !String(r.Period).startsWith("2026-01") || r.Measure !== "Revenue")
      return r;
    changed = r;
    return scale(r);
  });
  const was = changed as OutputRow | null;
  expect(was).not.toBeNull();
  const deals = tables.find((t) => t.name === "Deals")!;
  const january = serialOf(2026, 2, 1);
  const standsFor = (d: OutputRow) =>
    d.RepID === rep && d.Measure === "Revenue" && d.Product === was!.Product && Number(d.Date) < january;
  expect(deals.rows.filter(standsFor).map((d) => d.Amount)).toEqual([was!.Amount]);
  return [
    { ...actuals, rows },
    { ...deals, rows: deals.rows.map((d) => (standsFor(d) ? scale(d) : d)) },
  ];
}

type Payouts = (host: WorkbookHost) => Promise<unknown>;
const pane: Payouts = (host) => createHostActions(host, () => NOW).writePayouts(options, {});
const cli: Payouts = (host) =>
  runPipeline(host, {
    year: 2026,
    targets: null,
    products: [],
    plan: demoPlan,
    scorecard: null,
    now: () => NOW,
    lang: "en",
  });

/** Run payouts, close January, change a January actual, run payouts again: SalesPayouts as left. */
async function monthEnd(host: WorkbookHost, payouts: Payouts) {
  await host.writeTables([...companyTables(company), inquiries], NOW);
  await createHostActions(host, () => NOW).writeTargets(
    { ...defaultTargetOptions, source: "regions", fiscalYear: 2026 },
    {},
  );
  await payouts(host);
  await closePeriod(host, { period: "2026-01", by: "Ana", now: NOW, lang: "en" });
  const january = await readLedger(host);
  await host.writeTables(changedActuals(), NOW);
  await payouts(host);
  expect(await readLedger(host)).toEqual(january);
  const rows = (await host.readTable(headersSpec("SalesPayouts"))).rows.map((r) => ({ ...r.values }));
  const recomputed = (await recomputePayouts(host)).job.engine.totals.net;
  return { rows, january, recomputed };
}

test("the pane on both hosts and the command line pay a closed January and a resolved inquiry alike", async () => {
  const viaXlsx = await monthEnd(XlsxWorkbookHost.create(), pane);
  const viaOffice = await monthEnd(new OfficeWorkbookHost({ run: new FakeExcel().run }), pane);
  const viaCli = await monthEnd(XlsxWorkbookHost.create(), cli);
  expect(viaOffice.rows).toEqual(viaXlsx.rows);
  expect(viaCli.rows).toEqual(viaXlsx.rows);

  const { rows, january, recomputed } = viaXlsx;
  // January is the ledger's: no SalesPayouts row of it; its change is a restatement in February.
  expect(rows.some((r) => r.Period === "2026-01")).toBe(false);
  const restated = rows.filter((r) => String(r.Measure).startsWith("restatement"));
  expect(restated).toHaveLength(1);
  expect(restated[0]).toMatchObject({ RepID: rep, Period: "2026-02", Payout: "0" });
  expect(Number(restated[0].NetPayout)).toBeLessThan(0);
  expect(String(restated[0].Explanation)).toMatch(/restatement of 2026-01: Revenue actual [\d,]+ → [\d,]+/);
  // The resolved inquiry is paid as an adjustment quoting it.
  expect(rows.some((r) => r.RepID === rep && /Split of deal 42/.test(String(r.Explanation)))).toBe(true);
  // Ledger + open periods = recomputed, to the cent.
  const cents = (xs: unknown[]) => xs.reduce<bigint>((s, x) => s + toCents(Number(x ?? 0)), 0n);
  expect(fromCents(cents(january.map((l) => l.amount)) + cents(rows.map((r) => r.NetPayout)))).toBe(
    recomputed,
  );
});
