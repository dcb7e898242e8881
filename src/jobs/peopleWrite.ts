/**
 * The pane's people write with the awards' second pass (awards.ts): the honour roll and team health,
 * and — when the honour roll pays other cash than the SalesHonourRoll SalesPayouts was paid with —
 * SalesPayouts again with this honour roll's awards, all in one write, so a cash award reaches
 * SalesPayouts from the pane as it does from `salesplan run`. The payouts are recomputed the way
 * month-end recomputes them (the workbook's plan and tables, measureTargets from the tables).
 */
import type { Locale } from "../kernel/messages";
import type { WorkbookHost } from "../workbook/host";
import { awardsOf, awardsOfRows, sameAwards } from "./awards";
import type { Mappings } from "./inputs";
import { text, type JobResult } from "./job";
import { readMonthEnd } from "./ledger";
import { outputRows } from "./people";
import { peopleRun, type PeopleTables } from "./peopleView";
import { PAYOUT_TABLES, payoutRun, type PayoutTableKey } from "./run";
import type { ParsedTable } from "../workbook/parse";
import type { ScorecardInputs, ScorecardOptions } from "./scorecards";

export async function peopleWrite(
  host: WorkbookHost,
  scorecard: ScorecardInputs,
  options: ScorecardOptions,
  tables: PeopleTables,
  language: Locale,
  mappings: Mappings = {},
): Promise<JobResult> {
  const people = peopleRun(scorecard, options, tables, language);
  const awards = awardsOfRows(outputRows([people], "SalesHonourRoll"));
  // Nothing to pay again: no SalesPayouts, no plan, or the same awards as it was paid with.
  if (tables.payouts.length === 0 || !tables.plan || sameAwards(awards, awardsOf(tables.honourRoll)))
    return people;
  const read = await readMonthEnd(host, mappings);
  // Every table a payouts run reads but the old honour roll, whose awards this one replaces.
  const rest = Object.fromEntries(
    PAYOUT_TABLES.filter(([key]) => key !== "honourRoll").map(([key]) => [key, read[key]]),
  ) as Partial<Record<PayoutTableKey, ParsedTable>>;
  // A SalesPayouts of one period (the wizard can write one) is rewritten as that period.
  const periods = new Set(tables.payouts.map((r) => text(r.Period)));
  const payouts = payoutRun(
    { reps: read.reps, actuals: read.actuals, ...rest, awards },
    {
      plan: tables.plan,
      measureTargets: {},
      language,
      period: periods.size === 1 ? [...periods][0] : null,
    },
  );
  return {
    ...people,
    outputs: [...people.outputs, ...payouts.outputs.filter((o) => o.name === "SalesPayouts")],
    totals: payouts.totals,
    inputs: [...people.inputs, ...payouts.inputs],
    warnings: payouts.warnings,
  };
}
