/**
 * The Targets wizard's form models, apart from its screens: what "Set targets" and "Track &
 * re-plan" hold as typed, and how each becomes the job's options (or the fields at fault).
 */
import type { TargetOptions, TrackingOptions } from "../../jobs";
import type { HistoryReport } from "../actions";
import type { Strings } from "../i18n";
import { parseNumber } from "./numberText";

export type SeasonalitySource = NonNullable<TargetOptions["seasonalitySource"]>;

export interface TargetsForm {
  readonly source: "company" | "regions";
  readonly companyTarget: string;
  readonly basis: TargetOptions["basis"];
  readonly blendHistory: number;
  readonly decimals: string;
  readonly fiscalYear: string;
  readonly fiscalStartMonth: string;
  readonly splitProducts: boolean;
  readonly products: readonly { readonly name: string; readonly weight: string }[];
  /** Blank: no minimum. */
  readonly repMinimum: string;
  readonly seasonalitySource: SeasonalitySource;
  /** Typed weights, January first (calendar order, as TargetOptions.seasonality). */
  readonly profile: readonly string[];
}

export function initialTargetsForm(year: number): TargetsForm {
  return {
    source: "company",
    companyTarget: "",
    basis: "history",
    blendHistory: 60,
    decimals: "0",
    fiscalYear: String(year),
    fiscalStartMonth: "1",
    splitProducts: false,
    products: [
      { name: "Hardware", weight: "50" },
      { name: "Software", weight: "30" },
      { name: "Services", weight: "20" },
    ],
    repMinimum: "",
    seasonalitySource: "none",
    profile: new Array<string>(12).fill("1"),
  };
}

export type TargetsErrors = Partial<
  Record<
    | "companyTarget"
    | "fiscalYear"
    | `product${number}`
    | "repMinimum"
    | "seasonSource"
    | "profile"
    | `profile${number}`,
    string
  >
>;

/** The typed profile as shares of the year (0..1, January first); null when a weight is not a number >= 0 or all are 0. */
export function profileShares(profile: readonly string[]): number[] | null {
  const weights = profile.map(parseNumber);
  if (weights.some((w) => w === undefined || (w !== null && w < 0))) return null;
  const values = weights.map((w) => w ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  return total > 0 ? values.map((v) => v / total) : null;
}

/**
 * The form as job options, or the fields at fault with their messages. `history`: what the
 * workbook's SalesHistory holds, once read (the history source needs a whole year of it).
 */
export function targetsOptions(
  form: TargetsForm,
  strings: Strings,
  history: HistoryReport | null = null,
): { options: TargetOptions | null; errors: TargetsErrors } {
  const errors: TargetsErrors = {};
  const company = parseNumber(form.companyTarget);
  if (form.source === "company" && (company === null || company === undefined || company <= 0))
    errors.companyTarget = strings.positiveExpected;
  const year = parseNumber(form.fiscalYear);
  if (year === null || year === undefined || !Number.isInteger(year) || year < 1900 || year > 9999)
    errors.fiscalYear = strings.numberExpected;
  const products = form.splitProducts
    ? form.products.map((p, i) => {
        const weight = parseNumber(p.weight);
        if (weight === null || weight === undefined || weight < 0 || p.name.trim() === "")
          errors[`product${i}`] = strings.numberExpected;
        return { product: p.name.trim(), weight: weight ?? 0 };
      })
    : [];
  const minimum = parseNumber(form.repMinimum);
  if (minimum === undefined) errors.repMinimum = strings.numberExpected;
  else if (minimum !== null && minimum < 0) errors.repMinimum = strings.minimumNegative;
  else if (minimum !== null && form.source === "company" && company && minimum > company)
    errors.repMinimum = strings.minimumAboveCompany;
  if (form.seasonalitySource === "history" && history) {
    if (!history.found) errors.seasonSource = strings.historyNotFoundField;
    else if (!history.seasonality) errors.seasonSource = strings.historyNoWholeYear;
  }
  let seasonality: number[] | undefined;
  if (form.seasonalitySource === "typed") {
    form.profile.forEach((text, i) => {
      const w = parseNumber(text);
      if (w === undefined) errors[`profile${i}`] = strings.numberExpected;
      else if (w !== null && w < 0) errors[`profile${i}`] = strings.minimumNegative;
    });
    const shares = profileShares(form.profile);
    if (shares) seasonality = form.profile.map((t) => parseNumber(t) ?? 0);
    else if (!Object.keys(errors).some((k) => k.startsWith("profile")))
      errors.profile = strings.profileSumZero;
  }
  if (Object.keys(errors).length > 0) return { options: null, errors };
  return {
    options: {
      source: form.source,
      companyTarget: form.source === "company" ? (company ?? null) : null,
      basis: form.basis,
      blendHistory: form.blendHistory,
      decimals: Number(form.decimals),
      fiscalYear: year as number,
      fiscalStartMonth: Number(form.fiscalStartMonth),
      products,
      repMinimum: minimum ?? 0,
      seasonalitySource: form.seasonalitySource,
      ...(seasonality ? { seasonality } : {}),
    },
    errors,
  };
}

/** The view's choices as typed; null measure / as-of: the job's defaults. */
export interface TrackingForm {
  readonly measure: string | null;
  readonly asOf: string | null;
  /** Percentage points, e.g. "10". */
  readonly margin: string;
}

export const initialTrackingForm: TrackingForm = { measure: null, asOf: null, margin: "10" };

/** The form as the job's options, or the margin's message. */
export function trackingOptions(
  form: TrackingForm,
  strings: Strings,
): { options: TrackingOptions | null; marginError?: string } {
  const margin = parseNumber(form.margin);
  if (margin === null || margin === undefined || margin < 0 || margin > 100)
    return { options: null, marginError: strings.percentExpected };
  return { options: { measure: form.measure, asOf: form.asOf, margin: margin / 100 } };
}
