/** How each wizard's saved choices come back: options checked, the loaded plan winning. */
import { catalogues } from "../../src/taskpane/i18n";
import {
  planFormToSave,
  restoreMappings,
  restorePlanForm,
  restoreScorecardForm,
  restoreTargetsForm,
} from "../../src/taskpane/wizards/choices";
import {
  checkPlanForm,
  examplePlanForm,
  planToForm,
  type PlanForm,
} from "../../src/taskpane/wizards/planForm";
import { initialScorecardForm } from "../../src/taskpane/wizards/scorecardForm";
import { initialTargetsForm } from "../../src/taskpane/wizards/targetsForm";

test("targets: options outside their lists fall back, the rest comes back", () => {
  const initial = initialTargetsForm(2026);
  const saved = {
    ...initial,
    source: "regions",
    companyTarget: "7,000,000",
    basis: "blend",
    blendHistory: 35,
    decimals: "-3",
    fiscalStartMonth: "4",
    products: [{ name: "Cloud", weight: "100" }],
  };
  expect(restoreTargetsForm(saved, initial)).toEqual(saved);
  const bad = {
    ...saved,
    source: "moon",
    basis: "guess",
    blendHistory: 140,
    decimals: "7",
    fiscalStartMonth: "13",
  };
  expect(restoreTargetsForm(bad, initial)).toEqual({
    ...saved,
    source: initial.source,
    basis: initial.basis,
    blendHistory: initial.blendHistory,
    decimals: initial.decimals,
    fiscalStartMonth: initial.fiscalStartMonth,
  });
});

test("scorecard: KPIs and bands item by item", () => {
  const saved = {
    kpis: [
      { name: "Calls", kind: "process", direction: "up", weight: "2", cap: "", target: "40" },
      { name: "DSO", kind: "lagging", direction: "down", weight: 1, target: "45" },
    ],
    groupOn: false,
    bands: [{ minimum: "90", label: "Top" }],
  };
  expect(restoreScorecardForm(saved, initialScorecardForm)).toEqual({
    ...initialScorecardForm,
    kpis: [
      saved.kpis[0],
      { name: "DSO", kind: "process", direction: "down", weight: "1", cap: "", target: "45" },
    ],
    groupOn: false,
    bands: [{ minimum: "90", label: "Top" }],
  });
});

test("mappings: known inputs and columns only, headers as text or positions, the chosen table kept", () => {
  const saved = {
    Reps: { LastYearSales: "Sales LY", Region: 2, Name: -1, Bogus: "x", "@table": "Team" },
    Actuals: { Measure: { nested: true } },
    Secrets: { RepID: "A" },
  };
  expect(restoreMappings(saved, {})).toEqual({
    Reps: { LastYearSales: "Sales LY", Region: 2, "@table": "Team" },
    Actuals: {},
  });
  expect(restoreMappings("junk", {})).toEqual({});
});

const strings = catalogues.en;

test("incentives: without a saved plan the saved form is the draft", () => {
  const draft: PlanForm = {
    ...examplePlanForm,
    name: "Draft",
    measures: examplePlanForm.measures.map((m, i) => ({ ...m, monthlyTarget: String(1000 * (i + 1)) })),
  };
  const restored = restorePlanForm(planFormToSave(draft), examplePlanForm);
  expect(restored).toEqual(draft);
  expect("base" in restored).toBe(false);
});

test("incentives: a plan in the workbook wins; monthly targets come from the saved form, in either order", () => {
  const plan = checkPlanForm({ ...examplePlanForm, name: "Saved plan", version: "v7" }, strings).plan;
  if (!plan) throw new Error("the example plan is valid");
  const saved = planFormToSave({
    ...examplePlanForm,
    name: "Unsaved edit",
    measures: [
      { ...examplePlanForm.measures[1], monthlyTarget: "50000" },
      { ...examplePlanForm.measures[0], monthlyTarget: "120000" },
    ],
  });
  expect(JSON.stringify(saved)).not.toContain('"base"');
  // the plan loaded first, then the saved choices arrive
  const planFirst = restorePlanForm(saved, planToForm(plan, examplePlanForm));
  // the saved choices arrived first, then the plan loads
  const choicesFirst = planToForm(plan, restorePlanForm(saved, examplePlanForm));
  expect(planFirst).toEqual(choicesFirst);
  expect(planFirst.name).toBe("Saved plan");
  expect(planFirst.base).toBe(plan);
  expect(planFirst.measures.map((m) => [m.name, m.monthlyTarget])).toEqual([
    ["Revenue", "120000"],
    ["Collection", "50000"],
  ]);
});
