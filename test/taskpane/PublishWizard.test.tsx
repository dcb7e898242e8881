/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { PublishWizard } from "../../src/taskpane/wizards/PublishWizard";
import { defaultTargetOptions } from "../../src/jobs";
import { catalogues } from "../../src/taskpane/i18n";
import { fakeActions } from "./fakeActions";
import { renderWithStrings } from "./render";
import type { SalesPlanActions } from "../../src/taskpane/actions";
import type { FakeExcel } from "../support/fake-excel";
import { publishWorkbook, runOutputs } from "../jobs/publishFixture";
import { twoMeasurePlan } from "../support/plans";

jest.setTimeout(30000);

test("lists the output tables with their status and next step, the audit trail as a table, and never an all-clear while tables are missing", async () => {
  const { actions } = fakeActions();
  // From the Regions table, so SalesTargets agrees with Regions region by region.
  await actions.writeTargets(
    { ...defaultTargetOptions, source: "regions", fiscalYear: 2026 },
    {
      Reps: { LastYearSales: "Sales LY" },
    },
  );
  renderWithStrings(<PublishWizard actions={actions} />);
  const table = await screen.findByRole("table", { name: "Output tables in this workbook" });
  const targets = within(table).getByText("SalesTargets").closest("tr") as HTMLElement;
  expect(targets.textContent).toMatch(/ready.*72.*7,000,000/);
  const row = (name: string) => within(table).getByText(name).closest("tr") as HTMLElement;
  expect(row("SalesPlan").textContent).toMatch(/missing – save the plan \(Incentive plan\)/);
  expect(row("SalesPayouts").textContent).toMatch(/missing – run payouts \(Incentive plan\)/);
  expect(row("SalesScorecard").textContent).toMatch(/missing – build the scorecard \(Scorecard\)/);
  expect(row("SalesLedger").textContent).toMatch(/none yet – close a period/);
  // The audit trail: one formatted row per run, its tables' rows and totals in the pane's numbers.
  const trail = screen.getByRole("table", { name: "Audit trail" });
  const [, first] = within(trail).getAllByRole("row");
  expect(first.textContent).toMatch(/^2026-11-2702:00targets/);
  expect(first.textContent).toMatch(/SalesTargets: 72 rowsTarget 7,000,000\.00/);
  expect(first.textContent).not.toMatch(/=/);

  fireEvent.click(screen.getByRole("button", { name: "Check the workbook" }));
  // Nothing wrong in SalesTargets, but no all-clear: payouts, scorecard and plan are missing.
  await screen.findByText(
    "No problems in the tables present, but not ready for finance: SalesPayouts missing, SalesScorecard missing and SalesPlan missing.",
  );
  expect(screen.queryByText(/No problems found/)).toBeNull();
  // Publishing asks first, naming what is missing.
  fireEvent.click(screen.getByRole("button", { name: "Publish for finance" }));
  await screen.findByText(
    "Not ready for finance: SalesPayouts missing, SalesScorecard missing and SalesPlan missing. Publish anyway?",
  );
});

test("names audit actions in the pane's language, whichever language wrote them", async () => {
  const { actions } = fakeActions();
  actions.setLanguage?.("zh");
  await actions.writeTargets(
    { ...defaultTargetOptions, source: "regions", fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  actions.setLanguage?.("en");
  await actions.savePlan(twoMeasurePlan("P", "1"));
  renderWithStrings(<PublishWizard actions={actions} />, catalogues.zh);
  const trail = await screen.findByRole("table", { name: catalogues.zh.auditTrail });
  const [, plan, targets] = within(trail).getAllByRole("row");
  expect(within(plan).getByText("方案")).toBeTruthy();
  expect(within(plan).getByText("P 1")).toBeTruthy();
  expect(within(targets).getByText("目标")).toBeTruthy();
  expect(targets.textContent).toMatch(/SalesTargets：72 行目标 7,000,000\.00/);
});

test("shows each problem the check finds, in Chinese", async () => {
  const { actions, excel } = fakeActions();
  excel.addTable("Mine", "SalesPlan", 0, 0, [["Who"], ["me"]]);
  excel.setValues("Actuals", 2, 3, [["lots"]]);
  renderWithStrings(<PublishWizard actions={actions} />, catalogues.zh);
  const table = await screen.findByRole("table", { name: "本工作簿中的输出表" });
  expect((within(table).getByText("SalesPlan").closest("tr") as HTMLElement).textContent).toMatch(
    /非 SalesPlan 创建/,
  );
  fireEvent.click(screen.getByRole("button", { name: "检查工作簿" }));
  await screen.findByText("发现 2 个问题");
  expect(screen.getByText(/“SalesPlan”已存在但不是 SalesPlan 创建的/)).toBeTruthy();
  expect(screen.getByText(/Actuals!D3 \(Amount\)：应为数字，但找到文本“lots”/)).toBeTruthy();
  // Go to cell: through the workbook host, Excel shows the Actuals sheet with D3 selected.
  fireEvent.click(screen.getByRole("button", { name: "转到单元格 Actuals!D3" }));
  await waitFor(() => expect(excel.workbook.selection).toBe("Actuals!D3"));
  expect(excel.workbook.active?.name).toBe("Actuals");
  // The table named SalesPlan that SalesPlan did not write (on the sheet Mine): its whole range.
  fireEvent.click(screen.getByRole("button", { name: "转到表 SalesPlan" }));
  await waitFor(() => expect(excel.workbook.selection).toBe("Mine!A1:A2"));
  expect(excel.workbook.active?.name).toBe("Mine");
});

test("every error of the check has a place to go to", async () => {
  const { actions, excel } = publishWorkbook();
  await runOutputs(actions);
  const payouts = excel.workbook.table("SalesPayouts")!;
  const col = (name: string) => payouts.left + payouts.headers().indexOf(name);
  // A formula, a row whose net does not add up, and a bad input cell.
  payouts.sheet.cell(payouts.top + 2, col("Payout")).formula = "=1+1";
  payouts.sheet.cell(payouts.top + 4, col("NetPayout")).value = 123456.78;
  excel.setValues("Actuals", 2, 3, [["lots"]]);
  const result = await actions.checkWorkbook({});
  const errors = result.checks.filter((c) => c.severity === "error");
  expect(errors.length).toBeGreaterThanOrEqual(3);
  for (const e of errors) expect(e.at).toBeDefined();
  const places = errors.map((e) => `${e.at!.sheet}!${e.at!.cell ?? e.at!.table}`);
  const letter = (c: number) => String.fromCharCode(65 + c);
  expect(places).toEqual(
    expect.arrayContaining([
      "Actuals!D3",
      `SalesPayouts!${letter(col("Payout"))}${payouts.top + 3}`,
      `SalesPayouts!${letter(col("NetPayout"))}${payouts.top + 5}`,
    ]),
  );
  for (const e of errors) {
    await actions.goTo(e.at!);
    expect(excel.workbook.active?.name).toBe(e.at!.sheet);
  }
});

/** The audit trail's Action column as written. */
function auditActions(excel: FakeExcel): unknown[] {
  const t = excel.workbook.table("SalesAudit")!;
  const action = t.headers().indexOf("Action");
  return excel.read(t.sheet.name, t.top + 1, t.left + action, t.height - 1, 1).map((r) => r[0]);
}

test("a formula left in SalesPayouts is named, and blocks the publish", async () => {
  const { actions, excel } = publishWorkbook();
  await runOutputs(actions);
  const payouts = excel.workbook.table("SalesPayouts")!;
  payouts.sheet.cell(payouts.top + 2, payouts.left + payouts.headers().indexOf("Payout")).formula =
    "=SALES.PACE(1,2,3)";
  const before = auditActions(excel);
  renderWithStrings(<PublishWizard actions={actions} />);
  await screen.findByRole("table", { name: "Output tables in this workbook" });
  fireEvent.click(screen.getByRole("button", { name: "Publish for finance" }));
  await screen.findByText("Not published: 2 errors above must be fixed first.");
  expect(
    screen.getByText(
      /^SalesPayouts \(sheet SalesPayouts\) has 1 formula cell\(s\): I3 \(Payout\) =SALES\.PACE\(1,2,3\)\./,
    ),
  ).toBeTruthy();
  expect(auditActions(excel)).toEqual(before);
  expect(excel.workbook.tables.some((t) => t.name.startsWith("Finance_"))).toBe(false);
});

test("publishes: the reconciliation as the rows add up, the audit row and the finance copies", async () => {
  const { actions, excel } = publishWorkbook();
  await runOutputs(actions);
  renderWithStrings(<PublishWizard actions={actions} />);
  await screen.findByRole("table", { name: "Output tables in this workbook" });
  expect(screen.getByText(/Finance_SalesTargets, Finance_SalesPayouts, Finance_SalesScorecard/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Publish for finance" }));
  await screen.findByText(
    /^Written: Finance_SalesTargets \(72 rows, new\), Finance_SalesPayouts/,
    {},
    { timeout: 10000 },
  );
  expect(auditActions(excel)).toEqual(["targets", "plan", "payouts", "scorecards", "publish"]);

  // By period: each line's net as the SalesPayouts cells add up, to the cent, and ✓ throughout.
  const t = excel.workbook.table("SalesPayouts")!;
  const [header, ...rows] = excel.read(t.sheet.name, t.top, t.left, t.height, t.width);
  const cents = new Map<string, number>();
  for (const r of rows) {
    const period = String(r[header.indexOf("Period")]);
    cents.set(
      period,
      (cents.get(period) ?? 0) + Math.round((r[header.indexOf("NetPayout")] as number) * 100),
    );
  }
  const byPeriod = await screen.findByRole("table", { name: "Payouts by period" });
  const lines = within(byPeriod).getAllByRole("row").slice(1);
  expect(lines.map((l) => within(l).getAllByRole("cell")[0].textContent)).toEqual([
    ...[...cents.keys()].sort(),
    "Sum",
  ]);
  for (const line of lines.slice(0, -1)) {
    const cells = within(line).getAllByRole("cell");
    const want = cents.get(cells[0].textContent ?? "")! / 100;
    expect(cells[3].textContent).toBe(want.toLocaleString("en-US", { minimumFractionDigits: 2 }));
    // "Run wrote": what the payouts run recorded for the period, the same.
    expect(cells[4].textContent).toBe(cells[3].textContent);
    expect(within(cells[5]).getByRole("img").getAttribute("aria-label")).toBe("matches");
  }
  const byRegion = screen.getByRole("table", { name: "Payouts by region" });
  expect(within(byRegion).queryAllByRole("img", { name: "does not match" })).toHaveLength(0);
  expect(within(byRegion).getByText("North")).toBeTruthy();
  // After the publish the copies are listed as SalesPlan's and the check stays clean.
  await screen.findByText(/^Copies for finance: Finance_SalesTargets/);
  expect(screen.getByText("No problems found: the workbook is ready for finance.")).toBeTruthy();
});

test("an edit of 420 after the run is located: its period, region and measure lines show what the run wrote", async () => {
  const { actions, excel } = publishWorkbook();
  await runOutputs(actions);
  const t = excel.workbook.table("SalesPayouts")!;
  const h = t.headers();
  const cell = (row: number, name: string) => t.sheet.cell(t.top + row, t.left + h.indexOf(name));
  // The third data row: Payout and NetPayout both 420 more, so the row itself still adds up.
  const [period, rep, measure] = ["Period", "RepID", "Measure"].map((k) => String(cell(3, k).value));
  for (const k of ["Payout", "NetPayout"]) cell(3, k).value = Number(cell(3, k).value) + 420;
  renderWithStrings(<PublishWizard actions={actions} />);
  await screen.findByRole("table", { name: "Output tables in this workbook" });
  fireEvent.click(screen.getByRole("button", { name: "Check the workbook" }));
  const region = { R01: "North", R02: "North", R03: "North", R04: "South", R05: "South", R06: "South" }[rep];
  for (const [name, key] of [
    ["Payouts by period", period],
    ["Payouts by region", region],
    ["Payouts by measure", measure],
  ] as const) {
    const table = await screen.findByRole("table", { name });
    const rows = within(table).getAllByRole("row").slice(1, -1);
    const bad = rows.filter((r) => within(r).queryByRole("img", { name: "does not match" }));
    // Exactly the edited row's line is off, by 420.00 against what the run wrote.
    expect(bad.map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual([key]);
    const [, , , net, wrote] = within(bad[0])
      .getAllByRole("cell")
      .map((c) => c.textContent ?? "");
    const value = (x: string) => Number(x.replace(/,/g, ""));
    expect(Math.round((value(net) - value(wrote)) * 100)).toBe(42000);
  }
});

test("warnings ask first: Cancel writes nothing, Publish anyway writes; in Chinese", async () => {
  const { actions, excel } = publishWorkbook();
  await runOutputs(actions);
  const targets = excel.workbook.table("SalesTargets")!;
  targets.sheet.cell(targets.top + 1, targets.left).value = "R77";
  renderWithStrings(<PublishWizard actions={actions} />, catalogues.zh);
  await screen.findByRole("table", { name: "本工作簿中的输出表" });
  fireEvent.click(screen.getByRole("switch", { name: /同时将输出表复制到只含数值的工作表/ }));
  fireEvent.click(screen.getByRole("button", { name: "发布给财务" }));
  await screen.findByText("上面有 1 个警告。仍要发布吗？");
  expect(screen.getByText("SalesTargets 中的销售代表 R77 不在 Reps 表中")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "取消" }));
  expect(screen.queryByText("上面有 1 个警告。仍要发布吗？")).toBeNull();
  expect(auditActions(excel)).toEqual(["targets", "plan", "payouts", "scorecards"]);

  fireEvent.click(screen.getByRole("button", { name: "发布给财务" }));
  fireEvent.click(await screen.findByRole("button", { name: "仍然发布" }));
  await waitFor(
    () => expect(auditActions(excel)).toEqual(["targets", "plan", "payouts", "scorecards", "publish"]),
    {
      timeout: 10000,
    },
  );
  // The switch was off: no copies.
  expect(excel.workbook.tables.some((t) => t.name.startsWith("Finance_"))).toBe(false);
  await screen.findByText("已写入：SalesAudit（5 行，已替换）。", {}, { timeout: 10000 });
});

test("a slow publish shows its progress with Cancel; cancelling writes nothing", async () => {
  const { actions: real, excel } = publishWorkbook();
  await runOutputs(real);
  const before = excel.state();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const actions: SalesPlanActions = {
    ...real,
    // The real publish, held until released: as long as a large write would take.
    async publish(options, mappings, control) {
      control?.onProgress?.({ stage: "write", done: 1, total: 4 });
      await held;
      return real.publish(options, mappings, control);
    },
  };
  renderWithStrings(<PublishWizard actions={actions} />);
  await screen.findByRole("table", { name: "Output tables in this workbook" });
  // From the click on, jest's fake clock: "slow" is SLOW_MS on it, not the machine's speed.
  jest.useFakeTimers();
  try {
    fireEvent.click(screen.getByRole("button", { name: "Publish for finance" }));
    // The check first (its spinner), then the publish: past SLOW_MS its bar, labelled, with Cancel.
    await screen.findByText("Writing block 2 of 4…");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await act(async () => release());
    await screen.findByText("Nothing in the workbook was changed.");
  } finally {
    jest.useRealTimers();
  }
  expect(excel.state()).toBe(before);
});
