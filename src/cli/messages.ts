import type { MessageTable } from "../kernel/messages";

/** What the command line says, in English and Chinese. */
export const cliMessages = {
  usage: {
    en: "Usage:\n  salesplan demo [-o file.xlsx] [--seed N] [--year YYYY] [--as-of YYYY-MM]\n  salesplan run <in.xlsx> -o <out.xlsx> [--plan plan.json] [--scorecard card.json] [--target N] [--year YYYY] [--products A=0.5,B=0.5] [--map Reps.RepID=Header ...]\n  salesplan close|approve|paid <in.xlsx> --period 2026-03 [--by NAME] -o <out.xlsx>\n  salesplan statements|reviews <in.xlsx> --period 2026-03 --out-dir DIR [--pdf]\n  salesplan letters <in.xlsx> --out-dir DIR [--year YYYY] [--pdf]\n  salesplan model <in.xlsx> -o <out.xlsx> [--scenarios 0.8,0.9,1,1.1,1.2] [--basis scaled|lastyear] [--compare plan.json|other.xlsx]\nOptions: --lang en|zh, --json, --quiet, --help, --version\nMore: salesplan <command> --help",
    zh: "用法：\n  salesplan demo [-o 文件.xlsx] [--seed N] [--year 年份] [--as-of YYYY-MM]\n  salesplan run <输入.xlsx> -o <输出.xlsx> [--plan plan.json] [--scorecard card.json] [--target 金额] [--year 年份] [--products A=0.5,B=0.5] [--map Reps.RepID=标题 ...]\n  salesplan close|approve|paid <输入.xlsx> --period 2026-03 [--by 姓名] -o <输出.xlsx>\n  salesplan statements|reviews <输入.xlsx> --period 2026-03 --out-dir 文件夹 [--pdf]\n  salesplan letters <输入.xlsx> --out-dir 文件夹 [--year 年份] [--pdf]\n  salesplan model <输入.xlsx> -o <输出.xlsx> [--scenarios 0.8,0.9,1,1.1,1.2] [--basis scaled|lastyear] [--compare plan.json|其他.xlsx]\n选项：--lang en|zh、--json、--quiet、--help、--version\n详见：salesplan <命令> --help",
  },
  unknownCommand: { en: "Unknown command '{command}'", zh: "未知命令“{command}”" },
  unknownOption: { en: "Unknown option '{option}'", zh: "未知选项“{option}”" },
  missingValue: { en: "Option {option} needs a value", zh: "选项 {option} 需要一个值" },
  badNumber: { en: "Option {option}: '{value}' is not a number", zh: "选项 {option}：“{value}”不是数字" },
  badMonth: {
    en: "Option {option}: '{value}' is not a month like 2026-06",
    zh: "选项 {option}：“{value}”不是 2026-06 这样的月份",
  },
  badProducts: {
    en: "Option --products: '{value}' is not a list like Cloud=0.5,Devices=0.3",
    zh: "选项 --products：“{value}”不是 Cloud=0.5,Devices=0.3 这样的列表",
  },
  badLang: {
    en: "Option --lang: '{value}' is not en or zh",
    zh: "选项 --lang：“{value}”不是 en 或 zh",
  },
  negativeTarget: {
    en: "Option --target: {value} is negative; the company target must be 0 or more",
    zh: "选项 --target：{value} 是负数；公司目标必须大于或等于 0",
  },
  productsNotWhole: {
    en: "Option --products: the shares in '{value}' add up to {sum}; they must add up to 1 (e.g. Cloud=0.6,Devices=0.4)",
    zh: "选项 --products：“{value}”中的占比合计为 {sum}；合计必须为 1（例如 Cloud=0.6,Devices=0.4）",
  },
  badMapping: {
    en: "Option --map: '{value}' is not like Reps.RepID=Employee No",
    zh: "选项 --map：“{value}”不是 Reps.RepID=员工号 这样的格式",
  },
  needsInput: {
    en: "run needs an input workbook: salesplan run <in.xlsx> -o <out.xlsx>",
    zh: "run 需要输入工作簿：salesplan run <输入.xlsx> -o <输出.xlsx>",
  },
  needsOutput: { en: "run needs an output file: -o <out.xlsx>", zh: "run 需要输出文件：-o <输出.xlsx>" },
  notXlsx: { en: "{path}: the output must be an .xlsx file", zh: "{path}：输出必须是 .xlsx 文件" },
  fileNotFound: { en: "File not found: {path}", zh: "找不到文件：{path}" },
  badJson: { en: "{path}: not valid JSON ({reason})", zh: "{path}：不是有效的 JSON（{reason}）" },
  inputProblems: {
    en: "{count} problem(s) in the input tables; nothing was written",
    zh: "输入表中有 {count} 个问题；未写入任何内容",
  },
  nothingToRun: {
    en: "Nothing to run: the workbook needs a Regions table or --target for targets, a plan (SalesPlan table or --plan) and Actuals for payouts, or --scorecard and Activities for scorecards",
    zh: "没有可运行的内容：目标需要 Regions 表或 --target；奖金需要方案（SalesPlan 表或 --plan）和 Actuals 表；评分卡需要 --scorecard 和 Activities 表",
  },
  failed: { en: "salesplan: {message}", zh: "salesplan：{message}" },
  skipNoRegions: { en: "targets: no Regions table", zh: "目标：没有 Regions 表" },
  skipNoTarget: {
    en: "targets: no Regions table and no --target",
    zh: "目标：没有 Regions 表，也没有 --target",
  },
  skipNoActualsInYear: {
    en: "payouts: no Actuals rows in the plan year",
    zh: "奖金：方案年度内没有 Actuals 数据",
  },
  skipNoActuals: { en: "payouts: no Actuals table", zh: "奖金：没有 Actuals 表" },
  skipNoPlan: {
    en: "payouts: no plan (SalesPlan table or --plan)",
    zh: "奖金：没有方案（SalesPlan 表或 --plan）",
  },
  skipNoActivities: { en: "scorecards: no Activities table", zh: "评分卡：没有 Activities 表" },
  skipNoScorecard: { en: "scorecards: no --scorecard", zh: "评分卡：没有 --scorecard" },
  skipStaleScorecard: {
    en: "scorecards: no --scorecard, and the workbook keeps no scorecard definition; SalesScorecard is left as an earlier run wrote it",
    zh: "评分卡：没有 --scorecard，工作簿中也没有保存评分卡定义；SalesScorecard 保持之前运行写入的内容",
  },
  stepGenerate: { en: "generate the sample company", zh: "生成示例公司" },
  stepOpen: { en: "open {file}", zh: "打开 {file}" },
  stepRead: { en: "read {table}", zh: "读取 {table}" },
  stepWrite: { en: "write {tables}", zh: "写入 {tables}" },
  stepSave: { en: "save {file}", zh: "保存 {file}" },
  stepMonthEnd: {
    en: "close {periods} into SalesLedger, approve, pay the first",
    zh: "将 {periods} 关账计入 SalesLedger，审批，并发放第一个月",
  },
  demoBanner: {
    en: "SalesPlan demo: {reps} reps in {regions} regions, FY{year}, actuals to {asOf} (seed {seed})",
    zh: "SalesPlan 示例：{reps} 名销售、{regions} 个区域，{year} 财年，实际数据截至 {asOf}（种子 {seed}）",
  },
  internal: {
    en: "salesplan: unexpected error: {message}",
    zh: "salesplan：意外错误：{message}",
  },
} as const satisfies MessageTable;
