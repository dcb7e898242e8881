/**
 * A Deals-only workbook in the pane (PRODUCT.md "Organisations": with Deals, Actuals are built from
 * credited deals): Reps + Deals + MeasureTargets and no Actuals table. The inputs step reports
 * Actuals as satisfied by Deals with its measures and months, and the pane previews and writes the
 * same SalesPayouts as payoutsJob computes over the same tables.
 */
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { companyTables } from "../../src/cli/demo/tables";
import { demoColumn as c } from "../../src/cli/demo/columns";
import { dealsOnlyPlan } from "../support/plans";
import { dealsSpec, headersSpec, payoutsJob, readInputs, readPayoutTables } from "../../src/jobs";
import { createHostActions } from "../../src/taskpane/hostActions";
import { catalogues } from "../../src/taskpane/i18n";
import { inputLine } from "../../src/taskpane/wizards/InputsStep";
import type { OutputRow } from "../../src/workbook/outputs";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";

jest.setTimeout(60_000);

const now = new Date(Date.UTC(2026, 6, 1, 9));
const JUNE = "2026-06";
const tables = companyTables(generateCompany({ ...defaultDemoOptions, reps: 18 }));
const reps = tables.find((t) => t.name === "Reps")!;
const deals = tables.find((t) => t.name === "Deals")!;
const two = reps.rows.slice(0, 2).map((r) => r.RepID as string);
const isMonth = (d: OutputRow, month: number) => {
  const date = new Date(Date.UTC(1899, 11, 30) + (d.Date as number) * 86_400_000);
  return date.getUTCFullYear() === 2026 && date.getUTCMonth() === month;
};
const plan = dealsOnlyPlan;
const options = { plan, measureTargets: {}, year: 2026, language: "en" as const };

async function dealsOnly() {
  const host = XlsxWorkbookHost.create();
  const mine = deals.rows.filter((d) => two.includes(d.RepID as string) && (isMonth(d, 4) || isMonth(d, 5)));
  await host.writeTables(
    [
      { ...reps, rows: reps.rows.slice(0, 2) },
      { ...deals, rows: mine },
      {
        name: "MeasureTargets",
        columns: [c("RepID", "text"), c("Period", "text"), c("Measure", "text"), c("Target", "money")],
        rows: two.flatMap((RepID) =>
          ["2026-05", JUNE].map((Period) => ({ RepID, Period, Measure: "Revenue", Target: 100_000 })),
        ),
      },
    ],
    now,
  );
  return { host, actions: createHostActions(host, () => now), mine };
}

test("Actuals is satisfied by Deals: its rows, measures and months, en and zh", async () => {
  const { actions, mine } = await dealsOnly();
  const [repsReport, actuals] = await actions.inspectInputs(["Reps", "Actuals"], {});
  expect(repsReport.found).toBe(true);
  expect(actuals).toMatchObject({ found: true, fromDeals: true, table: "Deals", rowCount: mine.length });
  expect(actuals.measures).toEqual(["Revenue"]);
  expect(actuals.periods).toEqual(["2026-05", JUNE]);
  expect(actuals.problems).toEqual([]);
  const rows = mine.length;
  expect(inputLine(actuals, false, catalogues.en)).toBe(`Actuals: from Deals ✓ ${rows} rows`);
  expect(inputLine(actuals, false, catalogues.zh)).toBe(`Actuals：来自 Deals ✓ ${mine.length} 行`);
});

test("with Actuals and Deals both, the measures and months offered are their union", async () => {
  const { host, actions } = await dealsOnly();
  await host.writeTables(
    [
      {
        name: "Actuals",
        columns: [c("RepID", "text"), c("Period", "text"), c("Measure", "text"), c("Amount", "money")],
        rows: [{ RepID: two[0], Period: "2026-04", Measure: "NewLogos", Amount: 3 }],
      },
    ],
    now,
  );
  const [actuals] = await actions.inspectInputs(["Actuals"], {});
  expect(actuals.fromDeals).toBeUndefined();
  expect(actuals.measures).toEqual(["NewLogos", "Revenue"]);
  expect(actuals.periods).toEqual(["2026-04", "2026-05", JUNE]);
});

test("the pane previews and writes the SalesPayouts payoutsJob computes over the same tables", async () => {
  const { host, actions } = await dealsOnly();
  const inputs = await readInputs(host, ["Reps"]);
  const tablesRead = await readPayoutTables((specs) => host.readTables(specs.map((spec) => ({ spec }))));
  const expected = payoutsJob({ reps: inputs.Reps, ...tablesRead }, options).outputs[0];
  expect(expected.rows.length).toBeGreaterThan(0);
  expect(expected.rows.filter((r) => r.Period === JUNE && r.Measure === "Revenue")).toHaveLength(2);

  const preview = await actions.previewPayouts(options, {});
  expect(preview.table.rows.length).toBe(expected.rows.length);
  await actions.writePayouts(options, {});
  const written = (await host.readTable(headersSpec("SalesPayouts"))).rows.map((r) => r.values);
  // Read back as text (headersSpec): the amounts compared as numbers, to the cent.
  const key = (r: Record<string, unknown>) => [
    r.RepID,
    r.Period,
    r.Measure,
    Number(r.Actual),
    Number(r.Payout),
  ];
  expect(written.map(key)).toEqual(expected.rows.map(key));
  expect(written.map((r) => r.Explanation)).toEqual(expected.rows.map((r) => r.Explanation));
  // The deals are what was read (Actuals is not in the workbook).
  expect((await host.readTable(dealsSpec)).rows.length).toBeGreaterThan(0);
});
