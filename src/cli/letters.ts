/** `salesplan letters <in.xlsx> --out-dir DIR [--year YYYY] [--pdf]`: one plan letter per rep. */
import { promises as fs } from "fs";
import * as path from "path";
import { formatMessage, type Locale, type MessageTable } from "../kernel/messages";
import { buildLetters, type LetterOptions } from "../jobs";
import type { WorkbookHost } from "../workbook/host";
import type { CliArgs } from "./args";
import { XlsxPackageHost } from "./host";
import { letterFileName, writeLetter } from "./letterFile";
import type { MonthEndIO } from "./io";
import { writePdfs } from "./pdf";
import { readRunSettings } from "./settings";

export const letterCliMessages = {
  needsInput: {
    en: "letters needs an input workbook: salesplan letters <in.xlsx> --out-dir DIR",
    zh: "letters 需要输入工作簿：salesplan letters <输入.xlsx> --out-dir 文件夹",
  },
  needsOutDir: {
    en: "letters needs a folder: --out-dir DIR",
    zh: "letters 需要输出文件夹：--out-dir 文件夹",
  },
  wrote: {
    // Count-neutral in English ("1 plan letter(s)" read badly); {plan} lists each plan a letter is for.
    en: "Plan letters written to {dir}: {count} ({plan}; {year})",
    zh: "已将 {count} 份奖金方案确认书写入 {dir}（{plan}；{year} 年）",
  },
} as const satisfies MessageTable;

export const lettersHelp = {
  en: `salesplan letters <in.xlsx> --out-dir DIR [--year YYYY] [--pdf]

Writes DIR/<RepID>-plan-<version>.xlsx for every rep in Reps but those who left before the plan
year (the plan year in the name when the plan has no version): the rep's targets by month, the plan's rules in words, example payouts for the year at
80%, 100% and 120% of target computed by the payout engine for that rep, and lines to sign. Each
file is built from that rep's figures only, in the rep's language (a Language column in Reps, else
--lang), values only, set up to print portrait on one page. Record the signed letters in an
Acknowledgements table (RepID, Plan, Version, Date): the workbook check lists the reps who have not
acknowledged the current version.

Options:
  --out-dir DIR          the folder to write to, made when missing (required)
  --year YYYY            the plan year of the targets (default: the year most SalesTargets rows
                         fall in)
  --pdf                  also a PDF beside each, with LibreOffice (soffice) where installed
                         (default: no PDF)
  --lang en|zh           language of messages and of letters of reps without a Language
                         (default: the one kept in the workbook, else LANG, else en)
  -h, --help             this text

Exit codes: 0 done; 1 a problem with the inputs or the workbook, or a PDF not written; 2 a usage mistake; 3 an unexpected error.`,
  zh: `salesplan letters <输入.xlsx> --out-dir 文件夹 [--year 年份] [--pdf]

为 Reps 中的每位销售（方案年度开始前已离职者除外）写入 文件夹/<工号>-plan-<版本>.xlsx（方案没有版本时用方案年份）：该销售的月度目标、
方案规则说明、由奖金引擎按该销售计算的目标 80%、100% 和 120% 时的全年奖金示例，以及签名栏。每个文件只由
该销售自己的数据生成，使用该销售的语言（Reps 的 Language 列，否则 --lang），只含数值，页面设置为纵向一页
打印。签署后的确认书记录在 Acknowledgements 表（RepID、Plan、Version、Date）中：工作簿检查会列出尚未
确认当前版本的销售。

选项：
  --out-dir 文件夹       输出文件夹，不存在时自动创建（必填）
  --year 年份            目标所属的方案年份（默认：SalesTargets 中多数行所在的年份）
  --pdf                  同时用 LibreOffice（soffice，如已安装）在旁边生成 PDF（默认：不生成）
  --lang en|zh           提示信息及未设 Language 的销售的确认书语言
                         （默认：工作簿中保存的语言，否则取 LANG，否则 en）
  -h, --help             显示本说明

退出码：0 完成；1 输入表或工作簿有问题，或未能生成 PDF；2 用法错误；3 意外错误。`,
} as const;

/** A month-end option letters does not take (it takes --out-dir and --pdf). */
export function strayLettersOption(args: CliArgs): string | null {
  if (args.period !== undefined) return "--period";
  return args.by !== undefined ? "--by" : null;
}

export async function writeLetters(args: CliArgs, io: MonthEndIO): Promise<number> {
  const input = args.positional[0];
  if (!input) io.usage(letterCliMessages.needsInput);
  if (!args.outDir) io.usage(letterCliMessages.needsOutDir);
  const host = await XlsxPackageHost.open(path.resolve(io.cwd, input));
  const saved = await readRunSettings(host);
  const lang: Locale = args.langGiven ? args.lang : (saved.lang ?? args.lang);
  const dir = path.resolve(io.cwd, args.outDir as string);
  const options = {
    lang,
    now: io.now(),
    mappings: saved.mappings,
    year: args.year ?? saved.year ?? undefined,
  };
  const { files } = await letterFiles(host, options, dir, io);
  return args.pdf ? writePdfs(files, dir, io, lang) : 0;
}

/** Every rep's plan letter written to `dir` (the demo writes its own this way); says what it wrote. */
export async function letterFiles(
  host: WorkbookHost,
  options: LetterOptions,
  dir: string,
  io: Pick<MonthEndIO, "say">,
): Promise<{ files: string[] }> {
  const letters = await buildLetters(host, options);
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const letter of letters) {
    const file = path.join(dir, letterFileName(letter));
    await writeLetter(letter, file);
    files.push(file);
  }
  io.say(
    formatMessage(letterCliMessages.wrote[options.lang], {
      count: files.length,
      // Under several plans each rep's letter is for their own plan: name every one.
      plan: [...new Set(letters.map((l) => l.plan))].join(options.lang === "zh" ? "、" : ", "),
      year: letters[0].year,
      dir,
    }),
  );
  return { files };
}
