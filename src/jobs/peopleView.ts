/**
 * The honour roll and team health as the task pane shows them: the people job (people.ts) over
 * the workbook, with the scorecard as the wizard defines it and SalesPayouts as last written, so
 * the pane shows the figures a write (or `salesplan run`) puts into SalesHonourRoll and
 * SalesTeamHealth. Reasons and the note come in both languages, so a language switch needs no rerun.
 */
import type { Plan } from "../engine/incentives";
import { peopleMessages } from "../engine/people";
import type { Locale } from "../kernel/messages";
import type { OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { outputSchemas, writtenSpec, type InputTableSpec } from "../workbook/schema";
import { honourRollBackSpec } from "./awards";
import { isNotFound } from "./inputs";
import { num, text, type JobResult } from "./job";
import type { Localized } from "./localize";
import { adjustmentsSpec } from "./payouts";
import {
  developmentSpec,
  outputRows,
  peopleJob,
  recognitionSpec,
  reviewNotesSpec,
  type PeopleInputs,
} from "./people";
import { planFromTables, planSpec, planTiersSpec } from "./plan";
import { scorecardJob, type ScorecardInputs, type ScorecardOptions } from "./scorecards";

/** SalesPayouts read back as written (the people job takes its measure rows). */
export const payoutsBackSpec: InputTableSpec = writtenSpec(outputSchemas.SalesPayouts, false);

/** The tables the people side reads besides the scorecard's, in the order they are asked for. */
export const peopleSpecs: readonly InputTableSpec[] = [
  adjustmentsSpec,
  recognitionSpec,
  reviewNotesSpec,
  developmentSpec,
  payoutsBackSpec,
  planSpec,
  planTiersSpec,
  honourRollBackSpec,
];

/** The people side's tables as read (peopleSpecs' order), with the plan they hold. */
export interface PeopleTables {
  readonly adjustments: ParsedTable;
  readonly recognition: ParsedTable;
  readonly reviewNotes: ParsedTable;
  readonly development: ParsedTable;
  /** SalesPayouts' rows as written; none when there is no SalesPayouts. */
  readonly payouts: readonly OutputRow[];
  readonly plan: Plan | null;
  /** SalesHonourRoll as written: the awards SalesPayouts was last paid with. */
  readonly honourRoll: ParsedTable;
}

/** peopleSpecs' tables, as a host read them, into what the people job takes. */
export function peopleTables(read: readonly ParsedTable[]): PeopleTables {
  const [adjustments, recognition, reviewNotes, development, payouts, plan, tiers, honourRoll] = read;
  const rows = isNotFound(payouts) ? [] : payouts.rows.map((r): OutputRow => r.values as OutputRow);
  return {
    adjustments,
    recognition,
    reviewNotes,
    development,
    payouts: rows,
    plan: planFromTables(plan, isNotFound(tiers) ? undefined : tiers),
    honourRoll,
  };
}

/** The people job after the scorecard job, over the same inputs a write of both would use. */
export function peopleRun(
  scorecard: ScorecardInputs,
  options: ScorecardOptions,
  tables: PeopleTables,
  language: Locale,
): JobResult {
  return peopleAfter(scorecardJob(scorecard, options), scorecard, tables, language);
}

/** The people job on a scorecard job's result. */
function peopleAfter(
  card: JobResult,
  scorecard: ScorecardInputs,
  tables: PeopleTables,
  language: Locale,
): JobResult {
  const inputs: PeopleInputs = {
    reps: scorecard.reps,
    // The team's shared practice in SalesTeamHealth, as `salesplan run` writes it.
    activities: scorecard.activities,
    adjustments: tables.adjustments,
    scorecard: outputRows([card], "SalesScorecard"),
    payouts: tables.payouts,
    recognition: tables.recognition,
    reviewNotes: tables.reviewNotes,
    development: tables.development,
  };
  return peopleJob(inputs, { plan: tables.plan, language });
}

export interface HonourLine {
  readonly period: string;
  /** The built-in awards' names are in each language; a Recognition table's are as written. */
  readonly award: Localized;
  /** null: a line that did not win (skipped, or short of the club line). */
  readonly rank: number | null;
  readonly rep: string;
  readonly name: string;
  readonly region: string;
  readonly value: number | null;
  readonly reason: Localized;
  readonly cash: number;
}

export interface HealthLine {
  readonly manager: string;
  readonly period: string;
  readonly reps: number;
  readonly at80: number | null;
  readonly oneToOne: number | null;
  readonly developmentOnTime: number | null;
  readonly mentoring: number | null;
  /** The team's median of each Activities KPI, in words; null without Activities. */
  readonly practice: Localized | null;
}

export interface PeopleView {
  readonly honours: readonly HonourLine[];
  readonly health: readonly HealthLine[];
  /** "Indicators, not a verdict on people", as SalesTeamHealth's Note says it. */
  readonly note: Localized;
}

/** The pane's view: the people job run in each language, the figures once, the words in both. */
export function peopleView(
  scorecard: ScorecardInputs,
  options: ScorecardOptions,
  tables: PeopleTables,
): PeopleView {
  const card = scorecardJob(scorecard, options);
  const en = peopleAfter(card, scorecard, tables, "en");
  const zh = peopleAfter(card, scorecard, tables, "zh");
  const honourEn = outputRows([en], "SalesHonourRoll");
  const honourZh = outputRows([zh], "SalesHonourRoll");
  const healthEn = outputRows([en], "SalesTeamHealth");
  const healthZh = outputRows([zh], "SalesTeamHealth");
  return {
    honours: honourEn.map((r, i) => ({
      period: text(r.Period),
      award: { en: text(r.Award), zh: text(honourZh[i]?.Award) },
      rank: num(r.Rank),
      rep: text(r.RepID),
      name: text(r.Name),
      region: text(r.Region),
      value: num(r.Value),
      reason: { en: text(r.Reason), zh: text(honourZh[i]?.Reason) },
      cash: num(r.Cash) ?? 0,
    })),
    health: healthEn.map((r, i) => ({
      manager: text(r.Manager),
      period: text(r.Period),
      reps: num(r.Reps) ?? 0,
      at80: num(r.At80Share),
      oneToOne: num(r.OneToOneCoverage),
      developmentOnTime: num(r.DevelopmentOnTime),
      mentoring: num(r.MentoringCoverage),
      practice: text(r.Practice) ? { en: text(r.Practice), zh: text(healthZh[i]?.Practice) } : null,
    })),
    note: peopleMessages.healthNote,
  };
}
