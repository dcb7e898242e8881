/**
 * Each plan measure's target per rep and month, for payouts (PRODUCT.md, "Targets per measure").
 * For a rep, month and measure the first that has one wins:
 *   1. a MeasureTargets row for the rep (RepID);
 *   2. a MeasureTargets row for the rep's Role (Reps.Role);
 *   3. SalesTargets rows whose Measure is the measure (summed over product lines);
 *   4. the plan's flat monthly number for the measure, when the user gave one;
 *   5. SalesTargets rows with no Measure (as the targets job writes them), summed over products.
 * Rows for measures the plan does not pay on are left alone (another plan's, or a scorecard's).
 */
import { sumMoney } from "../kernel/money";
import { SalesPlanError } from "../kernel/errors";
import { measureKey, type MeasureAmount, type Plan } from "../engine/incentives";
import { measureTargetsSchema, readSpec, type InputTableSpec } from "../workbook/schema";
import type { ParsedRow, ParsedTable } from "../workbook/parse";
import type { WorkbookProblem } from "../workbook/types";
import { isNotFound, requireClean } from "./inputs";
import { num, text } from "./job";
import { jobMessages } from "./messages";
import { misspelledMeasures } from "./screen";
import { isUnassigned } from "./targets";

/** The optional MeasureTargets input table: a target per rep (or role), month and measure. */
export const measureTargetsSpec: InputTableSpec = readSpec(measureTargetsSchema);

export interface TargetSources {
  /** Reps, clean. */
  readonly reps: ParsedTable;
  readonly salesTargets?: ParsedTable;
  readonly measureTargets?: ParsedTable;
}

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);
const KEY = "\u0000";

/** Where a row is, for messages: the table, its sheet and the sheet row. */
function at(table: ParsedTable, row: ParsedRow) {
  return { table: table.name, sheet: table.sheet, row: row.row };
}

/** Stops on the first repeated key, naming both rows. */
function noRepeats(table: ParsedTable): (key: string, row: ParsedRow, shown: string) => void {
  const first = new Map<string, number>();
  return (key, row, shown) => {
    const earlier = first.get(key);
    if (earlier !== undefined)
      throw new SalesPlanError(jobMessages.targetRepeated, {
        ...at(table, row),
        value: shown,
        first: earlier,
      });
    first.set(key, row.row);
  };
}

/** MeasureTargets as rep and role maps: measure key -> rep or role -> month -> target. */
function readMeasureTargets(table: ParsedTable, reps: ParsedTable, measures: ReadonlySet<string>) {
  const clean = requireClean(table, table.name);
  const has = (key: string) => clean.columns.some((c) => c.key === key);
  if (!has("RepID") && !has("Role"))
    throw new SalesPlanError(jobMessages.measureTargetsNoWho, { table: table.name, sheet: table.sheet });
  const repIds = new Set(reps.rows.map((r) => text(r.values.RepID)));
  const roles = new Set(reps.rows.map((r) => text(r.values.Role).trim().toLowerCase()).filter(Boolean));
  const byRep = new Map<string, Map<string, number>>();
  const byRole = new Map<string, Map<string, number>>();
  const repeat = noRepeats(clean);
  const otherMeasures: ParsedRow[] = [];
  for (const row of clean.rows) {
    const rep = text(row.values.RepID).trim();
    const role = text(row.values.Role).trim();
    if (rep !== "" && role !== "")
      throw new SalesPlanError(jobMessages.measureTargetsBothWho, { ...at(clean, row), rep, role });
    if (rep === "" && role === "")
      throw new SalesPlanError(jobMessages.measureTargetsNoWhoRow, at(clean, row));
    if (rep !== "" && !repIds.has(rep))
      throw new SalesPlanError(jobMessages.targetUnknownRep, { ...at(clean, row), value: rep });
    if (role !== "" && !roles.has(role.toLowerCase()))
      throw new SalesPlanError(jobMessages.targetUnknownRole, { ...at(clean, row), value: role });
    const measure = text(row.values.Measure);
    const period = text(row.values.Period);
    const who = rep !== "" ? `rep${KEY}${rep}` : `role${KEY}${role.toLowerCase()}`;
    repeat([who, period, measureKey(measure)].join(KEY), row, [rep || role, period, measure].join(", "));
    if (!measures.has(measureKey(measure))) {
      otherMeasures.push(row);
      continue;
    }
    const map = rep !== "" ? byRep : byRole;
    const key = `${measureKey(measure)}${KEY}${rep !== "" ? rep : role.toLowerCase()}`;
    const months = map.get(key) ?? new Map<string, number>();
    months.set(period, num(row.values.Target) ?? 0);
    map.set(key, months);
  }
  return { byRep, byRole, table: clean, otherMeasures };
}

/**
 * SalesTargets summed per rep and month: the rows of each plan measure (Measure column) and the
 * rows with no Measure. A measure row for a rep not in Reps, or a repeated rep, product, month and
 * measure, stops the run.
 */
function readSalesTargets(table: ParsedTable, reps: ParsedTable, months: ReadonlySet<string>) {
  const clean = requireClean(table, table.name);
  const repIds = new Set(reps.rows.map((r) => text(r.values.RepID)));
  const repeat = noRepeats(clean);
  const parts = new Map<string, number[]>();
  let measureRows = false;
  for (const row of clean.rows) {
    const repId = text(row.values.RepID);
    const measure = text(row.values.Measure).trim();
    const period = text(row.values.Period);
    if (measure !== "") {
      measureRows = true;
      if (!repIds.has(repId))
        throw new SalesPlanError(jobMessages.targetUnknownRep, { ...at(clean, row), value: repId });
      const product = text(row.values.Product);
      repeat(
        [repId, product, period, measureKey(measure)].join(KEY),
        row,
        [repId, product, period, measure].filter(Boolean).join(", "),
      );
    }
    // Pay only the months that have actuals: SalesTargets runs the whole year ahead.
    if (isUnassigned(repId) || !months.has(period)) continue;
    const key = [measureKey(measure), repId, period].join(KEY);
    const list = parts.get(key) ?? [];
    list.push(num(row.values.Target) ?? 0);
    parts.set(key, list);
  }
  const sums = new Map<string, number>();
  for (const [key, list] of parts) sums.set(key, list.length === 1 ? list[0] : sumMoney(list));
  return { sums, measureRows, table: clean };
}

/**
 * The targets the payout engine reads, and the input tables they came from (for the audit).
 * `flat`: the plan's monthly number per measure name (null or absent: none).
 */
export function assembleTargets(
  plan: Plan,
  flat: Readonly<Record<string, number | null>>,
  sources: TargetSources,
  months: readonly string[],
): { targets: MeasureAmount[]; used: ParsedTable[]; warnings: WorkbookProblem[] } {
  const { reps } = sources;
  const keys = new Set(plan.measures.map((m) => measureKey(m.name)));
  const used: ParsedTable[] = [];
  const specific = found(sources.measureTargets)
    ? readMeasureTargets(sources.measureTargets, reps, keys)
    : undefined;
  // Rows of another plan's or the scorecard's measures are left alone; a near miss is named.
  const warnings = specific
    ? misspelledMeasures(
        specific.table,
        specific.otherMeasures,
        plan.measures.map((m) => m.name),
      )
    : [];
  if (found(sources.measureTargets)) used.push(sources.measureTargets);
  // SalesTargets is read only when some measure may need it: it has Measure rows, or no flat number.
  const needsTable =
    found(sources.salesTargets) &&
    (sources.salesTargets.columns.some((c) => c.key === "Measure") ||
      plan.measures.some((m) => (flat[m.name] ?? null) === null));
  const sales = needsTable ? readSalesTargets(sources.salesTargets!, reps, new Set(months)) : undefined;

  const targets: MeasureAmount[] = [];
  let fromTable = false;
  for (const measure of plan.measures) {
    const mk = measureKey(measure.name);
    const fixed = flat[measure.name] ?? null;
    let any = false;
    for (const r of reps.rows) {
      const repId = text(r.values.RepID);
      const role = text(r.values.Role).trim().toLowerCase();
      const own = specific?.byRep.get(`${mk}${KEY}${repId}`);
      const team = role ? specific?.byRole.get(`${mk}${KEY}${role}`) : undefined;
      for (const period of months) {
        let amount = own?.get(period) ?? team?.get(period);
        if (amount === undefined) {
          const measureSum = sales?.sums.get([mk, repId, period].join(KEY));
          const general = sales?.sums.get(["", repId, period].join(KEY));
          if (measureSum !== undefined || (fixed === null && general !== undefined)) fromTable = true;
          amount = measureSum ?? fixed ?? general;
        }
        if (amount === undefined) continue;
        any = true;
        targets.push({ repId, period, measure: measure.name, amount });
      }
    }
    // No target anywhere: neither a number, nor rows for it, nor SalesTargets to fall back on.
    if (!any && fixed === null && !found(sources.salesTargets))
      throw new SalesPlanError(jobMessages.noMeasureTarget, { measure: measure.name });
  }
  if (sales && fromTable) used.push(sales.table);
  return { targets, used, warnings };
}
