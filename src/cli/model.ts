/**
 * `salesplan model <in.xlsx> [--scenarios 0.8,0.9,1,1.1,1.2] [--basis scaled|lastyear]
 * [--compare plan.json|other.xlsx] -o <out.xlsx>`: what the workbook's plan would cost, through the
 * model job (src/jobs/model.ts), written as SalesPlanModel with its audit row.
 */
import * as path from "path";
import { SalesPlanError } from "../kernel/errors";
import { formatMessage, type Locale, type MessageTable } from "../kernel/messages";
import {
  DEFAULT_SCENARIOS,
  modelMessages,
  parseBasis,
  parseScenarios,
  planFromTables,
  planSpec,
  planTiersSpec,
  isNotFound,
  readModelTables,
  runJob,
  writeJob,
  type ModelBasis,
} from "../jobs";
import type { Plan } from "../engine/incentives";
import type { OutputRow } from "../workbook/outputs";
import type { CliArgs } from "./args";
import { checkInputWorkbook, checkOutputPath, saveFailed } from "./files";
import { XlsxPackageHost } from "./host";
import type { MonthEndIO } from "./io";
import { readPlanFile } from "./jsonFiles";
import { cliMessages } from "./messages";
import { readRunSettings } from "./settings";

export const modelCliMessages = {
  needsInput: {
    en: "model needs an input workbook: salesplan model <in.xlsx> -o <out.xlsx>",
    zh: "model 需要输入工作簿：salesplan model <输入.xlsx> -o <输出.xlsx>",
  },
  compareNoPlan: {
    en: "No incentive plan to compare with in {path} (SalesPlan table)",
    zh: "{path} 中没有可对比的奖金方案（SalesPlan 表）",
  },
  line: {
    en: "{scenario}  {plan}: {payout} to {reps} reps, cost of sales {cost}, {capped} at a cap; per rep P10 {p10}, P50 {p50}, P90 {p90}",
    zh: "{scenario}  {plan}：向 {reps} 名销售支付 {payout}，销售成本率 {cost}，{capped} 人触及上限；人均 P10 {p10}、P50 {p50}、P90 {p90}",
  },
  wrote: {
    en: "Wrote SalesPlanModel ({rows} rows, {year}, basis {basis}) to {file}",
    zh: "已将 SalesPlanModel（{rows} 行，{year} 年，测算基础 {basis}）写入 {file}",
  },
} as const satisfies MessageTable;

export const modelHelp = {
  en: `salesplan model <in.xlsx> -o <out.xlsx> [options]

Models what the workbook's incentive plan (SalesPlan, SalesPlanTiers) would cost: the payout engine
runs it over every rep with a target in the plan year (SalesTargets, MeasureTargets), once per
scenario, and writes one SalesPlanModel row per scenario and plan, with its SalesAudit row, to
<out.xlsx> (may be <in.xlsx>): Scenario, Basis, Plan, Version, Reps, Revenue (the credited actuals
of the plan's Revenue measure, else its first measure), Payout, CostOfSales (Payout / Revenue),
AboveCap (reps paid at a measure's cap or attainment cap, or cut by the plan cap), and the pay per
rep at P10, P50, P90 (PERCENTILE.INC) and its largest. Nothing else in the workbook changes.

Options:
  -o, --output FILE      the .xlsx to write (required)
  --scenarios A,B,...    attainments to model, each a number above 0 (default: 0.8,0.9,1,1.1,1.2)
  --basis scaled|lastyear
                         scaled: each rep's targets times the scenario, on every measure the plan
                         pays on (and its gates); lastyear: last year's sales times the scenario on
                         the revenue measure (SalesHistory rows with the rep's RepID, else Reps
                         LastYearSales spread like the rep's targets), the other measures at the
                         attainment that gives; reps with neither are left out (default: scaled)
  --compare FILE         a second plan to model side by side: a plan JSON file (as for run --plan),
                         or another workbook whose SalesPlan tables hold it (default: none)
  --year YYYY            the plan year (default: kept, else the year most SalesTargets rows fall in)
  --lang en|zh           language of messages and of the text written
                         (default: the one kept in the workbook, else LANG, else en)
  --json                 print the model's rows as JSON on stdout
  -q, --quiet            no summary
  -h, --help             this text

Exit codes: 0 done; 1 a problem with the inputs or the workbook (nothing written); 2 a usage mistake; 3 an unexpected error.`,
  zh: `salesplan model <输入.xlsx> -o <输出.xlsx> [选项]

测算工作簿中奖金方案（SalesPlan、SalesPlanTiers）的成本：奖金引擎按每个情景对方案年度内有目标
（SalesTargets、MeasureTargets）的每位销售运行一次，每个情景和方案写入一行 SalesPlanModel 及其
SalesAudit 行到 <输出.xlsx>（可与输入相同）：Scenario、Basis、Plan、Version、Reps、Revenue（方案中
Revenue 指标的计入实际，否则为第一个指标）、Payout、CostOfSales（Payout / Revenue）、AboveCap（触及
指标金额上限或达成率上限、或被方案总上限削减的人数），以及人均奖金的 P10、P50、P90（PERCENTILE.INC）
和最大值。工作簿其他内容不变。

选项：
  -o, --output 文件      要写入的 .xlsx（必填）
  --scenarios A,B,...    要测算的达成率，每个都须大于 0（默认：0.8,0.9,1,1.1,1.2）
  --basis scaled|lastyear
                         scaled：每位销售的目标乘以情景达成率，适用于方案计奖的每个指标（及其准入门槛）；
                         lastyear：去年销售额乘以情景，用于收入指标（SalesHistory 中带该销售 RepID
                         的行，否则按该销售目标的分布摊开 Reps 的 LastYearSales），其他指标按由此得到的
                         达成率；两者都没有的销售不参与测算（默认：scaled）
  --compare 文件         并列测算的第二个方案：方案 JSON 文件（同 run --plan），或其 SalesPlan 表中
                         有该方案的另一个工作簿（默认：无）
  --year 年份            方案年度（默认：已保存的值，否则取 SalesTargets 中多数行所在的年份）
  --lang en|zh           提示信息及写入文字的语言（默认：工作簿中保存的语言，否则取 LANG，否则 en）
  --json                 以 JSON 在标准输出打印测算结果的各行
  -q, --quiet            不显示摘要
  -h, --help             显示本说明

退出码：0 完成；1 输入表或工作簿有问题（未写入任何内容）；2 用法错误；3 意外错误。`,
} as const;

/** A model option given to another command. */
export function strayModelOption(args: CliArgs): string | null {
  if (args.scenarios !== undefined) return "--scenarios";
  if (args.basis !== undefined) return "--basis";
  return args.compare !== undefined ? "--compare" : null;
}

async function workbookPlan(host: XlsxPackageHost): Promise<Plan | null> {
  const table = await host.readTable(planSpec);
  return isNotFound(table) ? null : planFromTables(table, await host.readTable(planTiersSpec));
}

/** The second plan: a workbook's (by extension) or a plan JSON file. */
async function comparePlan(file: string): Promise<Plan> {
  if (!/\.xlsx$/i.test(file)) return readPlanFile(file, cliMessages);
  await checkInputWorkbook(file);
  const plan = await workbookPlan(await XlsxPackageHost.open(file));
  if (!plan) throw new SalesPlanError(modelCliMessages.compareNoPlan, { path: file });
  return plan;
}

const percent = (value: unknown): string =>
  typeof value === "number" ? `${(value * 100).toFixed(1).replace(/\.0$/, "")}%` : "-";
const money = (value: unknown): string =>
  typeof value === "number"
    ? value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : "-";

/** One summary line per SalesPlanModel row. */
export function modelLines(rows: readonly OutputRow[], lang: Locale): string[] {
  return rows.map((r) =>
    formatMessage(modelCliMessages.line[lang], {
      scenario: percent(r.Scenario),
      plan: `${String(r.Plan)} ${String(r.Version ?? "")}`.trim(),
      payout: money(r.Payout),
      reps: Number(r.Reps),
      cost: percent(r.CostOfSales),
      capped: Number(r.AboveCap),
      p10: money(r.PayoutP10),
      p50: money(r.PayoutP50),
      p90: money(r.PayoutP90),
    }),
  );
}

export async function modelCommand(
  args: CliArgs,
  output: string,
  io: MonthEndIO & { readonly json: (value: unknown) => void },
): Promise<number> {
  const input = args.positional[0];
  if (!input) return io.usage(modelCliMessages.needsInput);
  let scenarios: number[];
  let basis: ModelBasis;
  try {
    scenarios = args.scenarios === undefined ? [...DEFAULT_SCENARIOS] : parseScenarios(args.scenarios);
    basis = args.basis === undefined ? "scaled" : parseBasis(args.basis);
  } catch (error) {
    if (error instanceof SalesPlanError) return io.usage(error.template, error.params);
    throw error;
  }
  await checkOutputPath(output);
  await checkInputWorkbook(path.resolve(io.cwd, input));
  const compare = args.compare ? await comparePlan(path.resolve(io.cwd, args.compare)) : null;
  const host = await XlsxPackageHost.open(path.resolve(io.cwd, input));
  const saved = await readRunSettings(host);
  const lang: Locale = args.langGiven ? args.lang : (saved.lang ?? args.lang);
  const plan = await workbookPlan(host);
  if (!plan) throw new SalesPlanError(modelMessages.noPlan);
  const mappings = saved.mappings;
  const tables = await readModelTables((spec) => host.readTable(spec, mappings[spec.name] ?? {}));
  const now = io.now();
  const result = runJob({
    job: "model",
    inputs: tables,
    options: {
      plans: compare ? [plan, compare] : [plan],
      scenarios,
      basis,
      year: args.year ?? saved.year ?? undefined,
      fallbackYear: now.getUTCFullYear(),
      language: lang,
    },
  });
  await writeJob(host, result, { at: now, language: lang });
  try {
    await host.save(output);
  } catch (error) {
    throw saveFailed(output, error);
  }
  const rows = result.outputs[0].rows;
  if (args.json) io.json({ ok: true, file: output, year: result.year, basis, rows });
  else if (!args.quiet) {
    for (const line of modelLines(rows, lang)) io.say(line);
    io.say(
      formatMessage(modelCliMessages.wrote[lang], {
        rows: rows.length,
        year: result.year,
        basis: String(rows[0]?.Basis ?? basis),
        file: output,
      }),
    );
  }
  return 0;
}
