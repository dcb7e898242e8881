/**
 * Counted nouns: English picks "1 row" or "3 rows" by the count (plural() in index.ts); Chinese
 * has one form for both. A sentence takes the counted phrase whole, so no "row(s)" is ever shown.
 */
export const en = {
  count_rows_one: "{count} row",
  count_rows_other: "{count} rows",
  count_problems_one: "{count} problem",
  count_problems_other: "{count} problems",
  count_errors_one: "{count} error",
  count_errors_other: "{count} errors",
  count_warnings_one: "{count} warning",
  count_warnings_other: "{count} warnings",
  count_steps_one: "{count} step",
  count_steps_other: "{count} steps",
  count_ledgerLines_one: "{count} ledger line",
  count_ledgerLines_other: "{count} ledger lines",
  count_reps_one: "{count} rep",
  count_reps_other: "{count} reps",
  count_restatements_one: "{count} restatement line",
  count_restatements_other: "{count} restatement lines",
} as const;

export const zh: { readonly [K in keyof typeof en]: string } = {
  count_rows_one: "{count} 行",
  count_rows_other: "{count} 行",
  count_problems_one: "{count} 个问题",
  count_problems_other: "{count} 个问题",
  count_errors_one: "{count} 个错误",
  count_errors_other: "{count} 个错误",
  count_warnings_one: "{count} 个警告",
  count_warnings_other: "{count} 个警告",
  count_steps_one: "{count} 个步骤",
  count_steps_other: "{count} 个步骤",
  count_ledgerLines_one: "{count} 条台账明细",
  count_ledgerLines_other: "{count} 条台账明细",
  count_reps_one: "{count} 名销售代表",
  count_reps_other: "{count} 名销售代表",
  count_restatements_one: "{count} 条重述明细",
  count_restatements_other: "{count} 条重述明细",
};

export type CountedNoun =
  "rows" | "problems" | "errors" | "warnings" | "steps" | "ledgerLines" | "reps" | "restatements";
