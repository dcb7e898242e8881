/** `salesplan reviews <in.xlsx> --period 2026-03 --out-dir DIR [--pdf]`: one review file per rep scored in the month. */
import * as path from "path";
import { formatMessage, type Locale, type MessageTable } from "../kernel/messages";
import { reviewRecords, reviewSheet } from "../jobs";
import type { CliArgs } from "./args";
import { XlsxPackageHost } from "./host";
import type { MonthEndIO } from "./io";
import { writePdfs } from "./pdf";
import { writeRepFiles } from "./repFile";
import { readRunSettings } from "./settings";

export const reviewCliMessages = {
  wrote: {
    en: "Wrote {count} review(s) for {period} to {dir}",
    zh: "已将 {period} 的 {count} 份绩效面谈写入 {dir}",
  },
  needsMonth: {
    en: "Option --period: reviews are monthly, so '{value}' must be a month such as 2026-03",
    zh: "选项 --period：绩效面谈按月进行，“{value}”须为 2026-03 这样的月份",
  },
} as const satisfies MessageTable;

export async function writeReviews(
  args: CliArgs,
  io: MonthEndIO,
  input: string,
  period: string,
): Promise<number> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) io.usage(reviewCliMessages.needsMonth, { value: period });
  const host = await XlsxPackageHost.open(input);
  const saved = await readRunSettings(host);
  const lang: Locale = args.langGiven ? args.lang : (saved.lang ?? args.lang);
  const { records, reps } = await reviewRecords(host, {
    period,
    lang,
    scorecard: saved.scorecard,
    mappings: saved.mappings,
  });
  const now = io.now();
  const dir = path.resolve(io.cwd, args.outDir as string);
  const files = await writeRepFiles(
    records.map((r) => reviewSheet(r, reps, now)),
    dir,
  );
  io.say(formatMessage(reviewCliMessages.wrote[lang], { count: files.length, period, dir }));
  return args.pdf ? writePdfs(files, dir, io, lang) : 0;
}
