/** The wizards' forms to job options: numbers as typed, percentages, and a message per field at fault. */
import { catalogues } from "../../src/taskpane/i18n";
import { demoPlan } from "../../src/cli/demo/plans";
import { whatIfPayout } from "../../src/engine/incentives";
import {
  checkPlanForm,
  checkWhatIf,
  emptyPlanForm,
  errorFieldLabel,
  examplePlanForm,
  initialWhatIf,
  planToForm,
  sameForm,
} from "../../src/taskpane/wizards/planForm";
import { initialTargetsForm, targetsOptions } from "../../src/taskpane/wizards/targetsForm";
import {
  initialScorecardForm,
  scorecardOptions,
  suggestKpis,
} from "../../src/taskpane/wizards/scorecardForm";
import { parseNumber } from "../../src/taskpane/wizards/numberText";
import type { InputReport } from "../../src/taskpane/actions";
import type { Plan } from "../../src/engine/incentives";

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
  expect(plan.measures[0]).toMatchObject({ name: "Revenue", weight: 1 });
  // Collection is a commission rate table: it carries no weight at all.
  expect(plan.measures[1].weight).toBeUndefined();
  expect(check.weighted).toEqual(["Revenue"]);
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
  // An objection only the engine makes (an attainment cap the form does not show, at or under
  // the threshold typed) stays the engine's, in both languages.
  const form = planToForm(demoPlan, examplePlanForm);
  const whole = checkPlanForm(
    { ...form, measures: [{ ...form.measures[0], threshold: "200" }, form.measures[1]] },
    en,
  );
  expect(whole.errors).toEqual({});
  expect(whole.plan).toBeNull();
  expect(whole.planError?.en).toBe("measure 'Revenue': attainment cap 2 is not above the threshold 2");
  expect(whole.planError?.zh).not.toBe("");
});

test("every field at fault is named: plan name, version, weights, points out of order, gate and SPIFF measures", () => {
  const check = checkPlanForm(
    {
      ...examplePlanForm,
      name: " ",
      version: "",
      measures: [
        {
          ...examplePlanForm.measures[0],
          weight: "60",
          points: [
            { from: "50", rate: "25" },
            { from: "150", rate: "100" },
            { from: "150", rate: "200" },
            { from: "120", rate: "250" },
            { from: "300", rate: "240" },
          ],
        },
        { ...examplePlanForm.measures[1], name: "revenue" },
        { ...examplePlanForm.measures[1], name: "NPS", payOn: "incentive", weight: "30" },
      ],
      gateMeasure: "Margin",
      spiffOn: true,
      spiffMeasure: "",
    },
    en,
  );
  expect(check.plan).toBeNull();
  expect(check.errors).toEqual({
    name: en.nameExpected,
    version: en.versionExpected,
    "measure.0.point.2.from": "Must be above the row before (150)",
    "measure.0.point.3.from": "Must be above the row before (150)",
    // A curve never falls: 240% after 250% is refused beside the point.
    "measure.0.point.4.rate": "Must not be below the row before (250): more attainment would pay less",
    "measure.1.name": en.measureTwice,
    // Over the measures paid on the target incentive only: the commission table's weight is none.
    weights:
      "Weights of the measures paid on the target incentive (Revenue, NPS) must add up to 100%, now 90%",
    gateMeasure: en.gateMeasureUnknown,
    spiffMeasure: en.nameExpected,
  });
  // The what-if box names the first field to fix, as the form labels it.
  expect(errorFieldLabel("measure.0.point.2.from", examplePlanForm, en)).toBe("Revenue point 3 attainment");
  expect(errorFieldLabel("measure.1.point.0.rate", examplePlanForm, en)).toBe("Collection tier 1 rate");
  expect(errorFieldLabel("measure.0.weight", examplePlanForm, en)).toBe("Revenue: Weight");
  expect(errorFieldLabel("version", examplePlanForm, en)).toBe("Version");
  const whatIf = checkWhatIf(examplePlanForm, check, initialWhatIf, en);
  expect(whatIf.row).toBeNull();
  expect(whatIf.problem).toBe("Fix “Plan name” first: Enter a name");
});

test("New plan: one empty measure (a commission table, no weight), nothing else; edits are told apart from it", () => {
  const check = checkPlanForm(emptyPlanForm, en);
  expect(check.weighted).toEqual([]);
  expect(check.errors).toEqual({
    name: en.nameExpected,
    version: en.versionExpected,
    "measure.0.name": en.nameExpected,
  });
  const named = {
    ...emptyPlanForm,
    name: "Plan A",
    version: "v1",
    measures: [{ ...emptyPlanForm.measures[0], name: "Revenue" }],
  };
  const plan = checkPlanForm(named, en).plan!;
  expect(plan).toMatchObject({ name: "Plan A", version: "v1", frequency: "monthly", trueUp: false });
  expect(plan.gates).toBeUndefined();
  expect(plan.draw).toBeUndefined();
  expect(sameForm(emptyPlanForm, { ...emptyPlanForm })).toBe(true);
  expect(sameForm(emptyPlanForm, named)).toBe(false);
  // A form loaded from a plan equals itself whatever plan it remembers.
  expect(sameForm(named, { ...named, base: plan })).toBe(true);
  // Leaving a number box groups its digits: not an edit. A different figure is.
  expect(sameForm(examplePlanForm, { ...examplePlanForm, targetIncentive: "24,000" })).toBe(true);
  expect(sameForm(examplePlanForm, { ...examplePlanForm, targetIncentive: "24,001" })).toBe(false);
});

test("what-if: the engine's row for the plan as edited, and what to fix when it cannot answer", () => {
  const check = checkPlanForm(examplePlanForm, en);
  const result = checkWhatIf(
    examplePlanForm,
    check,
    { measure: "Revenue", attainment: "115", target: "100000", targetIncentive: "" },
    en,
  );
  const row = whatIfPayout(check.plan!, { measure: "Revenue", attainment: 1.15, target: 100000 });
  expect(result.row?.net).toBe(row.net);
  expect(result.row?.net).toBe(2600);
  expect(result.row?.explanation).toBe(row.explanation);
  // No measure chosen yet: the plan's first.
  expect(checkWhatIf(examplePlanForm, check, initialWhatIf, en).measure).toBe("Revenue");
  const bad = checkWhatIf(
    examplePlanForm,
    check,
    { ...initialWhatIf, attainment: "x", targetIncentive: "-5" },
    en,
  );
  expect(bad.errors).toEqual({ attainment: en.numberExpected, targetIncentive: en.numberExpected });
  expect(bad.row).toBeNull();
  // A curve with no target incentive anywhere: the engine's message.
  const noIncentive = { ...examplePlanForm, targetIncentive: "" };
  const none = checkWhatIf(noIncentive, checkPlanForm(noIncentive, en), initialWhatIf, en);
  expect(none.problem).toMatch(/no target incentive/);
  // An engine objection to the whole plan is quoted.
  const form = planToForm(demoPlan, examplePlanForm);
  const capped = { ...form, measures: [{ ...form.measures[0], threshold: "200" }, form.measures[1]] };
  expect(checkWhatIf(capped, checkPlanForm(capped, en), initialWhatIf, en).problem).toBe(
    "Fix the plan first: measure 'Revenue': attainment cap 2 is not above the threshold 2",
  );
});

test("the what-if sentence follows the pane's language, with the same figures", () => {
  const zh = catalogues.zh;
  const input = { measure: "Revenue", attainment: "115", target: "100000", targetIncentive: "" };
  const chinese = checkWhatIf(examplePlanForm, checkPlanForm(examplePlanForm, zh), input, zh).row!;
  expect(chinese.explanation).toBe(
    "Revenue 115,000，目标 100,000（115%）：位于曲线 100% → 100% 与 150% → 200% 之间：奖金比例 130% × 目标奖金 2,000（权重 100%） = 2,600",
  );
  const english = checkWhatIf(examplePlanForm, checkPlanForm(examplePlanForm, en), input, en).row!;
  expect(english.explanation).toBe(
    "Revenue 115,000 vs target 100,000 (115%): on the curve between 100% → 100% and 150% → 200%: payout 130% × target incentive 2,000 (weight 100%) = 2,600",
  );
  expect(chinese.net).toBe(english.net);
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
  // So are the settings issue 12 added: a gate judged on the period, SPIFFs repaying the draw,
  // a tier table paid on the target incentive.
  const newer: Plan = {
    ...demoPlan,
    gates: [{ ...demoPlan.gates![0], window: "period" }],
    spiffRepaysDraw: true,
    measures: [
      demoPlan.measures[0],
      { ...demoPlan.measures[1], weight: 0.6 },
      {
        name: "NPS",
        weight: 0.4,
        method: {
          kind: "tiers",
          mode: "marginal",
          basis: "attainment",
          payOn: "incentive",
          tiers: [{ from: 0, rate: 1 }],
        },
      },
    ],
  };
  expect(checkPlanForm(planToForm(newer, examplePlanForm), en).plan).toEqual(newer);
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
