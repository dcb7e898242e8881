/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { IncentivesWizard } from "../../src/taskpane/wizards/IncentivesWizard";
import { defaultTargetOptions } from "../../src/jobs";
import { SalesPlanError } from "../../src/engine/errors";
import { jobMessages } from "../../src/jobs/messages";
import { fakeActions } from "./fakeActions";
import { choose, renderWithStrings, type } from "./render";

jest.setTimeout(30000);

test("edits the example plan with validation beside the fields, saves it and runs payouts", async () => {
  const { actions, excel } = fakeActions();
  await actions.writeTargets(
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 },
    {
      Reps: { LastYearSales: "Sales LY" },
    },
  );
  renderWithStrings(<IncentivesWizard actions={actions} />);
  await screen.findByText("No saved plan in this workbook yet: start from the example below.");
  await screen.findByText("Actuals: table Actuals on sheet Actuals, 36 rows");
  expect(screen.getByRole("status").textContent).toBe("Weights add up to 100%");

  // Weights that do not add up disable saving and say why.
  const revenue = screen.getByRole("group", { name: "Measure 1" });
  fireEvent.change(within(revenue).getByRole("textbox", { name: "Weight %" }), { target: { value: "60" } });
  expect(screen.getByRole("status").textContent).toBe("Weights must add up to 100%, now 90%");
  expect((screen.getByRole("button", { name: "Save plan" }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(within(revenue).getByRole("textbox", { name: "Weight %" }), { target: { value: "abc" } });
  expect(within(revenue).getByText("Enter a percentage between 0 and 100")).toBeTruthy();
  fireEvent.change(within(revenue).getByRole("textbox", { name: "Weight %" }), { target: { value: "70" } });

  // A curve point edited, one added to the collection rate table.
  type("Revenue point 3 payout %", "180");
  // The curve's chart follows its points.
  expect(
    screen.getByRole("img", { name: /Payout curve of Revenue: 50% → 25%, 100% → 100%, 150% → 180%/ }),
  ).toBeTruthy();
  const collection = screen.getByRole("group", { name: "Measure 2" });
  fireEvent.click(within(collection).getByRole("button", { name: "Collection: Add row" }));
  type("Collection tier 3 from", "90000");
  type("Collection tier 3 rate %", "3");
  await choose("Rate table mode", "Retroactive (all at the top rate)");

  fireEvent.click(screen.getByRole("button", { name: "Save plan" }));
  await screen.findByText(/Plan saved to SalesPlan and SalesPlanTiers/);
  const saved = await actions.loadPlan();
  expect(saved?.measures[0].method).toEqual({
    kind: "curve",
    curve: [
      { attainment: 0.5, payout: 0.25 },
      { attainment: 1, payout: 1 },
      { attainment: 1.5, payout: 1.8 },
    ],
  });
  expect(saved?.measures[1].method).toMatchObject({ kind: "tiers", mode: "retro" });

  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  const table = await screen.findByRole("table", { name: "Preview of SalesPayouts" });
  expect(within(table).getAllByRole("row").length).toBeGreaterThan(1);
  const totals = screen.getByRole("list", { name: "Totals" });
  expect(within(totals).getByText(/^Net payout:/).textContent).toMatch(/adds up/);

  fireEvent.click(screen.getByRole("button", { name: "Write SalesPayouts" }));
  await screen.findByText(/Written: SalesPayouts \(\d+ rows, new\), SalesPlan \(\d+ rows, replaced\)/);
  expect(excel.workbook.tables.map((t) => t.name)).toContain("SalesPayouts");
});

test("loads the saved plan, and shows a failed write as a message", async () => {
  const { actions } = fakeActions({
    writePayouts: () =>
      Promise.reject(new SalesPlanError(jobMessages.noMeasureTarget, { measure: "Revenue" })),
  });
  await actions.savePlan({
    name: "Field plan",
    version: "v7",
    currency: "",
    frequency: "quarterly",
    trueUp: false,
    negativeTrueUp: "carry",
    measures: [
      {
        name: "Revenue",
        weight: 1,
        method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.05 }] },
      },
    ],
    draw: { amount: 500, recoverable: false },
  });
  renderWithStrings(<IncentivesWizard actions={actions} />);
  await screen.findByText("Loaded plan Field plan v7 from SalesPlan.");
  expect((screen.getByRole("textbox", { name: "Plan name" }) as HTMLInputElement).value).toBe("Field plan");
  expect(screen.getAllByRole("group")).toHaveLength(1);
  expect((screen.getByRole("switch", { name: "Draw against commission" }) as HTMLInputElement).checked).toBe(
    true,
  );
  expect((screen.getByRole("textbox", { name: "Draw per period" }) as HTMLInputElement).value).toBe("500");
  fireEvent.click(screen.getByRole("button", { name: "Write SalesPayouts" }));
  await screen.findByText("Revenue: no target: enter a monthly target for it, or write SalesTargets first");
  await waitFor(() => expect(screen.getByText("Could not finish")).toBeTruthy());
});
