/** `salesplan statements <in.xlsx> --period P --out-dir DIR [--pdf]`: one file per rep paid in P. */
import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { promisify } from "util";
import { SalesPlanError } from "../kernel/errors";
import { signedMoney } from "../engine/ledger";
import { formatMessage, type Locale, type MessageTable } from "../kernel/messages";
import { buildStatements, monthEndMessages } from "../jobs";
import { writeStatement } from "./statementFile";
import { XlsxPackageHost } from "../workbook/xlsx/package-host";
import type { CliArgs } from "./args";
import type { MonthEndIO } from "./monthEnd";
import { readRunSettings } from "./settings";

export const statementCliMessages = {
  wrote: {
    en: "Wrote {count} statement(s) for {period} to {dir} (total {total})",
    zh: "已将 {period} 的 {count} 份对账单写入 {dir}（合计 {total}）",
  },
  pdfs: {
    en: "Wrote {count} PDF(s) beside them with LibreOffice",
    zh: "已用 LibreOffice 在旁边生成 {count} 个 PDF",
  },
  noSoffice: {
    en: "--pdf: LibreOffice (soffice) is not installed here; the .xlsx statements are written, without PDFs",
    zh: "--pdf：此处未安装 LibreOffice（soffice）；已写入 .xlsx 对账单，未生成 PDF",
  },
  pdfFailed: {
    en: "--pdf: LibreOffice did not convert {file}: {reason}",
    zh: "--pdf：LibreOffice 未能转换 {file}：{reason}",
  },
} as const satisfies MessageTable;

/** soffice on PATH, or in the usual places. */
export function findSoffice(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const dir of [...dirs, "/usr/bin", "/usr/local/bin", "/opt/libreoffice/program"]) {
    const file = path.join(dir, "soffice");
    if (existsSync(file)) return file;
  }
  return null;
}

export async function writeStatements(
  args: CliArgs,
  io: MonthEndIO,
  input: string,
  period: string,
): Promise<number> {
  const host = await XlsxPackageHost.open(input);
  const saved = await readRunSettings(host);
  const lang: Locale = args.langGiven ? args.lang : (saved.lang ?? args.lang);
  const statements = await buildStatements(host, {
    period,
    lang,
    now: io.now(),
    mappings: saved.mappings,
  });
  if (statements.length === 0) throw new SalesPlanError(monthEndMessages.noStatements, { period });
  const dir = path.resolve(io.cwd, args.outDir as string);
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const s of statements) {
    // A RepID is the user's text: keep the file name to characters every file system takes.
    const file = path.join(dir, `${s.repId.replace(/[^\w.-]+/g, "_")}-${period}.xlsx`);
    await writeStatement(s, file);
    files.push(file);
  }
  const total = statements.reduce((c, s) => c + Math.round(s.total * 100), 0) / 100;
  io.say(
    formatMessage(statementCliMessages.wrote[lang], {
      count: files.length,
      period,
      dir,
      total: signedMoney(total),
    }),
  );
  if (args.pdf) {
    const soffice = findSoffice();
    if (!soffice) io.complain(statementCliMessages.noSoffice[lang]);
    else {
      const profile = await fs.mkdtemp(path.join(dir, ".lo-profile-"));
      try {
        await promisify(execFile)(
          soffice,
          [
            "--headless",
            "--norestore",
            `-env:UserInstallation=file://${profile}`,
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            ...files,
          ],
          { timeout: 300_000 },
        );
      } finally {
        await fs.rm(profile, { recursive: true, force: true });
      }
      const missing = files.filter((f) => !existsSync(f.replace(/\.xlsx$/, ".pdf")));
      for (const f of missing)
        io.complain(
          formatMessage(statementCliMessages.pdfFailed[lang], { file: f, reason: "no PDF written" }),
        );
      io.say(formatMessage(statementCliMessages.pdfs[lang], { count: files.length - missing.length }));
      if (missing.length > 0) return 1;
    }
  }
  return 0;
}
