/**
 * The pane's home: where this month's work stands (targets written, payouts for the period run,
 * the period closed / approved / paid, published for finance), each with the wizard step that does
 * the next thing. Pure: it reads what the pane's actions already return.
 */
import type { LedgerStatus } from "../../engine/ledger/types";
import type { PayoutFrequency } from "../../engine/incentives";
import { payoutPeriods, type AuditEntry, type PeriodState } from "../../jobs";
import type { StepId } from "./steps";
import type { WizardId } from "./WizardPanel";

export interface HomeFacts {
  /** SalesTargets' rows; null when there is no SalesTargets. */
  readonly targetsRows: number | null;
  /** The months (YYYY-MM) Actuals holds. */
  readonly actualMonths: readonly string[];
  /** How the saved plan pays (monthly when there is no plan). */
  readonly frequency: PayoutFrequency;
  /** SalesPayouts' periods and the ledger's, with the ledger status. */
  readonly periods: readonly PeriodState[];
  /** SalesAudit, latest run first. */
  readonly audit: readonly AuditEntry[];
  readonly today: Date;
}

export type HomeItemId = "targets" | "payouts" | "monthEnd" | "publish";

export interface HomeItem {
  readonly id: HomeItemId;
  /** done: nothing to do; todo: the next thing to do; waiting: an earlier item comes first. */
  readonly state: "done" | "todo" | "waiting";
  /** The i18n key of its sentence ({period}, {rows}, {status} filled from `values`). */
  readonly text: HomeTextKey;
  readonly values: Readonly<Record<string, string | number>>;
  readonly go: { readonly wizard: WizardId; readonly step: StepId };
}

export type HomeTextKey =
  | "homeTargetsDone"
  | "homeTargetsTodo"
  | "homePayoutsDone"
  | "homePayoutsTodo"
  | "homeOpen"
  | "homeClosed"
  | "homeApproved"
  | "homePaid"
  | "homePublished"
  | "homeNotPublished";

export interface HomeStatus {
  /** The month worked on: the latest month in Actuals, else this calendar month. */
  readonly month: string;
  /** True when `month` is Actuals' latest month. */
  readonly fromActuals: boolean;
  /** The payout period that holds `month` ("2026-02", "2026-Q1", "2026"). */
  readonly period: string;
  readonly items: readonly HomeItem[];
}

function calendarMonth(today: Date): string {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}`;
}

const nextAfter: Record<"open" | LedgerStatus, { text: HomeTextKey; done: boolean }> = {
  open: { text: "homeOpen", done: false },
  Closed: { text: "homeClosed", done: false },
  Approved: { text: "homeApproved", done: false },
  Paid: { text: "homePaid", done: true },
};

export function homeStatus(facts: HomeFacts): HomeStatus {
  const months = [...facts.actualMonths].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  const month = months.at(-1) ?? calendarMonth(facts.today);
  const period = payoutPeriods([month], facts.frequency)[0] ?? month;
  const targetsDone = facts.targetsRows !== null && facts.targetsRows > 0;
  const state = facts.periods.find((p) => p.period === period);
  const payoutsDone = state !== undefined;
  const ledger = nextAfter[state?.status ?? "open"];
  // Published counts when a publish row is the latest of the two: a later payouts run is unpublished.
  const latest = facts.audit.find((a) => a.action === "payouts" || a.action === "publish");
  const published = latest?.action === "publish";
  const items: HomeItem[] = [
    {
      id: "targets",
      state: targetsDone ? "done" : "todo",
      text: targetsDone ? "homeTargetsDone" : "homeTargetsTodo",
      values: { rows: facts.targetsRows ?? 0 },
      go: { wizard: "targets", step: "options" },
    },
    {
      id: "payouts",
      state: payoutsDone ? "done" : targetsDone ? "todo" : "waiting",
      text: payoutsDone ? "homePayoutsDone" : "homePayoutsTodo",
      values: { period },
      go: { wizard: "incentives", step: "preview" },
    },
    {
      id: "monthEnd",
      state: ledger.done ? "done" : payoutsDone ? "todo" : "waiting",
      text: ledger.text,
      values: { period },
      go: { wizard: "publish", step: "monthEnd" },
    },
    {
      id: "publish",
      state: published ? "done" : payoutsDone ? "todo" : "waiting",
      text: published ? "homePublished" : "homeNotPublished",
      values: { period },
      go: { wizard: "publish", step: "publish" },
    },
  ];
  return { month, fromActuals: months.length > 0, period, items };
}
