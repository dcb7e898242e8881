/**
 * Development on the review, shared by the printed reviews (reviews.ts) and the pane: the coaching
 * library (CoachingLibrary, else the built-in suggestions), a rep's development items with a
 * completed item's KPI before and after, the items proposed for the KPIs below the team median,
 * and saving chosen proposals into the optional `Development` table (RepID, Level, Skill, Kind,
 * Mentor, Due, Status, KPI), keeping every other row.
 */
import { SalesPlanError } from "../kernel/errors";
import { monthOf } from "../kernel/calendar";
import {
  coachingLibrary,
  developmentOutcome,
  isDone,
  mentoringLines,
  proposeDevelopment,
  type KpiPoint,
  type MentoringLine,
  type Outcome,
  type RampMonth,
} from "../engine/people";
import type { CoachingTip, KpiComparison } from "../engine/scorecards";
import { parseDateText, ymdToSerial } from "../workbook/dates";
import type { OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { developmentSchema, outputColumns } from "../workbook/schema";
import { requireClean } from "./inputs";
import { num, text, type JobResult } from "./job";
import { localize, type Localized } from "./localize";
import { activityKpis, optional } from "./people";
import { reviewNotesMessages as m } from "./reviewNotesMessages";

export type { MentoringLine };

export interface DevelopmentLine {
  readonly skill: string;
  readonly kind: string;
  readonly kpi: string;
  readonly due: number | null;
  readonly status: string;
  readonly done: boolean;
  /** A completed item's KPI before and after; null otherwise. */
  readonly outcome: Outcome | null;
}

/**
 * The coaching tips of a CoachingLibrary table (null: none, so the built-in suggestions stand in);
 * the library may coach any KPI the scorecard scores or Activities tracks.
 */
export function coachingTips(
  library: ParsedTable | undefined,
  kpis: readonly string[],
  activities: ParsedTable | undefined,
): CoachingTip[] | null {
  if (!library) return null;
  return coachingLibrary(
    library.rows.map((r) => ({
      row: r.row,
      kpi: text(r.values.KPI),
      language: text(r.values.Language),
      suggestion: text(r.values.Suggestion),
    })),
    [...new Set([...kpis, ...(activities ? activityKpis(activities) : [])])],
  );
}

/**
 * A rep's development items; a completed one with a due date and a scored KPI shows that KPI before
 * the month it was due and the latest since, up to `period`.
 */
export function developmentLines(
  development: ParsedTable | undefined,
  rep: string,
  kpis: readonly string[],
  valuesOf: (k: number) => KpiPoint[],
  period: string,
): DevelopmentLine[] {
  return (development?.rows ?? [])
    .filter((r) => text(r.values.RepID) === rep)
    .map((r): DevelopmentLine => {
      const due = num(r.values.Due);
      const done = isDone(text(r.values.Status));
      const k = kpis.findIndex((n) => n.toLowerCase() === text(r.values.KPI).trim().toLowerCase());
      return {
        skill: text(r.values.Skill),
        kind: text(r.values.Kind),
        kpi: k >= 0 ? kpis[k] : text(r.values.KPI),
        due,
        status: text(r.values.Status),
        done,
        outcome: done && due !== null && k >= 0 ? developmentOutcome(due, valuesOf(k), period) : null,
      };
    });
}

/** A proposal as the pane shows it: the suggestion in both languages. */
export interface Proposal {
  readonly kpi: string;
  readonly suggestion: Localized;
  readonly achievement: number;
  readonly teamMedian: number;
}

/**
 * The proposals for the KPIs below the team median, weakest first, in en and zh; a KPI the rep
 * already has an open item for is not proposed again.
 */
export function proposals(
  weakest: readonly KpiComparison[],
  tips: readonly CoachingTip[] | null,
  items: readonly DevelopmentLine[] = [],
): Proposal[] {
  const open = new Set(items.filter((d) => !d.done).map((d) => d.kpi.trim().toLowerCase()));
  const below = weakest.filter((c) => c.gap < 0 && !open.has(c.kpi.trim().toLowerCase()));
  const en = proposeDevelopment(below, tips, "en");
  const zh = proposeDevelopment(below, tips, "zh");
  return en.map((p, i) => ({ ...p, suggestion: { en: p.suggestion, zh: zh[i].suggestion } }));
}

/** Development and mentoring on one rep's review in the pane. */
export interface ReviewPeople {
  readonly development: readonly DevelopmentLine[];
  readonly proposals: readonly Proposal[];
  /** How many KPIs below the team median the library covers (with an open item or not). */
  readonly belowMedian: number;
  /** The rep's mentor (Reps' Mentor), "" for none: a new item's Mentor. */
  readonly mentor: string;
  /** "new hire" in the first year since hire, else "experienced": a new item's Level. */
  readonly level: string;
  /** The rep's own ramp as a mentee; null when the rep has no mentor. */
  readonly ownRamp: MentoringLine | null;
  /** The ramps of the rep's mentees, against reps hired in the same quarter. */
  readonly mentees: readonly MentoringLine[];
}

/** Levels written into Development (the keys, as the demo writes them). */
export const LEVEL_NEW = "new hire";
export const LEVEL_EXPERIENCED = "experienced";

/** Mentoring lines of the period from Reps (HireDate, Mentor) and the primary measure's ramp. */
export function mentoringOf(
  reps: ParsedTable | undefined,
  ramp: readonly RampMonth[],
  period: string,
): MentoringLine[] {
  return mentoringLines(
    (reps?.rows ?? []).map((r) => ({
      rep: text(r.values.RepID),
      hireDate: num(r.values.HireDate),
      mentor: text(r.values.Mentor),
    })),
    ramp,
    period,
  );
}

/** A rep's level in `period`: a new hire in the first twelve months (the hire month counts 1). */
export function levelOf(hireDate: number | null, period: string): string {
  if (hireDate === null) return LEVEL_EXPERIENCED;
  const hired = monthOf(hireDate);
  const months =
    (Number(period.slice(0, 4)) - hired.year) * 12 + Number(period.slice(5, 7)) - hired.month + 1;
  return months <= 12 ? LEVEL_NEW : LEVEL_EXPERIENCED;
}

/** Kinds of development item (PRODUCT.md "People"); the keys every reader parses. */
export const DEVELOPMENT_KINDS = ["course", "practice", "joint visit", "mentoring"] as const;
export type DevelopmentKind = (typeof DEVELOPMENT_KINDS)[number];

/** One development item the manager adds from the review. */
export interface DevelopmentItemEntry {
  readonly kpi: string;
  readonly skill: string;
  readonly kind: DevelopmentKind;
  /** As typed: "2026-04-30". */
  readonly due: string;
}

export interface DevelopmentEntry {
  readonly rep: string;
  readonly level: string;
  readonly mentor: string;
  readonly items: readonly DevelopmentItemEntry[];
}

/** A due date as typed ("2026-04-30", "2026年4月30日") as an Excel serial; null when not a date. */
export const serialOfText = (s: string): number | null => {
  const ymd = parseDateText(s);
  return ymd ? ymdToSerial(ymd) : null;
};

/**
 * The columns to write over a table the user may have made: its own headers where it has exactly
 * these columns (a Chinese-headed table stays Chinese); else SalesPlan's (and the write refuses a
 * table of that name that is not its own).
 */
export function keptHeaders<C extends { key: string; header: string }>(
  table: ParsedTable | undefined,
  columns: readonly C[],
): C[] {
  const headers = new Map((table?.columns ?? []).map((c) => [c.key, c.header]));
  const same = table !== undefined && columns.every((c) => headers.has(c.key));
  return same ? columns.map((c) => ({ ...c, header: headers.get(c.key) ?? c.header })) : [...columns];
}

/** Every problem of the items, each with its field ("item.N.skill|due", N from 0). */
export function checkDevelopmentEntry(entry: DevelopmentEntry): { field: string; error: SalesPlanError }[] {
  const out: { field: string; error: SalesPlanError }[] = [];
  entry.items.forEach((item, i) => {
    const row = i + 1;
    const skill = item.skill.trim() || item.kpi;
    const due = item.due.trim();
    if (item.skill.trim() === "")
      out.push({ field: `item.${i}.skill`, error: new SalesPlanError(m.skillMissing, { row }) });
    if (due === "")
      out.push({ field: `item.${i}.due`, error: new SalesPlanError(m.itemDueMissing, { row, skill }) });
    else if (serialOfText(due) === null)
      out.push({
        field: `item.${i}.due`,
        error: new SalesPlanError(m.itemDueNotDate, { row, skill, value: due }),
      });
  });
  return out;
}

/** The problems in both languages, by field, as the pane shows them beside the fields. */
export function developmentMessages(entry: DevelopmentEntry): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  for (const p of checkDevelopmentEntry(entry)) out[p.field] ??= localize(p.error);
  return out;
}

/**
 * Development with the entry's items added as open items of the rep (after the rep's last row, else
 * at the end), every row read kept as it was. A table that does not read cleanly is refused (a row
 * left out would be lost); its own headers are kept when it has exactly the columns written.
 */
export function developmentJob(existing: ParsedTable | undefined, entry: DevelopmentEntry): JobResult {
  const problems = checkDevelopmentEntry(entry);
  if (problems.length > 0) throw problems[0].error;
  if (entry.items.length === 0) throw new SalesPlanError(m.noItems, { rep: entry.rep });
  const table = optional(existing, "Development");
  if (table) requireClean(table, "Development");
  const columns = outputColumns(developmentSchema);
  const rows: OutputRow[] = (table?.rows ?? []).map((r) =>
    Object.fromEntries(columns.map((c) => [c.key, r.values[c.key] ?? null])),
  );
  const added = entry.items.map((item): OutputRow => ({
    RepID: entry.rep,
    Level: entry.level,
    Skill: item.skill.trim(),
    Kind: item.kind,
    Mentor: entry.mentor || null,
    Due: serialOfText(item.due),
    Status: "open",
    KPI: item.kpi,
  }));
  let at = -1;
  rows.forEach((r, i) => {
    if (text(r.RepID) === entry.rep) at = i;
  });
  rows.splice(at < 0 ? rows.length : at + 1, 0, ...added);
  return {
    action: "development",
    outputs: [
      {
        name: "Development",
        columns: keptHeaders(table, columns),
        rows,
      },
    ],
    totals: [],
    inputs: table ? [table] : [],
  };
}
