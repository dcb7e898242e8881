/**
 * The SalesPlan command line: `salesplan demo` builds a sample company and runs everything on it;
 * `salesplan run` does the same over a user's workbook. Exit codes: 0 done, 1 a problem with the
 * inputs or the workbook (nothing written), 2 a usage error, 3 an unexpected error.
 */
import { monthKey } from "../kernel/calendar";
import * as path from "path";
import { SalesPlanError, type MessageParams } from "../kernel/errors";
import { formatMessage, type Locale, type MessageTemplate } from "../kernel/messages";
import { DEFAULT_SCENARIOS, readModelTables, runJob, writeJob, type ScorecardOptions } from "../jobs";
import { parseArgs, type CliArgs } from "./args";
import { defaultDemoOptions, generateCompany } from "./demo/company";
import { demoPlan, demoScorecard } from "./demo/plans";
import { demoPlanTables, insidePlan } from "./demo/assignments";
import { companyTables } from "./demo/tables";
import { closeDemoMonths, demoClosedMonths, writeDemoFolders } from "./demo/monthEnd";
import { checkInputWorkbook, checkOutputPath, saveFailed } from "./files";
import { XlsxPackageHost } from "./host";
import { readPlanFile, readScorecardFile } from "./jsonFiles";
import { cliMessages } from "./messages";
import { helpText, isHelpCommand, version } from "./help";
import { strayLettersOption, writeLetters } from "./letters";
import { modelCommand, strayModelOption } from "./model";
import { isMonthEndCommand, monthEnd, strayMonthEndOption } from "./monthEnd";
import { InputProblems, runPipeline, type PipelineResult } from "./pipeline";
import { Progress, type Writer } from "./progress";
import { readRunSettings, writeRunSettings, type RunSettings } from "./settings";
import { StageClock } from "./stats";
import { summaryJson, summaryLines } from "./summary";
import { warningLines } from "./warnings";

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
    if (args.version) {
      say(`salesplan ${version()}`);
      return EXIT.ok;
    }
    // `salesplan run --help` and `salesplan help run`: that command's options.
    const about = args.command === "help" ? args.positional[0] : args.command;
    if (args.help || args.command === "help") {
      say(isHelpCommand(about) ? helpText(about, lang) : cliMessages.usage[lang]);
      return EXIT.ok;
    }
    if (args.command === undefined) {
      say(cliMessages.usage[lang]);
      return EXIT.usage;
    }
    const stray =
      (args.command === "model" ? null : strayModelOption(args)) ??
      (isMonthEndCommand(args.command)
        ? null
        : args.command === "letters"
          ? strayLettersOption(args)
          : // The demo takes --out-dir: the folder for its statements and letters.
            strayMonthEndOption(args.command === "demo" ? { ...args, outDir: undefined } : args));
    if (stray !== null) throw new UsageError(cliMessages.unknownOption, { option: stray });
    if (args.command === "demo") return await demo(args, io, say);
    // A run speaks the workbook's kept language from the moment it has read it, failures included.
    if (args.command === "run") return await run(args, io, say, (kept) => (lang = kept));
    const monthEndIO = {
      cwd: io.cwd,
      now: io.now,
      say,
      complain,
      usage: (template: MessageTemplate, params?: MessageParams): never => {
        throw new UsageError(template, params);
      },
    };
    if (isMonthEndCommand(args.command)) return await monthEnd(args.command, args, monthEndIO);
    if (args.command === "letters") return await writeLetters(args, monthEndIO);
    if (args.command === "model")
      return await modelCommand(args, outputPath(args, io), {
        ...monthEndIO,
        json: (value) => say(JSON.stringify(value, null, 2)),
      });
    throw new UsageError(cliMessages.unknownCommand, { command: args.command });
  } catch (error) {
    const failure = describeFailure(error, lang);
    for (const line of failure.lines) complain(line);
    // Scripts asking for JSON get the failure as JSON on stdout too.
    if (argv.includes("--json"))
      say(
        JSON.stringify({
          ok: false,
          exitCode: failure.code,
          error: failure.lines[0],
          problems: failure.problems,
        }),
      );
    return failure.code;
  }
}

/** What a failed run says on stderr, its exit code, and the input problems it lists. */
function describeFailure(
  error: unknown,
  lang: Locale,
): { code: number; lines: string[]; problems: string[] } {
  if (error instanceof UsageError)
    return { code: EXIT.usage, lines: [error.format(lang), cliMessages.usage[lang]], problems: [] };
  if (error instanceof InputProblems) {
    const problems = error.problems.map((p) => p.error.format(lang));
    const more = problems.length > 50 ? [`  ... (${problems.length - 50} more)`] : [];
    const listed = problems.slice(0, 50).map((p) => `  ${p}`);
    return { code: EXIT.problem, lines: [error.format(lang), ...listed, ...more], problems };
  }
  if (error instanceof SalesPlanError)
    return {
      code: EXIT.problem,
      lines: [cliMessages.failed[lang].replace("{message}", error.format(lang))],
      problems: [],
    };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    code: EXIT.internal,
    lines: [cliMessages.internal[lang].replace("{message}", message)],
    problems: [],
  };
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
  lang: Locale,
  say: (t: string) => void,
  io: CliIO,
  banner?: string,
): number {
  progress.finish();
  if (args.json) say(JSON.stringify(summaryJson(result, file, progress.seconds, lang), null, 2));
  else if (!args.quiet) {
    if (banner) say(banner);
    for (const line of summaryLines(result, file, progress.seconds, lang)) say(line);
  }
  // Warnings are said even under --quiet (on stderr then): input was left out. --json has them inside.
  if (!args.json)
    for (const line of warningLines(result.warnings, lang))
      if (args.quiet) io.stderr.write(`${line}\n`);
      else say(line);
  return EXIT.ok;
}

/** Save through the host; a failure names the user's file, not the host's temporary one. */
async function save(host: XlsxPackageHost, file: string): Promise<void> {
  try {
    await host.save(file);
  } catch (error) {
    throw saveFailed(file, error);
  }
}

/** A progress step in the run's language. */
const step =
  (progress: Progress, lang: Locale) =>
  (message: MessageTemplate, params: Record<string, string> = {}): void =>
    progress.step(formatMessage(message[lang], params));

async function demo(args: CliArgs, io: CliIO, say: (t: string) => void): Promise<number> {
  const file = outputPath(args, io, "salesplan-demo.xlsx");
  await checkOutputPath(file);
  const options = {
    seed: args.seed ?? defaultDemoOptions.seed,
    year: args.asOf?.year ?? args.year ?? defaultDemoOptions.year,
    asOfMonth: args.asOf?.month ?? defaultDemoOptions.asOfMonth,
  };
  const lang = args.lang;
  // Steps: the inputs, five reads, four jobs and their writes, the month-end, the save.
  const progress = new Progress(io.stderr, 16, args.quiet || args.json);
  const next = step(progress, lang);
  next(cliMessages.stepGenerate);
  const company = generateCompany(options);
  const host = XlsxPackageHost.create();
  await host.writeTables(
    [
      ...companyTables(company, lang === "zh" ? "zh" : "en"),
      // Three plans, who is on which when (two reps move mid-month) and who acknowledged which:
      // runs read them from here.
      ...demoPlanTables(company),
    ],
    io.now(),
  );
  const annual = company.regions.reduce((s, r) => s + r.Target, 0);
  const monthlyRevenue = Math.round(annual / 12 / company.reps.length / 1000) * 1000;
  // What `salesplan run` over this file reuses, so it writes the same tables.
  const settings: RunSettings = {
    year: options.year,
    target: null,
    products: company.products,
    mappings: {},
    scorecard: demoScorecard(monthlyRevenue),
    lang,
  };
  await runPipeline(
    host,
    pipelineOptions(settings, io, lang, (t) => progress.step(t)),
  );
  // Month-end as a new user finds it: the first months closed (SalesLedger), approved, one paid;
  // then the run again, as `salesplan run` would write it with those months left to the ledger.
  const closed = demoClosedMonths(options.year, options.asOfMonth);
  next(cliMessages.stepMonthEnd, { periods: closed.join(", ") });
  await closeDemoMonths(host, closed, io.now(), lang);
  const result = await runPipeline(
    host,
    pipelineOptions(settings, io, lang, () => {}),
  );
  // What the field and inside-sales plans would cost, side by side, with every rep on each, at five
  // scenarios of attainment (salesplan model's defaults). The managers' plan pays on teams, which
  // a model of every rep on one plan has no figures for.
  const model = runJob({
    job: "model",
    inputs: await readModelTables((spec) => host.readTable(spec)),
    options: {
      plans: [demoPlan, insidePlan],
      scenarios: DEFAULT_SCENARIOS,
      basis: "scaled",
      year: options.year,
      language: lang,
    },
  });
  await writeJob(host, model, { at: io.now(), language: lang });
  await writeRunSettings(host, settings);
  next(cliMessages.stepSave, { file: path.basename(file) });
  await save(host, file);
  const asOf = monthKey({ year: options.year, month: options.asOfMonth });
  const banner = formatMessage(cliMessages.demoBanner[lang], {
    reps: company.reps.length,
    regions: company.regions.length,
    year: options.year,
    asOf,
    seed: options.seed,
  });
  const lines: string[] = [];
  if (args.outDir !== undefined)
    await writeDemoFolders(
      host,
      path.resolve(io.cwd, args.outDir),
      closed,
      { lang, now: io.now(), year: options.year },
      { say: (line) => lines.push(line) },
    );
  const code = finish(result, file, progress, args, lang, say, io, banner);
  if (!args.quiet && !args.json) for (const line of lines) say(line);
  return code;
}

/** The pipeline's options from the settings a run uses (the plan: from the workbook). */
function pipelineOptions(
  settings: RunSettings,
  io: CliIO,
  lang: Locale,
  progress: (step: string) => void,
): Parameters<typeof runPipeline>[1] {
  return {
    year: settings.year ?? undefined,
    targets: settings.target !== null ? { source: "company", total: settings.target } : { source: "regions" },
    products: settings.products,
    mappings: settings.mappings,
    plan: null,
    scorecard: settings.scorecard,
    now: io.now,
    lang,
    progress,
  };
}

/**
 * The options kept in the workbook, with the ones given on the command line in their place. A
 * mapping given replaces the kept one for that column only.
 */
function mergeSettings(
  saved: RunSettings,
  args: CliArgs,
  scorecard: ScorecardOptions | null | undefined,
): RunSettings {
  const mappings: Record<string, Record<string, string | number>> = {};
  for (const source of [saved.mappings, args.mappings])
    for (const [table, columns] of Object.entries(source))
      mappings[table] = { ...mappings[table], ...columns };
  return {
    year: args.year ?? saved.year,
    target: args.target ?? saved.target,
    products: args.products ?? saved.products,
    mappings,
    scorecard: scorecard === undefined ? saved.scorecard : scorecard,
    lang: args.langGiven ? args.lang : (saved.lang ?? args.lang),
  };
}

async function run(
  args: CliArgs,
  io: CliIO,
  say: (t: string) => void,
  speak: (lang: Locale) => void,
): Promise<number> {
  const input = args.positional[0];
  if (!input) throw new UsageError(cliMessages.needsInput);
  const file = outputPath(args, io);
  // Both paths are checked before any work, so a bad one costs no wait.
  await checkOutputPath(file);
  await checkInputWorkbook(path.resolve(io.cwd, input));
  const plan = args.plan ? await readPlanFile(path.resolve(io.cwd, args.plan), cliMessages) : null;
  // undefined: not given (the kept definition applies); null: `--scorecard none`.
  const scorecard =
    args.scorecard === undefined
      ? undefined
      : args.scorecard === "none"
        ? null
        : await readScorecardFile(path.resolve(io.cwd, args.scorecard), cliMessages);
  // Steps: open, five reads, four jobs and their writes, the save.
  const progress = new Progress(io.stderr, 15, args.quiet || args.json);
  const clock = io.env.SALESPLAN_STATS ? new StageClock() : undefined;
  clock?.enter("read");
  step(progress, args.lang)(cliMessages.stepOpen, { file: path.basename(input) });
  const host = await XlsxPackageHost.open(path.resolve(io.cwd, input));
  const settings = mergeSettings(await readRunSettings(host), args, scorecard);
  const lang = settings.lang ?? args.lang;
  speak(lang);
  const result = await runPipeline(host, {
    ...pipelineOptions(settings, io, lang, (t) => progress.step(t)),
    plan,
    stage: clock && ((s) => clock.enter(s)),
  });
  await writeRunSettings(host, settings);
  step(progress, lang)(cliMessages.stepSave, { file: path.basename(file) });
  clock?.enter("save");
  await save(host, file);
  if (clock) io.stderr.write(`SALESPLAN_STATS ${JSON.stringify(clock.report())}\n`);
  return finish(result, file, progress, args, lang, say, io);
}
