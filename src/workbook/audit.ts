/** The SalesAudit row: one per run, so finance can see what ran, on what, with what totals. */
import type { Locale, MessageTable } from "../kernel/messages";
import { auditColumns, type OutputRow, type OutputTable, type PreparedTable } from "./outputs";

/**
 * The Action cell in each language. Code reads the action back through auditActionCode, so a
 * workbook whose trail mixes languages is read the same.
 */
export const auditActionNames = {
  targets: { en: "targets", zh: "目标" },
  payouts: { en: "payouts", zh: "奖金" },
  plan: { en: "plan", zh: "方案" },
  scorecards: { en: "scorecards", zh: "评分卡" },
  publish: { en: "publish", zh: "发布" },
  close: { en: "close", zh: "关账" },
  approve: { en: "approve", zh: "审批" },
  paid: { en: "paid", zh: "发放" },
  people: { en: "people", zh: "人员" },
  review: { en: "review notes", zh: "面谈记录" },
  development: { en: "development items", zh: "发展计划" },
  model: { en: "model", zh: "成本测算" },
  letter: { en: "plan letter", zh: "方案确认书" },
  statement: { en: "statement", zh: "对账单" },
  reviewSheet: { en: "review sheet", zh: "绩效面谈表" },
  undo: { en: "undo", zh: "撤销" },
} as const satisfies MessageTable;

export type AuditAction = keyof typeof auditActionNames;

/** The written name of an action in `locale`; an action without a name is written as it is. */
export function auditActionName(action: string, locale: Locale): string {
  return (auditActionNames as MessageTable)[action]?.[locale] ?? action;
}

/**
 * An Action cell as its code and what follows the name ("close 2026-01 by Ana": close, "2026-01 by
 * Ana"), in either language; text that starts with no action's name is its own code.
 */
export function auditActionParts(written: string): { code: string; detail: string } {
  const text = written.trim();
  // Longest names first: "review notes" before any shorter name it starts with.
  const names = Object.entries(auditActionNames as MessageTable)
    .flatMap(([code, n]) => [
      { code, name: n.en },
      { code, name: n.zh },
    ])
    .sort((a, b) => b.name.length - a.name.length);
  for (const { code, name } of names) {
    if (text.toLowerCase() === name.toLowerCase()) return { code, detail: "" };
    if (text.toLowerCase().startsWith(`${name.toLowerCase()} `))
      return { code, detail: text.slice(name.length).trim() };
  }
  return { code: text, detail: "" };
}

/** The action a written Action cell stands for, in either language; unknown text as it is. */
export function auditActionCode(written: string): string {
  const text = written.trim();
  for (const [code, names] of Object.entries(auditActionNames))
    if (text.toLowerCase() === names.en || text === names.zh) return code;
  return text;
}

export interface AuditInput {
  readonly time: Date;
  /** What ran: "targets", "payouts", "scorecards", "plan", "publish" (written in `language`). */
  readonly action: string;
  readonly plan?: string;
  readonly version?: string;
  /** Input table name -> rows read. */
  readonly inputRows: Readonly<Record<string, number>>;
  readonly inputHash: string;
  /** The language of the run's written text; default English. */
  readonly language?: Locale;
  /** More money pairs for Totals after the tables' own (a payouts run's net per period, region, measure). */
  readonly breakdown?: readonly (readonly [string, number])[];
}

/** "Reps=60; Actuals=1440": readable in a cell, stable to compare. */
function pairs(entries: readonly (readonly [string, string | number])[]): string {
  return entries.map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Row counts and totals of the tables written in this run (the audit table itself excluded). */
export function auditRow(input: AuditInput, outputs: readonly PreparedTable[]): OutputRow {
  const written = outputs.filter((o) => o.name !== "SalesAudit");
  const totals: [string, string | number][] = [];
  for (const o of written) {
    if (!o.totals) continue;
    o.columns.forEach((c, i) => {
      const v = o.totals?.[i];
      if (c.total && typeof v === "number")
        totals.push([`${o.name}.${c.header}`, v.toFixed(c.kind === "money" ? 2 : 4)]);
    });
  }
  for (const [key, value] of input.breakdown ?? []) totals.push([key, value.toFixed(2)]);
  const language = input.language ?? "en";
  return {
    Time: input.time,
    Action: auditActionName(input.action, language),
    Plan: input.plan ?? null,
    Version: input.version ?? null,
    InputRows: pairs(Object.entries(input.inputRows)),
    OutputRows: pairs(written.map((o) => [o.name, o.rows.length])),
    Totals: pairs(totals),
    InputHash: input.inputHash,
    Language: language,
  };
}

/** The SalesAudit output table holding this run's row, appended to earlier runs' rows. */
export function auditTable(input: AuditInput, outputs: readonly PreparedTable[]): OutputTable {
  return { name: "SalesAudit", columns: auditColumns, rows: [auditRow(input, outputs)], mode: "append" };
}
