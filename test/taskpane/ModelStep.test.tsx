/**
 * @jest-environment jsdom
 */
/**
 * The Incentive plan wizard's plan cost step over the in-memory Excel: the plan as typed (not yet
 * saved) and the saved version side by side at five scenarios, the cost per scenario as the model
 * job computes it, the pay distribution chart, a model gone stale when an option changes, and the
 * guarded write of SalesPlanModel, and its undo.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { defaultTargetOptions, readModelTables, runJob } from "../../src/jobs";
import type { Plan } from "../../src/engine/incentives";
import { catalogues } from "../../src/taskpane/i18n";
import { checkPlanForm, examplePlanForm } from "../../src/taskpane/wizards/planForm";
import { ModelStep } from "../../src/taskpane/wizards/ModelStep";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { outputSchemas, readSpec } from "../../src/workbook/schema";
import { fakeActions } from "./fakeActions";
import { renderWithStrings, type } from "./render";

jest.setTimeout(60000);

const saved = checkPlanForm(examplePlanForm, catalogues.en).plan as Plan;
// The version being edited: a plan cap of 1,000 a month.
const edited: Plan = { ...saved, version: "v2", cap: 1000 };

async function workbook() {
  const made = fakeActions();
  await made.actions.writeTargets(
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  await made.actions.savePlan(saved);
  return made;
}

test("models the edited plan beside the saved one, charts the pay per rep and writes SalesPlanModel", async () => {
  const { actions, excel } = await workbook();
  const host = new OfficeWorkbookHost({ run: excel.run });
  const expected = runJob({
    job: "model",
    inputs: await readModelTables((spec) => host.readTable(spec)),
    options: { plans: [edited, saved], scenarios: [0.8, 0.9, 1, 1.1, 1.2], basis: "scaled", language: "en" },
  });
  renderWithStrings(
    <ModelStep actions={actions} mappings={{}} plan={edited} measureTargets={{}} others={[saved]} />,
  );
  const write = () => screen.getByRole("button", { name: "Write SalesPlanModel" }) as HTMLButtonElement;
  expect(write().disabled).toBe(true);
  fireEvent.click(screen.getByRole("combobox", { name: "Side by side with" }));
  fireEvent.click(await screen.findByRole("option", { name: `${saved.name} ${saved.version}` }));
  fireEvent.click(screen.getByRole("button", { name: "Model cost" }));

  const table = await screen.findByRole("table", { name: "Plan cost by scenario" });
  const rows = within(table).getAllByRole("row").slice(1);
  expect(rows).toHaveLength(10);
  const money = (v: unknown) => Math.round(v as number).toLocaleString("en-US");
  expected.outputs[0].rows.forEach((r, i) => {
    const cells = within(rows[i])
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells[0]).toBe(`${Number(((r.Scenario as number) * 100).toFixed(1))}%`);
    expect(cells[1]).toBe(`${String(r.Plan)} ${String(r.Version)}`);
    expect(cells[2]).toBe(money(r.Payout));
    expect(cells[4]).toBe(`${String(r.AboveCap)} of ${String(r.Reps)}`);
  });
  // The cap holds the edited plan below the saved one at target, and someone reaches it.
  expect(expected.outputs[0].rows[4].AboveCap as number).toBeGreaterThan(0);
  expect(expected.outputs[0].rows[4].Payout as number).toBeLessThan(
    expected.outputs[0].rows[5].Payout as number,
  );

  const chart = screen.getByRole("img", { name: "Pay per rep for 2026, by scenario" });
  expect(chart.querySelectorAll("[data-scenario]")).toHaveLength(5);
  expect(chart.querySelectorAll("rect")).toHaveLength(10);
  const first = expected.lines[0];
  const median = first.payouts.length % 2 ? first.payouts[(first.payouts.length - 1) / 2] : null;
  expect(chart.querySelector("desc")?.textContent).toMatch(
    /^Pay per rep for 2026 by scenario: 80% Sales incentive v2: median /,
  );
  if (median !== null)
    expect(chart.querySelector("desc")?.textContent).toContain(
      `median ${Math.round(median).toLocaleString("en-US")}`,
    );

  // Another scenario list: the model shown is out of date and Write waits for a new one.
  type("Scenarios (attainment, e.g. 0.8, 0.9, 1, 1.1, 1.2)", "0.8, 1, 1.2");
  expect(screen.queryByRole("table", { name: "Plan cost by scenario" })).toBeNull();
  expect(write().disabled).toBe(true);
  type("Scenarios (attainment, e.g. 0.8, 0.9, 1, 1.1, 1.2)", "0.8, 0.9, 1, 1.1, 1.2");
  expect(await screen.findByText(/Scenario "x" is not a number above 0/).catch(() => null)).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Model cost" }));
  await screen.findByRole("table", { name: "Plan cost by scenario" });
  await waitFor(() => expect(write().disabled).toBe(false));
  fireEvent.click(write());
  // The confirmation names what the write adds or replaces.
  const confirm = screen.getByRole("alertdialog", { name: "Before writing" });
  expect(confirm.textContent).toMatch(/SalesPlanModel: new table, 10 rows/);
  fireEvent.click(within(confirm).getByRole("button", { name: "Replace and write" }));
  await screen.findByText(/Written: SalesPlanModel \(10 rows, new\)/);
  const back = await host.readTable(readSpec(outputSchemas.SalesPlanModel));
  expect(back.rows.map((r) => [r.values.Scenario, r.values.Plan, r.values.Version, r.values.Payout])).toEqual(
    expected.outputs[0].rows.map((r) => [r.Scenario, r.Plan, r.Version, r.Payout]),
  );
  // Undo last write: the table the write created goes with its sheet, and the offer with it.
  fireEvent.click(screen.getByRole("button", { name: "Undo last write" }));
  await screen.findByText(/Undone: SalesPlanModel removed\. SalesAudit records the undo\./);
  expect(excel.workbook.sheet("SalesPlanModel")).toBeUndefined();
  expect(screen.queryByRole("button", { name: "Undo last write" })).toBeNull();
});

test("a scenario that is not a number is named beside the field and nothing is modelled", async () => {
  const { actions } = await workbook();
  renderWithStrings(
    <ModelStep actions={actions} mappings={{}} plan={saved} measureTargets={{}} others={[]} />,
    catalogues.zh,
  );
  type("情景（达成率，如 0.8, 0.9, 1, 1.1, 1.2）", "0.8, 九十");
  expect(
    screen.getByText("情景“九十”不是大于 0 的数字：请按 0.8,0.9,1,1.1,1.2 的格式填写达成率"),
  ).toBeTruthy();
  expect((screen.getByRole("button", { name: "测算成本" }) as HTMLButtonElement).disabled).toBe(true);
});
