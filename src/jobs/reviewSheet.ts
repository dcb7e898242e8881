/**
 * A rep's review record as a printable sheet (src/jobs/printSheet.ts): scorecard, KPI trend with a
 * data bar in each month's cell (exceljs writes no charts), strongest KPIs and those below the
 * team median, last review's actions with their status, lines for new actions, development,
 * mentoring and signature lines, in the rep's language. Any other rep's ID or name in free text
 * (notes, owners, suggestions) is printed as "[colleague]", so the sheet holds that rep only.
 */
import { formatMessage, type Locale } from "../kernel/messages";
import type { MentoringLine } from "../engine/people";
import { excelRound } from "../kernel/money";
import { dateKey, ymdOf } from "../kernel/calendar";
import type { OutputKind } from "../workbook/outputs";
import type { PrintCell, PrintRow, PrintSheet } from "./printSheet";
import type { ActionState, RepReviewRecord } from "./reviews";
import { reviewText, type ReviewTextKey } from "./reviewText";

/** Label, six month or figure columns, a note column. */
export const REVIEW_WIDTHS = [24, 14, 14, 14, 14, 14, 14, 28] as const;
const LAST = REVIEW_WIDTHS.length - 1;
const BLANK_ACTIONS = 3;

const pct = (x: number): string => `${excelRound(x * 100, 1).toFixed(1)}%`;

/** Replaces every rep's ID (as a word) and name but `self`'s in a text. */
export function redactor(
  reps: readonly { readonly id: string; readonly name: string }[],
  self: { readonly id: string; readonly name: string },
  placeholder: string,
): (text: string) => string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const words = new Set<string>();
  const names = new Set<string>();
  for (const r of reps) {
    if (r.id !== "" && r.id !== self.id) words.add(r.id);
    if (r.name.trim().length > 1 && r.name !== self.name) names.add(r.name.trim());
  }
  if (words.size === 0 && names.size === 0) return (text) => text;
  const parts = [
    ...[...words].map((w) => `(?<![\\w])${escape(w)}(?![\\w])`),
    ...[...names].sort((a, b) => b.length - a.length).map(escape),
  ];
  const pattern = new RegExp(parts.join("|"), "g");
  return (text) => text.replace(pattern, placeholder);
}

export function reviewSheet(
  record: RepReviewRecord,
  reps: readonly { readonly id: string; readonly name: string }[],
  now: Date,
  /** false: the trend as figures only, without bars or their note (a host that draws none). */
  options: { readonly bars?: boolean } = {},
): PrintSheet {
  const withBars = options.bars ?? true;
  const locale: Locale = record.language;
  const t = (key: ReviewTextKey, p: Record<string, string | number> = {}) =>
    formatMessage(reviewText[key][locale], p);
  const rows: PrintRow[] = [];
  const add = (
    kind: PrintRow["kind"],
    cells: PrintCell[],
    formats?: (OutputKind | null)[],
    merges?: [number, number][],
  ) => rows.push({ kind, cells, ...(formats ? { formats } : {}), ...(merges ? { merges } : {}) });
  const wide = (kind: PrintRow["kind"], label: string, value: string) =>
    add(kind, [label, value], undefined, [[1, LAST]]);
  const note = (text: string) => add("note", [text], undefined, [[0, LAST]]);
  const P = "percent";
  // A figure aside in brackets: full-width after Chinese text.
  const aside = (main: string, extra: string) =>
    locale === "zh" ? `${main}（${extra}）` : `${main} (${extra})`;

  add("title", [t("title", { period: record.period })]);
  wide("field", t("rep"), `${record.repId} ${record.name}`.trim());
  wide("field", t("period"), record.period);
  if (record.region) wide("field", t("region"), record.region);
  const rank = record.teamRank !== null ? t("rankLine", { rank: record.teamRank, of: record.teamSize }) : "";
  wide(
    "field",
    t("score"),
    record.score === null
      ? t("noScore")
      : t("scoreLine", { score: excelRound(record.score, 1).toFixed(1), band: record.band ?? "" }) + rank,
  );
  wide("field", t("prepared"), now.toISOString().slice(0, 16).replace("T", " "));

  add("heading", [t("scorecard", { period: record.period })]);
  add("header", [
    t("kpi"),
    t("value"),
    t("target"),
    t("achievement"),
    t("teamMedian"),
    t("versusMedian"),
    t("credited"),
    t("note"),
  ]);
  for (const k of record.kpis) {
    const gap = k.achievement !== null && k.teamMedian !== null ? (k.achievement - k.teamMedian) * 100 : null;
    add(
      "line",
      [k.kpi, k.value, k.target, k.achievement, k.teamMedian, gap, k.credit, null],
      [null, "number", "number", P, P, "score", P, null],
    );
  }

  add("heading", [t("trend")]);
  const months = record.trendPeriods;
  const monthCells = (values: readonly PrintCell[]): PrintCell[] =>
    Array.from({ length: LAST - 1 }, (_, i) => values[i] ?? null);
  add("header", [t("kpi"), ...monthCells(months), null]);
  const bars: [number, number] = [1, Math.max(1, months.length)];
  for (const line of record.trend)
    rows.push({
      kind: "line",
      cells: [line.kpi, ...monthCells(line.values), null],
      formats: Array(LAST + 1).fill("number"),
      ...(withBars ? { bars } : {}),
    });
  add("total", [t("score"), ...monthCells(record.scores), null], Array(LAST + 1).fill("score"));
  if (withBars) note(t("trendNote"));

  const comparisons = (heading: ReviewTextKey, list: RepReviewRecord["strongest"], flagTarget: boolean) => {
    add("heading", [t(heading)]);
    add("header", [t("kpi"), t("achievement"), t("teamMedian"), t("versusMedian"), t("note")], undefined, [
      [4, LAST],
    ]);
    if (list.length === 0) note(t("noneToList"));
    for (const c of list)
      add(
        "line",
        [
          c.kpi,
          c.achievement,
          c.teamMedian,
          c.gap * 100,
          flagTarget && c.achievement >= 1 ? aside(t("aboveOwnTarget"), pct(c.achievement)) : null,
        ],
        [null, P, P, "score", null],
        [[4, LAST]],
      );
  };
  comparisons("strongest", record.strongest, false);
  comparisons("belowMedian", record.weakest, true);

  const actionHeader = () =>
    add("header", [t("action"), null, null, null, t("owner"), null, t("due"), t("status")], undefined, [
      [0, 3],
      [4, 5],
    ]);
  const last = record.lastReview;
  if (last === null) {
    add("heading", [t("noLastReview", { period: record.period })]);
  } else {
    add("heading", [
      t("lastReview", { period: last.period, date: last.date === null ? "" : dateKey(ymdOf(last.date)) }),
    ]);
    if (last.reviewer) wide("field", t("reviewer"), last.reviewer);
    if (last.strengths) wide("field", t("strengths"), last.strengths);
    if (last.gaps) wide("field", t("gaps"), last.gaps);
    actionHeader();
    const STATE: Record<ActionState, ReviewTextKey> = {
      done: "statusDone",
      overdue: "statusOverdue",
      open: "statusOpen",
    };
    // The state in the rep's language; the Status as written beside it when it says more.
    const stateText = (state: ActionState, status: string) =>
      state === "done" || ["", "open", "进行中"].includes(status.trim().toLowerCase())
        ? t(STATE[state])
        : `${t(STATE[state])} (${status})`;
    for (const a of last.actions)
      add(
        "line",
        [a.action, null, null, null, a.owner, null, a.due, stateText(a.state, a.status)],
        [null, null, null, null, null, null, "date", null],
        [
          [0, 3],
          [4, 5],
        ],
      );
    if (last.actions.length === 0) note(t("noneToList"));
  }
  add("heading", [t("newActions")]);
  actionHeader();
  for (let i = 0; i < BLANK_ACTIONS; i++) add("blank", []);

  add("heading", [t("development")]);
  if (record.development.length === 0) note(t("noDevelopment"));
  else {
    add(
      "header",
      [t("skill"), t("kind"), t("kpi"), t("due"), t("status"), t("before"), null, t("after")],
      undefined,
      [[5, 6]],
    );
    const at = (p: { period: string; value: number } | null) =>
      p === null ? null : t("atPeriod", { value: String(excelRound(p.value, 4)), period: p.period });
    for (const d of record.development)
      add(
        "line",
        [
          d.skill,
          d.kind,
          d.kpi,
          d.due,
          d.status,
          at(d.outcome?.before ?? null),
          null,
          at(d.outcome?.after ?? null),
        ],
        [null, null, null, "date", null, null, null, null],
        [[5, 6]],
      );
  }
  if (record.proposals.length > 0) {
    add("header", [t("proposed")], undefined, [[0, LAST]]);
    for (const p of record.proposals) add("line", [p.kpi, p.suggestion], undefined, [[1, LAST]]);
  }

  if (record.ownRamp !== null || record.mentees.length > 0) {
    add("heading", [t("mentoring")]);
    const cohort = (m: MentoringLine) =>
      m.cohortMedian === null
        ? t("cohortTooSmall", { quarter: m.hireQuarter })
        : t("cohort", { quarter: m.hireQuarter, value: pct(m.cohortMedian), count: m.cohortSize });
    const value = (m: MentoringLine) => (m.attainment === null ? t("noTarget") : pct(m.attainment));
    // The mentor is another rep: named nowhere here; a mentee is described, not named.
    if (record.ownRamp !== null)
      note(
        t("ownRamp", {
          tenure: record.ownRamp.tenure,
          value: value(record.ownRamp),
          cohort: cohort(record.ownRamp),
        }),
      );
    for (const m of record.mentees)
      note(t("menteeRamp", { quarter: m.hireQuarter, tenure: m.tenure, value: value(m), cohort: cohort(m) }));
  }

  add("heading", [t("signatures")]);
  for (const who of ["repSignature", "managerSignature"] as const)
    add("signature", [t(who), null, null, null, null, t("date"), null, null]);

  const redact = redactor(reps, { id: record.repId, name: record.name }, t("colleague"));
  return {
    repId: record.repId,
    period: record.period,
    language: locale,
    sheet: reviewText.sheet[locale],
    // The rep's own line (row 2) names the rep; every other text is redacted.
    rows: rows.map((row, i) =>
      i === 1 ? row : { ...row, cells: row.cells.map((c) => (typeof c === "string" ? redact(c) : c)) },
    ),
    widths: REVIEW_WIDTHS,
    wrap: [],
    numberFormat: "number",
    fit: "wide",
    orientation: "landscape",
  };
}
