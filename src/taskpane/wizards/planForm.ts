/**
 * The incentive plan as the wizard edits it: text fields (so half-typed numbers survive), percentages
 * as people type them (70, not 0.7). Converted to the engine's Plan with a message per field at fault,
 * then checked by the engine's validatePlan.
 */
import type { PayoutRow, Plan } from "../../engine/incentives";
import { localize, measureKey, validatePlan, whatIfPayout, type Localized } from "../../jobs";
import { fill, pick, type Strings } from "../i18n";
import { groupedText, parseNumber } from "./numberText";

export interface PointForm {
  readonly from: string;
  readonly rate: string;
}

export interface MeasureForm {
  readonly name: string;
  readonly weight: string;
  readonly method: "tiers" | "curve";
  readonly mode: "marginal" | "retro";
  /** Tier bounds as amounts, or as attainment % of the rep's target (shown as 100, stored as 1). */
  readonly basis: "amount" | "attainment";
  /** Tiers: a commission rate table ("amount") or rates as % of the target incentive (weighted). */
  readonly payOn: "amount" | "incentive";
  /** Tiers: (from amount, rate %); curve: (attainment %, payout %). */
  readonly points: readonly PointForm[];
  readonly threshold: string;
  readonly cap: string;
  readonly monthlyTarget: string;
}

export interface PlanForm {
  readonly name: string;
  readonly version: string;
  readonly frequency: Plan["frequency"];
  /** The plan's currency code (the reporting currency): money fields say it ("Cap per period (CNY)"). */
  readonly currency: string;
  readonly targetIncentive: string;
  readonly measures: readonly MeasureForm[];
  readonly gateOn: boolean;
  readonly gateMeasure: string;
  readonly gateMinimum: string;
  readonly planCap: string;
  readonly spiffOn: boolean;
  readonly spiffName: string;
  readonly spiffMeasure: string;
  readonly spiffAmount: string;
  readonly drawOn: boolean;
  readonly drawAmount: string;
  readonly drawRecoverable: boolean;
  /** Whether SPIFF money counts towards the draw (default: it does not). */
  readonly spiffRepaysDraw: boolean;
  /**
   * The saved plan this form was loaded from. The form shows only part of what a plan can say
   * (currency, true-up, role incentives, attainment caps, more gates and SPIFFs): whatever it
   * does not show is carried over from here unchanged, so saving never quietly rewrites a plan.
   */
  readonly base?: Plan;
}

/**
 * A two-measure example: revenue on a curve (the whole target incentive, so weight 100%) with a
 * gate, collection on a marginal commission rate table (no weight).
 */
export const examplePlanForm: PlanForm = {
  name: "Sales incentive",
  version: "v1",
  frequency: "monthly",
  currency: "CNY",
  targetIncentive: "24,000",
  measures: [
    {
      name: "Revenue",
      weight: "100",
      method: "curve",
      mode: "marginal",
      basis: "amount",
      payOn: "amount",
      points: [
        { from: "50", rate: "25" },
        { from: "100", rate: "100" },
        { from: "150", rate: "200" },
      ],
      threshold: "",
      cap: "",
      monthlyTarget: "",
    },
    {
      name: "Collection",
      weight: "",
      method: "tiers",
      mode: "marginal",
      basis: "amount",
      payOn: "amount",
      points: [
        { from: "0", rate: "1" },
        { from: "50,000", rate: "2" },
      ],
      threshold: "",
      cap: "",
      monthlyTarget: "",
    },
  ],
  gateOn: true,
  gateMeasure: "Revenue",
  gateMinimum: "50",
  planCap: "",
  spiffOn: false,
  spiffName: "New logo",
  spiffMeasure: "NewLogos",
  spiffAmount: "500",
  drawOn: false,
  drawAmount: "1,000",
  drawRecoverable: true,
  spiffRepaysDraw: false,
};

const localExamples = new Map<string, PlanForm>();

/**
 * The example in the pane's language: its plan and SPIFF names are the user's to keep, so they are
 * named in Chinese on a Chinese pane. One object per language, so "still the example" is a test of identity.
 */
export function examplePlanFor(strings: Strings): PlanForm {
  if (strings.examplePlanName === examplePlanForm.name) return examplePlanForm;
  const known = localExamples.get(strings.locale);
  if (known) return known;
  const local = { ...examplePlanForm, name: strings.examplePlanName, spiffName: strings.exampleSpiffName };
  localExamples.set(strings.locale, local);
  return local;
}

export const emptyMeasure: MeasureForm = {
  name: "",
  weight: "",
  method: "tiers",
  mode: "marginal",
  basis: "amount",
  payOn: "amount",
  points: [{ from: "0", rate: "5" }],
  threshold: "",
  cap: "",
  monthlyTarget: "",
};

/** "New plan": nothing filled in but one measure (a commission rate table, so no weight). */
export const emptyPlanForm: PlanForm = {
  name: "",
  version: "",
  frequency: "monthly",
  currency: "",
  targetIncentive: "",
  measures: [emptyMeasure],
  gateOn: false,
  gateMeasure: "",
  gateMinimum: "50",
  planCap: "",
  spiffOn: false,
  spiffName: "",
  spiffMeasure: "",
  spiffAmount: "",
  drawOn: false,
  drawAmount: "",
  drawRecoverable: true,
  spiffRepaysDraw: false,
};

/**
 * Whether two forms say the same (the saved plan they came from aside): unsaved edits when not.
 * A number is the same however it is grouped: leaving a box groups "24000" as "24,000", which is no edit.
 */
export function sameForm(a: PlanForm, b: PlanForm): boolean {
  const figure = (_: string, v: unknown) => {
    const n = typeof v === "string" ? parseNumber(v) : undefined;
    return typeof n === "number" ? n : v;
  };
  const shown = (form: PlanForm) => JSON.stringify({ ...form, base: undefined }, figure);
  return shown(a) === shown(b);
}

export type PlanErrors = Readonly<Record<string, string>>;

export interface PlanCheck {
  readonly plan: Plan | null;
  readonly measureTargets: Readonly<Record<string, number | null>>;
  /** Field path ("measure.0.weight", "measure.1.point.2.rate", "gateMinimum") -> message. */
  readonly errors: PlanErrors;
  /** The engine's objection to the plan as a whole (weights, tiers out of order...). */
  readonly planError: Localized | null;
  /** Sum of the weights of the measures paid on the target incentive, in percent. */
  readonly weightTotal: number;
  /** The measures paid on the target incentive: the ones whose weights must add up to 100%. */
  readonly weighted: readonly string[];
}

/** Whether a measure as typed pays on the target incentive, so its weight acts (and is shown). */
export function formWeighted(m: MeasureForm): boolean {
  return m.method === "curve" || m.payOn === "incentive";
}

const pct = (x: number) => x / 100;
const fromPct = (x: number) => Number((x * 100).toPrecision(12));

export function checkPlanForm(form: PlanForm, strings: Strings): PlanCheck {
  const errors: Record<string, string> = {};
  const need = (
    path: string,
    text: string,
    opts: { optional?: boolean; min?: number; max?: number } = {},
  ) => {
    const n = parseNumber(text);
    if (n === null) {
      if (!opts.optional) errors[path] = strings.numberExpected;
      return null;
    }
    if (
      n === undefined ||
      (opts.min !== undefined && n < opts.min) ||
      (opts.max !== undefined && n > opts.max)
    ) {
      errors[path] = opts.max === 100 ? strings.percentExpected : strings.numberExpected;
      return null;
    }
    return n;
  };
  if (form.name.trim() === "") errors.name = strings.nameExpected;
  if (form.version.trim() === "") errors.version = strings.versionExpected;
  const currency = form.currency.trim().toUpperCase();
  if (currency !== "" && !/^[A-Z]{3}$/.test(currency)) errors.currency = strings.currencyExpected;
  const targetIncentive = need("targetIncentive", form.targetIncentive, { optional: true, min: 0 });
  const measureTargets: Record<string, number | null> = {};
  let weightTotal = 0;
  const weighted: string[] = [];
  const base = form.base;
  const names = form.measures.map((m) => measureKey(m.name));
  const measures = form.measures.map((m, i) => {
    if (m.name.trim() === "") errors[`measure.${i}.name`] = strings.nameExpected;
    else if (names.indexOf(measureKey(m.name)) < i) errors[`measure.${i}.name`] = strings.measureTwice;
    const weightedMeasure = formWeighted(m);
    const weight = weightedMeasure ? (need(`measure.${i}.weight`, m.weight, { min: 0, max: 100 }) ?? 0) : 0;
    if (weightedMeasure) {
      weightTotal += weight;
      weighted.push(m.name.trim() || fill(strings.measureTitle, { row: i + 1 }));
    }
    let previous: number | null = null;
    let previousRate: number | null = null;
    const points = m.points.map((p, j) => {
      const path = `measure.${i}.point.${j}.from`;
      const ratePath = `measure.${i}.point.${j}.rate`;
      const from = need(path, p.from, { min: 0 });
      const rate = need(ratePath, p.rate, { min: 0 });
      // Tier bounds and curve attainments go up row by row (an equal bound would overlap).
      if (from !== null && previous !== null && from <= previous)
        errors[path] = fill(strings.pointsAscending, { previous });
      if (from !== null) previous = from;
      // A curve never falls: more attainment must not pay less.
      if (m.method === "curve" && rate !== null && previousRate !== null && rate < previousRate)
        errors[ratePath] = fill(strings.curveFalls, { previous: previousRate });
      if (rate !== null) previousRate = rate;
      return { from: from ?? 0, rate: rate ?? 0 };
    });
    const threshold = need(`measure.${i}.threshold`, m.threshold, { optional: true, min: 0 });
    const cap = need(`measure.${i}.cap`, m.cap, { optional: true, min: 0 });
    measureTargets[m.name.trim()] = need(`measure.${i}.monthlyTarget`, m.monthlyTarget, {
      optional: true,
      min: 0,
    });
    const saved = base?.measures.find((b) => b.name === m.name.trim());
    return {
      ...(saved?.attainmentCap !== undefined ? { attainmentCap: saved.attainmentCap } : {}),
      name: m.name.trim(),
      ...(weightedMeasure ? { weight: pct(weight) } : {}),
      method:
        m.method === "tiers"
          ? {
              kind: "tiers" as const,
              mode: m.mode,
              // Rates on the target incentive are per attainment, so their bounds are too.
              basis: m.payOn === "incentive" ? ("attainment" as const) : m.basis,
              ...(m.payOn === "incentive" ? { payOn: "incentive" as const } : {}),
              tiers: points.map((p) => ({
                from: m.basis === "attainment" || m.payOn === "incentive" ? pct(p.from) : p.from,
                rate: pct(p.rate),
              })),
            }
          : {
              kind: "curve" as const,
              curve: points.map((p) => ({ attainment: pct(p.from), payout: pct(p.rate) })),
            },
      ...(threshold !== null ? { threshold: pct(threshold) } : {}),
      ...(cap !== null ? { cap } : {}),
    };
  });
  weightTotal = Number(weightTotal.toPrecision(12));
  if (weighted.length > 0 && Math.abs(weightTotal - 100) > 1e-9)
    errors.weights = fill(strings.weightsOverMustBe100, {
      measures: weighted.join(", "),
      value: weightTotal,
    });
  const gateMinimum = form.gateOn ? need("gateMinimum", form.gateMinimum, { min: 0 }) : null;
  if (form.gateOn && !names.includes(measureKey(form.gateMeasure)))
    errors.gateMeasure = strings.gateMeasureUnknown;
  if (form.spiffOn && form.spiffMeasure.trim() === "") errors.spiffMeasure = strings.nameExpected;
  const planCap = need("planCap", form.planCap, { optional: true, min: 0 });
  const spiffAmount = form.spiffOn ? need("spiffAmount", form.spiffAmount, { min: 0 }) : null;
  const drawAmount = form.drawOn ? need("drawAmount", form.drawAmount, { min: 0 }) : null;
  // The form edits the first gate and the first SPIFF; a saved plan's others stay as they were.
  const gateMeasure = form.gateMeasure.trim();
  const savedGate = base?.gates?.[0];
  const gates = [
    ...(form.gateOn && gateMinimum !== null
      ? [
          {
            measure: gateMeasure,
            minimum: pct(gateMinimum),
            on: savedGate?.measure === gateMeasure ? savedGate.on : ("attainment" as const),
            // The window the gate is judged on (period or year to date) is not shown: kept as saved.
            ...(savedGate?.measure === gateMeasure && savedGate.window !== undefined
              ? { window: savedGate.window }
              : {}),
          },
        ]
      : []),
    ...(base?.gates?.slice(1) ?? []),
  ];
  const spiffs = [
    ...(form.spiffOn && spiffAmount !== null
      ? [{ name: form.spiffName.trim() || "SPIFF", measure: form.spiffMeasure.trim(), amount: spiffAmount }]
      : []),
    ...(base?.spiffs?.slice(1) ?? []),
  ];
  const plan: Plan = {
    ...(base?.roleIncentives !== undefined ? { roleIncentives: base.roleIncentives } : {}),
    name: form.name.trim() || "Plan",
    version: form.version.trim(),
    currency,
    frequency: form.frequency,
    trueUp: base?.trueUp ?? false,
    negativeTrueUp: base?.negativeTrueUp ?? "carry",
    ...(targetIncentive !== null ? { targetIncentive } : {}),
    measures,
    ...(gates.length > 0 ? { gates } : {}),
    ...(planCap !== null ? { cap: planCap } : {}),
    ...(spiffs.length > 0 ? { spiffs } : {}),
    ...(form.drawOn && drawAmount !== null
      ? { draw: { amount: drawAmount, recoverable: form.drawRecoverable } }
      : {}),
    ...(form.spiffRepaysDraw || base?.spiffRepaysDraw !== undefined
      ? { spiffRepaysDraw: form.spiffRepaysDraw }
      : {}),
  };
  if (Object.keys(errors).length > 0)
    return { plan: null, measureTargets, errors, planError: null, weightTotal, weighted };
  try {
    validatePlan(plan);
  } catch (error) {
    return { plan: null, measureTargets, errors, planError: localize(error), weightTotal, weighted };
  }
  return { plan, measureTargets, errors, planError: null, weightTotal, weighted };
}

// Amounts read back grouped, as a box shows them once left ("24,000"): both pane languages group with ",".
const amount = (x: number) => groupedText(String(x), "en-US");
const text = (x: number | null | undefined) => (x === null || x === undefined ? "" : amount(x));

/** A saved plan back into the form (monthly targets are the wizard's, not the plan's: kept from `previous`). */
export function planToForm(plan: Plan, previous: PlanForm): PlanForm {
  const gate = plan.gates?.[0];
  const spiff = plan.spiffs?.[0];
  return {
    name: plan.name,
    version: plan.version,
    frequency: plan.frequency,
    currency: plan.currency,
    targetIncentive: text(plan.targetIncentive),
    measures: plan.measures.map((m) => ({
      name: m.name,
      weight: m.weight === null || m.weight === undefined ? "" : String(fromPct(m.weight)),
      method: m.method.kind,
      mode: m.method.kind === "tiers" ? m.method.mode : "marginal",
      basis: m.method.kind === "tiers" ? m.method.basis : "amount",
      payOn: m.method.kind === "tiers" && m.method.payOn === "incentive" ? "incentive" : "amount",
      points:
        m.method.kind === "tiers"
          ? m.method.tiers.map((t) => ({
              from:
                m.method.kind === "tiers" && m.method.basis === "attainment"
                  ? String(fromPct(t.from))
                  : amount(t.from),
              rate: String(fromPct(t.rate)),
            }))
          : m.method.curve.map((p) => ({
              from: String(fromPct(p.attainment)),
              rate: String(fromPct(p.payout)),
            })),
      threshold: m.threshold === null || m.threshold === undefined ? "" : String(fromPct(m.threshold)),
      cap: text(m.cap),
      monthlyTarget: previous.measures.find((p) => p.name === m.name)?.monthlyTarget ?? "",
    })),
    gateOn: gate !== undefined,
    gateMeasure: gate?.measure ?? previous.gateMeasure,
    gateMinimum: gate ? String(fromPct(gate.minimum)) : previous.gateMinimum,
    planCap: text(plan.cap),
    spiffOn: spiff !== undefined,
    spiffName: spiff?.name ?? previous.spiffName,
    spiffMeasure: spiff?.measure ?? previous.spiffMeasure,
    spiffAmount: spiff ? amount(spiff.amount) : previous.spiffAmount,
    drawOn: plan.draw !== undefined && plan.draw !== null,
    drawAmount: plan.draw ? amount(plan.draw.amount) : previous.drawAmount,
    drawRecoverable: plan.draw ? plan.draw.recoverable : previous.drawRecoverable,
    spiffRepaysDraw: plan.spiffRepaysDraw ?? false,
    base: plan,
  };
}

/** A money field's label with the plan's currency: "Cap per period (CNY)", 每期封顶（CNY）; bare without one. */
export function moneyLabel(label: string, currency: string, strings: Strings): string {
  const code = currency.trim().toUpperCase();
  return code === "" ? label : fill(strings.aside, { main: label, aside: code });
}

/**
 * The label of the field an error path ("measure.1.point.2.from", "gateMinimum") points at, as the
 * form shows it, so a message away from the field (the what-if box) can say which one to fix.
 */
export function errorFieldLabel(path: string, form: PlanForm, strings: Strings): string {
  const [head, index, field, row, column] = path.split(".");
  if (head === "measure") {
    const i = Number(index);
    const m = form.measures[i];
    const measure = m?.name.trim() || fill(strings.measureTitle, { row: i + 1 });
    if (field === "point") {
      const tiers = m?.method !== "curve";
      const template =
        column === "from"
          ? tiers
            ? strings.tierFromRow
            : strings.curveAttainmentRow
          : tiers
            ? strings.tierRateRow
            : strings.curvePayoutRow;
      return fill(template, { measure, row: Number(row) + 1 });
    }
    const labels: Record<string, string> = {
      name: strings.measureName,
      weight: strings.measureWeight,
      threshold: strings.threshold,
      cap: moneyLabel(strings.measureCap, form.currency, strings),
      monthlyTarget: strings.monthlyTarget,
    };
    return `${measure}: ${labels[field] ?? field}`;
  }
  const labels: Record<string, string> = {
    name: strings.planName,
    version: strings.planVersion,
    currency: strings.planCurrency,
    targetIncentive: strings.targetIncentive,
    weights: strings.measureWeight,
    gateMeasure: strings.gateMeasure,
    gateMinimum: strings.gateMinimum,
    planCap: moneyLabel(strings.planCap, form.currency, strings),
    spiffMeasure: strings.spiffMeasure,
    spiffAmount: moneyLabel(strings.spiffAmount, form.currency, strings),
    drawAmount: moneyLabel(strings.drawAmount, form.currency, strings),
  };
  return labels[path] ?? path;
}

/** The what-if box as typed: percentages as people type them. */
export interface WhatIfForm {
  readonly measure: string;
  readonly attainment: string;
  readonly target: string;
  readonly targetIncentive: string;
}

export const initialWhatIf: WhatIfForm = {
  measure: "",
  attainment: "100",
  target: "100,000",
  targetIncentive: "",
};

export interface WhatIfCheck {
  /** The measure the box shows (the chosen one, or the plan's first while none is chosen). */
  readonly measure: string;
  /** The engine's SalesPayouts row for these figures; null while something needs fixing. */
  readonly row: PayoutRow | null;
  /** Messages beside the what-if's own fields. */
  readonly errors: PlanErrors;
  /** What to fix before there is an answer: a plan field (named) or the engine's objection. */
  readonly problem: string | null;
}

/**
 * The what-if answer for the plan as currently edited: the payout engine's own row (whatIfPayout),
 * so number and sentence match what SalesPayouts would say for a rep with these figures.
 */
export function checkWhatIf(
  form: PlanForm,
  check: PlanCheck,
  input: WhatIfForm,
  strings: Strings,
): WhatIfCheck {
  const names = form.measures.map((m) => m.name.trim()).filter((n) => n !== "");
  const measure = names.includes(input.measure.trim()) ? input.measure.trim() : (names[0] ?? "");
  const errors: Record<string, string> = {};
  const number = (key: string, text: string, optional: boolean): number | null => {
    const n = parseNumber(text);
    if (n === null && optional) return null;
    if (n === null || n === undefined || n < 0) {
      errors[key] = strings.numberExpected;
      return null;
    }
    return n;
  };
  const attainment = number("attainment", input.attainment, false);
  const target = number("target", input.target, false);
  const targetIncentive = number("targetIncentive", input.targetIncentive, true);
  const none = (problem: string | null): WhatIfCheck => ({ measure, row: null, errors, problem });
  if (check.plan === null) {
    const first = Object.keys(check.errors)[0];
    if (first !== undefined)
      return none(
        fill(strings.whatIfFixPlan, {
          field: errorFieldLabel(first, form, strings),
          message: check.errors[first],
        }),
      );
    return none(
      check.planError ? fill(strings.whatIfFixPlanWhole, { message: pick(check.planError, strings) }) : null,
    );
  }
  if (attainment === null || target === null || Object.keys(errors).length > 0) return none(null);
  try {
    const row = whatIfPayout(check.plan, {
      measure,
      attainment: attainment / 100,
      target,
      targetIncentive,
      // The sentence follows the pane's language.
      language: strings.locale === "zh" ? "zh" : "en",
    });
    return { measure, row, errors, problem: null };
  } catch (error) {
    return none(pick(localize(error), strings));
  }
}
