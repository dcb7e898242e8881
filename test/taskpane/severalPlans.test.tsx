/**
 * @jest-environment jsdom
 */
/**
 * Several plans in the Incentive plan wizard (PRODUCT.md "Organisations"): when SalesPlan holds two
 * plans, the wizard lists them and edits one at a time; saving one writes it in place and keeps the
 * other's rows as they were; opening another plan over unsaved changes asks first.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Plan } from "../../src/engine/incentives";
import { insidePlan } from "../../src/cli/demo/assignments";
import { planTables } from "../../src/jobs";
import { catalogues } from "../../src/taskpane/i18n";
import { IncentivesWizard } from "../../src/taskpane/wizards/IncentivesWizard";
import { checkPlanForm, examplePlanForm } from "../../src/taskpane/wizards/planForm";
import { fakeActions } from "./fakeActions";
import { renderWithStrings, type } from "./render";

jest.setTimeout(60000);

const field = checkPlanForm(examplePlanForm, catalogues.en).plan as Plan;

test("lists the workbook's plans, edits the one chosen and saves it without touching the other", async () => {
  const { actions } = fakeActions();
  await actions.savePlan(field);
  await actions.savePlan(insidePlan);
  const before = await actions.loadPlans();
  expect(before.map((p) => p.name)).toEqual([field.name, insidePlan.name]);

  renderWithStrings(<IncentivesWizard actions={actions} />);
  const picker = await screen.findByRole("combobox", { name: "Plan to edit" });
  const name = () => (screen.getByRole("textbox", { name: "Plan name" }) as HTMLInputElement).value;
  await waitFor(() => expect(name()).toBe(field.name));
  expect(screen.getByText(/This workbook holds 2 plans/)).toBeTruthy();
  fireEvent.click(picker);
  const options = await screen.findAllByRole("option");
  expect(options.map((o) => o.textContent)).toEqual([
    `${field.name} ${field.version}`,
    "FY2026 Inside Sales 1.0",
  ]);
  fireEvent.click(options[1]);
  await waitFor(() => expect(name()).toBe(insidePlan.name));

  // An unsaved edit: opening the other plan asks first, and "Keep editing" keeps it.
  type("Version", "1.1");
  fireEvent.click(screen.getByRole("combobox", { name: "Plan to edit" }));
  fireEvent.click(await screen.findByRole("option", { name: `${field.name} ${field.version}` }));
  const ask = screen.getByRole("alertdialog", { name: "Plan to edit" });
  expect(ask.textContent).toContain(
    `Open ${field.name} ${field.version}? The changes you have not saved will be lost.`,
  );
  fireEvent.click(within(ask).getByRole("button", { name: "Keep editing" }));
  expect(name()).toBe(insidePlan.name);
  expect((screen.getByRole("textbox", { name: "Version" }) as HTMLInputElement).value).toBe("1.1");

  fireEvent.click(screen.getByRole("button", { name: "Save plan" }));
  await screen.findByText(/Plan saved to SalesPlan and SalesPlanTiers/);
  const after = await actions.loadPlans();
  expect(after.map((p) => `${p.name} ${p.version}`)).toEqual([
    `${field.name} ${field.version}`,
    "FY2026 Inside Sales 1.1",
  ]);
  // The field plan's rows are written again exactly as they were.
  expect(planTables(after[0]).map((t) => t.rows)).toEqual(planTables(before[0]).map((t) => t.rows));
  expect(after[1].measures).toEqual(before[1].measures);
});
