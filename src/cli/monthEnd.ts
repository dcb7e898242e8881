/**
 * `salesplan close | approve | paid | statements | reviews`: month-end over an .xlsx. Close appends
 * the period's lines to SalesLedger (after a clean workbook check) and lists the period's open
 * inquiries; approve and paid move a closed period forward; statements and reviews write one file
 * per rep.
 */
import { sumMoney } from "../kernel/money";
import * as path from "path";
import { formatMessage, type Locale, type MessageTable, type MessageTemplate } from "../kernel/messages";
import {
  closePeriod,
  CloseRefused,
  ledgerMessages,
  movePeriod,
  signedMoney,
  type MonthEndOptions,
} from "../jobs";
import { XlsxPackageHost } from "./host";
import type { CliArgs } from "./args";
import type { MonthEndIO } from "./io";
import { cliMessages } from "./messages";
import { readRunSettings } from "./settings";
import { writeReviews } from "./reviews";
import { writeStatements } from "./statements";

export const MONTH_END_COMMANDS = ["close", "approve", "paid", "statements", "reviews"] as const;
export type MonthEndCommand = (typeof MONTH_END_COMMANDS)[number];

export const isMonthEndCommand = (command: string | undefined): command is MonthEndCommand =>
  (MONTH_END_COMMANDS as readonly string[]).includes(command ?? "");

export const monthEndCliMessages = {
  needsInput: {
    en: "{command} needs an input workbook: salesplan {command} <in.xlsx> --period 2026-03 ...",
    zh: "{command} 需要输入工作簿：salesplan {command} <输入.xlsx> --period 2026-03 ...",
  },
  needsPeriod: {
    en: "{command} needs --period (a payout period such as 2026-03, 2026-Q1 or 2026)",
    zh: "{command} 需要 --period（发放期间，例如 2026-03、2026-Q1 或 2026）",
  },
  badPeriod: {
    en: "Option --period: '{value}' is not a payout period such as 2026-03, 2026-Q1 or 2026",
    zh: "选项 --period：“{value}”不是 2026-03、2026-Q1 或 2026 这样的发放期间",
  },
  needsOutput: {
    en: "{command} needs an output file: -o <out.xlsx> (it may be the input)",
    zh: "{command} 需要输出文件：-o <输出.xlsx>（可与输入相同）",
  },
  needsOutDir: {
    en: "{command} needs a folder: --out-dir DIR",
    zh: "{command} 需要输出文件夹：--out-dir 文件夹",
  },
  closed: {
    en: "Closed {period}: {lines} ledger line(s) for {reps} rep(s), total {total}; {restatements} restatement line(s)",
    zh: "已关账 {period}：{reps} 名销售共 {lines} 条台账明细，合计 {total}；其中重述 {restatements} 条",
  },
  moved: {
    en: "{period} is now {status}: {lines} ledger line(s), total {total}",
    zh: "{period} 现为{status}：{lines} 条台账明细，合计 {total}",
  },
  inquiriesNone: { en: "Open inquiries for {period}: none", zh: "{period} 的未解决疑问：无" },
  inquiries: {
    en: "Open inquiries for {period} ({count}):",
    zh: "{period} 的未解决疑问（{count} 条）：",
  },
  checkWarning: { en: "warning: {message}", zh: "警告：{message}" },
  checkError: { en: "error: {message}", zh: "错误：{message}" },
  wrote: { en: "Wrote {file}", zh: "已写入 {file}" },
} as const satisfies MessageTable;

const M = monthEndCliMessages;

const EXIT_CODES = {
  en: "Exit codes: 0 done; 1 a problem with the inputs or the workbook, or a refused move (nothing written); 2 a usage mistake; 3 an unexpected error.",
  zh: "退出码：0 完成；1 输入表或工作簿有问题，或操作被拒绝（未写入任何内容）；2 用法错误；3 意外错误。",
};

const COMMON = {
  en: `  --period P             the payout period: 2026-03 (monthly plans), 2026-Q1 or 2026 (required)
  --lang en|zh           language of messages and of every text written (default: the one kept in
                         the workbook, else LANG, else en)
  -h, --help             this text`,
  zh: `  --period P             发放期间：2026-03（月度方案）、2026-Q1 或 2026（必填）
  --lang en|zh           提示信息及写入文字的语言（默认：工作簿中保存的语言，否则取 LANG，否则 en）
  -h, --help             显示本说明`,
};

// Reviews are monthly: the period line says so; the rest is as for the other commands.
const REVIEW_COMMON = {
  en: COMMON.en.replace(
    "the payout period: 2026-03 (monthly plans), 2026-Q1 or 2026 (required)",
    "the month reviewed, such as 2026-03 (required)",
  ),
  zh: COMMON.zh.replace(
    "发放期间：2026-03（月度方案）、2026-Q1 或 2026（必填）",
    "面谈月份，例如 2026-03（必填）",
  ),
};

const moveHelp = (verb: "approve" | "paid", en: string, zh: string) => ({
  en: `salesplan ${verb} <in.xlsx> --period P -o <out.xlsx> [--by NAME]

${en} Only that period's Status and ${verb === "approve" ? "ApprovedAt/ApprovedBy" : "PaidAt"} cells change; a SalesAudit row
records who and when. A period moves Closed → Approved → Paid, one step at a time, never back.

Options:
  -o, --output FILE      the .xlsx to write, may be <in.xlsx> (required)
  --by NAME              who ${verb === "approve" ? "approves" : "pays"} (default: none recorded)
${COMMON.en}

${EXIT_CODES.en}`,
  zh: `salesplan ${verb} <输入.xlsx> --period 期间 -o <输出.xlsx> [--by 姓名]

${zh}只更改该期间的状态及${verb === "approve" ? "审批时间/审批人" : "发放时间"}；SalesAudit 记录操作人和时间。
期间状态依次为 已关账 → 已审批 → 已发放，每次一步，不能退回。

选项：
  -o, --output 文件      要写入的 .xlsx，可与输入相同（必填）
  --by 姓名              ${verb === "approve" ? "审批人" : "发放人"}（默认：不记录）
${COMMON.zh}

${EXIT_CODES.zh}`,
});

/** Each month-end command's help, in both languages. */
export const monthEndHelp = {
  close: {
    en: `salesplan close <in.xlsx> --period P -o <out.xlsx> [--by NAME]

Closes a payout period: the workbook check must find no error; the period's lines (measures,
SPIFFs, draw top-ups and repayments, clawbacks, manual adjustments, and restatements of earlier
closed periods) are appended to SalesLedger with status Closed, with a SalesAudit row. Periods
close in order, once. Lists the period's open inquiries (optional Inquiries table).

Options:
  -o, --output FILE      the .xlsx to write, may be <in.xlsx> (required)
  --by NAME              who closes (default: none recorded)
${COMMON.en}

${EXIT_CODES.en}`,
    zh: `salesplan close <输入.xlsx> --period 期间 -o <输出.xlsx> [--by 姓名]

关账一个发放期间：工作簿检查不得有错误；该期间的明细（指标、专项奖励、预支补足与偿还、追回、手工调整，
以及之前已关账期间的重述）以“已关账”状态追加到 SalesLedger，并写入一行 SalesAudit。期间须按顺序关账，
且只能关账一次。列出该期间未解决的疑问（可选的 Inquiries 表）。

选项：
  -o, --output 文件      要写入的 .xlsx，可与输入相同（必填）
  --by 姓名              关账人（默认：不记录）
${COMMON.zh}

${EXIT_CODES.zh}`,
  },
  approve: moveHelp("approve", "Moves a closed period to Approved.", "把已关账的期间改为已审批。"),
  paid: moveHelp("paid", "Moves an approved period to Paid.", "把已审批的期间改为已发放。"),
  statements: {
    en: `salesplan statements <in.xlsx> --period P --out-dir DIR [--pdf]

Writes DIR/<RepID>-P.xlsx for every rep paid in the period: plan summary, the period's and the
year-to-date lines with their explanations, SPIFFs and adjustments, draw balance; set up to print
on one page. Each file is built from that rep's lines only, in the rep's language (a Language
column in Reps, else --lang). Closed periods as the ledger booked them; open ones provisional.

Options:
  --out-dir DIR          the folder to write to, made when missing (required)
  --pdf                  also a PDF beside each, with LibreOffice (soffice) where installed
                         (default: no PDF)
${COMMON.en}

${EXIT_CODES.en}`,
    zh: `salesplan statements <输入.xlsx> --period 期间 --out-dir 文件夹 [--pdf]

为该期间每位获得发放的销售写入 文件夹/<工号>-期间.xlsx：方案概要、本期与本年累计明细及说明、专项奖励与调整、
预支余额；页面设置为一页打印。每个文件只由该销售自己的明细生成，使用该销售的语言（Reps 的 Language 列，
否则 --lang）。已关账期间按台账，未关账期间为暂定数。

选项：
  --out-dir 文件夹       输出文件夹，不存在时自动创建（必填）
  --pdf                  同时用 LibreOffice（soffice，如已安装）在旁边生成 PDF（默认：不生成）
${COMMON.zh}

${EXIT_CODES.zh}`,
  },
  reviews: {
    en: `salesplan reviews <in.xlsx> --period YYYY-MM --out-dir DIR [--pdf]

Writes DIR/<RepID>-YYYY-MM.xlsx for every rep with a scorecard row in the month: the scorecard,
the KPI trend by month, the strongest KPIs and those below the team median, last review's actions
with their status (ReviewNotes), lines for new actions, development items (Development; a completed
one with its KPI before and after) and proposals from CoachingLibrary (else the built-in
suggestions), mentoring (ramp attainment against reps hired in the same quarter), signature lines.
Values only, set up to print one page wide. Each file names that rep only, in the rep's language
(a Language column in Reps, else --lang). Needs the scorecard kept by salesplan run --scorecard.

Options:
  --out-dir DIR          the folder to write to, made when missing (required)
  --pdf                  also a PDF beside each, with LibreOffice (soffice) where installed
                         (default: no PDF)
${REVIEW_COMMON.en}

${EXIT_CODES.en}`,
    zh: `salesplan reviews <输入.xlsx> --period 年-月 --out-dir 文件夹 [--pdf]

为该月每位有评分卡数据的销售写入 文件夹/<工号>-年-月.xlsx：评分卡、各月指标趋势、高于及低于团队中位数的指标、
上次面谈行动及其状态（ReviewNotes）、新行动填写行、能力发展项（Development；已完成项列出前后指标）及来自
CoachingLibrary（否则为内置建议）的建议、导师带教（与同季度入职代表比较的爬坡达成率）、签字行。只含数值，
页面设置为一页宽。每个文件只出现该销售本人，使用该销售的语言（Reps 的 Language 列，否则 --lang）。
需要 salesplan run --scorecard 保存的评分卡定义。

选项：
  --out-dir 文件夹       输出文件夹，不存在时自动创建（必填）
  --pdf                  同时用 LibreOffice（soffice，如已安装）在旁边生成 PDF（默认：不生成）
${REVIEW_COMMON.zh}

${EXIT_CODES.zh}`,
  },
} as const satisfies MessageTable;

/** A month-end option given to another command, which takes none of them. */
export function strayMonthEndOption(args: CliArgs): string | null {
  if (args.period !== undefined) return "--period";
  if (args.by !== undefined) return "--by";
  if (args.outDir !== undefined) return "--out-dir";
  return args.pdf ? "--pdf" : null;
}

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;

export async function monthEnd(command: MonthEndCommand, args: CliArgs, io: MonthEndIO): Promise<number> {
  const input = args.positional[0];
  if (!input) io.usage(M.needsInput, { command });
  const period = args.period;
  if (period === undefined) return io.usage(M.needsPeriod, { command });
  if (!PERIOD.test(period)) io.usage(M.badPeriod, { value: period });
  if (command === "statements" || command === "reviews") {
    if (!args.outDir) io.usage(M.needsOutDir, { command });
    const write = command === "statements" ? writeStatements : writeReviews;
    return write(args, io, path.resolve(io.cwd, input), period);
  }
  if (!args.output) io.usage(M.needsOutput, { command });
  const output = args.output as string;
  if (!/\.xlsx$/i.test(output)) io.usage(cliMessages.notXlsx, { path: output });
  const host = await XlsxPackageHost.open(path.resolve(io.cwd, input));
  const saved = await readRunSettings(host);
  const lang: Locale = args.langGiven ? args.lang : (saved.lang ?? args.lang);
  const say = (t: MessageTemplate, p: Record<string, string | number> = {}) =>
    io.say(formatMessage(t[lang], p));
  const options: MonthEndOptions = {
    period,
    by: args.by ?? null,
    now: io.now(),
    lang,
    mappings: saved.mappings,
  };
  if (command === "close") {
    let result;
    try {
      result = await closePeriod(host, options);
    } catch (error) {
      if (error instanceof CloseRefused)
        for (const c of error.checks)
          io.complain(formatMessage(M.checkError[lang], { message: c.error.format(lang) }));
      throw error;
    }
    for (const w of result.warnings)
      io.complain(formatMessage(M.checkWarning[lang], { message: w.error.format(lang) }));
    say(M.closed, {
      period,
      lines: result.lines.length,
      reps: new Set(result.lines.map((l) => l.repId)).size,
      total: signedMoney(result.total),
      restatements: result.lines.filter((l) => l.period === period && l.line.startsWith("restatement "))
        .length,
    });
    if (result.openInquiries.length === 0) say(M.inquiriesNone, { period });
    else {
      say(M.inquiries, { period, count: result.openInquiries.length });
      for (const q of result.openInquiries) io.say(`  ${q}`);
    }
  } else {
    const to = command === "approve" ? "Approved" : "Paid";
    const lines = await movePeriod(host, to, options);
    say(M.moved, {
      period,
      status: (to === "Approved" ? ledgerMessages.statusApproved : ledgerMessages.statusPaid)[lang],
      lines: lines.length,
      total: signedMoney(sumMoney(lines.map((l) => l.amount))),
    });
  }
  const file = path.resolve(io.cwd, output);
  await host.save(file);
  say(M.wrote, { file });
  return 0;
}
