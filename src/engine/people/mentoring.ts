/**
 * Mentoring: a mentee's ramp attainment (actual over ramped target, from the hire month to the
 * period) next to the median of the reps hired in the same quarter. Pure.
 */
import { median } from "../scorecards";
import { monthKey, monthOf } from "../../kernel/calendar";
import { tenureMonths } from "./recognition";

/** Fewer other reps than this in a hire quarter give no comparison (and would reveal a colleague). */
export const MIN_COHORT = 2;

export interface MentoringRep {
  readonly rep: string;
  readonly hireDate: number | null;
  /** The mentor's RepID; "" for none. */
  readonly mentor: string;
}

/** One rep's primary-measure actual and ramped target in one month. */
export interface RampMonth {
  readonly rep: string;
  readonly period: string;
  readonly actual: number | null;
  readonly target: number | null;
}

export interface MentoringLine {
  readonly mentor: string;
  readonly mentee: string;
  /** "2026-Q1" */
  readonly hireQuarter: string;
  /** Months since hire in the period, the hire month counting 1. */
  readonly tenure: number;
  /** Null when the mentee has no target since hire. */
  readonly attainment: number | null;
  /** Other reps hired in the same quarter with an attainment. */
  readonly cohortSize: number;
  /** Their median; null when fewer than MIN_COHORT. */
  readonly cohortMedian: number | null;
}

export function hireQuarter(hireDate: number): string {
  const { year, month } = monthOf(hireDate);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Actual over target summed from the hire month to `period`; null without a target. */
export function rampAttainment(
  months: readonly RampMonth[],
  hireDate: number,
  period: string,
): number | null {
  const hired = monthKey(monthOf(hireDate));
  let actual = 0;
  let target = 0;
  for (const m of months) {
    if (m.period < hired || m.period > period || m.actual === null || m.target === null) continue;
    actual += m.actual;
    target += m.target;
  }
  return target > 0 ? actual / target : null;
}

/** A line for every mentored rep hired by `period`, mentors and mentees in RepID order. */
export function mentoringLines(
  reps: readonly MentoringRep[],
  months: readonly RampMonth[],
  period: string,
): MentoringLine[] {
  const byRep = new Map<string, RampMonth[]>();
  for (const m of months) {
    let list = byRep.get(m.rep);
    if (!list) byRep.set(m.rep, (list = []));
    list.push(m);
  }
  const ramp = new Map<string, number | null>();
  for (const r of reps)
    if (r.hireDate !== null) ramp.set(r.rep, rampAttainment(byRep.get(r.rep) ?? [], r.hireDate, period));
  const out: MentoringLine[] = [];
  for (const r of reps) {
    if (r.mentor === "" || r.hireDate === null) continue;
    const tenure = tenureMonths(r.hireDate, period) as number;
    if (tenure < 1) continue;
    const quarter = hireQuarter(r.hireDate);
    const cohort: number[] = [];
    for (const o of reps) {
      const value = ramp.get(o.rep);
      if (o.rep !== r.rep && o.hireDate !== null && hireQuarter(o.hireDate) === quarter && value != null)
        cohort.push(value);
    }
    out.push({
      mentor: r.mentor,
      mentee: r.rep,
      hireQuarter: quarter,
      tenure,
      attainment: ramp.get(r.rep) ?? null,
      cohortSize: cohort.length,
      cohortMedian: cohort.length >= MIN_COHORT ? median(cohort) : null,
    });
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => byText(a.mentor, b.mentor) || byText(a.mentee, b.mentee));
}
