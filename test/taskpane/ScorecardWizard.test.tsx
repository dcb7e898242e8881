/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { ScorecardWizard } from "../../src/taskpane/wizards/ScorecardWizard";
import { fakeActions } from "./fakeActions";
import { choose, renderWithStrings } from "./render";

jest.setTimeout(30000);

test("suggests KPIs from Activities and Actuals, needs targets, previews bands and writes SalesScorecard", async () => {
  const { actions, excel } = fakeActions();
  renderWithStrings(<ScorecardWizard actions={actions} />);
  await screen.findByText("Activities: table Activities on sheet Activities, 18 rows");
  const names = ["Visits", "Calls", "ProposalQuality", "CollectionRate", "Revenue", "Collection"];
  await screen.findByRole("group", { name: "Visits" });
  expect(screen.getAllByRole("group").map((g) => g.getAttribute("aria-label"))).toEqual(names);
  expect(screen.getByText("Fix the fields marked above first.")).toBeTruthy();

  // Keep three KPIs: remove from the end so the row numbers stay put.
  for (const row of [6, 4, 3]) fireEvent.click(screen.getByRole("button", { name: `Remove KPI ${row}` }));
  expect(screen.getAllByRole("group")).toHaveLength(3);
  fireEvent.change(screen.getByRole("textbox", { name: "Visits: Target" }), { target: { value: "25" } });
  fireEvent.change(screen.getByRole("textbox", { name: "Calls: Target" }), { target: { value: "80" } });
  fireEvent.change(screen.getByRole("textbox", { name: "Revenue: Target" }), { target: { value: "90000" } });
  await choose("Calls: Direction", "Less is better");
  expect(screen.getByRole("combobox", { name: "Revenue: Kind" }).textContent).toMatch(/Result/);

  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  const table = await screen.findByRole("table", { name: "Preview of SalesScorecard" });
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual(["RepID", "Period", "Score", "Band", "Rank"]);
  const totals = screen.getByRole("list", { name: "Totals" });
  const counts = within(totals)
    .getAllByText(/^Band /)
    .map((li) => Number((li.textContent ?? "").replace(/.*: /, "")));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(18);

  fireEvent.click(screen.getByRole("button", { name: "Write SalesScorecard" }));
  await screen.findByText(/Written: SalesScorecard \(18 rows, new\)/);
  expect(excel.workbook.tables.map((t) => t.name)).toContain("SalesScorecard");
});
