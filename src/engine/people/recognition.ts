/**
 * Recognition: the honour roll per period from award rules (top score, most improved, rookie,
 * club), with eligibility (plan gate met, no open clawback, minimum tenure), competition ranks
 * (ties share a rank), the reason for every line in en and zh, and each rep's distance to the
 * club line. Pure: plain records in, plain records out.
 */
import { fail, type MessageParams } from "../../kernel/errors";
import { formatMessage, type Locale, type MessageTemplate } from "../../kernel/messages";
import { excelRound, roundMoney } from "../../kernel/money";
import { monthOf } from "../../kernel/calendar";
import { peopleMessages as m } from "./messages";
import { competitionRankAt } from "../scorecards/rank";

export type AwardRuleKind = "top" | "improved" | "rookie" | "club";

export interface AwardRule {
  readonly award: string;
  readonly rule: AwardRuleKind;
  /** Winners per period (ties at the last place all win); null: every rep over the line (club). */
  readonly count: number | null;
  /**
   * The least value that can win: a score (top), points gained (most improved; default: any
   * gain), an attainment ratio (rookie), the club line as a ratio of year-to-date attainment
   * (club; default 1 = 100%).
   */
  readonly minimum: number | null;
  readonly requireGate: boolean;
  readonly noOpenClawback: boolean;
  /** Whole months since hire (the hire month counts 1) a winner must have; 0: none. */
  readonly minTenure: number;
  /** A cash award per winner; 0: honour only. */
  readonly cash: number;
}

/** A rep as the honour roll names them. */
export interface HonourRep {
  readonly rep: string;
  readonly name: string;
  readonly region: string;
  /** Excel serial of the hire date; null when unknown (then never a rookie, never short of tenure). */
  readonly hireDate: number | null;
}

/** What the scorecard and the payouts say about one rep in one month. */
export interface RepMonth {
  readonly rep: string;
  /** "2026-03" */
  readonly period: string;
  readonly score: number | null;
  /** The primary measure's actual and (ramped) target, for attainment and year to date. */
  readonly actual: number | null;
  readonly target: number | null;
  /** null: the plan has no gate. */
  readonly gateMet: boolean | null;
  readonly openClawback: boolean;
}

export interface HonourRow {
  readonly period: string;
  readonly award: string;
  /** Competition rank among the winners; null for a line that did not win (skipped, short of the club). */
  readonly rank: number | null;
  readonly rep: string;
  readonly name: string;
  readonly region: string;
  /** Score, points gained, or attainment ratio, by rule. */
  readonly value: number;
  readonly reason: MessageTemplate;
  /** The cash award of a winner; 0 otherwise. */
  readonly cash: number;
}

/** Rookies are in the first year: tenure months 1..12. */
export const ROOKIE_MONTHS = 12;

const RULE_WORDS: Readonly<Record<string, AwardRuleKind>> = {
  "top score": "top",
  top: "top",
  最高得分: "top",
  最高分: "top",
  "most improved": "improved",
  improved: "improved",
  进步最大: "improved",
  进步之星: "improved",
  rookie: "rookie",
  新人: "rookie",
  最佳新人: "rookie",
  club: "club",
  俱乐部: "club",
};

/** The rule a Rule cell names, in either language; an unknown word is answered by name. */
export function parseRuleKind(written: string, award: string, row: number): AwardRuleKind {
  const kind = RULE_WORDS[written.trim().toLowerCase().replace(/\s+/g, " ")];
  if (kind === undefined) fail(m.unknownRule, { row, award, value: written });
  return kind;
}

/** One Recognition row as read, before checking. */
export interface AwardRuleRow {
  readonly row: number;
  readonly award: string;
  readonly rule: string;
  readonly count: number | null;
  readonly minimum: number | null;
  readonly requireGate: boolean | null;
  readonly noOpenClawback: boolean | null;
  readonly minTenure: number | null;
  readonly cash: number | null;
}

/** Check the Recognition rows and turn them into rules; the first bad row stops, named. */
export function parseAwardRules(rows: readonly AwardRuleRow[]): AwardRule[] {
  const seen = new Set<string>();
  return rows.map((r): AwardRule => {
    const award = r.award.trim();
    if (award === "") fail(m.blankAward, { row: r.row });
    if (seen.has(award.toLowerCase())) fail(m.duplicateAward, { row: r.row, award });
    seen.add(award.toLowerCase());
    const rule = parseRuleKind(r.rule, award, r.row);
    if (r.count !== null && !(Number.isInteger(r.count) && r.count > 0))
      fail(m.badCount, { row: r.row, award, value: r.count });
    for (const [field, value] of [
      ["MinTenure", r.minTenure],
      ["Cash", r.cash],
    ] as const)
      if (value !== null && value < 0) fail(m.badAmount, { row: r.row, award, field, value });
    return {
      award,
      rule,
      count: r.count ?? (rule === "club" ? null : 1),
      minimum: r.minimum,
      requireGate: r.requireGate ?? false,
      noOpenClawback: r.noOpenClawback ?? false,
      minTenure: r.minTenure ?? 0,
      cash: roundMoney(r.cash ?? 0),
    };
  });
}

/** The rules used when the workbook has no Recognition table, named in the run's language. */
export function defaultAwardRules(locale: Locale): AwardRule[] {
  const base = { minimum: null, minTenure: 0, cash: 0 };
  return [
    {
      ...base,
      award: m.awardTopScore[locale],
      rule: "top",
      count: 3,
      requireGate: true,
      noOpenClawback: true,
    },
    {
      ...base,
      award: m.awardMostImproved[locale],
      rule: "improved",
      count: 1,
      requireGate: false,
      noOpenClawback: true,
    },
    {
      ...base,
      award: m.awardRookie[locale],
      rule: "rookie",
      count: 1,
      requireGate: false,
      noOpenClawback: true,
    },
    {
      ...base,
      award: m.awardClub[locale],
      rule: "club",
      count: null,
      requireGate: true,
      noOpenClawback: true,
    },
  ];
}

/** Whole months from the hire month to `period`, the hire month counting 1; null without a hire date. */
export function tenureMonths(hireDate: number | null, period: string): number | null {
  if (hireDate === null) return null;
  const hired = monthOf(hireDate);
  const [year, month] = period.split("-").map(Number);
  return (year - hired.year) * 12 + (month - hired.month) + 1;
}

const score1 = (x: number): string => excelRound(x, 1).toFixed(1);
const percent1 = (x: number): string => `${excelRound(x * 100, 1).toFixed(1)}%`;
const points = (x: number): string => `${excelRound(x * 100, 1).toFixed(1)} pts`;
const pointsZh = (x: number): string => `${excelRound(x * 100, 1).toFixed(1)} 个百分点`;
const money = (x: number): string =>
  x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A message with its parameters, as a template in both languages. */
function phrase(template: MessageTemplate, params: MessageParams): MessageTemplate {
  const fill = (locale: Locale): string => {
    const p: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) p[k] = typeof v === "object" ? v[locale] : v;
    return formatMessage(template[locale], p);
  };
  return { en: fill("en"), zh: fill("zh") };
}

const joinPhrases = (a: MessageTemplate, b: MessageTemplate): MessageTemplate => ({
  en: a.en + b.en,
  zh: a.zh + b.zh,
});

const NO_TIE: MessageTemplate = { en: "", zh: "" };

interface Candidate {
  readonly month: RepMonth;
  readonly value: number;
  readonly reason: (rank: number, tied: boolean) => MessageTemplate;
}

export interface HonourRollInput {
  readonly rules: readonly AwardRule[];
  readonly reps: readonly HonourRep[];
  /** One row per rep and month; a rep's months need not be in order. */
  readonly months: readonly RepMonth[];
}

/**
 * The honour roll: for every period and rule, the winners (competition ranks, ties at the last
 * place all win), the placed reps skipped as ineligible with why, and for club rules each
 * remaining rep's distance to the line; club rules are judged in the latest period only.
 */
export function honourRoll(input: HonourRollInput): HonourRow[] {
  const repOf = new Map(input.reps.map((r) => [r.rep, r]));
  const byRep = new Map<string, RepMonth[]>();
  for (const row of input.months) {
    let list = byRep.get(row.rep);
    if (!list) byRep.set(row.rep, (list = []));
    list.push(row);
  }
  for (const list of byRep.values())
    list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const periods = [...new Set(input.months.map((r) => r.period))].sort();
  const latest = periods[periods.length - 1];

  /** The rep's previous scored month before `period`, and year-to-date attainment to `period`. */
  const previousScore = (rep: string, period: string): RepMonth | null => {
    const list = byRep.get(rep) ?? [];
    let found: RepMonth | null = null;
    for (const r of list) if (r.period < period && r.score !== null) found = r;
    return found;
  };
  const yearToDate = (rep: string, period: string): number | null => {
    let actual = 0;
    let target = 0;
    for (const r of byRep.get(rep) ?? []) {
      if (r.period.slice(0, 4) !== period.slice(0, 4) || r.period > period) continue;
      if (r.actual === null || r.target === null) continue;
      actual += r.actual;
      target += r.target;
    }
    return target > 0 ? actual / target : null;
  };

  const scoredIn = new Map<string, number>();
  for (const r of input.months)
    if (r.score !== null) scoredIn.set(r.period, (scoredIn.get(r.period) ?? 0) + 1);

  const out: HonourRow[] = [];
  for (const period of periods) {
    const months = input.months.filter((r) => r.period === period);
    for (const rule of input.rules) {
      // The club is a standing on the year to date: judged once, in the latest month.
      if (rule.rule === "club" && period !== latest) continue;
      const candidates: Candidate[] = [];
      for (const month of months) {
        const c = candidateOf(rule, month);
        if (c) candidates.push(c);
      }
      place(rule, candidates);
    }
  }
  return out;

  function candidateOf(rule: AwardRule, month: RepMonth): Candidate | null {
    const { period } = month;
    const tie = (tied: boolean) => (tied ? m.tied : NO_TIE);
    switch (rule.rule) {
      case "top": {
        if (month.score === null) return null;
        const value = excelRound(month.score, 6);
        if (rule.minimum !== null && value < rule.minimum) return null;
        const of = scoredIn.get(period) ?? 0;
        return {
          month,
          value,
          reason: (rank, tied) =>
            phrase(m.reasonTop, { value: score1(value), period, rank, of, tie: tie(tied) }),
        };
      }
      case "improved": {
        if (month.score === null) return null;
        const before = previousScore(month.rep, period);
        if (before === null || before.score === null) return null;
        const delta = excelRound(month.score - before.score, 6);
        if (rule.minimum === null ? delta <= 0 : delta < rule.minimum) return null;
        const previous = before.score;
        return {
          month,
          value: delta,
          reason: (_rank, tied) =>
            phrase(m.reasonImproved, {
              delta: score1(delta),
              previous: score1(previous),
              from: before.period,
              value: score1(month.score as number),
              period,
              tie: tie(tied),
            }),
        };
      }
      case "rookie": {
        const tenure = tenureMonths(repOf.get(month.rep)?.hireDate ?? null, period);
        if (tenure === null || tenure < 1 || tenure > ROOKIE_MONTHS) return null;
        if (month.actual === null || month.target === null || !(month.target > 0)) return null;
        const value = excelRound(month.actual / month.target, 6);
        if (rule.minimum !== null && value < rule.minimum) return null;
        return {
          month,
          value,
          reason: (_rank, tied) =>
            phrase(m.reasonRookie, { tenure, value: percent1(value), period, tie: tie(tied) }),
        };
      }
      case "club": {
        const ytd = yearToDate(month.rep, period);
        if (ytd === null) return null;
        const value = excelRound(ytd, 6);
        const line = rule.minimum ?? 1;
        const gap = excelRound(value - line, 6);
        const gapText: MessageTemplate = { en: points(Math.abs(gap)), zh: pointsZh(Math.abs(gap)) };
        if (value < line) {
          // Not a candidate; its distance to the line is written instead.
          out.push(
            lineOf(
              rule,
              month,
              null,
              value,
              phrase(m.reasonBelowClub, {
                value: percent1(value),
                gap: gapText,
                line: percent1(line),
              }),
              0,
            ),
          );
          return null;
        }
        return {
          month,
          value,
          reason: (_rank, tied) =>
            phrase(m.reasonClub, {
              value: percent1(value),
              gap: gapText,
              line: percent1(line),
              tie: tie(tied),
            }),
        };
      }
    }
  }

  /** Why a rep cannot win this rule in this month; null when eligible. */
  function ineligible(rule: AwardRule, month: RepMonth): MessageTemplate | null {
    const { period } = month;
    if (rule.requireGate && month.gateMet === false) return phrase(m.whyGate, { period });
    if (rule.noOpenClawback && month.openClawback) return phrase(m.whyClawback, { period });
    if (rule.minTenure > 0) {
      const tenure = tenureMonths(repOf.get(month.rep)?.hireDate ?? null, period);
      if (tenure !== null && tenure < rule.minTenure)
        return phrase(m.whyTenure, { tenure: Math.max(tenure, 0), minimum: rule.minTenure });
    }
    return null;
  }

  function lineOf(
    rule: AwardRule,
    month: RepMonth,
    rank: number | null,
    value: number,
    reason: MessageTemplate,
    cash: number,
  ): HonourRow {
    const rep = repOf.get(month.rep);
    const withCash = cash > 0 ? joinPhrases(reason, phrase(m.cashAward, { cash: money(cash) })) : reason;
    return {
      period: month.period,
      award: rule.award,
      rank,
      rep: month.rep,
      name: rep?.name ?? "",
      region: rep?.region ?? "",
      value,
      reason: withCash,
      cash,
    };
  }

  function place(rule: AwardRule, candidates: Candidate[]): void {
    // Best first; equal values in RepID order so the roll reads the same on every run.
    candidates.sort((a, b) => b.value - a.value || (a.month.rep < b.month.rep ? -1 : 1));
    const winners: { c: Candidate; rank: number }[] = [];
    // Skipped reps with their competition rank among every candidate, eligible or not.
    const skipped: { c: Candidate; why: MessageTemplate; overall: number }[] = [];
    let lastValue = NaN;
    let rank = 0;
    let overall = 0;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      overall = i === 0 ? 1 : competitionRankAt(i + 1, c.value, candidates[i - 1].value, overall);
      const why = ineligible(rule, c.month);
      if (why !== null) {
        skipped.push({ c, why, overall });
        continue;
      }
      // Competition rank among the eligible: equal values share, the next rank skips.
      rank = competitionRankAt(winners.length + 1, c.value, lastValue, rank);
      if (rule.count !== null && rank > rule.count) break;
      winners.push({ c, rank });
      lastValue = c.value;
    }
    const valueText = (c: Candidate): string =>
      rule.rule === "top"
        ? score1(c.value)
        : rule.rule === "improved"
          ? `+${score1(c.value)}`
          : percent1(c.value);
    winners.forEach(({ c, rank: r }, i) => {
      // Winners are in rank order, so a tie sits next to its partner.
      const tied = winners[i - 1]?.rank === r || winners[i + 1]?.rank === r;
      out.push(lineOf(rule, c.month, r, c.value, c.reason(r, tied), rule.cash));
    });
    // A skipped rep is listed when they would have placed had they been eligible: their
    // competition rank among every candidate is within the count.
    for (const { c, why, overall: placed } of skipped) {
      if (rule.count === null || placed <= rule.count)
        out.push(
          lineOf(rule, c.month, null, c.value, phrase(m.reasonSkipped, { value: valueText(c), why }), 0),
        );
    }
  }
}
