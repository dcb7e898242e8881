/**
 * The demo's organisation side (PRODUCT.md "Organisations"): a few reps of the south region paid
 * in HKD, and FxRates giving each month's HKD rate to the plan's CNY, so SalesPayouts shows its
 * Currency column and each of their rows in both currencies.
 */
import { monthKey } from "../../kernel/calendar";
import type { OutputTable } from "../../workbook/outputs";
import type { DemoCompany } from "./company";
import { demoColumn as c } from "./columns";

/** How many reps (the last ones of 华南, across the border from Hong Kong) are paid in HKD. */
const HKD_REPS = 3;

/** The reps paid in HKD: the last of the south region's reps who are not leaving. */
export function hkdReps(company: DemoCompany): ReadonlySet<string> {
  const south = company.reps.filter((r) => r.Region === "华南" && r.EndDate === null);
  return new Set(south.slice(-HKD_REPS).map((r) => r.RepID));
}

/** Each rep's currency for the Reps table: HKD for the few, blank (the plan's currency) for the rest. */
export function repCurrency(company: DemoCompany): (repId: string) => string | null {
  const hkd = hkdReps(company);
  return (repId) => (hkd.has(repId) ? "HKD" : null);
}

/** One HKD-to-CNY rate per month of the year to date, drifting a little as rates do. */
export function fxRatesTable(company: DemoCompany): OutputTable {
  const { year, asOfMonth } = company.options;
  const rows = [];
  for (let m = 1; m <= asOfMonth; m++)
    rows.push({
      Currency: "HKD",
      Period: monthKey({ year, month: m }),
      Rate: Math.round((0.9123 + 0.0011 * (m - 1)) * 10_000) / 10_000,
    });
  return {
    name: "FxRates",
    columns: [c("Currency", "text", 10), c("Period", "text", 10), c("Rate", "number")],
    rows,
  };
}
