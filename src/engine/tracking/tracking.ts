import { fail, SalesPlanError } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { trackingMessages } from "./messages";
import { paceCore } from "./pace";
import { periodKey, type Granularity } from "./periods";

export interface TrackingRep {
  readonly rep: string;
  readonly region?: string;
  /** Reps without a team form one team, "". */
  readonly team?: string;
}

/** A rep's target: one for all the tracked periods (no `period`), or one per period. */
export interface TrackingTarget {
  readonly rep: string;
  readonly target: unknown;
  readonly period?: string | number;
}

/** An actual amount (rows of the Actuals table); several rows per rep and period add up. */
export interface TrackingActual {
  readonly rep: string;
  /** A period key ("2026-03", "2026-W09"), a date text or an Excel date serial. */
  readonly period: string | number;
  readonly amount: unknown;
}

export interface TrackingInput {
  readonly granularity: Granularity;
  /** The tracked periods in order, e.g. periodsBetween("2026-01", "2026-12", "month"). */
  readonly periods: readonly string[];
  /** The last closed period: actuals up to and including it count. */
  readonly asOf: string;
  readonly reps: readonly TrackingRep[];
  readonly targets: readonly TrackingTarget[];
  readonly actuals: readonly TrackingActual[];
  /** A rep is off pace when actual / target to date < 1 - margin; default 0.1 (10 points below). */
  readonly margin?: number;
  /** Count a blank amount as 0 instead of reporting it; default false. */
  readonly blankAsZero?: boolean;
}

/** Attainment and pace of one rep, region or team as of the as-of period. */
export interface TrackingLine {
  readonly level: "rep" | "region" | "team";
  /** The rep id, region or team name. */
  readonly key: string;
  readonly region: string;
  readonly team: string;
  /** Target over all tracked periods. */
  readonly target: number;
  /** Target of the elapsed periods (per-period targets), or target * elapsed / total. */
  readonly targetToDate: number;
  readonly actualToDate: number;
  /** actual to date / target. */
  readonly attainment: number;
  /** actual to date / target to date; null when the target to date is 0. */
  readonly attainmentToDate: number | null;
  readonly elapsed: number;
  readonly total: number;
  readonly remaining: number;
  /** actual to date / elapsed periods. */
  readonly runRate: number;
  /** Projected attainment at the run rate, as SALES.PACE computes it (1.07 = 107%). */
  readonly pace: number;
  /** run rate * total: where the period ends at this rate. */
  readonly projected: number;
  /** What is left to reach the target (0 once it is reached). */
  readonly gap: number;
  /** gap / remaining periods: the run rate needed from now on; null when no period remains. */
  readonly requiredRunRate: number | null;
  /**
   * Behind the target to date: attainment to date < 1 - margin. The target to date is the sum of
   * the elapsed periods' own targets, so a seasonal profile (a Q4-heavy year) is not mistaken for
   * a slow start; with one whole-horizon target it is the linear share, and this equals pace.
   */
  readonly offPace: boolean;
}

export interface TrackingIssue {
  readonly rep: string;
  readonly period: string;
  readonly error: SalesPlanError;
}

export interface TrackingResult {
  readonly asOf: string;
  readonly elapsed: number;
  readonly total: number;
  readonly reps: readonly TrackingLine[];
  readonly regions: readonly TrackingLine[];
  readonly teams: readonly TrackingLine[];
  /** The reps that are off pace, furthest behind their target to date first. */
  readonly offPace: readonly TrackingLine[];
  /** Rows that were not counted (blank amounts, periods outside the tracked ones or after as-of). */
  readonly issues: readonly TrackingIssue[];
}

interface Totals {
  target: number;
  targetToDate: number;
  actual: number;
}

/**
 * Attainment to date, pace, gap and required run rate per rep, region and team, with an off-pace
 * flag. Pace is PACE's rule (paceCore), so the pane and the cells agree; the off-pace flag compares
 * actual to date with the (seasonal) target to date. Throws a SalesPlanError
 * naming rep and period for text amounts, unknown reps, bad periods, and missing, duplicate,
 * negative or all-zero targets.
 */
export function trackAttainment(input: TrackingInput): TrackingResult {
  const { granularity } = input;
  if (input.periods.length === 0) fail(trackingMessages.noPeriods);
  const periodIndex = new Map<string, number>();
  input.periods.forEach((p) => {
    const key = periodKey(p, granularity, "periods");
    if (periodIndex.has(key)) fail(trackingMessages.duplicatePeriod, { period: key });
    periodIndex.set(key, periodIndex.size);
  });
  const periods = [...periodIndex.keys()];
  const first = periods[0];
  const last = periods[periods.length - 1];
  const asOf = periodKey(input.asOf, granularity, "as of");
  const asOfIndex = periodIndex.get(asOf);
  if (asOfIndex === undefined) fail(trackingMessages.asOfOutside, { period: asOf, first, last });
  const total = periods.length;
  const elapsed = asOfIndex + 1;
  const margin = input.margin ?? 0.1;
  if (!(margin >= 0 && margin <= 1))
    fail(commonMessages.outOfRange, { arg: "margin", value: margin, min: 0, max: 1 });

  const reps = new Map<string, TrackingRep>();
  const totals = new Map<string, Totals>();
  for (const rep of input.reps) {
    if (reps.has(rep.rep)) fail(trackingMessages.duplicateRep, { rep: rep.rep });
    reps.set(rep.rep, rep);
    totals.set(rep.rep, { target: 0, targetToDate: 0, actual: 0 });
  }
  const repOf = (rep: string, period: string): Totals => {
    const found = totals.get(rep);
    if (found === undefined) return fail(trackingMessages.unknownRep, { rep, period });
    return found;
  };

  // Targets: one whole-horizon figure or one per period, per rep.
  const shape = new Map<string, "whole" | Set<string>>();
  for (const t of input.targets) {
    const period = t.period === undefined ? "*" : periodKey(t.period, granularity, "target period");
    const sums = repOf(t.rep, period);
    const value = readTarget(t.target, t.rep, period);
    const seen = shape.get(t.rep);
    if (t.period === undefined) {
      if (seen === "whole") fail(trackingMessages.targetDuplicate, { rep: t.rep, period });
      if (seen !== undefined) fail(trackingMessages.targetMixed, { rep: t.rep });
      shape.set(t.rep, "whole");
      sums.target = value;
      sums.targetToDate = (value * elapsed) / total;
    } else {
      if (seen === "whole") fail(trackingMessages.targetMixed, { rep: t.rep });
      const set = seen ?? new Set<string>();
      if (set.has(period)) fail(trackingMessages.targetDuplicate, { rep: t.rep, period });
      set.add(period);
      shape.set(t.rep, set);
      const index = periodIndex.get(period);
      // A target outside the tracked periods belongs to another horizon.
      if (index === undefined) continue;
      sums.target += value;
      if (index < elapsed) sums.targetToDate += value;
    }
  }

  const issues: TrackingIssue[] = [];
  const note = (rep: string, period: string, error: SalesPlanError) => issues.push({ rep, period, error });
  const keyCache = new Map<string | number, string>();
  for (const a of input.actuals) {
    let period = keyCache.get(a.period);
    if (period === undefined) {
      period = periodKey(a.period, granularity, `period of rep ${a.rep}`);
      keyCache.set(a.period, period);
    }
    const sums = repOf(a.rep, period);
    const index = periodIndex.get(period);
    if (index === undefined) {
      note(
        a.rep,
        period,
        new SalesPlanError(trackingMessages.outsidePeriods, { rep: a.rep, period, first, last }),
      );
      continue;
    }
    if (index >= elapsed) {
      note(a.rep, period, new SalesPlanError(trackingMessages.afterAsOf, { rep: a.rep, period, asOf }));
      continue;
    }
    const amount = a.amount;
    if (typeof amount === "number" && Number.isFinite(amount)) sums.actual += amount;
    else if (
      amount === null ||
      amount === undefined ||
      (typeof amount === "string" && amount.trim() === "")
    ) {
      if (!input.blankAsZero)
        note(a.rep, period, new SalesPlanError(trackingMessages.amountBlank, { rep: a.rep, period }));
    } else fail(trackingMessages.amountNotNumber, { rep: a.rep, period, value: String(amount) });
  }

  const line = (
    level: TrackingLine["level"],
    key: string,
    region: string,
    team: string,
    sums: Totals,
  ): TrackingLine => {
    if (!shape.has(key) && level === "rep") fail(trackingMessages.targetMissing, { rep: key });
    if (sums.target === 0) fail(trackingMessages.targetZero, { rep: key, first, last });
    if (sums.actual < 0)
      fail(trackingMessages.negativeToDate, { rep: key, value: sums.actual, period: asOf });
    const pace = paceCore(sums.actual, sums.target, elapsed, total);
    const gap = Math.max(0, sums.target - sums.actual);
    const remaining = total - elapsed;
    return {
      level,
      key,
      region,
      team,
      target: sums.target,
      targetToDate: sums.targetToDate,
      actualToDate: sums.actual,
      attainment: sums.actual / sums.target,
      attainmentToDate: sums.targetToDate === 0 ? null : sums.actual / sums.targetToDate,
      elapsed,
      total,
      remaining,
      runRate: sums.actual / elapsed,
      pace,
      projected: (sums.actual / elapsed) * total,
      gap,
      requiredRunRate: remaining === 0 ? (gap === 0 ? 0 : null) : gap / remaining,
      offPace: sums.targetToDate > 0 && sums.actual / sums.targetToDate < 1 - margin,
    };
  };

  const repLines: TrackingLine[] = [];
  const regionSums = new Map<string, Totals>();
  const teamSums = new Map<string, Totals>();
  const add = (map: Map<string, Totals>, key: string, sums: Totals) => {
    const into = map.get(key) ?? { target: 0, targetToDate: 0, actual: 0 };
    into.target += sums.target;
    into.targetToDate += sums.targetToDate;
    into.actual += sums.actual;
    map.set(key, into);
  };
  for (const [id, sums] of totals) {
    const rep = reps.get(id) as TrackingRep;
    const region = rep.region ?? "";
    const team = rep.team ?? "";
    repLines.push(line("rep", id, region, team, sums));
    add(regionSums, region, sums);
    add(teamSums, team, sums);
  }
  const regions = [...regionSums].map(([region, sums]) => line("region", region, region, "", sums));
  const teams = [...teamSums].map(([team, sums]) => line("team", team, "", team, sums));
  const offPace = repLines
    .filter((l) => l.offPace)
    .sort((a, b) => (a.attainmentToDate as number) - (b.attainmentToDate as number));
  return { asOf, elapsed, total, reps: repLines, regions, teams, offPace, issues };
}

function readTarget(cell: unknown, rep: string, period: string): number {
  if (typeof cell === "number" && Number.isFinite(cell)) {
    if (cell < 0) fail(trackingMessages.targetNegative, { rep, period, value: cell });
    return cell;
  }
  const blank = cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
  return fail(trackingMessages.targetNotNumber, { rep, period, value: blank ? "" : String(cell) });
}
