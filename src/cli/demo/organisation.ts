/**
 * The demo's organisation side (PRODUCT.md "Organisations"): a few reps of the south region paid
 * in HKD, and FxRates giving each month's HKD rate to the plan's CNY, so SalesPayouts shows its
 * Currency column and each of their rows in both currencies.
 */
import { monthKey, serialOf } from "../../kernel/calendar";
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

/**
 * Deals behind the year's revenue: each rep's month of a product line is one deal (so the rows
 * credit exactly the Actuals they stand for), except the latest month's first deal of the first
 * rep of 华东, split 60/40 with the next rep of the region and credited in full to a third as an
 * overlay — the crediting PRODUCT.md "Organisations" describes.
 */
export function dealsTable(company: DemoCompany): OutputTable {
  const { year } = company.options;
  const rows: Record<string, string | number | boolean | null>[] = [];
  const revenue = company.actuals.filter((a) => a.Measure === "Revenue");
  const latest = revenue.reduce((max, a) => (a.Period > max ? a.Period : max), "");
  const east = company.reps.filter((r) => r.Region === "华东" && r.EndDate === null).map((r) => r.RepID);
  const [owner, partner, overlay] = east;
  let shared = false;
  for (const a of revenue) {
    const month = Number(a.Period.slice(5, 7));
    const deal = {
      DealID: `D-${a.Period.replace("-", "")}-${a.RepID}-${a.Product ?? ""}`,
      Date: serialOf(year, month, 15),
      RepID: a.RepID,
      Amount: a.Amount,
      Split: 1,
      Measure: "Revenue",
      Product: a.Product,
      Overlay: false,
    };
    if (!shared && a.Period === latest && a.RepID === owner && partner && overlay) {
      shared = true;
      rows.push(
        { ...deal, Split: 0.6 },
        { ...deal, RepID: partner, Split: 0.4 },
        { ...deal, RepID: overlay, Overlay: true },
      );
    } else rows.push(deal);
  }
  return {
    name: "Deals",
    columns: [
      c("DealID", "text", 26),
      c("Date", "date"),
      c("RepID", "text", 9),
      c("Amount", "money"),
      c("Split", "percent"),
      c("Measure", "text", 10),
      c("Product", "text", 10),
      c("Overlay", "boolean"),
    ],
    rows,
  };
}
