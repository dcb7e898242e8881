/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TargetsWizard } from "../../src/taskpane/wizards/TargetsWizard";
import { catalogues } from "../../src/taskpane/i18n";
import { fakeActions } from "./fakeActions";
import { sampleTables } from "../browser/sample-workbook";
import { choose, renderWithStrings, type } from "./render";

jest.setTimeout(20000);

test("finds Reps, maps the unmatched column, previews totals that add up and writes SalesTargets", async () => {
  const { actions, excel } = fakeActions();
  renderWithStrings(<TargetsWizard actions={actions} />);
  await screen.findByText("Reps: table Reps on sheet Reps, 6 rows");
  expect(screen.getByText(/Matched: RepID, Name, Region \(区域\)/)).toBeTruthy();
  // The button waits for a valid target.
  expect(screen.getByText("Fix the fields marked above first.")).toBeTruthy();
  type("Company target", "7,000,000");
  type("Fiscal year", "2026");

  // Without LastYearSales every rep weighs 0: the error is shown, not only logged.
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByText("Could not finish");

  await choose("Map LastYearSales of Reps", "Sales LY");
  await screen.findByText(/LastYearSales \(Sales LY\)/);
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  const table = await screen.findByRole("table", { name: "Preview of SalesTargets" });
  expect(within(table).getAllByRole("row")).toHaveLength(9); // header + 8
  expect(screen.getByText(/First 8 of 72 rows of SalesTargets/)).toBeTruthy();
  const totals = screen.getByRole("list", { name: "Totals" });
  expect(within(totals).getByText(/Sum of all rows/).textContent).toMatch(/7,000,000.*adds up/);
  expect(within(totals).getByText(/Region North/).textContent).toMatch(/adds up/);

  fireEvent.click(screen.getByRole("button", { name: "Write SalesTargets" }));
  await screen.findByText(/Written: SalesTargets \(72 rows, new\), SalesAudit \(1 rows, new\)/);
  expect(excel.workbook.tables.map((t) => t.name)).toContain("SalesTargets");
});

test("splits region targets by product line, in Chinese", async () => {
  const { actions } = fakeActions();
  const zh = catalogues.zh;
  renderWithStrings(<TargetsWizard actions={actions} />, zh);
  fireEvent.click(screen.getByRole("radio", { name: zh.sourceRegions }));
  await screen.findByText(/Regions：表格 Regions/);
  await choose(zh.basis, zh.basisEqual);
  type(zh.fiscalYear, "2026");
  fireEvent.click(screen.getByRole("switch", { name: zh.splitProducts }));
  expect(screen.getByRole("textbox", { name: "产品 3 名称" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "删除第 3 行" }));
  type("产品 2 权重", "50");
  fireEvent.click(screen.getByRole("button", { name: zh.previewButton }));
  await screen.findByRole("table", { name: "SalesTargets 预览" });
  const totals = screen.getByRole("list", { name: zh.totalsLabel });
  await waitFor(() => expect(within(totals).getByText(/公司目标/).textContent).toMatch(/7,000,000/));
  expect(within(totals).getByText(/区域 South/).textContent).toMatch(/相符/);
  // 6 reps x 2 products x 12 months, plus the January the joiner R03 does not carry.
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
  await screen.findByText("Reps: table Team on sheet Team list, 6 rows");
  type("Company target", "1000");
  await choose("Weight reps and regions by", "Equal shares");
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  const totals = await screen.findByRole("list", { name: "Totals" });
  expect(within(totals).getByText(/Sum of all rows/).textContent).toMatch(/1,000.*adds up/);
});
