/** `--pdf` of statements and letters: LibreOffice turns each .xlsx written into a PDF beside it. */
import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { promisify } from "util";
import { formatMessage, type Locale, type MessageTable } from "../kernel/messages";
import type { MonthEndIO } from "./io";

export const pdfMessages = {
  pdfs: {
    en: "Wrote {count} PDF(s) beside them with LibreOffice",
    zh: "已用 LibreOffice 在旁边生成 {count} 个 PDF",
  },
  noSoffice: {
    en: "--pdf: LibreOffice (soffice) is not installed here; the .xlsx files are written, without PDFs",
    zh: "--pdf：此处未安装 LibreOffice（soffice）；已写入 .xlsx 文件，未生成 PDF",
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

/**
 * A PDF beside each file, in one LibreOffice run with a throwaway profile (so a desktop LibreOffice
 * left open does not take the conversion). Exit code: 1 when any file got no PDF; 0 otherwise,
 * also without LibreOffice (said on stderr: the .xlsx files are what was asked for first).
 */
export async function writePdfs(
  files: readonly string[],
  dir: string,
  io: Pick<MonthEndIO, "say" | "complain">,
  lang: Locale,
): Promise<number> {
  const soffice = findSoffice();
  if (!soffice) {
    io.complain(pdfMessages.noSoffice[lang]);
    return 0;
  }
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
    io.complain(formatMessage(pdfMessages.pdfFailed[lang], { file: f, reason: "no PDF written" }));
  io.say(formatMessage(pdfMessages.pdfs[lang], { count: files.length - missing.length }));
  return missing.length > 0 ? 1 : 0;
}
