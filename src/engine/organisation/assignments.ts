/**
 * Effective-dated plan assignments (PRODUCT.md "Organisations"): each day of a rep's year follows
 * the assignment in force, so a transfer on the 16th splits the month by days between two plans,
 * regions and managers. Pure: checked rows in, the days and shares each assignment covers out.
 */
import { fail } from "../../kernel/errors";
import { dateKey, serialOf, ymdOf } from "../../kernel/calendar";
import type { DaySpan } from "../incentives";
import { organisationMessages as m } from "./messages";

/** One PlanAssignments row, read cell by cell. Dates are Excel serials, both ends inclusive. */
export interface Assignment {
  readonly repId: string;
  readonly plan: string;
  /** First day in force; null: from the beginning. */
  readonly from: number | null;
  /** Last day in force; null: open-ended. */
  readonly to: number | null;
  /** Blank: the rep's own (Reps) Role, Region, Manager or TargetIncentive. */
  readonly role?: string;
  readonly region?: string;
  readonly manager?: string;
  readonly targetIncentive?: number | null;
  /** Sheet row, for messages. */
  readonly row: number;
}

/** The days of one assignment inside a period, and the assignment. */
export interface AssignedDays {
  readonly assignment: Assignment;
  readonly days: number;
}

const FIRST = -Infinity;
const LAST = Infinity;
const startOf = (a: Assignment): number => a.from ?? FIRST;
const endOf = (a: Assignment): number => a.to ?? LAST;
const key = (text: string): string => text.trim().toLowerCase();
const day = (serial: number): string => (Number.isFinite(serial) ? dateKey(ymdOf(serial)) : "");

/** Days of [from, to] inside [start, end] (0 when they do not meet). */
function overlap(from: number, to: number, start: number, end: number): number {
  const a = from > start ? from : start;
  const b = to < end ? to : end;
  return b >= a ? b - a + 1 : 0;
}

/**
 * Every rep's assignments, checked and in date order. Stops naming the sheet rows on a rep Reps
 * does not have, a plan the plans do not hold, an assignment that ends before it starts, and two
 * assignments of a rep in force on the same day.
 */
export class AssignmentBook {
  private readonly byRep = new Map<string, Assignment[]>();

  constructor(
    assignments: readonly Assignment[],
    /** Plans: left out where plans do not matter (targets), and then not checked. */
    known: { readonly reps: Iterable<string>; readonly plans?: readonly string[] },
  ) {
    const reps = new Map<string, string>();
    for (const id of known.reps) reps.set(key(id), id);
    const plans = known.plans ? new Map(known.plans.map((p) => [key(p), p])) : null;
    for (const a of assignments) {
      const repId = reps.get(key(a.repId));
      if (repId === undefined) fail(m.assignmentRepUnknown, { row: a.row, rep: a.repId });
      const plan = plans ? plans.get(key(a.plan)) : a.plan;
      if (plan === undefined)
        fail(m.assignmentPlanUnknown, {
          row: a.row,
          rep: repId,
          plan: a.plan,
          plans: (known.plans ?? []).join(", "),
        });
      if (endOf(a) < startOf(a))
        fail(m.assignmentEndsBeforeStart, {
          row: a.row,
          rep: repId,
          from: day(startOf(a)),
          to: day(endOf(a)),
        });
      const list = this.byRep.get(repId) ?? [];
      list.push({ ...a, repId, plan });
      this.byRep.set(repId, list);
    }
    for (const [repId, list] of this.byRep) {
      list.sort((a, b) => startOf(a) - startOf(b) || a.row - b.row);
      for (let i = 1; i < list.length; i++) {
        const before = list[i - 1];
        const next = list[i];
        if (startOf(next) <= endOf(before))
          fail(m.assignmentsOverlap, {
            rows: `${before.row}, ${next.row}`,
            rep: repId,
            day: day(startOf(next)) || day(endOf(before)),
            first: before.plan,
            second: next.plan,
          });
      }
    }
  }

  /** Reps with at least one assignment. */
  get reps(): IterableIterator<string> {
    return this.byRep.keys();
  }

  /** A rep's assignments in date order (empty when none). */
  of(repId: string): readonly Assignment[] {
    return this.byRep.get(repId) ?? [];
  }

  /** The plans a rep is ever on, in the order first met. */
  plansOf(repId: string): string[] {
    return [...new Set(this.of(repId).map((a) => a.plan))];
  }

  /** The days a rep is on a plan: one span per assignment to it. */
  spans(repId: string, plan: string): DaySpan[] {
    return this.of(repId)
      .filter((a) => a.plan === plan)
      .map((a) => ({ from: startOf(a), to: endOf(a) }));
  }

  /** A rep's assignments meeting [start, end], with the days of each inside it, in date order. */
  within(repId: string, start: number, end: number): AssignedDays[] {
    const out: AssignedDays[] = [];
    for (const assignment of this.of(repId)) {
      const days = overlap(startOf(assignment), endOf(assignment), start, end);
      if (days > 0) out.push({ assignment, days });
    }
    return out;
  }

  /**
   * The assignment that holds a month for a rep as a whole (a scorecard's team, a one-off
   * adjustment's plan): the one in force on its last day, else the last one in force during it.
   */
  forMonth(repId: string, year: number, month: number): Assignment | undefined {
    const start = serialOf(year, month, 1);
    const end = serialOf(year, month + 1, 1) - 1;
    const inMonth = this.within(repId, start, end);
    return inMonth.length === 0 ? undefined : inMonth[inMonth.length - 1].assignment;
  }

  /** The assignment in force on a day, if any. */
  on(repId: string, serial: number): Assignment | undefined {
    return this.of(repId).find((a) => startOf(a) <= serial && serial <= endOf(a));
  }
}

/**
 * A month's amount split over the assignments in force during it, by days: each part is
 * amount x its days / the days covered (employed days when the rep is employed in the month,
 * else every assigned day), as =amount*days/covered would give. The parts add up to the amount;
 * empty when no assignment covers a day of the month.
 */
export function splitByDays(
  amount: number,
  assigned: readonly AssignedDays[],
  employed?: readonly number[],
): number[] {
  const weights = employed && employed.some((d) => d > 0) ? employed : assigned.map((a) => a.days);
  let covered = 0;
  for (const w of weights) covered += w;
  if (covered === 0) return [];
  if (weights.length === 1) return [amount];
  return weights.map((w) => (amount * w) / covered);
}

/** A rep's time in one region: from its first assigned day there to its last (null: open). */
export interface RegionStint {
  readonly region: string;
  readonly from: number | null;
  readonly to: number | null;
}

/**
 * Where a rep's targets sit over [start, end] (a fiscal year): the regions of their assignments
 * (blank: their own `region`), each from its first day there to its last; null when that is their
 * own region all year (or they have no assignment), so their targets are what they were. Days no
 * assignment covers count for
 * no region (their region keeps that part of its target unassigned).
 */
export function regionStints(
  assignments: readonly Assignment[],
  region: string,
  start: number,
  end: number,
): RegionStint[] | null {
  if (assignments.length === 0) return null;
  const inYear = assignments.filter((a) => startOf(a) <= end && endOf(a) >= start);
  const stints = new Map<string, { region: string; from: number; to: number }>();
  for (const a of inYear) {
    const name = a.region ?? region;
    const at = stints.get(key(name));
    if (at) at.to = Math.max(at.to, endOf(a));
    else stints.set(key(name), { region: name, from: startOf(a), to: endOf(a) });
  }
  const list = [...stints.values()];
  const covered = inYear.reduce((days, a) => days + overlap(startOf(a), endOf(a), start, end), 0);
  if (list.length === 1 && key(list[0].region) === key(region) && covered === end - start + 1) return null;
  return list.map((s) => ({
    region: s.region,
    from: s.from > start ? s.from : null,
    to: s.to < end ? s.to : null,
  }));
}
