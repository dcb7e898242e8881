/**
 * The jobs end to end over the Office.js host and the in-memory Excel: inputs found and mapped,
 * targets that add up, a plan saved and read back, payouts that reconcile, scorecards, and a
 * workbook check that finds what is wrong.
 */
import { createHostActions } from "../../src/taskpane/hostActions";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { FakeExcel } from "../support/fake-excel";
import { seedSample } from "../browser/sample-workbook";
import { defaultTargetOptions, type TargetOptions } from "../../src/jobs";
import type { Plan } from "../../src/engine/incentives";
import { twoMeasurePlan } from "../support/plans";

function setup() {
  const excel = new FakeExcel();
  seedSample(excel);
  const actions = createHostActions(
    new OfficeWorkbookHost({ run: excel.run }),
    () => new Date(Date.UTC(2026, 10, 27, 2, 0)),
  );
  return { excel, actions };
}

const mapped = { Reps: { LastYearSales: "Sales LY" } };
const targetOptions: TargetOptions = { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 };

/** The two-measure plan: Revenue on a curve with a gate, Collection on marginal tiers. */
const plan: Plan = twoMeasurePlan();

test("reports matched columns, and what is left to map", async () => {
  const { actions } = setup();
  const [reps, regions] = await actions.inspectInputs(["Reps", "Regions"], {});
  expect(reps.found).toBe(true);
  expect(reps.columns.find((c) => c.key === "Region")?.header).toBe("区域");
  expect(reps.columns.find((c) => c.key === "LastYearSales")?.header).toBeNull();
  expect(reps.headers).toContain("Sales LY");
  expect(reps.rowCount).toBe(6);
  expect(regions.validRows).toBe(2);
  const [again] = await actions.inspectInputs(["Reps"], mapped);
  expect(again.columns.find((c) => c.key === "LastYearSales")?.header).toBe("Sales LY");
  const [missing] = await actions.inspectInputs(["Reps"], { Reps: { Region: "Nope" } });
  expect(missing.problems.length).toBeGreaterThan(0);
});

test("targets add up to the company target and to each region", async () => {
  const { actions, excel } = setup();
  const preview = await actions.previewTargets(targetOptions, mapped);
  expect(preview.table.name).toBe("SalesTargets");
  expect(preview.table.rows.length).toBeLessThanOrEqual(8);
  const rows = preview.totals.find((t) => t.id === "targetRows");
  expect(rows?.value).toBe(7000000);
  for (const t of preview.totals.filter((x) => x.expected !== undefined)) expect(t.value).toBe(t.expected);
  const written = await actions.writeTargets(targetOptions, mapped);
  expect(written.tables.map((t) => t.name)).toEqual(["SalesTargets", "SalesAudit"]);
  expect(excel.workbook.tables.map((t) => t.name)).toEqual(
    expect.arrayContaining(["SalesTargets", "SalesAudit"]),
  );
  const byRegions = await actions.previewTargets({ ...targetOptions, source: "regions" }, mapped);
  expect(byRegions.totals.find((t) => t.id === "companyTarget")?.value).toBe(7000000);
});

test("a missing company target or an unmapped basis column is a clear error", async () => {
  const { actions } = setup();
  await expect(actions.previewTargets({ ...targetOptions, companyTarget: null }, mapped)).rejects.toThrow(
    /company target/,
  );
  await expect(actions.previewTargets(targetOptions, { Reps: { Region: "Nope" } })).rejects.toThrow(/Region/);
});

test("the plan round-trips through SalesPlan and payouts reconcile", async () => {
  const { actions } = setup();
  expect(await actions.loadPlan()).toBeNull();
  await actions.savePlan(plan);
  const loaded = await actions.loadPlan();
  expect(loaded?.measures.map((m) => m.name)).toEqual(["Revenue", "Collection"]);
  expect(loaded?.measures[0].method).toEqual(plan.measures[0].method);
  expect(loaded?.gates).toEqual(plan.gates);
  await expect(actions.previewPayouts({ plan, measureTargets: {} }, {})).rejects.toThrow(/SalesTargets/);
  await actions.writeTargets(targetOptions, mapped);
  const preview = await actions.previewPayouts({ plan, measureTargets: {} }, {});
  const net = preview.totals.find((t) => t.id === "payoutNet");
  expect(net?.value).toBe(net?.expected);
  expect(net?.value).toBeGreaterThan(0);
  // Only the months with actuals are paid, though SalesTargets runs the whole year.
  const periods = new Set(preview.table.rows.map((r) => r.Period));
  expect([...periods].every((p) => ["2026-01", "2026-02", "2026-03"].includes(String(p)))).toBe(true);
  expect(preview.totals.find((t) => t.id === "payoutRows")?.value).toBeLessThanOrEqual(6 * 3 * 3);
  const written = await actions.writePayouts({ plan, measureTargets: {} }, {});
  expect(written.tables.map((t) => t.name)).toEqual([
    "SalesPayouts",
    "SalesPlan",
    "SalesPlanTiers",
    "SalesAudit",
  ]);
  const summary = await actions.publishSummary();
  const payouts = summary.tables.find((t) => t.name === "SalesPayouts");
  expect(payouts?.totals.find((t) => t.column === "NetPayout")?.value).toBe(net?.value);
  expect(summary.audit.map((a) => a.action)).toEqual(["payouts", "targets", "plan"]);
  const check = await actions.checkWorkbook({});
  expect(check.checks.filter((c) => c.severity === "error")).toEqual([]);
});

test("scorecards from Activities and an Actuals measure", async () => {
  const { actions } = setup();
  const options = {
    kpis: [
      {
        name: "Visits",
        kind: "process" as const,
        direction: "up" as const,
        weight: 1,
        cap: null,
        target: 25,
      },
      {
        name: "Revenue",
        kind: "result" as const,
        direction: "up" as const,
        weight: 1,
        cap: null,
        target: 90000,
      },
    ],
    groupWeights: { process: 40, result: 60 },
    cap: 1.2,
    bands: [
      { minimum: 100, label: "A" },
      { minimum: 0, label: "B" },
    ],
  };
  const preview = await actions.previewScorecard(options, {});
  expect(preview.table.rowCount).toBe(18);
  expect(preview.table.columns.map((c) => c.key)).toEqual([
    "RepID",
    "Name",
    "Period",
    "Visits",
    "Revenue",
    "Score",
    "Band",
    "Rank",
  ]);
  const bands = preview.totals.filter((t) => t.id === "bandCount");
  expect(bands.reduce((s, t) => s + t.value, 0)).toBe(18);
  await expect(
    actions.previewScorecard({ ...options, kpis: [{ ...options.kpis[0], name: "Smiles" }] }, {}),
  ).rejects.toThrow(/Smiles/);
  const written = await actions.writeScorecard(options, {});
  expect(written.tables[0]).toMatchObject({ name: "SalesScorecard", rows: 18, created: true });
});

test("the workbook check finds a foreign table and bad input cells", async () => {
  const { actions, excel } = setup();
  excel.addTable("Mine", "SalesPayouts", 0, 0, [
    ["Who", "What"],
    ["x", 1],
  ]);
  excel.setValues("Reps", 3, 4, [["not a date"]]);
  const { checks, summary } = await actions.checkWorkbook({});
  expect(summary.tables.find((t) => t.name === "SalesPayouts")?.ownership).toBe("foreign");
  const messages = checks.map((c) => c.message.en).join("\n");
  expect(messages).toMatch(/SalesPayouts' exists but SalesPlan did not create it/);
  expect(messages).toMatch(/not a date/);
  expect(checks.every((c) => c.message.zh !== "")).toBe(true);
  await expect(
    actions.writePayouts({ plan, measureTargets: { Revenue: 80000, Collection: 80000 } }, {}),
  ).rejects.toThrow();
});

test("the workbook check accepts region targets rounded as the user chose, and flags real differences", async () => {
  const { actions, excel } = setup();
  const regionWarnings = async () =>
    (await actions.checkWorkbook(mapped)).checks
      .map((c) => c.message.en)
      .filter((m) => /for region (North|South) add up/.test(m));
  // Split from the Regions table to millions: North 3,600,000 -> 4,000,000 is what the user asked for.
  await actions.writeTargets({ ...targetOptions, source: "regions", decimals: -6 }, mapped);
  expect(await regionWarnings()).toEqual([]);
  // Split from a company total by last year's sales: the Regions table was not the source, no warning.
  await actions.writeTargets(targetOptions, mapped);
  expect(await regionWarnings()).toEqual([]);
  // Split from Regions again, then a target edited by hand: that region is flagged.
  await actions.writeTargets({ ...targetOptions, source: "regions" }, mapped);
  const table = excel.workbook.table("SalesTargets")!;
  const header = excel.read(table.sheet.name, table.top, table.left, 1, table.width)[0];
  const cell = table.sheet.cell(table.top + 1, table.left + header.indexOf("Target"));
  cell.value = Number(cell.value) + 1;
  expect(await regionWarnings()).toHaveLength(1);
});

test("an Adjustments table brings clawbacks, manual corrections and one-off SPIFFs into the payouts", async () => {
  const { actions, excel } = setup();
  await actions.writeTargets(targetOptions, mapped);
  const before = await actions.previewPayouts({ plan, measureTargets: {} }, {});
  const netBefore = before.totals.find((t) => t.id === "payoutNet")!.value;
  // Chinese headers and kinds, as a sales-ops analyst in China would type them.
  excel.addTable("Adjustments", "Adjustments", 0, 0, [
    ["工号", "期间", "调整类型", "金额", "原因", "已服务月数", "要求服务月数", "数量"],
    ["R01", "2026-02", "追回", 1200, "客户退款", 3, 12, null],
    ["R04", "2026-03", "manual", -50, "Expense correction", null, null, null],
    ["R05", "2026-01", "spiff", 250, "New logo", null, null, 2],
  ]);
  const after = await actions.previewPayouts({ plan, measureTargets: {} }, {});
  const netAfter = after.totals.find((t) => t.id === "payoutNet")!.value;
  expect(netAfter).toBe(net(after));
  // clawback of 1,200 prorated by 9 of 12 months not served: -900; manual -50; SPIFF 2 x 250 = +500
  expect(netAfter - netBefore).toBeCloseTo(-900 - 50 + 500, 6);

  const written = await actions.writePayouts({ plan, measureTargets: {} }, {});
  expect(written.tables[0].name).toBe("SalesPayouts");
});

test("an unknown adjustment kind names its row", async () => {
  const { actions, excel } = setup();
  await actions.writeTargets(targetOptions, mapped);
  excel.addTable("Adjustments", "Adjustments", 0, 0, [
    ["RepID", "Period", "Kind", "Amount"],
    ["R01", "2026-02", "bonus", 100],
  ]);
  await expect(actions.previewPayouts({ plan, measureTargets: {} }, {})).rejects.toThrow(
    "Adjustments row 2: kind 'bonus' is not spiff, clawback or manual",
  );
});

function net(preview: { totals: readonly { id: string; expected?: number }[] }): number | undefined {
  return preview.totals.find((t) => t.id === "payoutNet")?.expected;
}
