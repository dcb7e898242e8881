/**
 * @jest-environment jsdom
 */
import { screen } from "@testing-library/react";
import { catalogues, type Strings } from "../../src/taskpane/i18n";
import { IncentivesWizard } from "../../src/taskpane/wizards/IncentivesWizard";
import { ScorecardWizard } from "../../src/taskpane/wizards/ScorecardWizard";
import { fakeActions } from "./fakeActions";
import { renderWithStrings } from "./render";
import { unitAfter } from "./units";

jest.setTimeout(60000);

/**
 * A box that shows "%" after the figure says the unit once: its name (label) carries no % of its
 * own ("Weight [40 %]", not "Weight % [40 %]"). Returns the names of the percent boxes, so a caller
 * can check the screen had some.
 */
function percentBoxes(): { named: string[]; twice: string[] } {
  const boxes = screen.getAllByRole("textbox").filter((b) => unitAfter(b) === "%");
  const twice = screen.queryAllByRole("textbox", { name: /[%％]/ }).filter((b) => unitAfter(b) === "%");
  const label = (b: HTMLElement) => b.getAttribute("aria-label") ?? b.id;
  return { named: boxes.map(label), twice: twice.map(label) };
}

describe.each([
  ["en", catalogues.en],
  ["zh", catalogues.zh],
] as [string, Strings][])("%s", (_, strings) => {
  test("the plan step's percent boxes (weight, curve, tiers, threshold, gate, what-if) say % once", async () => {
    const { actions } = fakeActions();
    renderWithStrings(<IncentivesWizard actions={actions} />, strings);
    await screen.findByText(strings.noSavedPlan);
    // The example plan has its gate on.
    expect(screen.getByRole("switch", { name: strings.gate })).toHaveProperty("checked", true);
    screen.getByRole("textbox", { name: strings.gateMinimum });
    screen.getByRole("textbox", { name: strings.whatIfAttainment });
    const { named, twice } = percentBoxes();
    // Two weights, two thresholds, 3 curve points x 2, the tiers' rates, the gate and the what-if.
    expect(named.length).toBeGreaterThanOrEqual(12);
    expect(twice).toEqual([]);
  });

  test("the scorecard's percent boxes (group weights, caps) say % once", async () => {
    renderWithStrings(<ScorecardWizard actions={fakeActions().actions} />, strings);
    await screen.findByRole("group", { name: "Visits" }, { timeout: 15000 });
    screen.getByRole("textbox", { name: strings.processWeight });
    screen.getByRole("textbox", { name: `Visits: ${strings.kpiCap}` });
    const { named, twice } = percentBoxes();
    expect(named.length).toBeGreaterThanOrEqual(4);
    expect(twice).toEqual([]);
  });
});
