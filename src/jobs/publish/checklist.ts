/**
 * The publish checklist: each table finance reads, whether it is ready, and what to do next when
 * not ("missing - run payouts"). A workbook with no problems in the tables it holds is still not
 * ready while a table finance needs is missing, so the pane never gives an all-clear for it.
 */
import type { OutputTableName } from "./read";
import type { RecordedPayouts } from "./reconciliation";
import type { PublishSummary } from "./summary";

/**
 * ready: SalesPlan's, with rows; missing: absent or empty; foreign: a table SalesPlan did not
 * write holds the name; changed: SalesPayouts no longer adds up to what its run recorded; none: an
 * optional table not there (no period closed, a plan without rate tables).
 */
export type TableState = "ready" | "missing" | "foreign" | "changed" | "none";

/** What to do about a table that is not ready: the wizard and the run that write it. */
export type NextStep =
  "runTargets" | "savePlan" | "runPayouts" | "runScorecard" | "anyRun" | "closePeriod" | "renameTable";

export interface ChecklistItem {
  readonly name: OutputTableName;
  readonly state: TableState;
  readonly next: NextStep | null;
  /** Finance needs it: the workbook is not ready without it. */
  readonly required: boolean;
  readonly rows: number;
}

export interface Checklist {
  readonly items: readonly ChecklistItem[];
  /** Every required table ready. */
  readonly ready: boolean;
  /** Required tables not ready, in list order. */
  readonly notReady: readonly OutputTableName[];
}

/** What writes each table when it is missing; null: optional, nothing to do. */
const WRITER: Readonly<Record<OutputTableName, NextStep | null>> = {
  SalesTargets: "runTargets",
  SalesPayouts: "runPayouts",
  SalesScorecard: "runScorecard",
  SalesPlan: "savePlan",
  SalesPlanTiers: null,
  SalesAudit: "anyRun",
  SalesLedger: null,
};

/**
 * The checklist of the summary's tables. `recorded`: what the run that wrote SalesPayouts recorded
 * (the reconciliation's), when the workbook was checked.
 */
export function publishChecklist(summary: PublishSummary, recorded?: RecordedPayouts | null): Checklist {
  const items = summary.tables.map((t): ChecklistItem => {
    const writer = WRITER[t.name];
    const required = writer !== null;
    const base = { name: t.name, required, rows: t.ownership === "absent" ? 0 : t.rows };
    if (t.ownership === "foreign") return { ...base, state: "foreign", next: "renameTable" };
    if (t.ownership === "absent" || t.rows === 0) {
      if (required) return { ...base, state: "missing", next: writer };
      // No ledger yet: closing a period writes it. No tiers: a plan of curves needs none.
      return { ...base, state: "none", next: t.name === "SalesLedger" ? "closePeriod" : null };
    }
    if (t.name === "SalesPayouts" && recorded && !recorded.matches)
      return { ...base, state: "changed", next: "runPayouts" };
    return { ...base, state: "ready", next: null };
  });
  const notReady = items.filter((i) => i.required && i.state !== "ready").map((i) => i.name);
  return { items, ready: notReady.length === 0, notReady };
}
