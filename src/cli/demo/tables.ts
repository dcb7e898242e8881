/** The demo company as input tables, written to the workbook like any user's data. */
import type { OutputRow, OutputTable } from "../../workbook/outputs";
import type { DemoCompany } from "./company";
import { demoColumn } from "./columns";
import { demoMentors, peopleTables } from "./people";
import { dealsTable, fxRatesTable, repCurrency } from "./organisation";

/** Records of plain values are rows; their interfaces just lack an index signature. */
const rowsOf = <T extends object>(records: readonly T[]): readonly OutputRow[] =>
  records as unknown as OutputRow[];

const c = demoColumn;

/**
 * The demo's free text (adjustment reasons) in the language the demo is run in, so a Chinese demo
 * quotes no English sentence in its explanations. Kinds, rules and statuses stay the keys the
 * readers parse.
 */
export type DemoLanguage = "en" | "zh";

const REASONS = {
  clawback: { en: "Customer refunded within 12 months", zh: "客户 12 个月内退款" },
  manual: { en: "Expense correction", zh: "费用更正" },
} as const;

export function companyTables(company: DemoCompany, language: DemoLanguage = "en"): OutputTable[] {
  return [
    {
      name: "Reps",
      columns: [
        c("RepID", "text", 9),
        c("Name", "text", 10),
        c("Region", "text", 9),
        c("Manager", "text", 10),
        c("HireDate", "date"),
        c("EndDate", "date"),
        c("TargetIncentive", "money", 16),
        c("LastYearSales", "money", 16),
        c("Potential", "money", 16),
        c("Mentor", "text", 9),
        c("Currency", "text", 10),
      ],
      rows: withMentors(company),
    },
    {
      name: "Regions",
      columns: [c("Region", "text", 10), c("Target", "money", 18)],
      rows: rowsOf(company.regions),
    },
    {
      name: "Actuals",
      columns: [
        c("RepID", "text", 9),
        c("Period", "text", 10),
        c("Measure", "text", 12),
        c("Amount", "number"),
        c("Product", "text", 10),
      ],
      rows: rowsOf(company.actuals),
    },
    {
      name: "Activities",
      columns: [
        c("RepID", "text", 9),
        c("Period", "text", 10),
        c("Visits", "integer"),
        c("Calls", "integer"),
        c("Proposals", "integer"),
        c("ProposalQuality", "number", 16),
        c("CollectionRate", "percent", 15),
      ],
      rows: rowsOf(company.activities),
    },
    {
      name: "Adjustments",
      columns: [
        c("RepID", "text", 9),
        c("Period", "text", 10),
        c("Kind", "text", 10),
        c("Amount", "money"),
        c("Reason", "text", 28),
        c("MonthsServed", "integer", 14),
        c("MonthsRequired", "integer", 16),
      ],
      rows: adjustmentRows(company, language),
    },
    {
      name: "SalesHistory",
      columns: [c("RepID", "text", 9), c("Region", "text", 9), c("Period", "text", 10), c("Amount", "money")],
      rows: rowsOf(company.history),
    },
    ...peopleTables(company, language),
    fxRatesTable(company),
    dealsTable(company),
  ];
}

function withMentors(company: DemoCompany): OutputRow[] {
  const mentors = demoMentors(company);
  const currency = repCurrency(company);
  return company.reps.map((r) => ({
    ...r,
    Mentor: mentors.get(r.RepID) ?? null,
    Currency: currency(r.RepID),
  }));
}

/**
 * A clawback and a manual correction in the latest month, for the first reps paid then: the
 * adjustments finance most often asks about, so the demo shows how they reach SalesPayouts.
 */
function adjustmentRows(company: DemoCompany, language: DemoLanguage): OutputRow[] {
  const latest = company.actuals.reduce((max, a) => (a.Period > max ? a.Period : max), "");
  const paid = [...new Set(company.actuals.filter((a) => a.Period === latest).map((a) => a.RepID))].sort();
  if (paid.length < 2) return [];
  return [
    {
      RepID: paid[0],
      Period: latest,
      Kind: "clawback",
      Amount: 1200,
      Reason: REASONS.clawback[language],
      MonthsServed: 4,
      MonthsRequired: 12,
    },
    { RepID: paid[1], Period: latest, Kind: "manual", Amount: -150, Reason: REASONS.manual[language] },
  ];
}
