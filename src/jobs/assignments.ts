/**
 * PlanAssignments in the jobs (PRODUCT.md "Organisations"): who is on which plan, region and
 * manager when. Without the table every job runs as it did; with it, payouts pay each rep's days by
 * the plan in force, targets follow the region and scorecard teams the manager.
 */
import { SalesPlanError } from "../kernel/errors";
import { formatMessage, type Locale } from "../kernel/messages";
import { measureKey, type Measure, type Plan } from "../engine/incentives";
import { parseMonthKey, serialOf } from "../kernel/calendar";
import type { RepInput } from "../engine/targets";
import {
  AssignmentBook,
  organisationMessages as m,
  regionStints,
  type Assignment,
  type PlanShare,
} from "../engine/organisation";
import { planAssignmentsSchema, readSpec, type InputTableSpec } from "../workbook/schema";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text } from "./job";
import { jobMessages } from "./messages";

export const planAssignmentsSpec: InputTableSpec = readSpec(planAssignmentsSchema);

const found = (table: ParsedTable | undefined): table is ParsedTable => !!table && !isNotFound(table);

/** Whether a run has the PlanAssignments table. */
export const hasAssignments = (table: ParsedTable | undefined): table is ParsedTable => found(table);

/** PlanAssignments as rows the engine checks. */
export function assignmentsOf(table: ParsedTable): Assignment[] {
  return requireClean(table, "PlanAssignments").rows.map((r): Assignment => {
    const optional = (key: string) => text(r.values[key]).trim();
    const incentive = num(r.values.TargetIncentive);
    return {
      repId: text(r.values.RepID).trim(),
      plan: text(r.values.Plan).trim(),
      from: num(r.values.From),
      to: num(r.values.To),
      ...(optional("Role") ? { role: optional("Role") } : {}),
      ...(optional("Region") ? { region: optional("Region") } : {}),
      ...(optional("Manager") ? { manager: optional("Manager") } : {}),
      ...(incentive !== null ? { targetIncentive: incentive } : {}),
      row: r.row,
    };
  });
}

/** The checked assignments of a run, or null without the table. */
export function assignmentBook(
  table: ParsedTable | undefined,
  reps: ParsedTable,
  plans: readonly string[],
): AssignmentBook | null {
  if (!found(table)) return null;
  return new AssignmentBook(assignmentsOf(table), {
    reps: reps.rows.map((r) => text(r.values.RepID)),
    plans,
  });
}

/**
 * The plans a payouts run pays: all of `plans` with PlanAssignments; without it, the one plan
 * (several plans and nobody saying who is on which stops the run, naming them).
 */
export function plansToPay(plan: Plan, plans: readonly Plan[] | undefined, assigned: boolean): Plan[] {
  const all = plans && plans.length > 0 ? [...plans] : [plan];
  if (!assigned && all.length > 1)
    throw new SalesPlanError(jobMessages.severalPlansNoAssignments, {
      count: all.length,
      plans: all.map((p) => p.name).join(", "),
    });
  return assigned ? all : [plan];
}

/**
 * The plans a run pays when one of them is being edited (the pane's Incentive plan wizard): the
 * plans SalesPlan holds, with the edited one in place of the stored plan of its name (or added).
 */
export function plansForRun(edited: Plan, stored: readonly Plan[] | null): Plan[] {
  const key = edited.name.trim().toLowerCase();
  const others = (stored ?? []).filter((p) => p.name.trim().toLowerCase() !== key);
  const at = (stored ?? []).findIndex((p) => p.name.trim().toLowerCase() === key);
  return at < 0 ? [...others, edited] : [...others.slice(0, at), edited, ...others.slice(at)];
}

/**
 * One plan standing for several where the run needs their measures together (which Actuals rows
 * are used, which targets are assembled): the first plan with every other plan's measures added.
 */
export function unionPlan(plans: readonly Plan[]): Plan {
  if (plans.length === 1) return plans[0];
  const seen = new Set<string>();
  const measures: Measure[] = [];
  for (const plan of plans)
    for (const measure of plan.measures)
      if (!seen.has(measureKey(measure.name))) {
        seen.add(measureKey(measure.name));
        measures.push(measure);
      }
  const gates = plans.flatMap((p) => p.gates ?? []);
  const spiffs = plans.flatMap((p) => p.spiffs ?? []);
  return {
    ...plans[0],
    measures,
    ...(gates.length > 0 ? { gates } : {}),
    ...(spiffs.length > 0 ? { spiffs } : {}),
  };
}

/** "On Field for 15 of the 31 days of 2026-03 counted: ..." for a month split between plans. */
export function onPlanSentence(
  shares: readonly PlanShare[] | undefined,
  plan: string,
  period: string,
  language: Locale,
): string {
  const share = shares?.find((s) => s.plan === plan);
  if (!share) return "";
  return formatMessage(m.onPlanDays[language], {
    plan,
    days: share.days,
    covered: share.covered,
    period,
  });
}

/**
 * Targets over PlanAssignments: a rep who changes region is a member of each region they are
 * assigned to, from their first day there to their last, like a joiner and a leaver but ramped by
 * their tenure since the real HireDate, not from the move; the region
 * they leave keeps the rest of its target unassigned. Reps in their own region all year are left
 * as they are. Stops naming the row when Regions lacks an assignment's region.
 */
export function byRegion(
  reps: readonly RepInput[],
  table: ParsedTable,
  repsTable: ParsedTable,
  regions: ParsedTable | undefined,
  year: { readonly fiscalYear: number; readonly fiscalStartMonth: number },
): { reps: RepInput[]; idOf: (id: string) => string } | null {
  if (!found(table)) return null;
  const book = new AssignmentBook(assignmentsOf(table), {
    reps: repsTable.rows.map((r) => text(r.values.RepID)),
  });
  if (regions) {
    const known = new Set(regions.rows.map((r) => text(r.values.Region).trim().toLowerCase()));
    for (const id of book.reps)
      for (const a of book.of(id))
        if (a.region !== undefined && !known.has(a.region.toLowerCase()))
          throw new SalesPlanError(m.assignmentRegionUnknown, {
            row: a.row,
            rep: id,
            region: a.region,
            regions: regions.rows.map((r) => text(r.values.Region)).join(", "),
          });
  }
  const start = serialOf(year.fiscalYear, year.fiscalStartMonth, 1);
  const end = serialOf(year.fiscalYear, year.fiscalStartMonth + 12, 1) - 1;
  const real = new Map<string, string>();
  const out: RepInput[] = [];
  for (const rep of reps) {
    const stints = regionStints(book.of(rep.repId), rep.region, start, end);
    if (stints === null) {
      out.push(rep);
      continue;
    }
    stints.forEach((stint, i) => {
      // Each region's part under its own ID for the engine (IDs are unique there), then the rep's.
      const id = `${rep.repId}\u0001${i}`;
      real.set(id, rep.repId);
      const hire = Math.max(rep.hireDate ?? -Infinity, stint.from ?? -Infinity);
      const leave = Math.min(rep.endDate ?? Infinity, stint.to ?? Infinity);
      out.push({
        ...rep,
        repId: id,
        region: stint.region,
        hireDate: Number.isFinite(hire) ? hire : null,
        endDate: Number.isFinite(leave) ? leave : null,
        // A transfer is not a joiner: the ramp counts from the real hire (none: ramped long ago).
        tenureFrom: rep.hireDate ?? null,
      });
    });
  }
  return { reps: out, idOf: (id) => real.get(id) ?? id };
}

/**
 * Each rep's team (manager) and region in force in a scorecard month, from PlanAssignments: the
 * assignment in force on the month's last day (else the last one during it), so a rep moved on
 * the 16th is ranked in the new team that month. Null without the table; a rep or month without
 * an assignment, and an assignment's blank Manager or Region, keep what Reps says.
 */
export function teamsInForce(
  table: ParsedTable | undefined,
  reps: ParsedTable,
): ((repId: string) => (period: string) => { team?: string; region?: string } | undefined) | null {
  if (!found(table)) return null;
  const book = new AssignmentBook(assignmentsOf(table), { reps: reps.rows.map((r) => text(r.values.RepID)) });
  return (repId) => {
    if (book.of(repId).length === 0) return () => undefined;
    return (period) => {
      const month = parseMonthKey(period);
      const a = month ? book.forMonth(repId, month.year, month.month) : undefined;
      if (!a || (a.manager === undefined && a.region === undefined)) return undefined;
      return {
        ...(a.manager !== undefined ? { team: a.manager } : {}),
        ...(a.region !== undefined ? { region: a.region } : {}),
      };
    };
  };
}
