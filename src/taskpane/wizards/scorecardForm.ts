/**
 * The Scorecard wizard's form model, apart from its screen: KPIs, group weights and bands as typed,
 * the KPIs suggested from the input tables, and the form as the job's options (or the fields at fault).
 */
import { kpiKey, type KpiOption, type ScorecardOptions } from "../../jobs";
import type { InputReport } from "../actions";
import { fill, type Strings } from "../i18n";
import { parseNumber } from "./numberText";

export interface KpiForm {
  readonly name: string;
  readonly kind: KpiOption["kind"];
  readonly direction: KpiOption["direction"];
  readonly weight: string;
  readonly cap: string;
  readonly target: string;
}

export interface ScorecardForm {
  readonly kpis: readonly KpiForm[];
  readonly groupOn: boolean;
  readonly processWeight: string;
  readonly resultWeight: string;
  readonly cap: string;
  readonly bands: readonly { readonly minimum: string; readonly label: string }[];
}

export const initialScorecardForm: ScorecardForm = {
  kpis: [],
  groupOn: true,
  processWeight: "40",
  resultWeight: "60",
  cap: "120",
  bands: [
    { minimum: "100", label: "A" },
    { minimum: "85", label: "B" },
    { minimum: "70", label: "C" },
    { minimum: "0", label: "D" },
  ],
};

/** Result KPIs by name: revenue-like measures and collection rates lag; everything else is process. */
const RESULT_NAMES = /revenue|sales|collection|回款|收入|销售额/i;

/** A new KPI row for a column or measure, with its kind guessed from the name and an empty target. */
export function newKpi(name: string): KpiForm {
  return {
    name,
    kind: RESULT_NAMES.test(name) ? "result" : "process",
    direction: "up",
    weight: "1",
    cap: "",
    target: "",
  };
}

/** Where KPI values can come from: the Activities columns and the Actuals measures. */
export interface KpiSources {
  readonly activities: readonly string[];
  readonly measures: readonly string[];
}

export function kpiSources(reports: readonly InputReport[]): KpiSources {
  return {
    activities: reports.find((r) => r.name === "Activities")?.extras ?? [],
    measures: reports.find((r) => r.name === "Actuals")?.measures ?? [],
  };
}

/** Suggested KPIs: the Activities columns, then the Actuals measures, each with an empty target. */
export function suggestKpis(reports: readonly InputReport[]): KpiForm[] {
  const { activities, measures } = kpiSources(reports);
  const seen = new Set<string>();
  const out: KpiForm[] = [];
  for (const name of [...activities, ...measures]) {
    if (seen.has(kpiKey(name))) continue;
    seen.add(kpiKey(name));
    out.push(newKpi(name));
  }
  return out;
}

/** The sources' names the form does not use yet, for the "Add KPI" picker. */
export function unusedSources(form: ScorecardForm, sources: KpiSources): KpiSources {
  const used = new Set(form.kpis.map((k) => kpiKey(k.name)));
  const unused = (names: readonly string[]) => names.filter((n) => !used.has(kpiKey(n)));
  const activities = unused(sources.activities);
  const inActivities = new Set(activities.map(kpiKey));
  // A measure named like a column reads the column (the job's rule): list it once.
  return { activities, measures: unused(sources.measures).filter((n) => !inActivities.has(kpiKey(n))) };
}

/**
 * Warnings that do not stop a preview: a KPI the tables do not hold (the job will say so) and
 * bands that leave low scores without a band (the engine leaves their Band blank).
 */
export function scorecardWarnings(
  form: ScorecardForm,
  sources: KpiSources | null,
  strings: Strings,
): Readonly<Record<string, string>> {
  const warnings: Record<string, string> = {};
  if (sources !== null) {
    const known = new Set([...sources.activities, ...sources.measures].map(kpiKey));
    form.kpis.forEach((k, i) => {
      if (k.name.trim() !== "" && !known.has(kpiKey(k.name))) warnings[`kpi.${i}.name`] = strings.kpiUnknown;
    });
  }
  // Scores run from 0 (a gate, or no credit anywhere) up to the cap: the lowest band must start at 0.
  const minimums = form.bands.map((b) => parseNumber(b.minimum));
  let lowest = -1;
  minimums.forEach((m, i) => {
    if (typeof m === "number" && (lowest < 0 || m < Number(minimums[lowest]))) lowest = i;
  });
  if (lowest >= 0 && Number(minimums[lowest]) > 0)
    warnings[`band.${lowest}.minimum`] = fill(strings.bandNoBottom, { minimum: Number(minimums[lowest]) });
  return warnings;
}

export function scorecardOptions(
  form: ScorecardForm,
  strings: Strings,
): { options: ScorecardOptions | null; errors: Readonly<Record<string, string>> } {
  const errors: Record<string, string> = {};
  const num = (path: string, text: string, optional = false, positive = false): number | null => {
    const n = parseNumber(text);
    if (n === null) {
      if (!optional) errors[path] = positive ? strings.positiveExpected : strings.numberExpected;
      return null;
    }
    if (n === undefined || n < 0 || (positive && n === 0)) {
      errors[path] = positive ? strings.positiveExpected : strings.numberExpected;
      return null;
    }
    return n;
  };
  const kpiNames = new Set<string>();
  const kpis = form.kpis.map((k, i): KpiOption => {
    if (k.name.trim() === "") errors[`kpi.${i}.name`] = strings.nameExpected;
    else if (kpiNames.has(kpiKey(k.name)))
      errors[`kpi.${i}.name`] = fill(strings.kpiDuplicate, { name: k.name.trim() });
    kpiNames.add(kpiKey(k.name));
    const cap = num(`kpi.${i}.cap`, k.cap, true, true);
    return {
      name: k.name.trim(),
      kind: k.kind,
      direction: k.direction,
      weight: num(`kpi.${i}.weight`, k.weight) ?? 0,
      cap: cap === null ? null : cap / 100,
      target: num(`kpi.${i}.target`, k.target, false, true),
    };
  });
  const process = form.groupOn ? num("processWeight", form.processWeight) : null;
  const result = form.groupOn ? num("resultWeight", form.resultWeight) : null;
  if (process !== null && result !== null && Math.abs(process + result - 100) > 1e-9)
    errors.resultWeight = fill(strings.groupWeightsSum, { value: process + result });
  const cap = num("cap", form.cap, false, true) ?? 120;
  const minimums = new Set<number>();
  const bands = form.bands.map((b, i) => {
    if (b.label.trim() === "") errors[`band.${i}.label`] = strings.nameExpected;
    const minimum = num(`band.${i}.minimum`, b.minimum);
    // The engine refuses a minimum given twice: say so beside the second one.
    if (minimum !== null && minimums.has(minimum))
      errors[`band.${i}.minimum`] = fill(strings.bandDuplicate, { value: minimum });
    if (minimum !== null) minimums.add(minimum);
    return { minimum: minimum ?? 0, label: b.label.trim() };
  });
  if (Object.keys(errors).length > 0) return { options: null, errors };
  return {
    options: {
      kpis,
      groupWeights: form.groupOn ? { process: process ?? 0, result: result ?? 0 } : null,
      cap: cap / 100,
      bands,
    },
    errors,
  };
}
