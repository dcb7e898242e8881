/**
 * Several plans and transfers for the demo, the benchmark and tests (PRODUCT.md "Organisations"):
 * an inside-sales plan beside the field plan, and PlanAssignments rows that put every rep on a
 * plan for the year and move some of them mid-month to another plan, region and manager.
 */
import { serialOf } from "../../kernel/calendar";
import type { Plan } from "../../engine/incentives";
import { planTables } from "../../jobs";
import type { OutputRow, OutputTable } from "../../workbook/outputs";
import { demoColumn as c } from "./columns";
import type { DemoCompany, DemoRep } from "./company";
import { hkdReps } from "./organisation";
import { demoPlan, managerPlan } from "./plans";
import { demoAcknowledgements } from "./acknowledgements";

/** Inside sales: a commission on Revenue (3% up to 100,000 a month, 5% above) and no target incentive. */
export const insidePlan: Plan = {
  name: "FY2026 Inside Sales",
  version: "1.0",
  currency: "CNY",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  measures: [
    {
      name: "Revenue",
      method: {
        kind: "tiers",
        mode: "marginal",
        basis: "amount",
        tiers: [
          { from: 0, rate: 0.03 },
          { from: 100_000, rate: 0.05 },
        ],
      },
    },
  ],
};

/** One PlanAssignments row, under the table's headers (dates as Excel serials, null: open). */
export interface AssignmentRow {
  readonly RepID: string;
  readonly Plan: string;
  readonly From: number | null;
  readonly To: number | null;
  readonly Region: string | null;
  readonly Manager: string | null;
}

/** A rep as the assignments need them: their own region and manager (Reps). */
export interface AssignedRep {
  readonly id: string;
  readonly region: string;
  readonly manager?: string | null;
}

export interface TransferOptions {
  /** Plan names; rep i starts the year on plans[i % plans.length]. */
  readonly plans: readonly string[];
  /** How many reps move mid-month, spread evenly over the reps. */
  readonly transfers: number;
  readonly year: number;
  /** The day of the month a move takes effect (default the 16th). */
  readonly day?: number;
}

/**
 * Every rep on a plan all year; `transfers` of them (every n-th rep) move on the 16th of a month
 * (February to November, in turn) to the next plan, and to the region and manager of the rep after
 * them in the list. The rows before a move end the day before it, so no two overlap.
 */
export function planAssignments(reps: readonly AssignedRep[], options: TransferOptions): AssignmentRow[] {
  const { plans, year } = options;
  const day = options.day ?? 16;
  const moves = Math.min(options.transfers, reps.length);
  const every = moves > 0 ? reps.length / moves : Infinity;
  const moving = new Set<number>();
  for (let k = 0; k < moves; k++) moving.add(Math.floor(k * every));
  const rows: AssignmentRow[] = [];
  let k = 0;
  reps.forEach((rep, i) => {
    const plan = plans[i % plans.length];
    if (!moving.has(i)) {
      rows.push({ RepID: rep.id, Plan: plan, From: null, To: null, Region: null, Manager: null });
      return;
    }
    const month = 2 + (k++ % 10);
    const from = serialOf(year, month, day);
    const next = reps[(i + 1) % reps.length];
    rows.push(
      { RepID: rep.id, Plan: plan, From: null, To: from - 1, Region: null, Manager: null },
      {
        RepID: rep.id,
        Plan: plans[(i + 1) % plans.length],
        From: from,
        To: null,
        Region: next.region,
        Manager: next.manager && next.manager !== rep.id ? next.manager : null,
      },
    );
  });
  return rows;
}

/** Who moves in the demo: from a region, on a plan, to another region and plan on `day` of `month`. */
const DEMO_TRANSFERS = [
  { from: "华北", plan: "field", to: "华东", month: 3 },
  { from: "华中", plan: "inside", to: "西南", month: 5 },
] as const;

/**
 * The demo's PlanAssignments: the regions' leads (the reps others report to) on the managers' plan,
 * every fourth other rep of a region on inside sales, the rest on the field plan, all year; and
 * exactly two mid-month transfers (DEMO_TRANSFERS, on the 16th), each to another plan, region and
 * lead, of reps who stay all year and are paid in the plan's currency.
 */
export function demoAssignments(
  company: DemoCompany,
  plans: { readonly field: Plan; readonly inside: Plan; readonly managers: Plan },
): AssignmentRow[] {
  const { year } = company.options;
  const managers = new Set(company.reps.map((r) => r.Manager));
  const isLead = (r: DemoRep) => managers.has(r.Name);
  const leadOf = (region: string) =>
    company.reps.find((r) => r.Region === region && !isLead(r) && managers.has(r.Manager))?.Manager ?? null;
  const hkd = hkdReps(company);
  const seen = new Map<string, number>();
  const planOf = new Map<string, "field" | "inside" | "managers">();
  for (const r of company.reps) {
    const i = seen.get(r.Region) ?? 0;
    seen.set(r.Region, i + 1);
    planOf.set(r.RepID, isLead(r) ? "managers" : i % 4 === 3 ? "inside" : "field");
  }
  const steady = (r: DemoRep) =>
    !isLead(r) && !hkd.has(r.RepID) && r.EndDate === null && r.HireDate < serialOf(year, 1, 1);
  const movers = new Map<string, (typeof DEMO_TRANSFERS)[number]>();
  for (const t of DEMO_TRANSFERS) {
    const rep = company.reps.find((r) => r.Region === t.from && planOf.get(r.RepID) === t.plan && steady(r));
    if (rep && leadOf(t.to) !== null) movers.set(rep.RepID, t);
  }
  const rows: AssignmentRow[] = [];
  for (const r of company.reps) {
    const plan = plans[planOf.get(r.RepID)!].name;
    const move = movers.get(r.RepID);
    if (!move) {
      rows.push({ RepID: r.RepID, Plan: plan, From: null, To: null, Region: null, Manager: null });
      continue;
    }
    const from = serialOf(year, move.month, 16);
    rows.push(
      { RepID: r.RepID, Plan: plan, From: null, To: from - 1, Region: null, Manager: null },
      {
        RepID: r.RepID,
        Plan: plans[move.plan === "field" ? "inside" : "field"].name,
        From: from,
        To: null,
        Region: move.to,
        Manager: leadOf(move.to),
      },
    );
  }
  return rows;
}

/** The PlanAssignments table to write into a workbook. */
export function planAssignmentsTable(rows: readonly AssignmentRow[]): OutputTable {
  return {
    name: "PlanAssignments",
    columns: [
      c("RepID", "text", 9),
      c("Plan", "text", 20),
      c("From", "date"),
      c("To", "date"),
      c("Region", "text", 9),
      c("Manager", "text", 10),
    ],
    rows: rows as unknown as OutputRow[],
  };
}

/**
 * The demo's plans and who is on them: SalesPlan/SalesPlanTiers holding the field, inside-sales and
 * managers' plans, PlanAssignments (demoAssignments) and Acknowledgements of each plan a rep is on.
 */
export function demoPlanTables(company: DemoCompany): OutputTable[] {
  const plans = { field: demoPlan, inside: insidePlan, managers: managerPlan };
  const all = [plans.field, plans.inside, plans.managers];
  const assignments = demoAssignments(company, plans);
  return [
    ...planTables(all),
    planAssignmentsTable(assignments),
    demoAcknowledgements(company, all, assignments),
  ];
}
