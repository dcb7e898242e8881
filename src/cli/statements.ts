/** `salesplan statements <in.xlsx> --period P --out-dir DIR [--pdf]`: one file per rep paid in P. */
import { sumMoney } from "../kernel/money";
import * as path from "path";
import { SalesPlanError } from "../kernel/errors";
import { formatMessage, type Locale, type MessageTable } from "../kernel/messages";
import { buildStatements, monthEndMessages, signedMoney, type StatementOptions } from "../jobs";
import type { WorkbookHost } from "../workbook/host";
import { XlsxPackageHost } from "./host";
import type { CliArgs } from "./args";
import type { MonthEndIO } from "./io";
import { writePdfs } from "./pdf";
import { writeRepFiles } from "./repFile";
import { readRunSettings } from "./settings";

export const statementCliMessages = {
  wrote: {
    // Count-neutral, as the letters line ("1 statement(s)" read badly).
    en: "Statements for {period} written to {dir}: {count} (total {total})",
    zh: "已将 {period} 的 {count} 份对账单写入 {dir}（合计 {total}）",
  },
} as const satisfies MessageTable;

export async function writeStatements(
  args: CliArgs,
  io: MonthEndIO,
  input: string,
  period: string,
): Promise<number> {
  const host = await XlsxPackageHost.open(input);
  const saved = await readRunSettings(host);
  const lang: Locale = args.langGiven ? args.lang : (saved.lang ?? args.lang);
  const dir = path.resolve(io.cwd, args.outDir as string);
  const { files } = await statementFiles(
    host,
    { period, lang, now: io.now(), mappings: saved.mappings },
    dir,
    io,
  );
  return args.pdf ? writePdfs(files, dir, io, lang) : 0;
}

/** Every statement of `period` written to `dir` (the demo writes its own this way); says what it wrote. */
export async function statementFiles(
  host: WorkbookHost,
  options: StatementOptions,
  dir: string,
  io: Pick<MonthEndIO, "say">,
): Promise<{ files: string[] }> {
  const statements = await buildStatements(host, options);
  const { period, lang } = options;
  if (statements.length === 0) throw new SalesPlanError(monthEndMessages.noStatements, { period });
  const files = await writeRepFiles(statements, dir);
  const total = sumMoney(statements.map((s) => s.total));
  io.say(
    formatMessage(statementCliMessages.wrote[lang], {
      count: files.length,
      period,
      dir,
      total: signedMoney(total),
    }),
  );
  return { files };
}
