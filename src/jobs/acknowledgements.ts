/**
 * The optional Acknowledgements input (RepID, Plan, Version, Date): a rep's signed plan letter. The
 * workbook check lists the reps with no row for the current plan version, by name, and the rows it
 * cannot use (a rep not in Reps, a date that is not a date), by table, sheet row and value. These
 * are warnings: an acknowledgement does not change pay, so it never stops a close or a publish.
 */
import { SalesPlanError } from "../kernel/errors";
import type { MessageTable } from "../kernel/messages";
import { acknowledgementsSchema, readSpec, type InputTableSpec } from "../workbook/schema";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound } from "./inputs";
import { text } from "./job";

export const acknowledgementsSpec: InputTableSpec = readSpec(acknowledgementsSchema);

export const acknowledgementMessages = {
  missing: {
    en: "{count} rep(s) have not acknowledged plan {plan} version {version} (no Acknowledgements row): {reps}",
    zh: "{count} 名销售代表尚未确认方案 {plan} 版本 {version}（Acknowledgements 表中没有对应行）：{reps}",
  },
  missingMore: {
    en: "{count} rep(s) have not acknowledged plan {plan} version {version} (no Acknowledgements row): {reps} and {more} more",
    zh: "{count} 名销售代表尚未确认方案 {plan} 版本 {version}（Acknowledgements 表中没有对应行）：{reps}，另有 {more} 名",
  },
  unknownRep: {
    en: "{table} (sheet {sheet}, row {row}): RepID '{value}' is not in Reps; the row is not counted",
    zh: "{table}（工作表 {sheet}，第 {row} 行）：工号“{value}”不在 Reps 表中；该行不计入",
  },
  badRow: {
    en: "{table} (sheet {sheet}, row {row}): {problem}; the row is not counted",
    zh: "{table}（工作表 {sheet}，第 {row} 行）：{problem}；该行不计入",
  },
  more: {
    en: "{table}: {count} more row(s) not counted",
    zh: "{table}：另有 {count} 行不计入",
  },
} as const satisfies MessageTable;

const M = acknowledgementMessages;

/** Reps named in one warning; the rest are counted. */
const LISTED = 20;
/** Bad rows named one by one; the rest are counted. */
const PER_TABLE = 5;

/** "1", "1.0" and "v1.0" are the same version (Excel turns a typed 1.0 into the number 1). */
export function sameVersion(a: string, b: string): boolean {
  const norm = (v: string) =>
    v
      .trim()
      .toLowerCase()
      .replace(/^v(?=\d)/, "");
  const [x, y] = [norm(a), norm(b)];
  if (x === y) return true;
  const numeric = /^\d+(\.\d+)?$/;
  return numeric.test(x) && numeric.test(y) && Number(x) === Number(y);
}

export interface PlanIdentity {
  readonly name: string;
  readonly version: string;
}

/**
 * Several plans (PRODUCT.md "Organisations"): SalesPlan's plans in order, and the plans each rep is
 * put on by PlanAssignments (RepID -> plan names, lower case); each rep acknowledges every one.
 */
export interface RepPlans {
  readonly plans: readonly PlanIdentity[];
  readonly of: ReadonlyMap<string, ReadonlySet<string>>;
}

/** RepPlans when SalesPlan holds several plans and PlanAssignments is there; else null. */
export function repPlans(
  plan: ParsedTable | undefined,
  assignments: ParsedTable | undefined,
): RepPlans | null {
  if (!plan || isNotFound(plan) || !assignments || isNotFound(assignments)) return null;
  const plans = new Map<string, PlanIdentity>();
  for (const r of plan.rows) {
    const name = text(r.values.Plan).trim();
    if (!plans.has(name.toLowerCase()))
      plans.set(name.toLowerCase(), { name, version: text(r.values.Version).trim() });
  }
  if (plans.size < 2) return null;
  const of = new Map<string, Set<string>>();
  for (const r of assignments.rows) {
    const id = text(r.values.RepID).trim();
    const set = of.get(id) ?? new Set<string>();
    set.add(text(r.values.Plan).trim().toLowerCase());
    of.set(id, set);
  }
  return { plans: [...plans.values()], of };
}

/** The plan's name and version as SalesPlan holds them (every row carries both); null without one. */
export function planIdentity(table: ParsedTable | undefined): PlanIdentity | null {
  if (!table || isNotFound(table)) return null;
  const row = table.rows.find(
    (r) => text(r.values.Version).trim() !== "" || text(r.values.Plan).trim() !== "",
  );
  return row ? { name: text(row.values.Plan).trim(), version: text(row.values.Version).trim() } : null;
}

export interface RepName {
  readonly id: string;
  readonly name: string;
}

/** The reps of Reps (id -> name) with no acknowledgement row for the plan's current version, in Reps' order. */
function unacknowledgedReps(
  rows: ParsedTable["rows"],
  known: ReadonlyMap<string, string>,
  plan: PlanIdentity,
): RepName[] {
  const signed = new Set(
    rows
      .filter((r) => sameVersion(text(r.values.Version), plan.version))
      .filter((r) => {
        const name = text(r.values.Plan).trim().toLowerCase();
        return name === "" || plan.name === "" || name === plan.name.toLowerCase();
      })
      .map((r) => text(r.values.RepID).trim()),
  );
  return [...known].filter(([id]) => id !== "" && !signed.has(id)).map(([id, name]) => ({ id, name }));
}

/**
 * Who has not acknowledged the plan, as the pane lists them: null without an Acknowledgements
 * table (nothing is recorded yet), else the reps the check's warning names, by the same rule.
 */
export function acknowledgementStatus(
  acknowledgements: ParsedTable | undefined,
  reps: ParsedTable,
  plan: PlanIdentity,
): RepName[] | null {
  if (!acknowledgements || isNotFound(acknowledgements)) return null;
  const known = new Map(reps.rows.map((r) => [text(r.values.RepID).trim(), text(r.values.Name)]));
  return unacknowledgedReps(acknowledgements.rows, known, plan);
}

/**
 * The check's warnings about acknowledgements: nothing without an Acknowledgements table; else its
 * unusable rows, then (with a plan and Reps) the reps with no row for the plan's current version —
 * under several plans, for each plan the reps PlanAssignments puts on it.
 */
export function acknowledgementChecks(
  acknowledgements: ParsedTable | undefined,
  reps: ParsedTable | undefined,
  plan: PlanIdentity | null,
  several: RepPlans | null = null,
): SalesPlanError[] {
  if (!acknowledgements || isNotFound(acknowledgements)) return [];
  const out: SalesPlanError[] = [];
  const where = (row: number) => ({ table: acknowledgements.name, sheet: acknowledgements.sheet, row });
  const bad: SalesPlanError[] = [];
  const badRows = new Set<number>();
  for (const p of acknowledgements.problems) {
    if (p.row !== undefined && badRows.has(p.row)) continue;
    if (p.row !== undefined) badRows.add(p.row);
    bad.push(
      new SalesPlanError(M.badRow, {
        ...where(p.row ?? 0),
        problem: { en: p.error.format("en"), zh: p.error.format("zh") },
      }),
    );
  }
  const known = new Map((reps?.rows ?? []).map((r) => [text(r.values.RepID).trim(), text(r.values.Name)]));
  const rows = acknowledgements.rows.filter((r) => {
    const id = text(r.values.RepID).trim();
    if (!reps || known.has(id)) return true;
    bad.push(new SalesPlanError(M.unknownRep, { ...where(r.row), value: id }));
    return false;
  });
  bad.sort((a, b) => Number(a.params.row) - Number(b.params.row));
  out.push(...bad.slice(0, PER_TABLE));
  if (bad.length > PER_TABLE)
    out.push(new SalesPlanError(M.more, { table: acknowledgements.name, count: bad.length - PER_TABLE }));
  if (!plan || !reps) return out;
  for (const p of several?.plans ?? [plan]) {
    const on = several
      ? new Map([...known].filter(([id]) => several.of.get(id)?.has(p.name.toLowerCase())))
      : known;
    const missing = unacknowledgedReps(rows, on, p);
    if (missing.length > 0) out.push(missingWarning(missing, p));
  }
  return out;
}

/** "3 rep(s) have not acknowledged plan P version V ...: Ann (R1), ..." (the first LISTED named). */
function missingWarning(missing: readonly RepName[], plan: PlanIdentity): SalesPlanError {
  const listed = missing.slice(0, LISTED);
  // Full-width brackets and commas in Chinese, as the sentence around them.
  const names = (open: string, close: string) =>
    listed.map(({ id, name }) => (name ? `${name}${open}${id}${close}` : id));
  const params = {
    count: missing.length,
    plan: plan.name || "-",
    version: plan.version || "-",
    reps: { en: names(" (", ")").join(", "), zh: names("（", "）").join("，") },
    more: missing.length - listed.length,
  };
  return new SalesPlanError(missing.length > LISTED ? M.missingMore : M.missing, params);
}
