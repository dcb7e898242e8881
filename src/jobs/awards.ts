/**
 * Cash awards of the honour roll paid through SalesPayouts (PRODUCT.md "People": "Cash awards reach
 * SalesPayouts as adjustments"). The honour roll needs the payouts (attainment, gates) and the
 * scorecard first, so its cash is paid on a second pass: a payouts run pays the awards of the
 * SalesHonourRoll it is given — the one a run writes alongside, else the one in the workbook.
 * An award is a one-off adjustment paid after the draw and any carried true-up, like a manual one,
 * so it changes no measure row, no gate and so no award: one extra pass settles it.
 */
import type { AdjustmentInput } from "../engine/incentives";
import { sumMoney } from "../kernel/money";
import { formatMessage, type Locale } from "../kernel/messages";
import type { OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { outputSchemas, writtenSpec, type InputTableSpec } from "../workbook/schema";
import { SalesPlanError } from "../kernel/errors";
import type { WorkbookProblem } from "../workbook/types";
import { isNotFound } from "./inputs";
import { num, text } from "./job";
import { peopleMessages } from "../engine/people";

/** SalesHonourRoll read back as written: the payouts run pays its cash lines. */
export const honourRollBackSpec: InputTableSpec = writtenSpec(outputSchemas.SalesHonourRoll, false);

/** One winner's cash, as SalesHonourRoll holds it. */
export interface AwardPayment {
  readonly period: string;
  readonly award: string;
  readonly rank: number;
  readonly rep: string;
  readonly cash: number;
}

/** The winning lines with cash of SalesHonourRoll rows (a line that did not win has no rank). */
export function awardsOfRows(rows: readonly OutputRow[]): AwardPayment[] {
  const out: AwardPayment[] = [];
  for (const r of rows) {
    const cash = num(r.Cash);
    const rank = num(r.Rank);
    if (cash === null || cash === 0 || rank === null) continue;
    out.push({ period: text(r.Period), award: text(r.Award), rank, rep: text(r.RepID), cash });
  }
  return out;
}

/** The cash awards of a SalesHonourRoll table as read; none when there is none. */
export function awardsOf(table: ParsedTable | undefined): AwardPayment[] {
  if (!table || isNotFound(table)) return [];
  return awardsOfRows(table.rows.map((r) => r.values as OutputRow));
}

/** Whether two lists pay the same awards (the second pass is needed only when they differ). */
export function sameAwards(a: readonly AwardPayment[], b: readonly AwardPayment[]): boolean {
  const key = (x: AwardPayment) => [x.period, x.award, x.rank, x.rep, x.cash].join("\u0000");
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}

export interface AwardAdjustments {
  readonly adjustments: AdjustmentInput[];
  /** Awards the run cannot pay (the rep or the month is not in it), each a warning. */
  readonly unpaid: WorkbookProblem[];
  /** The cash of the awards paid. */
  readonly cash: number;
}

/**
 * The awards as one-off adjustments in the month they were won, the reason naming the award, the
 * rank and the month in `language`. An award of a rep the run does not pay, or of a month it does
 * not pay (no actuals that month, another plan year), cannot be paid: it is a warning, by name.
 */
export function awardAdjustments(
  awards: readonly AwardPayment[],
  paid: { readonly reps: ReadonlySet<string>; readonly months: ReadonlySet<string> },
  language: Locale,
): AwardAdjustments {
  const adjustments: AdjustmentInput[] = [];
  const unpaid: WorkbookProblem[] = [];
  for (const a of awards) {
    const params = { award: a.award, rank: a.rank, rep: a.rep, period: a.period };
    if (!paid.reps.has(a.rep) || !paid.months.has(a.period)) {
      unpaid.push({
        table: "SalesHonourRoll",
        error: new SalesPlanError(
          paid.reps.has(a.rep) ? peopleMessages.awardMonthUnpaid : peopleMessages.awardRepUnpaid,
          params,
        ),
      });
      continue;
    }
    adjustments.push({
      repId: a.rep,
      period: a.period,
      kind: "award",
      amount: a.cash,
      reason: formatMessage(peopleMessages.awardReason[language], params),
    });
  }
  return { adjustments, unpaid, cash: sumMoney(adjustments.map((a) => a.amount)) };
}
