/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TargetsWizard } from "../../src/taskpane/wizards/TargetsWizard";
import { catalogues } from "../../src/taskpane/i18n";
import { fakeActions } from "./fakeActions";
import { unitAfter } from "./units";
import { sampleTables, seedSample, type SampleCell } from "../browser/sample-workbook";
import { trackAttainment } from "../../src/engine/tracking";
import {
  defaultTargetOptions,
  projectAtPlan,
  REPLAN_SHEET,
  targetsJob,
  type TargetOptions,
} from "../../src/jobs";
import { repsSpec } from "../../src/workbook/inputs";
import { parsedTable } from "../support/tables";
import type { FakeExcel } from "../support/fake-excel";
import {
  choose,
  openChecks,
  openMapping,
  renderWithStrings,
  rowsAsWritten,
  type,
  writeAfterPreview,
} from "./render";

jest.setTimeout(60000);
// Reading and writing go through the in-memory Excel with progress steps: on a busy machine a
// preview can take longer than testing-library's default second.
configure({ asyncUtilTimeout: 10000 });

test("finds Reps, maps the unmatched column, previews totals that add up and writes SalesTargets", async () => {
  const { actions, excel } = fakeActions();
  renderWithStrings(<TargetsWizard actions={actions} />);
  await screen.findByText("Reps ✓ 6 rows");
  openMapping("Reps");
  expect(screen.getByText(/Matched: RepID, Name, Region \(区域\)/)).toBeTruthy();
  // Nothing is marked wrong on open; the required company target is marked as required.
  const company = screen.getByRole("textbox", { name: /Company target/ });
  expect((company as HTMLInputElement).required).toBe(true);
  expect(screen.queryByText("Enter a number greater than 0")).toBeNull();
  expect(screen.queryByText("Fix the fields marked above first.")).toBeNull();
  // Preview with the blank company target runs nothing: the field's message and a summary show.
  const previews = actions.previewTargets;
  const spy = jest.spyOn(actions, "previewTargets");
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  expect(spy).not.toHaveBeenCalled();
  expect(screen.getByText("Enter a number greater than 0")).toBeTruthy();
  const summary = screen.getByText("1 field to fix").closest("[role=group], .fui-MessageBar") as HTMLElement;
  fireEvent.click(within(summary).getByRole("button", { name: "Company target" }));
  expect(document.activeElement).toBe(company);
  spy.mockRestore();
  expect(actions.previewTargets).toBe(previews);
  type("Company target", "7000000");
  // Left, the number reads with its thousands separators.
  expect((company as HTMLInputElement).value).toBe("7,000,000");
  expect(screen.queryByText("1 field to fix")).toBeNull();
  type("Fiscal year", "2026");

  // Without LastYearSales every rep weighs 0: the error is shown, not only logged.
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByText("Could not finish");

  openMapping("Reps");

  await choose("Map LastYearSales of Reps", "Sales LY");
  await screen.findByText(/LastYearSales \(Sales LY\)/);
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  // The preview is what a manager checks: each rep by name, by fiscal quarter, with the year.
  const byRep = await screen.findByRole("table", { name: "Preview of SalesTargets" });
  const summaryRows = within(byRep).getAllByRole("row");
  expect(summaryRows).toHaveLength(8); // header, 6 reps, all reps
  expect(
    within(summaryRows[0])
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual(["Rep", "Q1", "Q2", "Q3", "Q4", "Annual"]);
  const ann = within(summaryRows[1])
    .getAllByRole("cell")
    .map((c) => c.textContent);
  expect(ann[0]).toBe("Ann Lee (R01)");
  // Quarters add up to the year, to the unit the targets were rounded to.
  const units = (t: string | null) => Number((t ?? "").replace(/,/g, ""));
  expect(units(ann[1]) + units(ann[2]) + units(ann[3]) + units(ann[4])).toBe(units(ann[5]));
  expect(
    within(summaryRows[7])
      .getAllByRole("cell")
      .map((c) => c.textContent)[5],
  ).toBe("7,000,000");
  expect(screen.getByText("Targets by fiscal quarter: 6 reps")).toBeTruthy();
  // The rows as written fold under it.
  const table = await rowsAsWritten("SalesTargets");
  expect(within(table).getAllByRole("row")).toHaveLength(9); // header + 8
  expect(screen.getByText(/First 8 of 72 rows of SalesTargets/)).toBeTruthy();
  const totals = screen.getByRole("list", { name: "Totals" });
  openChecks();
  expect(within(totals).getByText(/Sum of all rows/).textContent).toMatch(/7,000,000.*adds up/);
  expect(within(totals).getByText(/Region North/).textContent).toMatch(/adds up/);

  await writeAfterPreview("Write SalesTargets", { preview: false });
  await screen.findByText(/Written: SalesTargets \(72 rows, new\), SalesAudit \(1 row, new\)/);
  expect(excel.workbook.tables.map((t) => t.name)).toContain("SalesTargets");
});

test("splits region targets by product line, in Chinese", async () => {
  const { actions } = fakeActions();
  const zh = catalogues.zh;
  renderWithStrings(<TargetsWizard actions={actions} />, zh);
  fireEvent.click(screen.getByRole("radio", { name: zh.sourceRegions }));
  await screen.findByText(/Regions ✓/);
  await choose(zh.basis, zh.basisEqual);
  type(zh.fiscalYear, "2026");
  fireEvent.click(screen.getByRole("switch", { name: zh.splitProducts }));
  expect(screen.getByRole("textbox", { name: "产品 3 名称" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "删除第 3 行" }));
  type("产品 2 权重", "50");
  fireEvent.click(screen.getByRole("button", { name: zh.previewButton }));
  await screen.findByRole("table", { name: "SalesTargets 预览" });
  const totals = screen.getByRole("list", { name: zh.totalsLabel });
  openChecks(zh);
  await waitFor(() => expect(within(totals).getByText(/公司目标/).textContent).toMatch(/7,000,000/));
  expect(within(totals).getByText(/区域 South/).textContent).toMatch(/相符/);
  // 6 reps x 2 products x 12 months, plus the January the joiner R03 does not carry.
  expect(screen.getByText(/^按财季的目标/).textContent).toBe("按财季的目标：6 名销售代表");
  // What no rep carries (the joiner R03's January) is its own line, named in Chinese.
  const unassigned = screen.getByRole("cell", { name: zh.total_unassigned }).closest("tr") as HTMLElement;
  expect(
    within(unassigned)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual([zh.total_unassigned, "100,000", "0", "0", "0", "100,000"]);
  await rowsAsWritten("SalesTargets", zh);
  expect(screen.getByText("SalesTargets 共 146 行，显示前 8 行")).toBeTruthy();
});

test("reads Reps from a table the user picks when none is named Reps", async () => {
  const { actions } = fakeActions({}, (excel) => {
    for (const t of sampleTables)
      if (t.name === "Reps") excel.addTable("Team list", "Team", 2, 1, t.values);
      else excel.addTable(t.sheet, t.name, 0, 0, t.values);
  });
  renderWithStrings(<TargetsWizard actions={actions} />);
  await screen.findByText("Reps: not found. Add a table or sheet named Reps.");
  await choose("Choose the table that holds Reps", "Team");
  await screen.findByText("Reps ✓ 6 rows");
  type("Company target", "1000");
  await choose("Weight reps and regions by", "Equal shares");
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  const totals = await screen.findByRole("list", { name: "Totals" });
  openChecks();
  expect(within(totals).getByText(/Sum of all rows/).textContent).toMatch(/1,000.*adds up/);
});

const reps = parsedTable(repsSpec, sampleTables[0].values, { LastYearSales: "Sales LY" });

/** Two whole years of monthly sales, rising through the year (shares 11/198 .. 22/198), and half of 2026. */
function historyRows(): SampleCell[][] {
  const rows: SampleCell[][] = [["RepID", "Period", "Amount"]];
  for (const [year, scale] of [
    [2024, 1000],
    [2025, 1100],
  ])
    for (let m = 1; m <= 12; m++) rows.push(["", `${year}-${String(m).padStart(2, "0")}`, (10 + m) * scale]);
  for (let m = 1; m <= 6; m++) rows.push(["", `2026-${String(m).padStart(2, "0")}`, 99999]);
  return rows;
}

function withHistory(excel: FakeExcel): void {
  seedSample(excel);
  excel.addTable("SalesHistory", "SalesHistory", 0, 0, historyRows());
}

const RISING = Array.from({ length: 12 }, (_, i) => 11 + i);

async function setUpCompany(): Promise<void> {
  await screen.findByText("Reps ✓ 6 rows");
  openMapping("Reps");
  await choose("Map LastYearSales of Reps", "Sales LY");
  await screen.findByText(/LastYearSales \(Sales LY\)/);
  type("Company target", "7,000,000");
  type("Fiscal year", "2026");
}

/** The preview's rows as the job computes them for the same Reps and options. */
function expectPreviewRows(table: HTMLElement, options: Partial<TargetOptions>): void {
  const job = targetsJob(
    { reps },
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026, ...options },
  );
  const rows = within(table).getAllByRole("row").slice(1);
  rows.forEach((row, i) => {
    const expected = job.outputs[0].rows[i];
    const cells = within(row)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells).toEqual([
      // The rep as a manager reads them: name beside the ID.
      `${String(expected.Name)} (${String(expected.RepID)})`,
      expected.Region,
      expected.Period,
      // Fixed decimals per column, following the rounding chosen (units: none).
      new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(expected.Target as number),
    ]);
  });
}

test("minimum per rep: checked beside the field, and the engine's limit per region comes back there too", async () => {
  const { actions } = fakeActions();
  renderWithStrings(<TargetsWizard actions={actions} />);
  await setUpCompany();
  const field = () => screen.getByRole("textbox", { name: /Minimum per rep/ });
  type("Minimum per rep (annual)", "-5");
  expect(await screen.findByText("Enter 0 or more")).toBeTruthy();
  expect(field().getAttribute("aria-invalid")).toBe("true");
  type("Minimum per rep (annual)", "abc");
  expect(screen.getByText("Enter a number")).toBeTruthy();
  type("Minimum per rep (annual)", "8,000,000");
  expect(screen.getByText("More than the whole company target")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  expect(screen.getByText("1 field to fix")).toBeTruthy();
  expect(screen.queryByRole("table", { name: "Preview of SalesTargets" })).toBeNull();

  // North gets 7,000,000 x 2.1/5.1 by last year's sales; its two reps with sales cannot each get 2,000,000.
  type("Minimum per rep (annual)", "2,000,000");
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByText("Could not finish");
  const message =
    "Minimum per rep 2000000: a region's target of 2882353 cannot give each of its 2 reps that much. Enter at most 1441176, or 0 for no minimum.";
  expect(screen.getAllByText(message)).toHaveLength(2); // beside the field and in the error bar
  expect(field().getAttribute("aria-invalid")).toBe("true");

  // A minimum that fits: the preview is the job's, every total adds up.
  type("Minimum per rep (annual)", "1,200,000");
  expect(screen.queryByText(message)).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByRole("table", { name: "Preview of SalesTargets" });
  const table = await rowsAsWritten("SalesTargets");
  expectPreviewRows(table, { repMinimum: 1200000 });
  const totals = screen.getByRole("list", { name: "Totals" });
  openChecks();
  expect(within(totals).queryByText(/does not add up/)).toBeNull();
});

test("totals by region and by fiscal quarter, each adding up to the company target", async () => {
  const { actions } = fakeActions();
  renderWithStrings(<TargetsWizard actions={actions} />);
  await setUpCompany();
  await choose("Fiscal year starts in", "April");
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  const totals = await screen.findByRole("list", { name: "Totals" });
  openChecks();
  const job = targetsJob(
    { reps },
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026, fiscalStartMonth: 4 },
  );
  const quarters = job.totals.filter((t) => t.id === "quarterTarget");
  expect(quarters.map((q) => q.item)).toEqual([
    "Q1 (2026-04 – 2026-06)",
    "Q2 (2026-07 – 2026-09)",
    "Q3 (2026-10 – 2026-12)",
    "Q4 (2027-01 – 2027-03)",
  ]);
  for (const q of quarters) {
    const line = within(totals).getByText(new RegExp(`Quarter ${q.item!.replace(/[()]/g, "\\$&")}`));
    expect(line.textContent).toBe(
      `Quarter ${q.item}: ${new Intl.NumberFormat("en-US").format(q.value)} ✓ adds up`,
    );
  }
  expect(quarters.reduce((s, q) => s + q.value, 0)).toBe(7000000);
  expect(within(totals).getByText(/Quarters together/).textContent).toBe(
    "Quarters together: 7,000,000 ✓ adds up",
  );
  expect(within(totals).getByText(/Regions together/).textContent).toBe(
    "Regions together: 7,000,000 ✓ adds up",
  );
  expect(within(totals).getByText(/Region North/).textContent).toMatch(/✓ adds up/);
});

test("seasonality from SalesHistory: says when the table is missing, then shows the season it found", async () => {
  const missing = fakeActions();
  const first = renderWithStrings(<TargetsWizard actions={missing.actions} />);
  await setUpCompany();
  fireEvent.click(screen.getByRole("radio", { name: "From the SalesHistory table" }));
  await screen.findByText(/SalesHistory: not found/);
  expect(screen.getByText("SalesHistory was not found: choose another source.")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  expect(screen.getByText("1 field to fix")).toBeTruthy();
  first.unmount();

  const { actions } = fakeActions({}, withHistory);
  renderWithStrings(<TargetsWizard actions={actions} />);
  await setUpCompany();
  fireEvent.click(screen.getByRole("radio", { name: "From the SalesHistory table" }));
  await screen.findByText("SalesHistory: table SalesHistory on sheet SalesHistory, 30 rows");
  expect(screen.getByText("Whole years used: 2024, 2025")).toBeTruthy();
  const shares = screen.getByRole("list", { name: "Share of the year by month" });
  expect(within(shares).getAllByRole("listitem")[0].textContent).toBe(
    `Jan ${((11 / 198) * 100).toFixed(1)}%`,
  );
  expect(within(shares).getAllByRole("listitem")[11].textContent).toBe(
    `Dec ${((22 / 198) * 100).toFixed(1)}%`,
  );
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByRole("table", { name: "Preview of SalesTargets" });
  const table = await rowsAsWritten("SalesTargets");
  expectPreviewRows(table, { seasonality: RISING });
  const totals = screen.getByRole("list", { name: "Totals" });
  openChecks();
  expect(within(totals).queryByText(/does not add up/)).toBeNull();
});

test("typed seasonality: 12 labelled months, each checked, the shares shown, all 0 refused", async () => {
  const { actions } = fakeActions();
  renderWithStrings(<TargetsWizard actions={actions} />);
  await setUpCompany();
  fireEvent.click(screen.getByRole("radio", { name: "Typed profile" }));
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  for (const m of months) expect(screen.getByRole("textbox", { name: m })).toBeTruthy();
  // Equal to start with: 8.3% each.
  expect(screen.getAllByText("8.3%")).toHaveLength(12);
  for (const m of months) type(m, "0");
  expect(screen.getByText("The months must add up to more than 0")).toBeTruthy();
  type("March", "x");
  expect(screen.getByText("Enter a number")).toBeTruthy();
  expect(screen.getByRole("textbox", { name: "March" }).getAttribute("aria-invalid")).toBe("true");
  type("March", "-1");
  expect(screen.getByText("Enter 0 or more")).toBeTruthy();
  months.forEach((m, i) => type(m, String(RISING[i])));
  expect(screen.getByText(`${((11 / 198) * 100).toFixed(1)}%`)).toBeTruthy();
  expect(screen.getByText(`${((22 / 198) * 100).toFixed(1)}%`)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByRole("table", { name: "Preview of SalesTargets" });
  const table = await rowsAsWritten("SalesTargets");
  expectPreviewRows(table, { seasonality: RISING });
}, 120000);

describe("Track & re-plan", () => {
  const percent = (x: number | null) =>
    x === null
      ? "–"
      : `${new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100)}%`;
  const whole = (x: number | null) =>
    x === null ? "–" : new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(x);

  test("says when SalesTargets has not been written yet", async () => {
    const { actions } = fakeActions();
    renderWithStrings(<TargetsWizard actions={actions} />);
    fireEvent.click(screen.getByRole("radio", { name: "Track & re-plan" }));
    expect(
      await screen.findByText(
        'SalesTargets has not been written yet: set the targets and write them first (view "Set targets").',
      ),
    ).toBeTruthy();
  });

  test("lists off-pace reps first with trackAttainment's numbers, re-plans each rep's gap and copies it to a sheet", async () => {
    const { actions, excel } = fakeActions();
    renderWithStrings(<TargetsWizard actions={actions} />);
    await screen.findByText("Reps ✓ 6 rows");
    type("Company target", "7,000,000");
    type("Fiscal year", "2026");
    await choose("Weight reps and regions by", "Market potential");
    await writeAfterPreview("Write SalesTargets");
    await screen.findByText(/Written: SalesTargets \(73 rows, new\)/, undefined, { timeout: 10000 });

    fireEvent.click(screen.getByRole("radio", { name: "Track & re-plan" }));
    const table = await screen.findByRole("table", { name: "Attainment and pace by rep" });
    expect(
      screen.getByText("Revenue as of 2026-03: 3 of 12 months done, 9 to go. 2 of 6 reps off pace."),
    ).toBeTruthy();

    // The same numbers straight from the engine.
    const job = targetsJob(
      { reps },
      { ...defaultTargetOptions, basis: "potential", companyTarget: 7000000, fiscalYear: 2026 },
    );
    const expected = trackAttainment({
      granularity: "month",
      periods: Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
      asOf: "2026-03",
      reps: reps.rows.map((r) => ({ rep: String(r.values.RepID), region: String(r.values.Region) })),
      targets: job.outputs[0].rows
        .filter((r) => r.RepID !== "(unassigned)")
        .map((r) => ({ rep: String(r.RepID), period: String(r.Period), target: r.Target })),
      actuals: sampleTables[2].values
        .slice(1)
        .filter((r) => r[2] === "Revenue")
        .map((r) => ({ rep: String(r[0]), period: String(r[1]), amount: r[3] })),
    });
    const order = [...expected.offPace, ...expected.reps.filter((l) => !l.offPace)];
    expect(expected.offPace).toHaveLength(2);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(6);
    const names = new Map(reps.rows.map((r) => [String(r.values.RepID), String(r.values.Name)]));
    rows.forEach((row, i) => {
      const line = order[i];
      expect(row.getAttribute("data-rep")).toBe(line.key);
      expect(row.getAttribute("data-off-pace")).toBe(String(line.offPace));
      const cells = within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent);
      expect(cells).toEqual([
        `▸${names.get(line.key)}${line.offPace ? "▼ off pace" : ""}`,
        percent(line.attainmentToDate),
        percent(projectAtPlan(line).atPlanAttainment),
        whole(line.gap),
      ]);
    });

    // The first (slowest) rep's details: the engine's to-date figures and the months re-planned.
    const slow = order[0];
    fireEvent.click(screen.getByRole("button", { name: `Details for ${names.get(slow.key)}` }));
    const months = screen.getByRole("list", { name: `Re-plan for ${names.get(slow.key)}` });
    const items = within(months)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items).toHaveLength(9);
    expect(items[0]).toMatch(/^2026-04: /);
    const sum = items.reduce((s, t) => s + Number(t.split(": ")[1].replace(/,/g, "")), 0);
    expect(sum).toBe(Math.round(slow.target - slow.actualToDate));
    expect(screen.getByText(`Together ${whole(sum)} = remaining to annual`)).toBeTruthy();
    expect(screen.getByText(whole(slow.targetToDate))).toBeTruthy();
    expect(screen.getAllByText(whole(slow.requiredRunRate)).map((e) => e.tagName)).toContain("DD");

    // Regions and all reps.
    const regions = screen.getByRole("table", { name: "Attainment and pace by region" });
    const north = expected.regions.find((r) => r.key === "North")!;
    expect(within(regions).getAllByRole("row")[1].textContent).toBe(
      `North${percent(north.attainmentToDate)}${percent(projectAtPlan(north).atPlanAttainment)}${whole(north.gap)}`,
    );
    expect(within(regions).getByText("All reps")).toBeTruthy();

    // The reading guide walks through the first row in words, with the same figures.
    expect(screen.getByText(/^Reading a row: /).textContent).toBe(
      `Reading a row: ${names.get(slow.key)} has sold ${percent(slow.attainmentToDate)} of the target for the months up to 2026-03; ` +
        `if each of the 9 remaining months meets its own target, the year ends at ${percent(projectAtPlan(slow).atPlanAttainment)} ` +
        `of the annual target, and ${whole(slow.gap)} is still to sell in those months.`,
    );

    // Copy re-plan to sheet: the SalesReplan sheet holds each rep's months as values.
    fireEvent.click(screen.getByRole("button", { name: "Copy re-plan to sheet" }));
    await screen.findByText(
      /The SalesReplan sheet now holds the re-plan as of 2026-03 \(10 rows\), values only\./,
    );
    const header = excel.read(REPLAN_SHEET, 2, 0, 1, 15)[0];
    expect(header.slice(0, 7)).toEqual([
      "RepID",
      "Name",
      "Region",
      "Annual target",
      "Actual to date",
      "Remaining to annual",
      "2026-04",
    ]);
    const copied = excel.read(REPLAN_SHEET, 3, 0, 6, 15);
    expect(copied.map((r) => r[0])).toEqual(order.map((l) => l.key));
    expect(
      copied[0]
        .slice(6)
        .map(Number)
        .reduce((a, b) => a + b, 0),
    ).toBe(sum);

    // An as-of month and margin of the user's choosing; a margin outside 0..100 is refused beside the field.
    // The margin is in percentage points: its box says %, its label not a second time.
    const margin = "Off pace when attainment to date (actual / target to date) is below 100% minus";
    expect(unitAfter(screen.getByRole("textbox", { name: margin }))).toBe("%");
    type(margin, "150");
    expect(screen.getByText("Enter a percentage between 0 and 100")).toBeTruthy();
    type(margin, "50");
    await choose("As of (last closed month)", "2026-02");
    await screen.findByText(/Revenue as of 2026-02: 2 of 12 months done, 10 to go\. 0 of 6 reps off pace\./);
    // March's rows come after the as-of month: listed under their reps (names shown), five reps at most.
    const notCounted = screen.getByRole("list", { name: "Rows not counted, by rep" });
    const groups = within(notCounted)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === notCounted);
    expect(groups).toHaveLength(6);
    expect(groups[0].getAttribute("data-issues-rep")).toBe(order[0].key);
    expect(within(groups[0]).getByText(`${names.get(order[0].key)} (${order[0].key})`)).toBeTruthy();
    expect(
      within(groups[0]).getByText(
        `rep ${order[0].key}: period 2026-03 is after the as-of period 2026-02 (not counted)`,
      ),
    ).toBeTruthy();
    expect(groups[5].textContent).toBe("… and 1 rep not shown");
  });

  test("in Chinese", async () => {
    const { actions } = fakeActions();
    const zh = catalogues.zh;
    renderWithStrings(<TargetsWizard actions={actions} />, zh);
    await actions.writeTargets(
      { ...defaultTargetOptions, basis: "potential", companyTarget: 7000000, fiscalYear: 2026 },
      {},
    );
    fireEvent.click(screen.getByRole("radio", { name: zh.viewTrack }));
    await screen.findByRole("table", { name: zh.trackRepsLabel });
    expect(
      screen.getByText(
        /Revenue，截至 2026-03：已过 3\/12 个月，剩余 9 个月。6 位销售代表中 2 位落后于进度。/,
      ),
    ).toBeTruthy();
    expect(screen.getAllByText(`▼ ${zh.trackOffPace}`)).toHaveLength(2);
  });
});
