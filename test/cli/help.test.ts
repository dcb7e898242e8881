/** CLI manners: --version, each command's --help (every option, its default, exit codes), usage errors. */
import { readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { FLAGS, parseArgs, VALUE_OPTIONS } from "../../src/cli/args";
import { commandHelp } from "../../src/cli/help";
import { cli } from "./support";

const run = (...argv: string[]) => cli(os.tmpdir(), new Date(Date.UTC(2026, 6, 1)), ...argv);
const root = path.join(__dirname, "..", "..");

test("--version prints package.json's version", async () => {
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    version: string;
  };
  for (const flag of ["--version", "-v"]) {
    const ran = await run(flag);
    expect(ran.code).toBe(0);
    expect(ran.out).toBe(`salesplan ${version}\n`);
  }
});

describe.each(["demo", "run"] as const)("salesplan %s --help", (command) => {
  test("lists every option it takes with its default, the exit codes and where file formats are", async () => {
    const ran = await run(command, "--help");
    expect(ran.code).toBe(0);
    expect(ran.out).toBe(`${commandHelp[command].en}\n`);
    expect((await run("help", command)).out).toBe(ran.out);
    const options =
      command === "demo"
        ? ["-o", "--output", "--seed", "--year", "--as-of"]
        : [...[...VALUE_OPTIONS].filter((o) => o !== "--seed" && o !== "--as-of")];
    for (const option of [...options, "--lang", ...Object.keys(FLAGS)])
      expect(ran.out).toMatch(new RegExp(`(^|[ ,])${option}\\b`, "m"));
    for (const line of ran.out
      .split("\n")
      .filter((l) => /^ {2}-/.test(l) && !/help|version|quiet|json/.test(l)))
      expect(`${line} ${ran.out.split(line)[1].split("\n")[1]}`).toMatch(/default|required/);
    expect(ran.out).toContain("Exit codes: 0 done; 1 a problem with the inputs or the workbook");
    const zh = await run(command, "--help", "--lang", "zh");
    expect(zh.out).toBe(`${commandHelp[command].zh}\n`);
    expect(zh.out).toContain("退出码");
  });
});

test("the file formats the run help points to are in README", () => {
  expect(commandHelp.run.en).toContain('README.md, "Plan and scorecard files"');
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  expect(readme).toMatch(/^### Plan and scorecard files$/m);
});

test("no command: the usage and exit 2; --help alone: the usage and exit 0", async () => {
  expect((await run()).code).toBe(2);
  const help = await run("--help");
  expect(help.code).toBe(0);
  expect(help.out).toContain("salesplan <command> --help");
});

test("--lang takes en or zh only; --products none, --json and whether --lang was given", async () => {
  const bad = await run("demo", "--lang", "fr");
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("Option --lang: 'fr' is not en or zh");
  const a = parseArgs(["run", "x.xlsx", "--products", "none", "--json"], { LANG: "zh_CN.UTF-8" });
  expect(a).toMatchObject({ products: [], json: true, lang: "zh", langGiven: false });
  expect(parseArgs(["run", "--lang", "en"]).langGiven).toBe(true);
  expect(parseArgs(["run"]).products).toBeUndefined();
});

test("--json: a failure is JSON on stdout too, with its exit code", async () => {
  const missing = await run("run", "nope.xlsx", "-o", "x.xlsx", "--json");
  expect(missing.code).toBe(1);
  expect(missing.err).toContain("File not found");
  expect(JSON.parse(missing.out)).toMatchObject({ ok: false, exitCode: 1, problems: [] });
  expect(JSON.parse(missing.out).error).toContain("File not found");
  const usage = await run("demo", "--lang", "fr", "--json");
  expect(JSON.parse(usage.out)).toMatchObject({
    ok: false,
    exitCode: 2,
    error: "Option --lang: 'fr' is not en or zh",
  });
});

test.each(Object.keys(commandHelp))(
  "salesplan %s --help: its own text with the exit codes",
  async (command) => {
    const ran = await run(command, "--help");
    expect(ran.code).toBe(0);
    expect(ran.out).toBe(`${commandHelp[command as keyof typeof commandHelp].en}\n`);
    expect(ran.out).toMatch(/^Exit codes: 0 /m);
    expect((await run(command, "--help", "--lang", "zh")).out).toMatch(/^退出码：0 /m);
  },
);
