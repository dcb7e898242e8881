/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { IncentivesWizard } from "../../src/taskpane/wizards/IncentivesWizard";
import { catalogues } from "../../src/taskpane/i18n";
import { GoContext } from "../../src/taskpane/wizards/steps";
import { fakeActions } from "./fakeActions";
import { renderWithStrings, type } from "./render";
import { unitAfter } from "./units";

jest.setTimeout(60000);

test("money labels say the plan's currency and percent boxes say %; the currency is saved with the plan", async () => {
  const { actions } = fakeActions();
  renderWithStrings(<IncentivesWizard actions={actions} />);
  await screen.findByText("No saved plan in this workbook yet: start from the example below.");
  // The example plan is in CNY: every money label says so, and its box shows the code after the figure.
  expect(screen.getAllByRole("textbox", { name: "Cap per period (CNY)" })).toHaveLength(2);
  const planCap = screen.getByRole("textbox", { name: "Plan cap per period (CNY)" });
  expect(unitAfter(planCap)).toBe("CNY");
  expect(screen.queryByText(/\(money\)/)).toBeNull();
  // Percent fields carry a % after the figure.
  const revenue = screen.getByRole("group", { name: "Measure 1" });
  expect(unitAfter(within(revenue).getByRole("textbox", { name: "Weight" }))).toBe("%");
  expect(unitAfter(within(revenue).getByRole("textbox", { name: "Threshold (nothing below)" }))).toBe("%");
  expect(unitAfter(screen.getByRole("textbox", { name: "Revenue point 1 payout" }))).toBe("%");
  expect(unitAfter(screen.getByRole("textbox", { name: "Revenue point 1 attainment" }))).toBe("%");
  // An amount-based rate table: its bounds are money-like amounts, its rates %.
  expect(unitAfter(screen.getByRole("textbox", { name: "Collection tier 2 from" }))).toBeNull();
  expect(unitAfter(screen.getByRole("textbox", { name: "Collection tier 2 rate" }))).toBe("%");

  // Another currency relabels every money field; none leaves the label bare.
  type("Currency", "usd");
  expect(screen.getByRole("textbox", { name: "Plan cap per period (USD)" })).toBeTruthy();
  fireEvent.click(screen.getByRole("switch", { name: "Draw against commission" }));
  expect(unitAfter(screen.getByRole("textbox", { name: "Draw per period (USD)" }))).toBe("USD");
  type("Currency", "");
  expect(screen.getByRole("textbox", { name: "Plan cap per period" })).toBeTruthy();
  // Not a currency code: said beside the field once it is left, and no label takes it.
  type("Currency", "US");
  fireEvent.blur(screen.getByRole("textbox", { name: "Currency" }));
  expect(screen.getByText("Enter a three-letter currency code, e.g. CNY")).toBeTruthy();
  expect(screen.getByRole("textbox", { name: "Plan cap per period" })).toBeTruthy();

  type("Currency", "HKD");
  fireEvent.click(screen.getByRole("switch", { name: "Draw against commission" }));
  fireEvent.click(screen.getByRole("button", { name: "Save plan" }));
  await screen.findByText(/Plan saved to SalesPlan and SalesPlanTiers/, {}, { timeout: 10000 });
  expect((await actions.loadPlan())?.currency).toBe("HKD");
});

test("zh: the currency in full-width brackets, the example plan named in Chinese", async () => {
  const zh = catalogues.zh;
  const { actions } = fakeActions();
  renderWithStrings(<IncentivesWizard actions={actions} />, zh);
  await screen.findByText(zh.noSavedPlan);
  expect(screen.getAllByRole("textbox", { name: "每期封顶（CNY）" })).toHaveLength(2);
  expect(screen.getByRole("textbox", { name: "方案每期封顶（CNY）" })).toBeTruthy();
  expect((screen.getByRole("textbox", { name: zh.planName }) as HTMLInputElement).value).toBe("销售激励方案");
});

test.each([
  ["en", catalogues.en],
  ["zh", catalogues.zh],
] as const)(
  "%s: the example plan without SalesTargets says so in Preview and goes to the Targets wizard",
  async (_, strings) => {
    const { actions } = fakeActions();
    const go = jest.fn();
    renderWithStrings(
      <GoContext.Provider value={go}>
        <IncentivesWizard actions={actions} />
      </GoContext.Provider>,
      strings,
    );
    await screen.findByText(strings.noSavedPlan);
    fireEvent.click(screen.getByRole("button", { name: strings.previewButton }));
    await screen.findByText(strings.noTargetsTitle, {}, { timeout: 15000 });
    // The plain words, not the job's raw message, and the Write button still off.
    const revenue =
      strings.locale === "zh"
        ? "本工作簿没有 SalesTargets，方案也没有为 Revenue"
        : "the plan gives Revenue no";
    expect(screen.getByText(new RegExp(revenue))).toBeTruthy();
    expect(screen.queryByText(/no target: enter a monthly target/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: strings.noTargetsGo }));
    expect(go).toHaveBeenCalledWith({ wizard: "targets", step: "options" });
  },
);
