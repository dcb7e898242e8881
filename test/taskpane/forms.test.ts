/** The wizards' forms to job options: numbers as typed, percentages, and a message per field at fault. */
import { catalogues } from "../../src/taskpane/i18n";
import { demoPlan } from "../../src/cli/demo/plans";
import { checkPlanForm, examplePlanForm, planToForm } from "../../src/taskpane/wizards/planForm";
import { initialTargetsForm, targetsOptions } from "../../src/taskpane/wizards/TargetsWizard";
import {
  initialScorecardForm,
  scorecardOptions,
  suggestKpis,
} from "../../src/taskpane/wizards/ScorecardWizard";
import { parseNumber } from "../../src/taskpane/wizards/common";
import type { InputReport } from "../../src/taskpane/actions";

const en = catalogues.en;

test("numbers as people type them", () => {
  expect(parseNumber("1,200,000")).toBe(1200000);
  expect(parseNumber(" 12 000.5 ")).toBe(12000.5);
  expect(parseNumber("")).toBeNull();
  expect(parseNumber("12abc")).toBeUndefined();
});

test("the example plan is valid and reads back from the engine's plan unchanged", () => {
  const check = checkPlanForm(examplePlanForm, en);
  expect(check.errors).toEqual({});
  expect(check.planError).toBeNull();
  expect(check.weightTotal).toBe(100);
  const plan = check.plan!;
  expect(plan.measures[0]).toMatchObject({ name: "Revenue", weight: 0.7 });
  expect(plan.measures[0].method).toEqual({
    kind: "curve",
    curve: [
      { attainment: 0.5, payout: 0.25 },
      { attainment: 1, payout: 1 },
      { attainment: 1.5, payout: 2 },
    ],
  });
  expect(plan.measures[1].method).toMatchObject({
    kind: "tiers",
    tiers: [
      { from: 0, rate: 0.01 },
      { from: 50000, rate: 0.02 },
    ],
  });
  expect(plan.gates).toEqual([{ measure: "Revenue", minimum: 0.5, on: "attainment" }]);
  const { base, ...roundTrip } = planToForm(plan, examplePlanForm);
  expect(base).toBe(plan); // remembered, so what the form cannot show is kept on save
  expect(roundTrip).toEqual(examplePlanForm);
});

test("bad fields are named, and the engine's objection to the whole plan is kept", () => {
  const bad = checkPlanForm(
    {
      ...examplePlanForm,
      measures: [{ ...examplePlanForm.measures[0], weight: "150", points: [{ from: "x", rate: "10" }] }],
      gateMinimum: "",
    },
    en,
  );
  expect(bad.plan).toBeNull();
  expect(bad.errors["measure.0.weight"]).toBe(en.percentExpected);
  expect(bad.errors["measure.0.point.0.from"]).toBe(en.numberExpected);
  expect(bad.errors.gateMinimum).toBe(en.numberExpected);
  const whole = checkPlanForm(
    { ...examplePlanForm, measures: [{ ...examplePlanForm.measures[0], weight: "70" }] },
    en,
  );
  expect(whole.plan).toBeNull();
  expect(whole.planError?.en).toMatch(/100/);
  expect(whole.planError?.zh).not.toBe("");
});

test("targets options: company target required, products as weights", () => {
  const form = { ...initialTargetsForm(2026), companyTarget: "", splitProducts: true };
  expect(targetsOptions(form, en).errors.companyTarget).toBe(en.positiveExpected);
  const ok = targetsOptions({ ...form, companyTarget: "1,000", decimals: "-3" }, en).options!;
  expect(ok).toMatchObject({ companyTarget: 1000, decimals: -3, fiscalYear: 2026, fiscalStartMonth: 1 });
  expect(ok.products.map((p) => p.weight)).toEqual([50, 30, 20]);
  expect(targetsOptions({ ...form, source: "regions" }, en).options?.companyTarget).toBeNull();
});

test("scorecard KPIs suggested from the tables, and targets required", () => {
  const report = (name: InputReport["name"], extras: string[], measures: string[]): InputReport => ({
    name,
    found: true,
    sheet: name,
    table: name,
    headers: [],
    columns: [],
    extras,
    rowCount: 1,
    validRows: 1,
    problems: [],
    measures,
    periods: [],
    available: [],
  });
  const kpis = suggestKpis([
    report("Activities", ["Visits", "CollectionRate"], []),
    report("Actuals", [], ["Revenue", "visits"]),
  ]);
  expect(kpis.map((k) => [k.name, k.kind])).toEqual([
    ["Visits", "process"],
    ["CollectionRate", "result"],
    ["Revenue", "result"],
  ]);
  const form = { ...initialScorecardForm, kpis };
  expect(scorecardOptions(form, en).errors["kpi.0.target"]).toBe(en.positiveExpected);
  const ok = scorecardOptions(
    { ...form, kpis: kpis.map((k) => ({ ...k, target: "10", cap: "150" })) },
    en,
  ).options!;
  expect(ok.kpis[0]).toMatchObject({ target: 10, cap: 1.5 });
  expect(ok).toMatchObject({ cap: 1.2, groupWeights: { process: 40, result: 60 } });
});

test("a saved plan survives the form: what the form does not show is kept, not rewritten", () => {
  // The demo plan uses attainment-based tiers, an attainment cap, a currency and a SPIFF: opening
  // it in the wizard and saving it again must give back the same plan.
  const form = planToForm(demoPlan, examplePlanForm);
  expect(form.measures[0].basis).toBe("attainment");
  expect(form.measures[0].points.map((p) => p.from)).toEqual(["0", "100", "120"]);
  const check = checkPlanForm(form, en);
  expect(check.errors).toEqual({});
  expect(check.planError).toBeNull();
  expect(check.plan).toEqual(demoPlan);
});

test("a plan's second gate and SPIFF are kept when the form edits the first", () => {
  const plan = {
    ...demoPlan,
    trueUp: true,
    gates: [...demoPlan.gates!, { measure: "Collection", minimum: 0.9, on: "actual" as const }],
    spiffs: [...demoPlan.spiffs!, { name: "Renewal", measure: "Renewals", amount: 300 }],
  };
  const form = { ...planToForm(plan, examplePlanForm), gateMinimum: "70" };
  const saved = checkPlanForm(form, en).plan!;
  expect(saved.trueUp).toBe(true);
  expect(saved.gates).toEqual([{ measure: "Revenue", minimum: 0.7, on: "attainment" }, plan.gates[1]]);
  expect(saved.spiffs).toEqual(plan.spiffs);
});
