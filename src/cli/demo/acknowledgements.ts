/**
 * The demo's Acknowledgements: most reps signed their plan letter in the plan's first weeks (or the
 * week they joined); the two latest joiners have not yet, so the workbook check has someone to list.
 */
import type { Plan } from "../../engine/incentives";
import type { OutputTable } from "../../workbook/outputs";
import { serialOf } from "../../kernel/calendar";
import type { DemoCompany } from "./company";
import { demoColumn as c } from "./columns";

/** Reps left without a row: the latest joiners. */
const UNSIGNED = 2;

export function demoAcknowledgements(company: DemoCompany, plan: Plan): OutputTable {
  const start = serialOf(company.options.year, 1, 1);
  const unsigned = new Set(
    [...company.reps]
      .sort((a, b) => b.HireDate - a.HireDate || (a.RepID < b.RepID ? -1 : 1))
      .slice(0, UNSIGNED)
      .map((r) => r.RepID),
  );
  return {
    name: "Acknowledgements",
    columns: [c("RepID", "text", 9), c("Plan", "text", 20), c("Version", "text", 9), c("Date", "date")],
    rows: company.reps
      .filter((r) => !unsigned.has(r.RepID))
      .map((r, i) => ({
        RepID: r.RepID,
        Plan: plan.name,
        Version: plan.version,
        // A week or two after the plan starts, or after joining.
        Date: Math.max(start, r.HireDate) + 5 + (i % 10),
      })),
  };
}
