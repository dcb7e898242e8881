/**
 * What each wizard keeps in the workbook (usePersistentState, persist.ts): the names its choices are
 * saved under and how a saved value is checked on the way back. Every field the saved value lacks,
 * or holds in the wrong kind or outside its options, comes from the form as it is (the initial form
 * when the wizard opens), so forms can grow fields and old workbooks still open.
 */
import { inputSpecs, TABLE_KEY, type InputName } from "../../jobs";
import type { ColumnMapping } from "../../workbook/headers";
import {
  isPlainObject,
  restoreLike,
  restoreList,
  restoreNumber,
  restoreOneOf,
  restoreRecord,
  type Restore,
} from "../../kernel/restore";
import type { Mappings } from "../actions";
import { emptyMeasure, planToForm, type MeasureForm, type PlanForm } from "./planForm";
import type { KpiForm, ScorecardForm } from "./scorecardForm";
import type { TargetsForm, TrackingForm } from "./targetsForm";

/** Setting names (settings.ts `settingKey` prefixes them). */
export const choiceNames = {
  targetsForm: "targets.form",
  targetsMappings: "targets.mappings",
  targetsTracking: "targets.tracking",
  incentivesForm: "incentives.form",
  incentivesMappings: "incentives.mappings",
  incentivesPeriod: "incentives.period",
  scorecardForm: "scorecard.form",
  scorecardMappings: "scorecard.mappings",
  publishFinanceCopy: "publish.financeCopy",
  /** Who closes, approves and pays at month-end. */
  monthEndBy: "publish.monthEndBy",
  /** The pane's language, once the user switched it. */
  language: "pane.language",
} as const;

/**
 * Column mappings and chosen tables per input: only inputs and columns SalesPlan knows, each
 * mapped to a header (text) or a column position.
 */
export const restoreMappings: Restore<Mappings> = (saved, fallback) => {
  if (!isPlainObject(saved)) return fallback;
  const out: Partial<Record<InputName, ColumnMapping>> = {};
  for (const name of Object.keys(inputSpecs) as InputName[]) {
    const mapping = saved[name];
    if (!isPlainObject(mapping)) continue;
    const known = new Set<string>([TABLE_KEY, ...inputSpecs[name].columns.map((c) => c.key)]);
    out[name] = Object.fromEntries(
      Object.entries(mapping).filter((entry): entry is [string, string | number] => {
        const [key, header] = entry;
        const position = typeof header === "number" && Number.isInteger(header) && header >= 0;
        return known.has(key) && (typeof header === "string" || position);
      }),
    );
  }
  return out;
};

const restorePercent: Restore<number> = (saved, fallback) => {
  const n = restoreNumber(saved, fallback);
  return n >= 0 && n <= 100 ? n : fallback;
};

export const restoreTargetsForm = restoreRecord<TargetsForm>({
  source: restoreOneOf(["company", "regions"]),
  basis: restoreOneOf(["history", "potential", "equal", "blend"]),
  blendHistory: restorePercent,
  decimals: restoreOneOf(["2", "0", "-2", "-3"]),
  fiscalStartMonth: restoreOneOf(Array.from({ length: 12 }, (_, i) => String(i + 1))),
  products: restoreList(restoreLike, { name: "", weight: "" }),
  seasonalitySource: restoreOneOf(["none", "history", "typed"]),
  profile: (saved, fallback) =>
    Array.isArray(saved) && saved.length === fallback.length ? restoreLike(saved, fallback) : fallback,
});

const textOrNull: Restore<string | null> = (saved, fallback) =>
  typeof saved === "string" || saved === null ? saved : fallback;

/** Track & re-plan: the measure and as-of month (null: all, latest) and the margin. */
export const restoreTrackingForm = restoreRecord<TrackingForm>({ measure: textOrNull, asOf: textOrNull });

const kpiTemplate: KpiForm = { name: "", kind: "process", direction: "up", weight: "1", cap: "", target: "" };

export const restoreScorecardForm = restoreRecord<ScorecardForm>({
  kpis: restoreList(
    restoreRecord<KpiForm>({
      kind: restoreOneOf(["process", "result"]),
      direction: restoreOneOf(["up", "down"]),
    }),
    kpiTemplate,
  ),
  bands: restoreList(restoreLike, { minimum: "", label: "" }),
});

const restoreMeasure = restoreRecord<MeasureForm>({
  method: restoreOneOf(["tiers", "curve"]),
  mode: restoreOneOf(["marginal", "retro"]),
  basis: restoreOneOf(["amount", "attainment"]),
  payOn: restoreOneOf(["amount", "incentive"]),
  points: restoreList(restoreLike, { from: "", rate: "" }),
});

const restorePlanDraft = restoreRecord<PlanForm>({
  frequency: restoreOneOf(["monthly", "quarterly", "annual"]),
  measures: restoreList(restoreMeasure, emptyMeasure),
  // The loaded plan is never taken from a setting: SalesPlan/SalesPlanTiers hold it.
  base: (_saved, fallback) => fallback,
});

/**
 * The incentive form. Without a plan in the workbook, the saved form is the draft the user was
 * building. Once SalesPlan/SalesPlanTiers are loaded (`base`), the plan wins and only what it does
 * not hold (monthly targets per measure; gate, SPIFF and draw settings that are off) comes from
 * the saved form, the same way loading a plan keeps them: whichever arrives first, the result is the
 * same.
 */
export const restorePlanForm: Restore<PlanForm> = (saved, fallback) => {
  const draft = restorePlanDraft(saved, fallback);
  return fallback.base ? planToForm(fallback.base, draft) : draft;
};

/** The incentive form as saved: without the loaded plan, which the workbook's tables hold. */
export function planFormToSave(form: PlanForm): Omit<PlanForm, "base"> {
  const saved: PlanForm = { ...form };
  delete (saved as { base?: unknown }).base;
  return saved;
}
