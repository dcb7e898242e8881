/**
 * The top-down plan: company -> regions -> reps (-> product lines) -> months, rounded at every
 * level by the largest-remainder method so every level adds up exactly to its parent, with
 * joiners' and leavers' months reduced by RAMP's rule and the part nobody carries shown as an
 * "unassigned" row of its region.
 */
import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { excelRound, fromScaledUnits, toScaledUnits } from "../../kernel/money";
import {
  checkDecimals,
  minimumUnitsFor,
  prepareWeights,
  splitUnits,
  type PreparedWeights,
} from "./apportion";
import { targetMessages } from "./messages";
import { addMonths, monthOf, serialOf, type FiscalPeriod } from "../../kernel/calendar";
import { fiscalPeriods } from "./periods";
import { checkRamp, employedShare } from "./ramp";
import { basisWeights, type Basis } from "./weights";

/** A row of the Reps table, as the engine needs it. */
export interface RepInput {
  readonly repId: string;
  readonly name?: string;
  readonly region: string;
  readonly lastYearSales?: number | null;
  readonly potential?: number | null;
  readonly headcount?: number | null;
  /** Excel serials; blank = employed all year. */
  readonly hireDate?: number | null;
  readonly endDate?: number | null;
  /**
   * When tenure (the ramp's month count) runs from another day than hireDate: a rep moved into
   * the region is employed there from the move, ramped from the real hire. Null = long ago.
   */
  readonly tenureFrom?: number | null;
}

/** A row of the Regions table. */
export interface RegionInput {
  readonly region: string;
  readonly target?: number | null;
}

/** A product line and its share of every rep's target. */
export interface ProductMix {
  readonly product: string;
  readonly weight: number;
}

/** Everything the plan needs; only `reps`, `fiscalYear` and a target are required. */
export interface TargetPlanInput {
  readonly reps: readonly RepInput[];
  /** Region targets (used when there is no company target), and the regions' order. */
  readonly regions?: readonly RegionInput[];
  /** When given, it is split to the regions by `regionBasis` and region targets are ignored. */
  readonly companyTarget?: number | null;
  /** How the company target is shared by regions (reps' values summed per region). Default "history". */
  readonly regionBasis?: Basis;
  /** How a region's target is shared by its reps. Default "history". */
  readonly repBasis?: Basis;
  /** Every rep with a weight first gets this much of the annual target. */
  readonly repMinimum?: number;
  /** Product lines; left out, each rep has one row per month with a blank product. */
  readonly products?: readonly ProductMix[];
  /** The fiscal year: 2026 starting in April runs 2026-04 .. 2027-03. */
  readonly fiscalYear: { readonly startYear: number; readonly startMonth?: number };
  /** 12 weights for January..December (calendar order, whatever the fiscal start). Default equal. */
  readonly seasonality?: readonly number[];
  /** Ramp factors by tenure month for joiners (see SALES.RAMP). */
  readonly ramp?: readonly number[];
  /** Rounding of every target. Default 0. */
  readonly decimals?: number;
  /**
   * Build the SalesTargets rows (default true). Callers that need only the numbers (regions',
   * reps' months and quarters) skip 120,000 row objects for 10,000 reps.
   */
  readonly rows?: boolean;
}

/** A row of the SalesTargets table. `kind` tells the rep rows from the regions' unassigned rows. */
export interface TargetRow {
  readonly kind: "rep" | "unassigned";
  /** The rep's ID; "" on unassigned rows. */
  readonly repId: string;
  readonly name: string;
  readonly region: string;
  /** "" when the plan has no product lines. */
  readonly product: string;
  /** "2026-04" */
  readonly period: string;
  readonly target: number;
}

/** One rep's targets. */
export interface RepTarget {
  readonly repId: string;
  readonly name: string;
  readonly region: string;
  /** The rep's full-year share of the region before proration and ramp. */
  readonly share: number;
  /** What the rep carries after proration and ramp: the sum of `months`. */
  readonly annual: number;
  /** By fiscal month. */
  readonly months: number[];
  /** By fiscal quarter: sums of the months. */
  readonly quarters: number[];
}

/** One region's targets: `assigned + unassigned = target`, month by month too. */
export interface RegionTarget {
  readonly region: string;
  readonly target: number;
  readonly assigned: number;
  /** The part of the target nobody carries (joiners' ramp, leavers' and vacancies' months). */
  readonly unassigned: number;
  readonly months: number[];
  readonly unassignedMonths: number[];
  readonly quarters: number[];
}

/** The plan: every level adds up exactly to the one above (in units of 10^-decimals). */
export interface TargetPlan {
  readonly companyTarget: number;
  readonly periods: FiscalPeriod[];
  readonly regions: RegionTarget[];
  readonly reps: RepTarget[];
  /** SalesTargets rows: per rep, product and month, then each region's unassigned rows. */
  readonly rows: TargetRow[];
}

const SAFE = 2 ** 53;
const SAFE_BIG = BigInt(SAFE);
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** A unit count to a number at `decimals`: exact division when it fits a double. */
function toNumber(units: number | bigint, decimals: number): number {
  if (typeof units === "number" && units < SAFE && units > -SAFE && decimals <= 22 && decimals >= -22) {
    const v = decimals >= 0 ? units / POW10[decimals] : units * POW10[-decimals];
    return v === 0 ? 0 : v;
  }
  return fromScaledUnits(BigInt(units), decimals);
}

type Units = number | bigint;

/** a + b, staying a double while the sum is exact, else BigInt. */
function add(a: Units, b: Units): Units {
  if (typeof a === "number" && typeof b === "number") {
    const total = a + b;
    if (total < SAFE && total > -SAFE) return total;
  }
  return BigInt(a) + BigInt(b);
}

const sum = (values: readonly Units[]): Units => values.reduce<Units>((a, b) => add(a, b), 0);

/** Fiscal quarters as sums of their three months. */
const quarters = (months: readonly Units[]): Units[] => [
  add(add(months[0], months[1]), months[2]),
  add(add(months[3], months[4]), months[5]),
  add(add(months[6], months[7]), months[8]),
  add(add(months[9], months[10]), months[11]),
];

const at = (row: number, rows: number) => ({ at: { row, column: 0, rows, columns: 1 } });

/**
 * Build the whole plan. Throws a SalesPlanError naming the table, column and row for any input
 * problem (unknown region, duplicate rep, negative sales, bad dates, ...).
 */
export function planTargets(input: TargetPlanInput): TargetPlan {
  const decimals = input.decimals ?? 0;
  checkDecimals(decimals);
  const periods = fiscalPeriods(input.fiscalYear.startYear, input.fiscalYear.startMonth ?? 1);
  const reps = input.reps;
  const n = reps.length;

  // Regions, in the Regions table's order, then any met first in Reps.
  const regionNames: string[] = [];
  const regionIndex = new Map<string, number>();
  const regionKey = (name: string) => name.trim().toLowerCase();
  (input.regions ?? []).forEach((r, row) => {
    const key = regionKey(r.region);
    if (key === "")
      fail(commonMessages.blank, { arg: "regions.Region" }, at(row, input.regions?.length ?? 0));
    if (regionIndex.has(key))
      fail(
        targetMessages.duplicateKey,
        { arg: "regions.Region", value: r.region },
        at(row, input.regions?.length ?? 0),
      );
    regionIndex.set(key, regionNames.length);
    regionNames.push(r.region);
  });
  const hasCompany = input.companyTarget !== undefined && input.companyTarget !== null;
  const repIds = new Set<string>();
  const repRegion = reps.map((rep, row) => {
    if (rep.repId.trim() === "") fail(commonMessages.blank, { arg: "reps.RepID" }, at(row, n));
    if (repIds.has(rep.repId))
      fail(targetMessages.duplicateKey, { arg: "reps.RepID", value: rep.repId }, at(row, n));
    repIds.add(rep.repId);
    const key = regionKey(rep.region);
    if (key === "") fail(commonMessages.blank, { arg: "reps.Region" }, at(row, n));
    let index = regionIndex.get(key);
    if (index === undefined) {
      if (input.regions && !hasCompany)
        fail(targetMessages.unknownRegion, { arg: "reps.Region", region: rep.region }, at(row, n));
      index = regionNames.length;
      regionIndex.set(key, index);
      regionNames.push(rep.region);
    }
    return index;
  });
  const members: number[][] = regionNames.map(() => []);
  repRegion.forEach((g, i) => members[g].push(i));

  // Employment: checked once; null when the rep works the whole year unramped.
  const ramp = input.ramp ?? [];
  checkRamp(ramp);
  const employment = reps.map((rep, row) => {
    const hire = rep.hireDate ?? null;
    const leave = rep.endDate ?? null;
    const tenure = rep.tenureFrom === undefined ? hire : rep.tenureFrom;
    for (const [value, arg] of [
      [hire, "reps.HireDate"],
      [leave, "reps.EndDate"],
      [tenure, "reps.HireDate"],
    ] as const) {
      if (value !== null && (!Number.isFinite(value) || value < 1))
        fail(targetMessages.notADate, { arg, value }, at(row, n));
    }
    if (hire !== null && leave !== null && leave < hire)
      fail(targetMessages.endBeforeHire, { end: leave, hire }, at(row, n));
    const first = periods[0].start;
    const last = periods[11].end;
    // Employed from the year's first day, fully ramped by then and still there at its end: the
    // factor is 1 all year. (A transfer's tenure can be long while its hire here is mid-year.)
    const rampDone =
      tenure === null
        ? -Infinity
        : (() => {
            const m = addMonths(monthOf(Math.floor(tenure)), ramp.length);
            return serialOf(m.year, m.month, 1);
          })();
    if (rampDone <= first && (hire === null || hire <= first) && (leave === null || leave >= last))
      return null;
    return {
      hireDate: Math.floor(hire ?? 1),
      endDate: leave === null ? null : Math.floor(leave),
      ramp,
      tenureFrom: tenure === null ? null : Math.floor(tenure),
    };
  });

  // Company -> regions.
  let regionUnits: bigint[];
  if (hasCompany) {
    const company = input.companyTarget as number;
    if (!Number.isFinite(company)) fail(commonMessages.notFinite, { arg: "target", value: String(company) });
    const aggregate = members.map((list) => ({
      lastYearSales: list.reduce((s, i) => s + (reps[i].lastYearSales ?? 0), 0),
      potential: list.reduce((s, i) => s + (reps[i].potential ?? 0), 0),
      headcount: list.reduce((s, i) => s + (reps[i].headcount ?? 1), 0),
    }));
    const weights = basisWeights(aggregate, input.regionBasis ?? "history", { arg: "regions" });
    const parts = splitUnits(toScaledUnits(company, decimals), prepareWeights(weights, { arg: "regions" }));
    regionUnits = Array.from(parts as ArrayLike<number | bigint>, (v) => BigInt(v));
  } else {
    if (!input.regions || input.regions.length === 0) fail(targetMessages.noTarget);
    const rows = input.regions.length;
    regionUnits = regionNames.map((name, g) => {
      const target = g < rows ? input.regions?.[g].target : null;
      if (target === null || target === undefined) {
        if (g >= rows) fail(targetMessages.unknownRegion, { arg: "reps.Region", region: name });
        fail(commonMessages.blank, { arg: "regions.Target" }, at(g, rows));
      }
      if (!Number.isFinite(target))
        fail(commonMessages.notFinite, { arg: "regions.Target", value: String(target) }, at(g, rows));
      return toScaledUnits(target, decimals);
    });
  }
  const companyUnits = regionUnits.reduce((a, b) => a + b, 0n);

  // Months by fiscal order; the product mix; both prepared once for every rep.
  const calendar = input.seasonality ?? new Array<number>(12).fill(1);
  if (calendar.length !== 12)
    fail(targetMessages.tooManyPeriods, { arg: "seasonality", count: calendar.length });
  const profile = prepareWeights(
    periods.map((p) => calendar[p.month - 1]),
    { arg: "seasonality" },
  );
  const products = input.products ?? [];
  const productNames = products.length > 0 ? products.map((p) => p.product) : [""];
  const mix: PreparedWeights | null =
    products.length > 0
      ? prepareWeights(
          products.map((p) => p.weight),
          { arg: "products" },
        )
      : null;
  const productCount = productNames.length;

  const repTargets: RepTarget[] = [];
  const regionTargets: RegionTarget[] = [];
  // Sized up front: 120,000 rows pushed one by one cost more in array growth than the split itself.
  const withRows = input.rows ?? true;
  const repRows: TargetRow[] = new Array<TargetRow>(withRows ? n * productCount * 12 : 0);
  let rowCount = 0;
  const unassignedRows: TargetRow[] = [];

  regionNames.forEach((regionName, g) => {
    const list = members[g];
    const regionTotal = regionUnits[g];
    // Unassigned units by product and month: joiners' ramp, leavers' months, or a region without reps.
    const open: Units[][] = productNames.map(() => new Array<Units>(12).fill(0));
    const regionMonths = new Array<Units>(12).fill(0);
    if (list.length === 0) {
      const byProduct = mix ? splitUnits(regionTotal, mix) : [regionTotal];
      for (let k = 0; k < productCount; k++) {
        const months = splitUnits(byProduct[k], profile);
        for (let m = 0; m < 12; m++) open[k][m] = add(open[k][m], months[m]);
      }
    } else {
      const weights = basisWeights(
        list.map((i) => reps[i]),
        input.repBasis ?? "history",
        { arg: "reps", rows: list, tableRows: n, group: regionName },
      );
      const prepared = prepareWeights(weights, { arg: "reps" });
      const minimum = minimumUnitsFor(regionTotal, input.repMinimum ?? 0, prepared.positive, decimals);
      const shares = splitUnits(regionTotal, prepared, minimum);
      // The common case in doubles: a region below 2^53 units keeps every sum below it too, and one
      // product line needs no per-product rows. Saves boxing 30 numbers per rep.
      const small = regionTotal < SAFE_BIG && regionTotal > -SAFE_BIG;
      const fastMonths = new Float64Array(12);
      const fastOpen = new Float64Array(12);
      const plainRep = (
        rep: RepInput,
        region: string,
        share: number,
        full: Float64Array,
        factors: number[] | null,
      ): RepTarget => {
        const months = new Array<number>(12);
        const quarterUnits = [0, 0, 0, 0];
        let annual = 0;
        for (let m = 0; m < 12; m++) {
          let units = full[m];
          if (factors && factors[m] !== 1) {
            const carried = excelRound(units * factors[m], 0);
            fastOpen[m] += units - carried;
            units = carried;
          }
          annual += units;
          quarterUnits[(m / 3) | 0] += units;
          fastMonths[m] += units;
          const target = toNumber(units, decimals);
          months[m] = target;
          if (withRows)
            repRows[rowCount++] = {
              kind: "rep",
              repId: rep.repId,
              name: rep.name ?? "",
              region,
              product: "",
              period: periods[m].label,
              target,
            };
        }
        return {
          repId: rep.repId,
          name: rep.name ?? "",
          region,
          share: toNumber(share, decimals),
          annual: toNumber(annual, decimals),
          months,
          quarters: quarterUnits.map((u) => toNumber(u, decimals)),
        };
      };
      list.forEach((i, j) => {
        const rep = reps[i];
        const share = shares[j];
        const job = employment[i];
        const factors = job ? periods.map((p) => employedShare(job, p.start, p.end)) : null;
        if (small && !mix && typeof share === "number") {
          const full = splitUnits(share, profile);
          if (full instanceof Float64Array) {
            repTargets.push(plainRep(rep, regionName, share, full, factors));
            return;
          }
        }
        const byProduct = mix ? splitUnits(share, mix) : [share];
        const repMonths = new Array<Units>(12).fill(0);
        for (let k = 0; k < productCount; k++) {
          const full = splitUnits(byProduct[k], profile);
          for (let m = 0; m < 12; m++) {
            let units: Units = full[m];
            if (factors && factors[m] !== 1) {
              // The carried part is rounded to a whole unit; the rest stays visible with the region.
              const carried = excelRound(Number(units) * factors[m], 0);
              open[k][m] = add(
                open[k][m],
                typeof units === "number" ? units - carried : units - BigInt(carried),
              );
              units = typeof units === "bigint" ? BigInt(carried) : carried;
            }
            repMonths[m] = add(repMonths[m], units);
            if (withRows)
              repRows[rowCount++] = {
                kind: "rep",
                repId: rep.repId,
                name: rep.name ?? "",
                region: regionName,
                product: productNames[k],
                period: periods[m].label,
                target: toNumber(units, decimals),
              };
          }
        }
        repMonths.forEach((u, m) => (regionMonths[m] = add(regionMonths[m], u)));
        repTargets.push({
          repId: rep.repId,
          name: rep.name ?? "",
          region: regionName,
          share: toNumber(share, decimals),
          annual: toNumber(sum(repMonths), decimals),
          months: repMonths.map((u) => toNumber(u, decimals)),
          quarters: quarters(repMonths).map((u) => toNumber(u, decimals)),
        });
      });
      for (let m = 0; m < 12; m++) {
        regionMonths[m] = add(regionMonths[m], fastMonths[m]);
        open[0][m] = add(open[0][m], fastOpen[m]);
      }
    }
    const unassignedMonths = new Array<Units>(12).fill(0);
    open.forEach((months, k) =>
      months.forEach((u, m) => {
        unassignedMonths[m] = add(unassignedMonths[m], u);
        if (withRows && u !== 0 && u !== 0n) {
          unassignedRows.push({
            kind: "unassigned",
            repId: "",
            name: "",
            region: regionName,
            product: productNames[k],
            period: periods[m].label,
            target: toNumber(u, decimals),
          });
        }
      }),
    );
    const unassigned = BigInt(sum(unassignedMonths));
    const totalMonths = regionMonths.map((u, m) => add(u, unassignedMonths[m]));
    regionTargets.push({
      region: regionName,
      target: toNumber(regionTotal, decimals),
      assigned: toNumber(regionTotal - unassigned, decimals),
      unassigned: toNumber(unassigned, decimals),
      months: totalMonths.map((u) => toNumber(u, decimals)),
      unassignedMonths: unassignedMonths.map((u) => toNumber(u, decimals)),
      quarters: quarters(totalMonths).map((u) => toNumber(u, decimals)),
    });
  });

  return {
    companyTarget: toNumber(companyUnits, decimals),
    periods,
    regions: regionTargets,
    reps: repTargets,
    rows: unassignedRows.length === 0 ? repRows : repRows.concat(unassignedRows),
  };
}
