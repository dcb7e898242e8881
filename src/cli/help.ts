/** `salesplan <command> --help` and `salesplan --version`: every option, its default, exit codes. */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import type { Locale, MessageTable } from "../kernel/messages";
import { lettersHelp } from "./letters";
import { modelHelp } from "./model";
import { monthEndHelp } from "./monthEnd";

const EXIT_CODES = {
  en: "Exit codes: 0 done; 1 a problem with the inputs or the workbook (nothing written); 2 a usage mistake; 3 an unexpected error.",
  zh: "退出码：0 完成；1 输入表或工作簿有问题（未写入任何内容）；2 用法错误；3 意外错误。",
};

const COMMON = {
  en: `  --lang en|zh           language of messages and of every text written into the workbook
                         (default: the one kept in the workbook, else LANG, else en)
  --json                 print the summary, or the failure, as JSON on stdout (progress and
                         messages stay on stderr)
  -q, --quiet            no progress and no summary
  -h, --help             this text
  -v, --version          the version`,
  zh: `  --lang en|zh           提示信息以及写入工作簿的所有文字的语言
                         （默认：工作簿中保存的语言，否则取 LANG，否则 en）
  --json                 以 JSON 在标准输出打印摘要或失败信息（进度和提示仍在标准错误）
  -q, --quiet            不显示进度和摘要
  -h, --help             显示本说明
  -v, --version          显示版本`,
};

const FORMATS = {
  en: `Plan and scorecard files: JSON, documented in README.md, "Plan and scorecard files".`,
  zh: `方案和评分卡文件为 JSON，格式见 README.md 的“Plan and scorecard files”一节。`,
};

/** Each command's help, in both languages. */
export const commandHelp = {
  demo: {
    en: `salesplan demo [options]

Builds a sample company (reps, regions, actuals, activities, history) and runs targets, payouts
and scorecards on it, as \`salesplan run\` would on a user's workbook; closes its first two months
into SalesLedger (both approved, the first paid) and runs again; and models the plan's cost at
five scenarios (SalesPlanModel, as \`salesplan model\` does).

Options:
  -o, --output FILE      the .xlsx to write (default: salesplan-demo.xlsx)
  --seed N               seed of the sample data (default: 2026)
  --year YYYY            fiscal year (default: 2026)
  --as-of YYYY-MM        last month with actuals (default: 2026-06)
  --out-dir DIR          also write the last closed month's statements to DIR/statements and
                         every rep's plan letter to DIR/letters (default: none)
${COMMON.en}

${EXIT_CODES.en}`,
    zh: `salesplan demo [选项]

生成一个示例公司（销售代表、区域、实际数据、过程数据、历史），并在其上运行目标、奖金和评分卡，
与 \`salesplan run\` 处理用户工作簿的方式相同；将前两个月关账计入 SalesLedger（均已审批，第一个月已发放）
后再运行一次；并按五个情景测算方案成本（SalesPlanModel，同 \`salesplan model\`）。

选项：
  -o, --output 文件      要写入的 .xlsx（默认：salesplan-demo.xlsx）
  --seed N               示例数据的随机种子（默认：2026）
  --year 年份            财年（默认：2026）
  --as-of YYYY-MM        实际数据的最后一个月（默认：2026-06）
  --out-dir 文件夹       同时将最后一个已关账月份的对账单写入 文件夹/statements，
                         并将每位销售的方案确认书写入 文件夹/letters（默认：不写）
${COMMON.zh}

${EXIT_CODES.zh}`,
  },
  run: {
    en: `salesplan run <in.xlsx> -o <out.xlsx> [options]

Reads the input tables (Reps, Regions, Actuals, Activities, SalesHistory, Adjustments,
MeasureTargets) and runs
targets, payouts and scorecards, the same jobs as the task pane; writes every output table with its
SalesAudit row to <out.xlsx> (may be <in.xlsx>), or nothing when anything is wrong. The options
below are kept in the workbook (hidden sheet SalesPlanSettings) and reused by the next run, so a
rerun reproduces the same tables; an option given again replaces the kept one.

Options:
  -o, --output FILE      the .xlsx to write (required)
  --plan FILE            incentive plan as JSON (default: the workbook's SalesPlan and
                         SalesPlanTiers tables; a plan given here is written there)
  --scorecard FILE|none  scorecard definition as JSON (default: the one kept in the workbook;
                         none: forget it and run no scorecard)
  --target N             company target, split top-down to regions and reps
                         (default: kept, else the Regions table's targets)
  --year YYYY            fiscal year of the targets (default: kept, else the latest actual's year)
  --products A=0.5,...|none  product split of every target (default: kept, else none)
  --map Table.Column=Header  read a column from a header the aliases do not cover; repeatable
                         (default: the mappings kept in the workbook)
${COMMON.en}

${FORMATS.en}
${EXIT_CODES.en}`,
    zh: `salesplan run <输入.xlsx> -o <输出.xlsx> [选项]

读取输入表（Reps、Regions、Actuals、Activities、SalesHistory、Adjustments、MeasureTargets），运行目标、奖金和评分卡
（与任务窗格相同的作业）；把所有输出表及其 SalesAudit 行写入 <输出.xlsx>（可与输入相同），出错时
不写入任何内容。以下选项保存在工作簿中（隐藏工作表 SalesPlanSettings），下次运行时沿用，因此重新
运行会得到相同的表；再次给出的选项会替换已保存的选项。

选项：
  -o, --output 文件      要写入的 .xlsx（必填）
  --plan 文件            JSON 格式的奖金方案（默认：工作簿中的 SalesPlan 和 SalesPlanTiers 表；
                         此处给出的方案会写入这两张表）
  --scorecard 文件|none  JSON 格式的评分卡定义（默认：工作簿中保存的定义；none：清除并不运行评分卡）
  --target 金额          公司目标，自上而下分解到区域和销售代表（默认：已保存的值，否则取 Regions 表）
  --year 年份            目标的财年（默认：已保存的值，否则取最近实际数据的年份）
  --products A=0.5,...|none  每个目标的产品拆分（默认：已保存的值，否则不拆分）
  --map 表.列=标题       从别名未覆盖的标题读取某列；可重复（默认：工作簿中保存的映射）
${COMMON.zh}

${FORMATS.zh}
${EXIT_CODES.zh}`,
  },
  ...monthEndHelp,
  letters: lettersHelp,
  model: modelHelp,
} as const satisfies MessageTable;

export type HelpCommand = keyof typeof commandHelp;

export function isHelpCommand(command: string | undefined): command is HelpCommand {
  return command !== undefined && Object.prototype.hasOwnProperty.call(commandHelp, command);
}

export function helpText(command: HelpCommand, locale: Locale): string {
  return commandHelp[command][locale];
}

/** The package's version, from the package.json above this file (src/cli or build/src/cli). */
export function version(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "salesplan" && pkg.version) return pkg.version;
    }
    dir = path.dirname(dir);
  }
  return "unknown";
}
