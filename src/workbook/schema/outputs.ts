/**
 * The tables SalesPlan writes: each column's number format, width, totals and whether every row
 * needs it, and how the table reads back (SalesTargets is payouts' input, SalesPlan the plan's).
 */
import { column, written, type TableSchema } from "./types";

const repId = written("RepID", "text", { required: true, width: 10 }, { required: true });
const name = written("Name", "text", { width: 18 });
const period = written("Period", "text", { width: 10 });

/** Targets per rep, product and month; a Measure column the user adds makes a row that measure's. */
export const salesTargetsSchema: TableSchema = {
  name: "SalesTargets",
  columns: [
    repId,
    name,
    written("Region", "text"),
    written("Product", "text"),
    written("Period", "text", { width: 10 }, { kind: "month", required: true }),
    written("Target", "money", { total: true, required: true }, { required: true }),
    column("Measure", "text", ["指标"]),
  ],
};

export const salesPayoutsSchema: TableSchema = {
  name: "SalesPayouts",
  columns: [
    repId,
    name,
    period,
    written("Measure", "text"),
    written("Actual", "money"),
    written("Target", "money"),
    written("Attainment", "percent"),
    written("Rate", "percent", { width: 10 }),
    written("Payout", "money", { total: true }),
    written("Adjustments", "money", { total: true }),
    written("NetPayout", "money", { total: true, required: true }),
    written("Explanation", "text", { width: 70 }),
  ],
};

/**
 * SalesPayouts' columns when some rep is paid in another currency than the plan's (or FxRates is
 * there): the rep's currency and the net payout in the reporting currency, before Explanation.
 */
export const payoutCurrencyColumns = [
  written("Currency", "text", { width: 9 }),
  written("PayoutReporting", "money", { total: true }),
];

/** SalesPayouts' column after Period when PlanAssignments puts reps on several plans: the plan that paid the row. */
export const payoutPlanColumn = written("Plan", "text", { width: 16 });

/** One score per KPI between Period and Score. */
export const salesScorecardSchema: TableSchema = {
  name: "SalesScorecard",
  columns: [
    repId,
    name,
    period,
    written("Score", "score", { required: true }),
    written("Band", "text", { width: 8 }),
    written("Rank", "integer", { width: 8 }),
  ],
  extra: { kind: "number", known: [], out: { kind: "score", before: "Score" } },
};

/** The plan's parameters, one per row; a number goes in Value, anything else in Text. */
export const salesPlanSchema: TableSchema = {
  name: "SalesPlan",
  columns: [
    written("Plan", "text", { required: true, width: 18 }),
    written("Version", "text", { width: 10 }),
    written("Measure", "text"),
    written("Parameter", "text", { required: true, width: 20 }, { required: true }),
    written("Value", "number"),
    written("Text", "text", { width: 24 }),
  ],
};

/**
 * A measure's tiers (From: lower bound, Rate) or curve points (From: attainment, Rate: payout
 * ratio), numbered by Point within the measure.
 */
export const salesPlanTiersSchema: TableSchema = {
  name: "SalesPlanTiers",
  columns: [
    written("Plan", "text", { required: true, width: 18 }),
    written("Version", "text", { width: 10 }),
    written("Measure", "text", {}, { required: true }),
    written("Kind", "text", { width: 12 }),
    written("Point", "integer", { width: 8 }, { kind: "integer" }),
    written("From", "number", {}, { required: true }),
    written("Rate", "number", {}, { required: true }),
  ],
};

export const salesAuditSchema: TableSchema = {
  name: "SalesAudit",
  columns: [
    written("Time", "datetime", { required: true }),
    written("Action", "text", { required: true, width: 12 }),
    written("Plan", "text", { width: 18 }),
    written("Version", "text", { width: 10 }),
    written("InputRows", "text", { width: 40 }),
    written("OutputRows", "text", { width: 40 }),
    written("Totals", "text", { width: 50 }),
    written("InputHash", "text", { width: 66 }),
    // The language the run wrote its sentences and action name in ("en", "zh").
    written("Language", "text", { width: 9 }),
  ],
};

/**
 * The month-end ledger: a closed period's lines, appended by each close; only their status columns
 * move afterwards. Actual and Target keep the figures each line was computed on, so a later
 * restatement can quote old against new.
 */
export const salesLedgerSchema: TableSchema = {
  name: "SalesLedger",
  columns: [
    repId,
    name,
    written("Period", "text", { required: true, width: 10 }),
    written("Line", "text", { required: true, width: 28 }),
    written("Amount", "money", { total: true, required: true }),
    written("Currency", "text", { width: 9 }),
    written("Status", "text", { required: true, width: 10 }),
    written("ClosedAt", "datetime"),
    written("ClosedBy", "text"),
    written("ApprovedAt", "datetime"),
    written("ApprovedBy", "text"),
    written("PaidAt", "datetime"),
    written("Run", "text", { width: 14 }),
    written("Explanation", "text", { width: 70 }),
    written("Actual", "number"),
    written("Target", "number"),
  ],
};

/** Value is a score, points gained or an attainment ratio, by the award's rule. */
export const salesHonourRollSchema: TableSchema = {
  name: "SalesHonourRoll",
  columns: [
    written("Period", "text", { required: true, width: 10 }),
    written("Award", "text", { required: true, width: 20 }),
    written("Rank", "integer", { width: 8 }),
    repId,
    name,
    written("Region", "text"),
    written("Value", "number"),
    written("Reason", "text", { width: 70 }),
    written("Cash", "money", { total: true }),
  ],
};

/** Indicators per manager and period (the Note says so in the run's language). */
export const salesTeamHealthSchema: TableSchema = {
  name: "SalesTeamHealth",
  columns: [
    written("Manager", "text", { width: 16 }),
    written("Period", "text", { required: true, width: 10 }),
    written("Reps", "integer", { required: true, width: 8 }),
    written("At80Share", "percent"),
    written("OneToOneCoverage", "percent"),
    written("DevelopmentOnTime", "percent"),
    written("MentoringCoverage", "percent"),
    // The team's median of each Activities KPI, in words (the KPIs are the workbook's own).
    written("Practice", "text", { width: 60 }),
    written("Note", "text", { width: 50 }),
  ],
};

/**
 * What a plan would cost (salesplan model, the plan wizard's Model cost step): one row per scenario
 * and plan, the payouts of every modelled rep summed, their share of the credited revenue, the reps
 * paid at a cap, and the spread of pay per rep (PERCENTILE.INC) to draw the distribution from.
 */
export const salesPlanModelSchema: TableSchema = {
  name: "SalesPlanModel",
  columns: [
    written("Scenario", "percent", { required: true, width: 10 }),
    written("Basis", "text", { required: true, width: 10 }),
    written("Plan", "text", { required: true, width: 18 }),
    written("Version", "text", { width: 10 }),
    written("Reps", "integer", { required: true, width: 8 }),
    written("Revenue", "money"),
    written("Payout", "money", { required: true }),
    written("CostOfSales", "percent", { width: 12 }),
    written("AboveCap", "integer", { width: 10 }),
    written("PayoutP10", "money"),
    written("PayoutP50", "money"),
    written("PayoutP90", "money"),
    written("PayoutMax", "money"),
  ],
};
