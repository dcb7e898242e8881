/**
 * The pane's one-to-one review as a record (PRODUCT.md "People"): what the manager writes
 * (strengths, gaps, agreed actions with owner and due date) is checked field by field, then saved
 * into ReviewNotes, one row per action, replacing that rep's rows of that period and keeping every
 * other row; the next review opens with the last review's actions and their status, and the KPI
 * trend since.
 */
import { SalesPlanError } from "../kernel/errors";
import { dateKey, parseMonthKey, ymdOf } from "../kernel/calendar";
import { scorecardRows } from "../engine/scorecards";
import { ymdToSerial } from "../workbook/dates";
import type { OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { outputColumns, reviewNotesSchema } from "../workbook/schema";
import { requireClean } from "./inputs";
import { num, text, type JobResult } from "./job";
import { localize, type Localized } from "./localize";
import { checkPeopleReferences, optional } from "./people";
import type { RampMonth } from "../engine/people";
import {
  coachingTips,
  developmentLines,
  keptHeaders,
  serialOfText,
  levelOf,
  mentoringOf,
  proposals,
  type ReviewPeople,
} from "./development";
import { reviewNotesMessages as m } from "./reviewNotesMessages";
import { lastReview, TREND_MONTHS, type LastReview } from "./reviews";
import {
  computeScorecards,
  reviewIn,
  type RepReview,
  type ScorecardInputs,
  type ScorecardOptions,
} from "./scorecards";

/** Status words written for an action: the keys every reader parses (engine/people isDone). */
export const ACTION_OPEN = "open";
export const ACTION_DONE = "done";

/** One agreed action as typed in the pane (the due date as text, checked here). */
export interface ActionEntry {
  readonly action: string;
  readonly owner: string;
  readonly due: string;
  /** Absent: open. */
  readonly done?: boolean;
}

/** What the manager saves for one rep and one period. */
export interface ReviewEntry {
  readonly rep: string;
  /** "2026-03" */
  readonly period: string;
  readonly reviewer: string;
  readonly strengths: string;
  readonly gaps: string;
  readonly actions: readonly ActionEntry[];
  /** The last review's actions marked done now, by their order there (its period and which). */
  readonly previous?: { readonly period: string; readonly done: readonly boolean[] };
}

/** A field the pane marks: "entry" (the whole), or "action.N.action|owner|due" (N from 0). */
export interface EntryProblem {
  readonly field: string;
  readonly error: SalesPlanError;
}

const blank = (s: string) => s.trim() === "";

/** Every problem of an entry, each with its field; none: it can be saved. */
export function checkReviewEntry(entry: ReviewEntry): EntryProblem[] {
  const out: EntryProblem[] = [];
  const say = (field: string, template: (typeof m)[keyof typeof m], params = {}) =>
    out.push({ field, error: new SalesPlanError(template, params) });
  if (parseMonthKey(entry.period) === null) say("entry", m.badPeriod, { value: entry.period });
  entry.actions.forEach((a, i) => {
    const row = i + 1;
    const action = a.action.trim();
    if (action === "") say(`action.${i}.action`, m.actionMissing, { row });
    if (blank(a.owner)) say(`action.${i}.owner`, m.ownerMissing, { row, action });
    if (blank(a.due)) say(`action.${i}.due`, m.dueMissing, { row, action });
    else if (serialOfText(a.due) === null)
      say(`action.${i}.due`, m.dueNotDate, { row, action, value: a.due.trim() });
  });
  const anything = !blank(entry.strengths) || !blank(entry.gaps) || entry.actions.length > 0;
  if (!anything) say("entry", m.empty, { rep: entry.rep, period: entry.period });
  return out;
}

/** The problems in both languages, by field, as the pane shows them beside the fields. */
export function entryMessages(entry: ReviewEntry): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  for (const p of checkReviewEntry(entry)) out[p.field] ??= localize(p.error);
  return out;
}

const key = (rep: string, period: string) => `${rep}\u0000${period}`;

/**
 * ReviewNotes with the entry saved: the rep's rows of the period replaced by the entry's (one row
 * per action; strengths and gaps on each, so a filtered row still reads whole), every other row
 * kept as read, and the last review's actions marked done where the entry says so. A table that
 * does not read cleanly is refused (a row left out would be lost); its own headers are kept when
 * they are exactly the columns written, so a Chinese-headed table stays Chinese. `date`: the Excel
 * serial of the day the review was held.
 */
export function reviewNotesJob(
  existing: ParsedTable | undefined,
  entry: ReviewEntry,
  date: number,
): JobResult {
  const problems = checkReviewEntry(entry);
  if (problems.length > 0) throw problems[0].error;
  const table = optional(existing, "ReviewNotes");
  if (table) requireClean(table, "ReviewNotes");
  const columns = outputColumns(reviewNotesSchema);
  const read = (r: ParsedTable["rows"][number]): OutputRow =>
    Object.fromEntries(columns.map((c) => [c.key, r.values[c.key] ?? null]));
  const own = (r: OutputRow) => text(r.RepID) === entry.rep;
  const previous = entry.previous;
  let actionAt = 0;
  const kept: OutputRow[] = [];
  let at = -1;
  for (const row of (table?.rows ?? []).map(read)) {
    if (own(row) && text(row.Period) === entry.period) {
      if (at < 0) at = kept.length;
      continue;
    }
    if (previous && own(row) && text(row.Period) === previous.period && !blank(text(row.Actions))) {
      const done = previous.done[actionAt++];
      kept.push(done ? { ...row, Status: ACTION_DONE } : row);
    } else kept.push(row);
  }
  const note = {
    RepID: entry.rep,
    Period: entry.period,
    Date: date,
    Reviewer: entry.reviewer.trim(),
    Strengths: entry.strengths.trim(),
    Gaps: entry.gaps.trim(),
  };
  const rows: OutputRow[] =
    entry.actions.length === 0
      ? [{ ...note, Actions: null, Owner: null, Due: null, Status: null }]
      : entry.actions.map((a) => ({
          ...note,
          Actions: a.action.trim(),
          Owner: a.owner.trim(),
          Due: serialOfText(a.due),
          Status: a.done ? ACTION_DONE : ACTION_OPEN,
        }));
  kept.splice(at < 0 ? kept.length : at, 0, ...rows);
  return {
    action: "review",
    outputs: [
      {
        name: "ReviewNotes",
        columns: keptHeaders(table, columns),
        rows: kept,
      },
    ],
    totals: [],
    inputs: table ? [table] : [],
  };
}

/** The notes already saved for a rep and a period, as the pane fills its fields again. */
export interface SavedReview {
  readonly reviewer: string;
  readonly strengths: string;
  readonly gaps: string;
  readonly actions: readonly {
    readonly action: string;
    readonly owner: string;
    readonly due: string;
    readonly done: boolean;
  }[];
}

export function savedReview(notes: ParsedTable | undefined, rep: string, period: string): SavedReview | null {
  const held = (notes?.rows ?? []).filter(
    (r) => key(text(r.values.RepID), text(r.values.Period)) === key(rep, period),
  );
  if (held.length === 0) return null;
  const first = (k: string) => held.map((r) => text(r.values[k])).find((v) => !blank(v)) ?? "";
  return {
    reviewer: first("Reviewer"),
    strengths: first("Strengths"),
    gaps: first("Gaps"),
    actions: held
      .filter((r) => !blank(text(r.values.Actions)))
      .map((r) => {
        const due = num(r.values.Due);
        return {
          action: text(r.values.Actions),
          owner: text(r.values.Owner),
          due: due === null ? "" : dateKey(ymdOf(due)),
          done: text(r.values.Status).trim().toLowerCase() === ACTION_DONE,
        };
      }),
  };
}

/** The KPI trend since the last review (else the last TREND_MONTHS months), oldest first. */
export interface TrendSince {
  readonly periods: readonly string[];
  readonly scores: readonly (number | null)[];
  /** Per KPI, its achievement (value against target, before the cap) each month. */
  readonly kpis: readonly { readonly kpi: string; readonly achievements: readonly (number | null)[] }[];
}

/** The review as the pane opens it: last time's actions first, the trend since, what was saved. */
export interface ReviewView extends RepReview {
  readonly last: LastReview | null;
  readonly since: TrendSince;
  readonly saved: SavedReview | null;
  /** Development items, proposals from the coaching library, mentoring. */
  readonly people: ReviewPeople;
}

/** What the pane's review reads besides the scorecard's tables. */
export interface ReviewTables {
  readonly reviewNotes?: ParsedTable;
  readonly development?: ParsedTable;
  readonly coachingLibrary?: ParsedTable;
  /** The primary measure's actual and ramped target by rep and month (mentoring); none: no plan. */
  readonly ramp?: readonly RampMonth[];
}

/** One rep's review for `period` (null: the latest), with the record ReviewNotes holds. */
export function reviewView(
  inputs: ScorecardInputs & ReviewTables,
  options: ScorecardOptions,
  rep: string,
  period: string | null,
): ReviewView {
  const { result } = computeScorecards(inputs, options);
  const reps = optional(inputs.reps, "Reps");
  const development = optional(inputs.development, "Development");
  checkPeopleReferences(reps, { Development: development });
  const kpiNames = result.kpis.map((k) => k.name);
  const activities = optional(inputs.activities, "Activities");
  const tips = coachingTips(optional(inputs.coachingLibrary, "CoachingLibrary"), kpiNames, activities);
  const review = reviewIn(result, rep, period, tips ?? undefined);
  const notes = optional(inputs.reviewNotes, "ReviewNotes");
  const last = lastReview(notes, rep, review.period);
  const own = scorecardRows(result)
    .filter((r) => r.rep === rep && r.period <= review.period)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const shown = last ? own.filter((r) => r.period >= last.period) : own.slice(-TREND_MONTHS);
  const nan = (x: number) => (Number.isNaN(x) ? null : x);
  const valuesOf = (k: number) =>
    own.flatMap((r) => (Number.isNaN(r.values[k]) ? [] : [{ period: r.period, value: r.values[k] }]));
  const repRow = reps?.rows.find((r) => text(r.values.RepID) === rep);
  const mentoring = mentoringOf(reps, inputs.ramp ?? [], review.period);
  const items = developmentLines(development, rep, kpiNames, valuesOf, review.period);
  return {
    ...review,
    people: {
      development: items,
      proposals: proposals(review.weakest, tips, items),
      belowMedian: proposals(review.weakest, tips).length,
      mentor: repRow ? text(repRow.values.Mentor) : "",
      level: levelOf(repRow ? num(repRow.values.HireDate) : null, review.period),
      ownRamp: mentoring.find((m) => m.mentee === rep) ?? null,
      mentees: mentoring.filter((m) => m.mentor === rep),
    },
    last,
    saved: savedReview(notes, rep, review.period),
    since: {
      periods: shown.map((r) => r.period),
      scores: shown.map((r) => r.score),
      kpis: options.kpis.map((k, i) => ({
        kpi: k.name,
        achievements: shown.map((r) => nan(r.achievements[i])),
      })),
    },
  };
}

/** Today as the review's date. */
export const reviewDate = (now: Date): number =>
  ymdToSerial({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
