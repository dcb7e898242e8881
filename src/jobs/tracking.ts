/**
 * Track & re-plan: SalesTargets (as written), Actuals and Reps in; per rep and region the
 * attainment to date, pace and gap (the tracking engine, SALES.PACE's rule), and each rep's gap
 * re-planned over the months still open (SALES.CATCHUP's rule). Writes nothing: the view is for
 * seeing who is off pace and what each rep must do per remaining month.
 */
import { SalesPlanError } from "../kernel/errors";
import { excelRound, sumMoney } from "../kernel/money";
import { catchupList } from "../engine/targets";
import { trackAttainment, trackingMessages, type TrackingLine } from "../engine/tracking";
import { outputSchemas, readSpec, type InputTableSpec } from "../workbook/schema";
import type { ParsedRow, ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text } from "./job";
import { localize, type Localized } from "./localize";
import { jobMessages } from "./messages";
import { jobActuals } from "./organisation";
import { salesTargetsSpec } from "./payouts";
import { isUnassigned } from "./targets";

/** SalesTargets as payouts read it, plus the optional Name and Region the tracking lines show. */
export const trackingTargetsSpec: InputTableSpec = readSpec(outputSchemas.SalesTargets, [
  ...salesTargetsSpec.columns.map((c) => c.key),
  "Name",
  "Region",
]);

export interface TrackingOptions {
  /** The Actuals measure to track; null: the revenue one (Revenue, Sales, 销售额, 收入), else the first. */
  readonly measure: string | null;
  /** The last closed month ("2026-03"); null: the latest month with actuals. */
  readonly asOf: string | null;
  /** A rep is off pace when actual / target to date < 1 - margin; 0.1 = 10 points. */
  readonly margin: number;
}

export const defaultTrackingOptions: TrackingOptions = { measure: null, asOf: null, margin: 0.1 };

/**
 * A tracking line with the projection the pane shows as "Projected full year": the actual to date
 * plus the remaining months' own targets. It reads the same way as the attainment to date (ahead
 * of the target to date means ending above the annual target), where the linear run rate
 * (`pace`, SALES.PACE's rule) reads a seasonal year's light first months as a shortfall.
 */
export interface ProjectedLine extends TrackingLine {
  /** Actual to date + the targets of the months after the as-of month. */
  readonly atPlan: number;
  /** atPlan / annual target, as a ratio (1.037 = 103.7%). */
  readonly atPlanAttainment: number;
}

/** One rep: the tracking line plus the re-plan of the gap over the remaining months. */
export interface RepTracking extends ProjectedLine {
  readonly name: string;
  /** New target per remaining month (the view's `remainingMonths`), rounded like the targets. */
  readonly replan: readonly number[];
  /** The part of the gap no remaining month can take (no month left, or all of them targeted 0). */
  readonly unplaced: number;
}

export interface TrackingView {
  readonly measure: string;
  /** Every measure in Actuals, for the choice. */
  readonly measures: readonly string[];
  readonly asOf: string;
  /** The months of SalesTargets: the tracked periods. */
  readonly months: readonly string[];
  /** Months of SalesTargets with actuals of the measure: the as-of choices. */
  readonly actualMonths: readonly string[];
  readonly remainingMonths: readonly string[];
  readonly margin: number;
  /** The rounding of SalesTargets (2 cents, 0 units, -2 hundreds, -3 thousands), used for the re-plan. */
  readonly decimals: number;
  /** Off-pace reps first (furthest behind their target to date first), then the others in SalesTargets order. */
  readonly reps: readonly RepTracking[];
  readonly regions: readonly ProjectedLine[];
  /** All tracked reps together. */
  readonly company: ProjectedLine;
  /** Rows left out (blank amounts, months after as-of, reps without targets), each with its rep. */
  readonly issues: readonly TrackingNote[];
}

/** A row left out of the tracking, in both languages, with the rep it belongs to. */
export interface TrackingNote extends Localized {
  readonly rep: string;
}

/** The projection at plan for one line (see ProjectedLine). */
export function projectAtPlan(line: TrackingLine): ProjectedLine {
  const atPlan = excelRound(line.actualToDate + (line.target - line.targetToDate), 2);
  return { ...line, atPlan, atPlanAttainment: atPlan / line.target };
}

const REVENUE = ["revenue", "sales", "销售额", "收入", "营收"];

/** The measure tracked by default: the revenue one, else the first. */
export function defaultMeasure(measures: readonly string[]): string | undefined {
  return measures.find((m) => REVENUE.includes(m.trim().toLowerCase())) ?? measures[0];
}

/** The rounding the targets were written with: the coarsest of the wizard's choices every target fits. */
export function targetDecimals(targets: readonly number[]): number {
  for (const d of [-3, -2, 0, 2]) if (targets.every((t) => excelRound(t, d) === t)) return d;
  return 2;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function trackingJob(
  inputs: {
    readonly salesTargets?: ParsedTable;
    readonly actuals?: ParsedTable;
    readonly reps?: ParsedTable;
    /** The optional Deals table: when found, attainment reads the credited actuals (organisation.ts). */
    readonly deals?: ParsedTable;
  },
  options: TrackingOptions,
): TrackingView {
  if (!inputs.salesTargets || isNotFound(inputs.salesTargets))
    throw new SalesPlanError(jobMessages.targetsNotWritten);
  const targetsTable = requireClean(inputs.salesTargets, "SalesTargets");
  const actualsTable = requireClean(jobActuals(inputs), "Actuals");

  const measures: string[] = [];
  for (const row of actualsTable.rows) {
    const m = text(row.values.Measure);
    if (m !== "" && !measures.some((x) => same(x, m))) measures.push(m);
  }
  const measure = options.measure ?? defaultMeasure(measures) ?? "";

  // Targets per rep and month (product lines summed); the regions' unassigned rows carry no rep.
  // Where SalesTargets has a Measure column, a rep's month takes the tracked measure's own rows,
  // else the rows with no Measure (as payouts reads them).
  const measureOf = (row: ParsedRow) => text(row.values.Measure).trim();
  const own = new Set(
    targetsTable.rows
      .filter((r) => same(measureOf(r), measure))
      .map((r) => `${text(r.values.RepID)}\u0000${text(r.values.Period)}`),
  );
  const targetRows = targetsTable.rows.filter((r) =>
    measureOf(r) === ""
      ? !own.has(`${text(r.values.RepID)}\u0000${text(r.values.Period)}`)
      : same(measureOf(r), measure),
  );
  const months = [...new Set(targetRows.map((r) => text(r.values.Period)))].sort();
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const byRep = new Map<string, { name: string; region: string; months: number[][] }>();
  for (const row of targetRows) {
    const rep = text(row.values.RepID);
    if (isUnassigned(rep)) continue;
    let entry = byRep.get(rep);
    if (!entry) {
      entry = { name: text(row.values.Name), region: text(row.values.Region), months: months.map(() => []) };
      byRep.set(rep, entry);
    }
    entry.months[monthIndex.get(text(row.values.Period)) as number].push(num(row.values.Target) ?? 0);
  }
  const repTable = inputs.reps && !isNotFound(inputs.reps) ? inputs.reps : undefined;
  for (const row of repTable?.rows ?? []) {
    const entry = byRep.get(text(row.values.RepID));
    if (!entry) continue;
    if (text(row.values.Name) !== "") entry.name = text(row.values.Name);
    if (text(row.values.Region) !== "") entry.region = text(row.values.Region);
  }
  if (byRep.size === 0) throw new SalesPlanError(jobMessages.targetsNotWritten);
  const issues: TrackingNote[] = [];
  const note = (rep: string, error: unknown) => issues.push({ rep, ...localize(error) });
  const first = months[0];
  const last = months[months.length - 1];
  const monthly = new Map<string, number[]>();
  for (const [rep, entry] of byRep) {
    // One row per month unless split by product: sum in exact cents only when there is something to add.
    const targets = entry.months.map((values) => (values.length === 1 ? values[0] : sumMoney(values)));
    if (targets.every((t) => t === 0)) {
      note(rep, new SalesPlanError(trackingMessages.targetZero, { rep, first, last }));
      byRep.delete(rep);
    } else monthly.set(rep, targets);
  }

  // Actuals of the measure, for the reps that have targets.
  const actuals = actualsTable.rows
    .filter((r) => same(text(r.values.Measure), measure))
    .map((r) => ({ rep: text(r.values.RepID), period: text(r.values.Period), amount: r.values.Amount }));
  const actualMonths = [...new Set(actuals.map((a) => a.period))].filter((p) => monthIndex.has(p)).sort();
  if (actualMonths.length === 0)
    throw new SalesPlanError(jobMessages.noActualsForMeasure, { measure, first, last });
  const asOf = options.asOf ?? actualMonths[actualMonths.length - 1];
  if (!monthIndex.has(asOf))
    throw new SalesPlanError(jobMessages.asOfOutsideTargets, { month: asOf, first, last });
  const tracked = actuals.filter((a) => {
    if (byRep.has(a.rep)) return true;
    note(a.rep, new SalesPlanError(trackingMessages.unknownRep, { rep: a.rep, period: a.period }));
    return false;
  });

  const result = trackAttainment({
    granularity: "month",
    periods: months,
    asOf,
    reps: [...byRep].map(([rep, e]) => ({ rep, region: e.region })),
    targets: [...monthly].flatMap(([rep, targets]) =>
      targets.map((target, i) => ({ rep, period: months[i], target })),
    ),
    actuals: tracked,
    margin: options.margin,
    blankAsZero: true,
  });
  for (const issue of result.issues) note(issue.rep, issue.error);

  // The re-plan: each rep's own months as the profile, closed months keep their actuals.
  const elapsed = result.elapsed;
  const decimals = targetDecimals([...monthly.values()].flat());
  const done = new Map<string, number[]>();
  for (const a of tracked) {
    const i = monthIndex.get(a.period);
    if (i === undefined || i >= elapsed || typeof a.amount !== "number") continue;
    const list = done.get(a.rep) ?? months.slice(0, elapsed).map(() => 0);
    list[i] += a.amount;
    done.set(a.rep, list);
  }
  const repOf = (line: TrackingLine): RepTracking => {
    const targets = monthly.get(line.key) as number[];
    const closed = done.get(line.key) ?? months.slice(0, elapsed).map(() => 0);
    const open = targets.slice(elapsed);
    const target = sumMoney(targets);
    const gap = Math.max(0, excelRound(target - closed.reduce((s, v) => s + v, 0), decimals));
    const placeable = gap === 0 || open.some((t) => t > 0);
    const replan = placeable
      ? catchupList(target, [...closed, ...open.map(() => null)], targets, decimals).slice(elapsed)
      : open.map(() => 0);
    return {
      ...projectAtPlan(line),
      name: (byRep.get(line.key) as { name: string }).name,
      replan,
      unplaced: placeable ? 0 : gap,
    };
  };
  const offPace = new Set(result.offPace.map((l) => l.key));
  return {
    measure,
    measures,
    asOf: result.asOf,
    months,
    actualMonths,
    remainingMonths: months.slice(elapsed),
    margin: options.margin,
    decimals,
    reps: [...result.offPace, ...result.reps.filter((l) => !offPace.has(l.key))].map(repOf),
    regions: result.regions.map(projectAtPlan),
    company: projectAtPlan(result.teams[0]),
    issues,
  };
}
