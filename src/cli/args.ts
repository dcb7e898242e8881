/** The command line's arguments: a command, positional paths and a few options. */
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";
import { cliMessages } from "./messages";

export interface CliArgs {
  readonly command: string | undefined;
  readonly positional: readonly string[];
  readonly output: string | undefined;
  readonly seed: number | undefined;
  readonly year: number | undefined;
  /** "2026-06" */
  readonly asOf: { year: number; month: number } | undefined;
  readonly plan: string | undefined;
  readonly scorecard: string | undefined;
  readonly target: number | undefined;
  /** undefined: not given (the workbook's kept split applies); []: `--products none`. */
  readonly products: readonly { product: string; weight: number }[] | undefined;
  /** --map Reps.RepID=员工号: table -> column key -> the header to read it from. */
  readonly mappings: Readonly<Record<string, Record<string, string>>>;
  /** --lang, else LANG's language, else English. */
  readonly lang: Locale;
  /** Whether --lang was given (it then replaces the language kept in the workbook). */
  readonly langGiven: boolean;
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** Print the summary as JSON. */
  readonly json: boolean;
  /** Month-end: the payout period ("2026-03"), who acts, where statements go, and PDFs beside them. */
  readonly period: string | undefined;
  readonly by: string | undefined;
  readonly outDir: string | undefined;
  readonly pdf: boolean;
  /** model: "0.8,0.9,1", "scaled" or "lastyear", a second plan (JSON or .xlsx); checked by model. */
  readonly scenarios: string | undefined;
  readonly basis: string | undefined;
  readonly compare: string | undefined;
}

export const FLAGS: Readonly<Record<string, string>> = {
  "--quiet": "quiet",
  "-q": "quiet",
  "--help": "help",
  "-h": "help",
  "--version": "version",
  "-v": "version",
  "--json": "json",
};

export const VALUE_OPTIONS = new Set([
  "-o",
  "--output",
  "--seed",
  "--year",
  "--as-of",
  "--plan",
  "--scorecard",
  "--target",
  "--products",
  "--lang",
  "--map",
]);

/** Options only the month-end commands (close, approve, paid, statements) take. */
export const MONTH_END_VALUE_OPTIONS = new Set(["--period", "--by", "--out-dir"]);
/** Options only model takes. */
export const MODEL_VALUE_OPTIONS = new Set(["--scenarios", "--basis", "--compare"]);
export const MONTH_END_FLAGS: Readonly<Record<string, string>> = { "--pdf": "pdf" };

export function parseArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): CliArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  const maps: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name) || MONTH_END_VALUE_OPTIONS.has(name) || MODEL_VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("-") && !/^-\d/.test(value))) {
        throw new SalesPlanError(cliMessages.missingValue, { option: name });
      }
      if (name === "--map") maps.push(value);
      else values.set(name === "-o" ? "--output" : name, value);
    } else if (FLAGS[arg] || MONTH_END_FLAGS[arg]) flags.add(FLAGS[arg] ?? MONTH_END_FLAGS[arg]);
    else if (arg.startsWith("-") && arg !== "-")
      throw new SalesPlanError(cliMessages.unknownOption, { option: arg });
    else positional.push(arg);
  }
  const number = (option: string): number | undefined => {
    const raw = values.get(option);
    if (raw === undefined) return undefined;
    const n = Number(raw.replace(/_/g, ""));
    if (raw.trim() === "" || !Number.isFinite(n))
      throw new SalesPlanError(cliMessages.badNumber, { option, value: raw });
    return n;
  };
  const asOfText = values.get("--as-of");
  let asOf: CliArgs["asOf"];
  if (asOfText !== undefined) {
    const m = /^(\d{4})-(\d{1,2})$/.exec(asOfText);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
      throw new SalesPlanError(cliMessages.badMonth, { option: "--as-of", value: asOfText });
    asOf = { year: Number(m[1]), month: Number(m[2]) };
  }
  const productsText = values.get("--products");
  const products =
    productsText === undefined
      ? undefined
      : productsText.trim() === "none"
        ? []
        : parseProducts(productsText);
  const target = number("--target");
  if (target !== undefined && target < 0)
    throw new SalesPlanError(cliMessages.negativeTarget, { value: values.get("--target") ?? "" });
  const langOption = values.get("--lang");
  if (langOption !== undefined && langOption !== "en" && langOption !== "zh")
    throw new SalesPlanError(cliMessages.badLang, { value: langOption });
  const langText = langOption ?? (/^zh/i.test(env.LANG ?? "") ? "zh" : "en");
  return {
    command: positional[0],
    positional: positional.slice(1),
    output: values.get("--output"),
    seed: number("--seed"),
    year: number("--year"),
    asOf,
    plan: values.get("--plan"),
    scorecard: values.get("--scorecard"),
    target,
    products,
    mappings: parseMappings(maps),
    lang: langText === "zh" ? "zh" : "en",
    langGiven: langOption !== undefined,
    quiet: flags.has("quiet"),
    help: flags.has("help"),
    version: flags.has("version"),
    json: flags.has("json"),
    period: values.get("--period"),
    by: values.get("--by"),
    outDir: values.get("--out-dir"),
    pdf: flags.has("pdf"),
    scenarios: values.get("--scenarios"),
    basis: values.get("--basis"),
    compare: values.get("--compare"),
  };
}

function parseProducts(text: string): { product: string; weight: number }[] {
  const products = text.split(",").map((part) => {
    const m = /^\s*([^=]+?)\s*=\s*([0-9.]+)\s*$/.exec(part);
    if (!m || !Number.isFinite(Number(m[2])))
      throw new SalesPlanError(cliMessages.badProducts, { value: text });
    return { product: m[1], weight: Number(m[2]) };
  });
  // Shares that do not add up to 1 are refused, like plan weights: rescaling them would hide a typo.
  const sum = products.reduce((s, p) => s + p.weight, 0);
  if (Math.abs(sum - 1) > 1e-9)
    throw new SalesPlanError(cliMessages.productsNotWhole, { value: text, sum: Number(sum.toPrecision(12)) });
  return products;
}

function parseMappings(items: readonly string[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const item of items) {
    const m = /^\s*(\w+)\.(\w+)\s*=\s*(.+?)\s*$/.exec(item);
    if (!m) throw new SalesPlanError(cliMessages.badMapping, { value: item });
    (out[m[1]] ??= {})[m[2]] = m[3];
  }
  return out;
}
