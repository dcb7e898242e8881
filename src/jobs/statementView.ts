/**
 * The pane's statements: one rep's statement for a period (statements.ts, as `salesplan statements`
 * builds it) written as the values-only `Statement` sheet, replacing the previous one, with its
 * SalesAudit row.
 */
import { SalesPlanError } from "../kernel/errors";
import type { WorkbookHost } from "../workbook/host";
import type { WrittenSheet } from "../workbook/printSheet";
import { monthEndMessages } from "./monthEndMessages";
import { writeSheetAudit } from "./printAudit";
import { printDraft } from "./printDraft";
import { buildStatements, type Statement, type StatementOptions } from "./statements";

/** The pane's statement sheet: one at a time, under one name whatever the rep's language. */
export const STATEMENT_SHEET = "Statement";

/** One rep's statement for the period; refused, naming both, when the rep has no line in it. */
export async function repStatement(
  host: WorkbookHost,
  repId: string,
  options: StatementOptions,
): Promise<Statement> {
  const [statement] = await buildStatements(host, { ...options, repId });
  if (!statement)
    throw new SalesPlanError(monthEndMessages.noStatementFor, { rep: repId, period: options.period });
  return statement;
}

/** The rep's statement written as the Statement sheet, then its SalesAudit row. */
export async function writeStatementSheet(
  host: WorkbookHost,
  repId: string,
  options: StatementOptions,
): Promise<{ statement: Statement; written: WrittenSheet }> {
  if (!host.writePrintSheet)
    throw new SalesPlanError(monthEndMessages.noSheetWrite, { sheet: STATEMENT_SHEET });
  const statement = await repStatement(host, repId, options);
  const written = await host.writePrintSheet(printDraft(statement, STATEMENT_SHEET), options.now);
  await writeSheetAudit(
    host,
    {
      action: "statement",
      detail: `${repId} ${options.period}`,
      total: { column: "NetPayout", value: statement.total },
      inputs: [],
    },
    written,
    options.now,
    options.lang,
  );
  return { statement, written };
}
