/**
 * The people job: the scorecard's and the payouts' rows of this run, Reps and the optional
 * Recognition, ReviewNotes, Development and Adjustments tables in; SalesHonourRoll and
 * SalesTeamHealth out. Runs after the scorecard, in the CLI and (later) in the pane.
 */
import { SalesPlanError } from "../kernel/errors";
import type { Plan } from "../engine/incentives";
import { formatMessage, type Locale } from "../kernel/messages";
import {
  defaultAwardRules,
  honourRoll,
  isDone,
  parseAwardRules,
  peopleMessages,
  teamHealth,
  type AwardRule,
  type PracticeMonth,
  type RepMonth,
} from "../engine/people";
import { excelRound } from "../kernel/money";
import {
  coachingLibrarySchema,
  developmentSchema,
  readSpec,
  recognitionSchema,
  reviewNotesSchema,
  type InputTableSpec,
} from "../workbook/schema";
import { honourRollColumns, teamHealthColumns, type OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text, type JobResult } from "./job";

/** The built-in coaching suggestions as CoachingLibrary rows (the demo writes them). */
export { defaultCoachingRows } from "../engine/people";

/** Award rules; absent: the built-in rules (defaultAwardRules). */
export const recognitionSpec: InputTableSpec = readSpec(recognitionSchema);
/** One-to-one reviews held (PRODUCT.md "People"); team health counts them per rep and month. */
export const reviewNotesSpec: InputTableSpec = readSpec(reviewNotesSchema);
/** Development items; team health counts the ones due each month and done. */
export const developmentSpec: InputTableSpec = readSpec(developmentSchema);
/** Coaching suggestions by KPI and language; absent: the built-in ones. */
export const coachingLibrarySpec: InputTableSpec = readSpec(coachingLibrarySchema);

const CLAWBACK = new Set(["clawback", "追回", "奖金追回"]);

export interface PeopleInputs {
  readonly reps?: ParsedTable;
  /** SalesScorecard rows of this run (RepID, Period, Score). */
  readonly scorecard: readonly OutputRow[];
  /** SalesPayouts rows of this run (measure rows: RepID, Period, Measure, Actual, Target, Attainment). */
  readonly payouts: readonly OutputRow[];
  readonly adjustments?: ParsedTable;
  readonly recognition?: ParsedTable;
  readonly reviewNotes?: ParsedTable;
  readonly development?: ParsedTable;
  /** Activities: the team's practice KPIs (every KPI column) in SalesTeamHealth; absent: none. */
  readonly activities?: ParsedTable;
}

export interface PeopleOptions {
  /** Gates and the primary measure (the first it pays on); null: the first measure of the payouts, no gate. */
  readonly plan: Plan | null;
  readonly language: Locale;
}

/**
 * With a Reps table, every rep the people tables name and every mentor must be in it; the first
 * that is not stops, named with its table and row.
 */
export function checkPeopleReferences(
  reps: ParsedTable | undefined,
  tables: Readonly<Record<string, ParsedTable | undefined>>,
): void {
  if (!reps) return;
  const known = new Set(reps.rows.map((r) => text(r.values.RepID)));
  for (const [name, table] of Object.entries(tables))
    for (const r of table?.rows ?? [])
      if (!known.has(text(r.values.RepID)))
        throw new SalesPlanError(peopleMessages.unknownRep, {
          table: name,
          row: r.row,
          rep: text(r.values.RepID),
        });
  for (const r of reps.rows) {
    const mentor = text(r.values.Mentor);
    if (mentor !== "" && !known.has(mentor))
      throw new SalesPlanError(peopleMessages.unknownMentor, { mentor, rep: text(r.values.RepID) });
  }
}

export const optional = (table: ParsedTable | undefined, name: string): ParsedTable | undefined =>
  table && !isNotFound(table) ? requireClean(table, name) : undefined;

/** The rows of an output table among the jobs' results (the last job that wrote it). */
export function outputRows(jobs: readonly JobResult[], name: string): readonly OutputRow[] {
  const found = jobs.flatMap((j) => j.outputs).filter((o) => o.name === name);
  return found.length > 0 ? found[found.length - 1].rows : [];
}

export function peopleJob(inputs: PeopleInputs, options: PeopleOptions): JobResult {
  const reps = optional(inputs.reps, "Reps");
  const recognition = optional(inputs.recognition, "Recognition");
  const reviewNotes = optional(inputs.reviewNotes, "ReviewNotes");
  const development = optional(inputs.development, "Development");
  const adjustments = optional(inputs.adjustments, "Adjustments");
  const activities = optional(inputs.activities, "Activities");
  const lang = options.language;

  const repRows = reps?.rows ?? [];
  checkPeopleReferences(reps, { ReviewNotes: reviewNotes, Development: development });

  const rules: AwardRule[] = recognition
    ? parseAwardRules(
        recognition.rows.map((r) => ({
          row: r.row,
          award: text(r.values.Award),
          rule: text(r.values.Rule),
          count: num(r.values.Count),
          minimum: num(r.values.Minimum),
          requireGate: typeof r.values.GateMet === "boolean" ? r.values.GateMet : null,
          noOpenClawback: typeof r.values.NoOpenClawback === "boolean" ? r.values.NoOpenClawback : null,
          minTenure: num(r.values.MinTenure),
          cash: num(r.values.Cash),
        })),
      )
    : defaultAwardRules(lang);

  const months = repMonths(inputs, options.plan, adjustments);
  const honours = honourRoll({
    rules,
    reps: repRows.map((r) => ({
      rep: text(r.values.RepID),
      name: text(r.values.Name),
      region: text(r.values.Region),
      hireDate: num(r.values.HireDate),
    })),
    months,
  });
  const honourRows: OutputRow[] = honours.map((h) => ({
    Period: h.period,
    Award: h.award,
    Rank: h.rank,
    RepID: h.rep,
    Name: h.name,
    Region: h.region,
    Value: h.value,
    Reason: h.reason[lang],
    Cash: h.cash,
  }));

  const note = peopleMessages.healthNote[lang];
  const health = teamHealth({
    reps: repRows.map((r) => ({
      rep: text(r.values.RepID),
      manager: text(r.values.Manager),
      hireDate: num(r.values.HireDate),
      mentor: text(r.values.Mentor),
    })),
    months: months.map((m) => ({
      rep: m.rep,
      period: m.period,
      attainment: m.actual !== null && m.target !== null && m.target > 0 ? m.actual / m.target : null,
    })),
    reviews: (reviewNotes?.rows ?? []).map((r) => ({
      rep: text(r.values.RepID),
      period: text(r.values.Period),
    })),
    development: (development?.rows ?? []).map((r) => ({
      rep: text(r.values.RepID),
      due: num(r.values.Due),
      done: isDone(text(r.values.Status)),
    })),
    ...(activities ? { practice: practiceOf(activities) } : {}),
  }).map((h): OutputRow => ({
    Manager: h.manager,
    Period: h.period,
    Reps: h.reps,
    At80Share: h.at80,
    OneToOneCoverage: h.oneToOne,
    DevelopmentOnTime: h.developmentOnTime,
    MentoringCoverage: h.mentoring,
    Practice:
      h.practice && h.practice.length > 0
        ? formatMessage(peopleMessages.practice[lang], {
            list: h.practice
              .map((p) => `${p.kpi} ${excelRound(p.median, 2)}`)
              .join(peopleMessages.practiceJoin[lang]),
          })
        : null,
    Note: note,
  }));

  const used = [reps, recognition, reviewNotes, development, activities].filter(
    (t): t is ParsedTable => t !== undefined,
  );
  return {
    action: "people",
    outputs: [
      { name: "SalesHonourRoll", columns: honourRollColumns, rows: honourRows },
      { name: "SalesTeamHealth", columns: teamHealthColumns, rows: health },
    ],
    totals: [],
    inputs: used,
  };
}

/**
 * Each rep's months: the score from the scorecard; the primary measure's actual and target, the
 * plan gates and open clawbacks from the payouts' rows and Adjustments.
 */
function repMonths(
  inputs: PeopleInputs,
  plan: Plan | null,
  adjustments: ParsedTable | undefined,
): RepMonth[] {
  const key = (rep: string, period: string) => `${rep}\u0000${period}`;
  const months = new Map<string, { rep: string; period: string; score: number | null }>();
  const touch = (rep: string, period: string) => {
    let m = months.get(key(rep, period));
    if (!m) months.set(key(rep, period), (m = { rep, period, score: null }));
    return m;
  };
  for (const r of inputs.scorecard) touch(text(r.RepID), text(r.Period)).score = num(r.Score);
  const measureRows = new Map<string, OutputRow>();
  const lower = (s: string) => s.trim().toLowerCase();
  const primary = lower(
    plan?.measures[0]?.name ?? text(inputs.payouts.find((r) => num(r.Target) !== null)?.Measure),
  );
  for (const r of inputs.payouts) {
    if (num(r.Target) === null && num(r.Actual) === null) continue; // the adjustments row
    measureRows.set(`${key(text(r.RepID), text(r.Period))}\u0000${lower(text(r.Measure))}`, r);
    if (lower(text(r.Measure)) === primary) touch(text(r.RepID), text(r.Period));
  }
  const clawbacks = new Set(
    (adjustments?.rows ?? [])
      .filter((r) => CLAWBACK.has(lower(text(r.values.Kind))))
      .map((r) => key(text(r.values.RepID), text(r.values.Period))),
  );
  const gates = plan?.gates ?? [];
  return [...months.values()].map(({ rep, period, score }): RepMonth => {
    const row = (measure: string) => measureRows.get(`${key(rep, period)}\u0000${lower(measure)}`);
    const main = row(primary);
    // A gate is judged on its measure's row of the month (attainment or actual); a gate whose
    // measure has no row there says nothing.
    let gateMet: boolean | null = null;
    for (const g of gates) {
      const r = row(g.measure);
      const value = r === undefined ? null : num(g.on === "actual" ? r.Actual : r.Attainment);
      if (value === null) continue;
      gateMet = (gateMet ?? true) && value >= g.minimum;
    }
    return {
      rep,
      period,
      score,
      actual: main ? num(main.Actual) : null,
      target: main ? num(main.Target) : null,
      gateMet,
      openClawback: clawbacks.has(key(rep, period)),
    };
  });
}

/** The KPI columns of Activities: every column but RepID and Period. */
export const activityKpis = (activities: ParsedTable): string[] =>
  activities.columns.map((c) => c.key).filter((k) => k !== "RepID" && k !== "Period");

/** Activities as the practice rows. */
function practiceOf(activities: ParsedTable): { kpis: string[]; rows: PracticeMonth[] } {
  const kpis = activityKpis(activities);
  return {
    kpis,
    rows: activities.rows.map((r) => ({
      rep: text(r.values.RepID),
      period: text(r.values.Period),
      values: Object.fromEntries(kpis.map((k) => [k, num(r.values[k])])),
    })),
  };
}
