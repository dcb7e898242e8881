/**
 * Everything the wizards can ask of the workbook, as one interface: components get it as a prop and
 * never touch `Excel`. createOfficeActions (officeActions.ts) implements it over Office.js; tests
 * pass an in-memory one.
 */
import type { RepSummary } from "./previewSummary";
import type { Plan } from "../engine/incentives";
import type { Locale } from "../kernel/messages";
import type {
  HistoryReport,
  InputColumnStatus,
  InputName,
  InputStatus,
  JobTotal,
  Letter,
  LetterView,
  Localized,
  Mappings,
  ModelLine,
  ModelOptions,
  PayoutOptions,
  PublishSummary,
  PeopleView,
  RepChoice,
  RepReview,
  ReviewEntry,
  ReviewView,
  ScorecardOptions,
  TableImpact,
  TargetOptions,
  TrackingOptions,
  TrackingView,
  DevelopmentEntry,
} from "../jobs";
import type { LedgerReconciliation, MonthEndView, PublishOptions, Reconciliation } from "../jobs";
import type { DiagnosticsReport, DiagnosticsStepId } from "../workbook/office/diagnostics";
import type { OutputKind, OutputRow } from "../workbook/outputs";
import type { CellTarget, UndoReport } from "../workbook/host";
import type { WrittenSheet } from "../workbook/printSheet";

export type {
  DiagnosticsReport,
  DiagnosticsStepId,
  HistoryReport,
  InputColumnStatus,
  InputName,
  JobTotal,
  Letter,
  LetterView,
  Localized,
  Mappings,
  PayoutOptions,
  Plan,
  PeopleView,
  PublishSummary,
  RepChoice,
  RepReview,
  ReviewEntry,
  ReviewView,
  ScorecardOptions,
  TableImpact,
  TargetOptions,
  TrackingOptions,
  TrackingView,
  DevelopmentEntry,
};

/** One input table as the wizard shows it: the job's status, with problems in both languages. */
export interface InputReport extends Omit<InputStatus, "problems"> {
  readonly problems: readonly Localized[];
  /** Tables and sheets in the workbook the user can pick instead (output tables left out). */
  readonly available: readonly string[];
}

export interface PreviewColumn {
  readonly key: string;
  readonly header: string;
  readonly kind: OutputKind;
}

export interface PreviewTable {
  readonly name: string;
  readonly columns: readonly PreviewColumn[];
  /** The first rows only. */
  readonly rows: readonly OutputRow[];
  readonly rowCount: number;
}

/**
 * Input the run left out (README "Odd input"): where, how many input rows, and why in both
 * languages (localised where the job ran, so it crosses the compute worker as plain text).
 */
export interface RunWarning {
  readonly table?: string;
  readonly cell?: string;
  /** Input rows this warning left out. */
  readonly rows: number;
  readonly message: Localized;
}

/** What a job would write: its main table's first rows and the totals that reconcile. */
export interface JobPreview {
  readonly table: PreviewTable;
  readonly totals: readonly JobTotal[];
  /** What the run leaves out (none when absent). */
  readonly warnings?: readonly RunWarning[];
  /** What a write of the same options would replace in the workbook as it is now. */
  readonly impact?: readonly TableImpact[];
  /** Every row summed per rep (targets by quarter, payouts), for the jobs that have one. */
  readonly summary?: RepSummary;
}

export interface WrittenTableInfo {
  readonly name: string;
  /** The sheet it is on, for "Show in the workbook". */
  readonly sheet?: string;
  readonly rows: number;
  readonly created: boolean;
}

export interface RunResult {
  readonly tables: readonly WrittenTableInfo[];
  readonly totals: readonly JobTotal[];
  /** What the run left out (none when absent). */
  readonly warnings?: readonly RunWarning[];
  /** Set when the write can be undone (undoLastWrite's id), until another write runs. */
  readonly undo?: string;
}

/** What an undo put back: each table of the write with its data rows now, or null when it went. */
export type UndoResult = UndoReport;

export interface CheckItem {
  readonly severity: "error" | "warning";
  readonly message: Localized;
  /** Where the problem is, for "Go to cell". */
  readonly at?: CellTarget;
}

export type { CellTarget };

export type { LedgerReconciliation, MonthEndView, PublishOptions, Reconciliation };

/** A period closed into SalesLedger from the pane. */
export interface CloseReport {
  readonly period: string;
  readonly lines: number;
  readonly reps: number;
  readonly total: number;
  /** Restatement lines of earlier closed periods paid in this one. */
  readonly restatements: number;
  /** The period's open inquiries, as sentences in the pane's language when it closed. */
  readonly openInquiries: readonly string[];
  /** What the workbook check warned about (an error refuses the close). */
  readonly warnings: readonly Localized[];
}

/** A statement written as the Statement sheet. */
export interface StatementReport {
  readonly repId: string;
  readonly name: string;
  readonly period: string;
  /** The period's net pay, to the cent. */
  readonly total: number;
  readonly sheet: string;
  readonly rows: number;
  readonly created: boolean;
}

/** A rep's review written as the Review sheet. */
export interface ReviewSheetReport {
  readonly repId: string;
  readonly name: string;
  readonly period: string;
  readonly sheet: string;
  readonly rows: number;
  readonly created: boolean;
}

/** A closed period moved to Approved or Paid. */
export interface MoveReport {
  readonly period: string;
  readonly status: "Approved" | "Paid";
  readonly lines: number;
  readonly total: number;
}

export interface WorkbookCheckResult {
  readonly summary: PublishSummary;
  readonly checks: readonly CheckItem[];
  /** SalesPayouts by period, region and measure; null when there is no SalesPayouts. */
  readonly reconciliation: Reconciliation | null;
  /** SalesLedger + open periods against the inputs recomputed; null (or absent) while nothing is closed. */
  readonly ledger?: LedgerReconciliation | null;
}

/** How far a long run has got: `done` of `total` steps of the current stage. */
export interface RunProgress {
  readonly stage: "read" | "compute" | "check" | "write" | "commit";
  readonly done: number;
  readonly total: number;
}

/**
 * Progress and cancel for anything that can take over a second. A cancelled run stops at its next
 * step and rejects (the workbook layer leaves the previous tables whole), like any other failure.
 */
export interface RunControl {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RunProgress) => void;
}

/**
 * Every method rejects with the reason (a SalesPlanError when it is the user's to fix). The runs
 * that can take over a second take an optional RunControl as their last parameter.
 */
export interface SalesPlanActions {
  /** The pane's language, for what a write puts into the workbook (the audit's action and language). */
  setLanguage?(locale: Locale): void;
  inspectInputs(names: readonly InputName[], mappings: Mappings): Promise<InputReport[]>;
  previewTargets(options: TargetOptions, mappings: Mappings, control?: RunControl): Promise<JobPreview>;
  writeTargets(options: TargetOptions, mappings: Mappings, control?: RunControl): Promise<RunResult>;
  /** The SalesHistory table (seasonality from history): found or not, its whole years and season. */
  inspectHistory(): Promise<HistoryReport>;
  /** Track & re-plan from SalesTargets, Actuals and Reps; writes nothing. */
  trackTargets(options: TrackingOptions, mappings: Mappings): Promise<TrackingView>;
  /**
   * Track & re-plan read again with the same options and written as the values-only SalesReplan
   * sheet (replacing the previous copy); the view returned is the one the sheet holds.
   */
  copyReplan(
    options: TrackingOptions,
    mappings: Mappings,
  ): Promise<{ view: TrackingView; written: WrittenSheet }>;
  /** The plan saved in SalesPlan/SalesPlanTiers, or null when there is none. */
  loadPlan(): Promise<Plan | null>;
  /** Every plan SalesPlan/SalesPlanTiers hold (several by the Plan column); none: []. */
  loadPlans(): Promise<Plan[]>;
  /** Writes the plan into SalesPlan/SalesPlanTiers in place of the plan of its name; other plans stay. */
  savePlan(plan: Plan, control?: RunControl): Promise<RunResult>;
  previewPayouts(options: PayoutOptions, mappings: Mappings, control?: RunControl): Promise<JobPreview>;
  /**
   * Put back every table of the write whose RunResult carried `id` (tables it created deleted),
   * with an "undo" SalesAudit row; refuses, changing nothing, once another write ran or its tables
   * were edited.
   */
  undoLastWrite(id: string): Promise<UndoResult>;
  /** Whether the write with this id is still the last one (Undo is offered only then). */
  canUndo(id: string): boolean;
  /** Writes SalesPayouts with the plan beside it. */
  writePayouts(options: PayoutOptions, mappings: Mappings, control?: RunControl): Promise<RunResult>;
  /** What the plan (and a second one beside it) would cost at each scenario; writes nothing. */
  previewModel(options: ModelRequest, mappings: Mappings, control?: RunControl): Promise<ModelView>;
  /** Writes SalesPlanModel (as `salesplan model` does) with its audit row. */
  writeModel(options: ModelRequest, mappings: Mappings, control?: RunControl): Promise<RunResult>;
  previewScorecard(options: ScorecardOptions, mappings: Mappings, control?: RunControl): Promise<JobPreview>;
  writeScorecard(options: ScorecardOptions, mappings: Mappings, control?: RunControl): Promise<RunResult>;
  /** The reps the scorecard has rows for, with their periods: what a review can be opened for. */
  scorecardReps(options: ScorecardOptions, mappings: Mappings): Promise<RepChoice[]>;
  /**
   * One rep's review for `period` (null: the rep's latest): score, band, ranks, strengths, gaps,
   * trend, coaching, and from ReviewNotes the last review's actions and what this one saved.
   */
  reviewRep(
    options: ScorecardOptions,
    mappings: Mappings,
    repId: string,
    period: string | null,
  ): Promise<ReviewView>;
  /**
   * Save a review's notes into ReviewNotes, dated today: that rep's rows of that period replaced,
   * every other row kept, with its SalesAudit row; all or nothing.
   */
  saveReview(entry: ReviewEntry, control?: RunControl): Promise<RunResult>;
  /**
   * The rep's review for the period, as `salesplan reviews` prints it (that rep only), written as
   * the values-only Review sheet on one page, replacing the previous one, then its SalesAudit row.
   */
  writeReviewSheet(
    options: ScorecardOptions,
    mappings: Mappings,
    repId: string,
    period: string,
  ): Promise<ReviewSheetReport>;
  /** Add development items to the rep's plan in Development, every other row kept; all or nothing. */
  saveDevelopment(entry: DevelopmentEntry, control?: RunControl): Promise<RunResult>;
  /** The honour roll and team health the workbook gives with this scorecard; writes nothing. */
  peopleView(options: ScorecardOptions, mappings: Mappings): Promise<PeopleView>;
  /** Write SalesHonourRoll and SalesTeamHealth (as `salesplan run` does) with the audit row. */
  writePeople(options: ScorecardOptions, mappings: Mappings, control?: RunControl): Promise<RunResult>;
  /** The reps a plan letter can be written for, and who has not acknowledged the saved plan. */
  letterView(mappings: Mappings): Promise<LetterView>;
  /** One rep's plan letter from the saved plan, as `salesplan letters` writes it. */
  previewLetter(repId: string, mappings: Mappings): Promise<Letter>;
  /** The rep's letter as the values-only PlanLetter sheet, replacing the previous rep's. */
  writeLetter(repId: string, mappings: Mappings): Promise<{ letter: Letter; written: WrittenSheet }>;
  publishSummary(): Promise<PublishSummary>;
  /**
   * A wizard's choices saved in the workbook under `name` (e.g. "targets.form"), as saved: the
   * caller checks them field by field. Null when nothing (readable) is saved.
   */
  loadChoices(name: string): Promise<unknown>;
  /** Save a wizard's choices in the workbook, replacing what `name` held. */
  saveChoices(name: string, value: unknown): Promise<void>;
  checkWorkbook(mappings: Mappings, control?: RunControl): Promise<WorkbookCheckResult>;
  /** Show a problem's cell (or table) in the workbook: its sheet activated, the cell selected. */
  goTo(target: CellTarget): Promise<void>;
  /**
   * Publish for finance: refuses when the workbook check finds an error; else writes the SalesAudit
   * row for the publish and, with `financeCopy`, Finance_<table> values-only copies, all or nothing.
   */
  publish(options: PublishOptions, mappings: Mappings, control?: RunControl): Promise<RunResult>;
  /** The payout periods with their ledger status, and the reps paid: what month-end can act on. */
  monthEnd(): Promise<MonthEndView>;
  /**
   * One rep's statement for a period (as `salesplan statements` builds it) written as the
   * values-only Statement sheet, replacing the previous one, then its SalesAudit row.
   */
  writeStatement(repId: string, period: string): Promise<StatementReport>;
  /**
   * Close a payout period into SalesLedger (jobs/ledger.ts closePeriod): refused when the workbook
   * check finds an error, or out of order; one all-or-nothing write with its SalesAudit row.
   */
  closePeriod(period: string, by: string | null, control?: RunControl): Promise<CloseReport>;
  /** Move a closed period forward to Approved or Paid, never back; a SalesAudit row records it. */
  movePeriod(
    period: string,
    to: "Approved" | "Paid",
    by: string | null,
    control?: RunControl,
  ): Promise<MoveReport>;
  /**
   * The self-test in this Excel (src/workbook/office/diagnostics.ts); never rejects: each failure is
   * in its step. Absent where there is no Excel to test (the pane says so).
   */
  runDiagnostics?(onStep?: (step: DiagnosticsStepId) => void): Promise<DiagnosticsReport>;
}

/** A plan cost model as the pane asks for it: the model job's options (jobs/model.ts). */
export type ModelRequest = ModelOptions;

/** A plan cost model: every SalesPlanModel row, each row's pay per rep (sorted), and what a write replaces. */
export interface ModelView {
  readonly rows: readonly OutputRow[];
  readonly lines: readonly ModelLine[];
  readonly year: number;
  readonly impact: readonly TableImpact[];
}

/** Rows a preview shows. */
export const PREVIEW_ROWS = 8;
