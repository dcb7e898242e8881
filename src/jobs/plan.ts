/**
 * The incentive plan in the workbook: SalesPlan and SalesPlanTiers as plain rows finance can read,
 * written from a Plan and read back into one (the engine's planToRows / planFromRows).
 */
import { SalesPlanError } from "../kernel/errors";
import {
  planFromRows,
  planToRows,
  validatePlan,
  type Plan,
  type PlanRow,
  type PlanTierRow,
} from "../engine/incentives";
import { outputSchemas, readSpec, type InputTableSpec } from "../workbook/schema";
import { planColumns, planTierColumns, type OutputRow, type OutputTable } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound } from "./inputs";
import { num, text, type JobResult } from "./job";
import { jobMessages } from "./messages";

export const planSpec: InputTableSpec = readSpec(outputSchemas.SalesPlan);
export const planTiersSpec: InputTableSpec = readSpec(outputSchemas.SalesPlanTiers);

/**
 * SalesPlan and SalesPlanTiers for a plan, or for several (one after the other, each row naming
 * its plan in the Plan column), after checking each.
 */
export function planTables(plans: Plan | readonly Plan[]): OutputTable[] {
  if (!("length" in plans)) return onePlanTables(plans);
  const each = plans.map(onePlanTables);
  return [0, 1].map((t) => ({ ...each[0][t], rows: each.flatMap((tables) => tables[t].rows) }));
}

function onePlanTables(plan: Plan): OutputTable[] {
  validatePlan(plan);
  const { plan: rows, tiers } = planToRows(plan);
  const kinds = new Map(plan.measures.map((m) => [m.name, m.method.kind === "tiers" ? "tier" : "curve"]));
  const points = new Map<string, number>();
  return [
    {
      name: "SalesPlan",
      columns: planColumns,
      rows: rows.map((r): OutputRow => ({
        Plan: plan.name,
        Version: plan.version,
        Measure: r.Item,
        Parameter: r.Parameter,
        Value: typeof r.Value === "number" ? r.Value : null,
        Text:
          typeof r.Value === "number"
            ? null
            : typeof r.Value === "boolean"
              ? r.Value
                ? "TRUE"
                : "FALSE"
              : r.Value,
      })),
    },
    {
      name: "SalesPlanTiers",
      columns: planTierColumns,
      rows: tiers.map((t): OutputRow => {
        const point = (points.get(t.Measure) ?? 0) + 1;
        points.set(t.Measure, point);
        return {
          Plan: plan.name,
          Version: plan.version,
          Measure: t.Measure,
          Kind: kinds.get(t.Measure) ?? "tier",
          Point: point,
          From: t.From,
          Rate: t.Rate,
        };
      }),
    },
  ];
}

/** `held` with `plan` in place of the plan of its name (names compare case-insensitively), or after them. */
export function replacePlan(held: readonly Plan[], plan: Plan): Plan[] {
  const key = planKey(plan.name);
  const at = held.findIndex((p) => planKey(p.name) === key);
  return at < 0 ? [...held, plan] : held.map((p, i) => (i === at ? plan : p));
}

/**
 * The "save plan" job: SalesPlan and SalesPlanTiers. With the plans the workbook `held`, the plan
 * replaces the one of its name and the others' rows are written again as they were.
 */
export function planJob(plan: Plan, held: readonly Plan[] = []): JobResult {
  const outputs = planTables(held.length > 0 ? replacePlan(held, plan) : plan);
  return {
    action: "plan",
    plan: plan.name,
    version: plan.version,
    outputs,
    totals: [
      { id: "planMeasures", value: plan.measures.length },
      { id: "planTiers", value: outputs[1].rows.length },
    ],
    inputs: [],
  };
}

/**
 * Read a plan back from the SalesPlan and SalesPlanTiers tables; null when there is none. When they
 * hold several plans (by the Plan column), the first: plansFromTables reads them all.
 */
export function planFromTables(planTable: ParsedTable, tiersTable: ParsedTable | undefined): Plan | null {
  return plansFromTables(planTable, tiersTable)?.[0] ?? null;
}

/** Every plan SalesPlan and SalesPlanTiers hold, in the order of their first rows; null when there is none. */
export function plansFromTables(planTable: ParsedTable, tiersTable: ParsedTable | undefined): Plan[] | null {
  if (isNotFound(planTable)) return null;
  if (planTable.problems.length > 0) throw planTable.problems[0].error;
  if (planTable.rows.length === 0) throw new SalesPlanError(jobMessages.planNotFound);
  const tiers = tiersTable && !isNotFound(tiersTable) ? tiersTable : undefined;
  if (tiers && tiers.problems.length > 0) throw tiers.problems[0].error;
  const names = [...new Set(planTable.rows.map((r) => planKey(r.values.Plan)))];
  if (names.length === 1) return [onePlan(planTable, tiers)];
  const only = (table: ParsedTable, name: string): ParsedTable => ({
    ...table,
    rows: table.rows.filter((r) => planKey(r.values.Plan) === name),
  });
  return names.map((name) => onePlan(only(planTable, name), tiers && only(tiers, name)));
}

const planKey = (value: unknown): string => text(value).trim().toLowerCase();

function onePlan(planTable: ParsedTable, tiersTable: ParsedTable | undefined): Plan {
  const rows: PlanRow[] = planTable.rows.map((r) => ({
    Parameter: text(r.values.Parameter),
    Item: text(r.values.Measure),
    Value: num(r.values.Value) ?? text(r.values.Text),
  }));
  const tiers: PlanTierRow[] = [];
  if (tiersTable) {
    for (const r of tiersTable.rows)
      tiers.push({
        Measure: text(r.values.Measure),
        From: num(r.values.From) ?? 0,
        Rate: num(r.values.Rate) ?? 0,
      });
  }
  const fromRows = planFromRows({ plan: rows, tiers });
  // The plan name and version also sit in every row's Plan and Version columns.
  const first = planTable.rows[0].values;
  return {
    ...fromRows,
    name: fromRows.name || text(first.Plan),
    version: fromRows.version || text(first.Version),
  };
}
