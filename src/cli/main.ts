/**
 * The SalesPlan command line: `salesplan demo` builds a sample company and runs everything on it;
 * `salesplan run` does the same over a user's workbook. Exit codes: 0 done, 1 a problem with the
 * inputs or the workbook (nothing written), 2 a usage error, 3 an unexpected error.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { SalesPlanError } from "../engine/errors";
import type { Plan } from "../engine/incentives";
import type { Locale } from "../engine/messages";
import type { ScorecardOptions } from "../jobs";
import { XlsxWorkbookHost } from "../workbook/xlsx/host";
import { parseArgs, type CliArgs } from "./args";
import { defaultDemoOptions, generateCompany } from "./demo/company";
import { demoPlan, demoScorecard } from "./demo/plans";
import { companyTables } from "./demo/tables";
import { cliMessages } from "./messages";
import { InputProblems, runPipeline, type PipelineResult } from "./pipeline";
import { Progress, type Writer } from "./progress";
import { summaryLines } from "./summary";

export interface CliIO {
  readonly stdout: Writer;
  readonly stderr: Writer;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
}

export const EXIT = { ok: 0, problem: 1, usage: 2, internal: 3 } as const;

function processIO(): CliIO {
  return {
    stdout: { write: (t) => void process.stdout.write(t), isTTY: Boolean(process.stdout.isTTY) },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) },
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** A usage mistake: exit 2 with the usage text. */
class UsageError extends SalesPlanError {}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let lang: Locale = /^zh/i.test(io.env.LANG ?? "") ? "zh" : "en";
  const say = (text: string): void => io.stdout.write(`${text}\n`);
  const complain = (text: string): void => io.stderr.write(`${text}\n`);
  try {
    let args: CliArgs;
    try {
      args = parseArgs(argv, io.env);
    } catch (error) {
      if (error instanceof SalesPlanError) throw new UsageError(error.template, error.params);
      throw error;
    }
    lang = args.lang;
    if (args.help || args.command === undefined || args.command === "help") {
      say(cliMessages.usage[lang]);
      return args.command === undefined && !args.help ? EXIT.usage : EXIT.ok;
    }
    if (args.command === "demo") return await demo(args, io, say);
    if (args.command === "run") return await run(args, io, say);
    throw new UsageError(cliMessages.unknownCommand, { command: args.command });
  } catch (error) {
    if (error instanceof UsageError) {
      complain(error.format(lang));
      complain(cliMessages.usage[lang]);
      return EXIT.usage;
    }
    if (error instanceof InputProblems) {
      complain(error.format(lang));
      for (const p of error.problems.slice(0, 50)) complain(`  ${p.error.format(lang)}`);
      if (error.problems.length > 50) complain(`  ... (${error.problems.length - 50} more)`);
      return EXIT.problem;
    }
    if (error instanceof SalesPlanError) {
      complain(cliMessages.failed[lang].replace("{message}", error.format(lang)));
      return EXIT.problem;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    complain(cliMessages.internal[lang].replace("{message}", message));
    return EXIT.internal;
  }
}

function outputPath(args: CliArgs, io: CliIO, fallback?: string): string {
  const file = args.output ?? fallback;
  if (!file) throw new UsageError(cliMessages.needsOutput);
  if (!/\.xlsx$/i.test(file)) throw new UsageError(cliMessages.notXlsx, { path: file });
  return path.resolve(io.cwd, file);
}

function finish(
  result: PipelineResult,
  file: string,
  progress: Progress,
  args: CliArgs,
  say: (t: string) => void,
): number {
  progress.finish();
  if (!args.quiet) for (const line of summaryLines(result, file, progress.seconds, args.lang)) say(line);
  return EXIT.ok;
}

async function demo(args: CliArgs, io: CliIO, say: (t: string) => void): Promise<number> {
  const file = outputPath(args, io, "salesplan-demo.xlsx");
  const options = {
    seed: args.seed ?? defaultDemoOptions.seed,
    year: args.asOf?.year ?? args.year ?? defaultDemoOptions.year,
    asOfMonth: args.asOf?.month ?? defaultDemoOptions.asOfMonth,
  };
  // Steps: the inputs, five reads, three jobs and their writes, the save.
  const progress = new Progress(io.stderr, 13, args.quiet);
  progress.step("generate the sample company");
  const company = generateCompany(options);
  const host = XlsxWorkbookHost.create();
  await host.writeTables(companyTables(company), io.now());
  const annual = company.regions.reduce((s, r) => s + r.Target, 0);
  const monthlyRevenue = Math.round(annual / 12 / company.reps.length / 1000) * 1000;
  const result = await runPipeline(host, {
    year: options.year,
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard: demoScorecard(monthlyRevenue),
    now: io.now,
    progress: (step) => progress.step(step),
  });
  progress.step(`save ${path.basename(file)}`);
  await host.save(file);
  if (!args.quiet) {
    say(
      args.lang === "zh"
        ? `SalesPlan 示例：${company.reps.length} 名销售、${company.regions.length} 个区域，${options.year} 财年，实际数据截至 ${options.year}-${String(options.asOfMonth).padStart(2, "0")}（种子 ${options.seed}）`
        : `SalesPlan demo: ${company.reps.length} reps in ${company.regions.length} regions, FY${options.year}, actuals to ${options.year}-${String(options.asOfMonth).padStart(2, "0")} (seed ${options.seed})`,
    );
  }
  return finish(result, file, progress, args, say);
}

async function readJson<T>(file: string, io: CliIO): Promise<T> {
  const full = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = await fs.readFile(full, "utf8");
  } catch {
    throw new SalesPlanError(cliMessages.fileNotFound, { path: full });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new SalesPlanError(cliMessages.badJson, { path: full, reason: (error as Error).message });
  }
}

async function run(args: CliArgs, io: CliIO, say: (t: string) => void): Promise<number> {
  const input = args.positional[0];
  if (!input) throw new UsageError(cliMessages.needsInput);
  const file = outputPath(args, io);
  const plan = args.plan ? await readJson<Plan>(args.plan, io) : null;
  const scorecard = args.scorecard ? await readJson<ScorecardOptions>(args.scorecard, io) : null;
  const progress = new Progress(io.stderr, 11, args.quiet);
  progress.step(`open ${path.basename(input)}`);
  const host = await XlsxWorkbookHost.open(path.resolve(io.cwd, input));
  const result = await runPipeline(host, {
    year: args.year,
    targets: args.target !== undefined ? { source: "company", total: args.target } : { source: "regions" },
    products: args.products,
    mappings: args.mappings,
    plan,
    scorecard,
    now: io.now,
    progress: (step) => progress.step(step),
  });
  progress.step(`save ${path.basename(file)}`);
  await host.save(file);
  return finish(result, file, progress, args, say);
}
