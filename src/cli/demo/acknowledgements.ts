/**
 * The demo's Acknowledgements: most reps signed the letter of each plan they are on in its first
 * weeks (or the week they joined it: a transfer signs the new plan then); the two latest joiners
 * have not yet, so the workbook check has someone to list.
 */
import type { Plan } from "../../engine/incentives";
import type { OutputTable } from "../../workbook/outputs";
import { serialOf } from "../../kernel/calendar";
import type { DemoCompany } from "./company";
import { demoColumn as c } from "./columns";

/** Reps left without a row: the latest joiners. */
const UNSIGNED = 2;

export function demoAcknowledgements(
  company: DemoCompany,
  plans: readonly Plan[],
  /** PlanAssignments rows (assignments.ts): each plan a rep is on, and from when. */
  assignments: readonly { readonly RepID: string; readonly Plan: string; readonly From: number | null }[],
): OutputTable {
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
      .flatMap((r) => assignments.filter((a) => a.RepID === r.RepID).map((a) => ({ rep: r, a })))
      .map(({ rep, a }, i) => ({
        RepID: rep.RepID,
        Plan: a.Plan,
        Version: plans.find((p) => p.name === a.Plan)?.version ?? "",
        // A week or two after the plan starts, or after joining it.
        Date: Math.max(start, rep.HireDate, a.From ?? start) + 5 + (i % 10),
      })),
  };
}
