/**
 * Team health per manager and period: indicators for a manager's conversation with the team, not
 * a verdict on people. Reps, the share at 80%+ attainment, one-to-one coverage, development items
 * done on time, mentoring coverage of reps in their first six months, and the team's practice: the
 * median of each Activities KPI over the team's reps that logged it. Pure.
 */
import { monthKey, monthOf } from "../../kernel/calendar";
import { median } from "../scorecards";
import { tenureMonths } from "./recognition";

/** Attainment at or above this counts toward the "at 80%+" share. */
export const HEALTHY_ATTAINMENT = 0.8;
/** Reps in tenure months 1..6 should have a mentor. */
export const MENTORED_MONTHS = 6;

export interface HealthRep {
  readonly rep: string;
  /** Reps without a manager form one team, "". */
  readonly manager: string;
  readonly hireDate: number | null;
  /** The mentor's RepID; "" for none. */
  readonly mentor: string;
}

/** One rep in one month: attainment of the primary measure (null: no target). */
export interface HealthMonth {
  readonly rep: string;
  readonly period: string;
  readonly attainment: number | null;
}

/** A development item: due date (Excel serial) and whether it is done. */
export interface DevelopmentItem {
  readonly rep: string;
  readonly due: number | null;
  readonly done: boolean;
}

export interface TeamHealthInput {
  readonly reps: readonly HealthRep[];
  readonly months: readonly HealthMonth[];
  /** The months ("2026-03") in which each review was held, one entry per ReviewNotes row. */
  readonly reviews: readonly { readonly rep: string; readonly period: string }[];
  readonly development: readonly DevelopmentItem[];
  /** Activities rows (a rep's KPI values in a month) and the KPIs to summarise, in order; absent: none. */
  readonly practice?: {
    readonly kpis: readonly string[];
    readonly rows: readonly PracticeMonth[];
  };
}

export interface PracticeMonth {
  readonly rep: string;
  readonly period: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/** One KPI of the team's practice in a period: the median over the reps with a value, and how many. */
export interface PracticeFigure {
  readonly kpi: string;
  readonly median: number;
  readonly reps: number;
}

export interface TeamHealthRow {
  readonly manager: string;
  readonly period: string;
  /** Reps of the team with a month in this period. */
  readonly reps: number;
  /** Share of the reps with an attainment who are at 80% or more; null when none has one. */
  readonly at80: number | null;
  /** Reps with a review held this period / reps. */
  readonly oneToOne: number;
  /** Items due this period that are done / items due this period; null when none was due. */
  readonly developmentOnTime: number | null;
  /** Reps in their first six months with a mentor / such reps; null when the team has none. */
  readonly mentoring: number | null;
  /** The team's practice KPIs (those with any value), when Activities were given. */
  readonly practice?: readonly PracticeFigure[];
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** One row per manager and period, managers and periods in order. */
export function teamHealth(input: TeamHealthInput): TeamHealthRow[] {
  const repOf = new Map(input.reps.map((r) => [r.rep, r]));
  const reviewed = new Set(input.reviews.map((r) => `${r.rep}\u0000${r.period}`));
  const groups = new Map<string, HealthMonth[]>();
  for (const month of input.months) {
    const manager = repOf.get(month.rep)?.manager ?? "";
    const key = `${manager}\u0000${month.period}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(month);
  }
  const dueIn = new Map<string, DevelopmentItem[]>();
  for (const item of input.development) {
    if (item.due === null) continue;
    const key = `${item.rep}\u0000${monthKey(monthOf(item.due))}`;
    let list = dueIn.get(key);
    if (!list) dueIn.set(key, (list = []));
    list.push(item);
  }
  const practiceIn = new Map<string, PracticeMonth[]>();
  for (const row of input.practice?.rows ?? []) {
    const key = `${repOf.get(row.rep)?.manager ?? ""}\u0000${row.period}`;
    let list = practiceIn.get(key);
    if (!list) practiceIn.set(key, (list = []));
    list.push(row);
  }
  const practiceOf = (key: string): PracticeFigure[] =>
    (input.practice?.kpis ?? []).flatMap((kpi) => {
      const values = (practiceIn.get(key) ?? [])
        .map((r) => r.values[kpi])
        .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
      const mid = median(values);
      return mid === null ? [] : [{ kpi, median: mid, reps: values.length }];
    });
  const keys = [...groups.keys()].sort();
  return keys.map((key): TeamHealthRow => {
    const [manager, period] = key.split("\u0000");
    const months = groups.get(key) ?? [];
    const reps = new Set(months.map((m) => m.rep));
    const attained = months.filter((m) => m.attainment !== null);
    let due = 0;
    let done = 0;
    let newcomers = 0;
    let mentored = 0;
    for (const rep of reps) {
      for (const item of dueIn.get(`${rep}\u0000${period}`) ?? []) {
        due++;
        if (item.done) done++;
      }
      const info = repOf.get(rep);
      const tenure = tenureMonths(info?.hireDate ?? null, period);
      if (tenure !== null && tenure >= 1 && tenure <= MENTORED_MONTHS) {
        newcomers++;
        if (info && info.mentor !== "") mentored++;
      }
    }
    return {
      manager,
      period,
      reps: reps.size,
      at80: ratio(
        attained.filter((m) => (m.attainment as number) >= HEALTHY_ATTAINMENT).length,
        attained.length,
      ),
      oneToOne: ratio([...reps].filter((r) => reviewed.has(`${r}\u0000${period}`)).length, reps.size) ?? 0,
      developmentOnTime: ratio(done, due),
      mentoring: ratio(mentored, newcomers),
      ...(input.practice ? { practice: practiceOf(key) } : {}),
    };
  });
}
