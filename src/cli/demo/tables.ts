/** The demo company as input tables, written to the workbook like any user's data. */
import type { OutputColumn, OutputRow, OutputTable } from "../../workbook/outputs";
import type { DemoCompany } from "./company";
import { demoMentors, peopleTables } from "./people";

/** A demo column: its key is its header. */
export const demoColumn = (key: string, kind: OutputColumn["kind"], width?: number): OutputColumn => ({
  key,
  header: key,
  kind,
  ...(width ? { width } : {}),
});

/** Records of plain values are rows; their interfaces just lack an index signature. */
const rowsOf = <T extends object>(records: readonly T[]): readonly OutputRow[] =>
  records as unknown as OutputRow[];

const c = demoColumn;

export function companyTables(company: DemoCompany): OutputTable[] {
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
      rows: adjustmentRows(company),
    },
    {
      name: "SalesHistory",
      columns: [c("RepID", "text", 9), c("Region", "text", 9), c("Period", "text", 10), c("Amount", "money")],
      rows: rowsOf(company.history),
    },
    ...peopleTables(company),
  ];
}

function withMentors(company: DemoCompany): OutputRow[] {
  const mentors = demoMentors(company);
  return company.reps.map((r) => ({ ...r, Mentor: mentors.get(r.RepID) ?? null }));
}

/**
 * A clawback and a manual correction in the latest month, for the first reps paid then: the
 * adjustments finance most often asks about, so the demo shows how they reach SalesPayouts.
 */
function adjustmentRows(company: DemoCompany): OutputRow[] {
  const latest = company.actuals.reduce((max, a) => (a.Period > max ? a.Period : max), "");
  const paid = [...new Set(company.actuals.filter((a) => a.Period === latest).map((a) => a.RepID))].sort();
  if (paid.length < 2) return [];
  return [
    {
      RepID: paid[0],
      Period: latest,
      Kind: "clawback",
      Amount: 1200,
      Reason: "Customer refunded within 12 months",
      MonthsServed: 4,
      MonthsRequired: 12,
    },
    { RepID: paid[1], Period: latest, Kind: "manual", Amount: -150, Reason: "Expense correction" },
  ];
}
