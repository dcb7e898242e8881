/**
 * Development on the review: the coaching library (the editable CoachingLibrary table, or the
 * built-in suggestions when the workbook has none), development items proposed for a rep's
 * weakest KPIs, and what a completed item did to its KPI (before and after). Pure.
 */
import { fail } from "../../kernel/errors";
import type { Locale } from "../../kernel/messages";
import { monthKey, monthOf } from "../../kernel/calendar";
import { DEFAULT_COACHING, kpiKey, type CoachingTip, type KpiComparison } from "../scorecards";
import { peopleMessages as m } from "./messages";

/** One CoachingLibrary row as read: KPI, Language ("en"/"zh", "zh-CN", 中文...), Suggestion. */
export interface CoachingRow {
  readonly row: number;
  readonly kpi: string;
  readonly language: string;
  readonly suggestion: string;
}

const LANGUAGES: Readonly<Record<string, Locale>> = {
  en: "en",
  english: "en",
  英文: "en",
  英语: "en",
  zh: "zh",
  chinese: "zh",
  中文: "zh",
  汉语: "zh",
};

function localeOf(written: string): Locale | null {
  const key = written.trim().toLowerCase();
  if (key.startsWith("zh")) return "zh";
  if (key.startsWith("en")) return "en";
  return LANGUAGES[key] ?? null;
}

/**
 * The library as coaching tips, one per KPI with its en and zh suggestion (a KPI given in one
 * language only says the same in the other). A KPI outside `kpis` (the scorecard's), a language
 * other than en or zh, or a blank suggestion is answered by its row.
 */
export function coachingLibrary(rows: readonly CoachingRow[], kpis: readonly string[]): CoachingTip[] {
  const known = new Map(kpis.map((k) => [kpiKey(k), k]));
  const byKpi = new Map<string, { kpi: string; en?: string; zh?: string }>();
  for (const r of rows) {
    const kpi = known.get(kpiKey(r.kpi));
    if (kpi === undefined) fail(m.unknownCoachingKpi, { row: r.row, value: r.kpi, known: kpis.join(", ") });
    const locale = localeOf(r.language === "" ? "en" : r.language);
    if (locale === null) fail(m.badCoachingLanguage, { row: r.row, kpi, value: r.language });
    const suggestion = r.suggestion.trim();
    if (suggestion === "") fail(m.blankSuggestion, { row: r.row, kpi });
    let tip = byKpi.get(kpiKey(kpi));
    if (!tip) byKpi.set(kpiKey(kpi), (tip = { kpi }));
    // Several rows of one KPI and language: the suggestions are read together, one after another.
    tip[locale] = tip[locale] === undefined ? suggestion : `${tip[locale]} ${suggestion}`;
  }
  return [...byKpi.values()].map((t) => ({ kpi: t.kpi, en: t.en ?? t.zh ?? "", zh: t.zh ?? t.en ?? "" }));
}

/** The built-in suggestions as CoachingLibrary rows (KPI, Language, Suggestion), en then zh per KPI. */
export function defaultCoachingRows(): { KPI: string; Language: Locale; Suggestion: string }[] {
  return DEFAULT_COACHING.flatMap((tip) => [
    { KPI: tip.kpi, Language: "en" as const, Suggestion: tip.en },
    { KPI: tip.kpi, Language: "zh" as const, Suggestion: tip.zh },
  ]);
}

/** A development item the review proposes: a KPI below the team median and what to practise. */
export interface ProposedItem {
  readonly kpi: string;
  readonly suggestion: string;
  /** The KPI's achievement and the team median's, as ratios of its target. */
  readonly achievement: number;
  readonly teamMedian: number;
}

/**
 * One proposal per weakest KPI (weakest first) that the library covers, in `locale`. The built-in
 * suggestions stand in when `library` is null (no CoachingLibrary table).
 */
export function proposeDevelopment(
  weakest: readonly KpiComparison[],
  library: readonly CoachingTip[] | null,
  locale: Locale,
): ProposedItem[] {
  const tips = new Map((library ?? DEFAULT_COACHING).map((t) => [kpiKey(t.kpi), t]));
  const out: ProposedItem[] = [];
  for (const weak of weakest) {
    const tip = tips.get(kpiKey(weak.kpi));
    if (tip === undefined) continue;
    out.push({
      kpi: weak.kpi,
      suggestion: tip[locale],
      achievement: weak.achievement,
      teamMedian: weak.teamMedian,
    });
  }
  return out;
}

/** A KPI's value in one month. */
export interface KpiPoint {
  readonly period: string;
  readonly value: number;
}

export interface Outcome {
  /** The KPI in the last month before the item's due month; null when there is none. */
  readonly before: KpiPoint | null;
  /** The KPI in the latest month from the due month up to the review's period; null when none yet. */
  readonly after: KpiPoint | null;
}

/**
 * What a completed item did to its KPI: the KPI's value before the month it was due and the latest
 * value since, up to `period`. `values` are the rep's months of that KPI, in any order.
 */
export function developmentOutcome(due: number, values: readonly KpiPoint[], period: string): Outcome {
  const dueMonth = monthKey(monthOf(due));
  let before: KpiPoint | null = null;
  let after: KpiPoint | null = null;
  for (const v of values) {
    if (v.period < dueMonth) {
      if (before === null || v.period > before.period) before = v;
    } else if (v.period <= period && (after === null || v.period > after.period)) after = v;
  }
  return { before, after };
}

/** Whether a Status cell says the item or action is done, in either language. */
export function isDone(status: string): boolean {
  return DONE.has(status.trim().toLowerCase());
}
const DONE = new Set(["done", "completed", "complete", "closed", "已完成", "完成", "关闭"]);
