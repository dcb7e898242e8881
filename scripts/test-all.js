#!/usr/bin/env node
/**
 * README's test command (`npm test`): first make sure what the tests need from outside npm is
 * there, then lint, type-check, build and run every test. On Debian or Ubuntu it installs what is
 * missing with apt-get when it can (as root, or through sudo without a password); when it cannot,
 * it prints the exact command and goes on with what there is: the browser tests need Chromium,
 * while the LibreOffice read-back and the xmllint check skip without theirs. On macOS or Windows it
 * says what to set instead (CHROMIUM_PATH, SOFFICE_PATH).
 *
 *   npm test                       everything
 *   npm test -- test/cli           everything before jest, then only these tests
 *   SALESPLAN_NO_INSTALL=1 npm test   never install; only say what is missing
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];
const SOFFICE_CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/local/bin/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

/** What this machine offers, gathered once (tests pass their own). */
function probeMachine(env = process.env) {
  const run = (cmd, args) => spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const osRelease = fs.existsSync("/etc/os-release") ? fs.readFileSync("/etc/os-release", "utf8") : "";
  return {
    env,
    platform: process.platform,
    osRelease,
    root: typeof process.getuid === "function" && process.getuid() === 0,
    sudo: () => run("sudo", ["-n", "true"]).status === 0,
    exists: (file) => fs.existsSync(file),
    onPath: (cmd) =>
      run(
        process.platform === "win32" ? "where" : "sh",
        process.platform === "win32" ? [cmd] : ["-c", `command -v ${cmd}`],
      ).status === 0,
    cjkFonts: () => /Noto Sans CJK/i.test(run("fc-list", []).stdout ?? ""),
    install: (command) => spawnSync("sh", ["-c", command], { stdio: "inherit" }).status,
  };
}

/** Each outside dependency: found (and where), or missing with its Debian package. */
function checkDependencies(machine) {
  const ubuntu = /^ID=ubuntu$/m.test(machine.osRelease);
  const fromEnv = (name, candidates) => {
    const set = machine.env[name];
    if (set) return { path: machine.exists(set) ? set : undefined, badEnv: !machine.exists(set) };
    return { path: candidates.find((p) => machine.exists(p)) };
  };
  const chromium = fromEnv("CHROMIUM_PATH", CHROMIUM_CANDIDATES);
  const soffice = fromEnv("SOFFICE_PATH", SOFFICE_CANDIDATES);
  return [
    {
      what: "Chromium, for the task pane tests in a browser",
      required: true,
      // Ubuntu ships Chromium as chromium-browser (a snap), Debian as chromium.
      debian: ubuntu ? "chromium-browser" : "chromium",
      env: "CHROMIUM_PATH",
      ...chromium,
    },
    {
      what: "xmllint, for the manifest's well-formedness (skipped without it)",
      debian: "libxml2-utils",
      path: machine.onPath("xmllint") ? "xmllint" : undefined,
    },
    {
      what: "LibreOffice, to read the demo .xlsx back independently (skipped without it)",
      debian: "libreoffice-calc-nogui",
      env: "SOFFICE_PATH",
      ...soffice,
    },
    {
      what: "Noto CJK fonts, for readable Chinese in the screenshots",
      debian: "fonts-noto-cjk",
      // macOS and Windows bring CJK fonts of their own.
      path: machine.platform !== "linux" || machine.cjkFonts() ? "fonts-noto-cjk" : undefined,
    },
  ];
}

/** The apt-get line for the missing packages, with sudo unless root. */
function aptCommand(packages, root) {
  const sudo = root ? "" : "sudo ";
  return (
    `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive ` +
    `apt-get install -y --no-install-recommends ${packages.join(" ")}`
  );
}

const NOT_DEBIAN_HELP = [
  "Not Debian or Ubuntu: install these yourself and tell the tests where they are:",
  "  CHROMIUM_PATH  Chromium or Google Chrome (required), e.g.",
  '                 macOS:   "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"',
  '                 Windows: "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"',
  "  SOFFICE_PATH   LibreOffice's soffice (optional: its test is skipped without it); found by itself",
  "                 in /Applications/LibreOffice.app or C:\\Program Files\\LibreOffice",
  "  xmllint        optional (macOS has it; its check is skipped without it)",
].join("\n");

/**
 * Install what is missing when this machine allows it; else print how. Returns the environment
 * for the test run (where Chromium and LibreOffice are), or undefined when a required one is missing.
 */
function ensureDependencies(machine, log = console.log) {
  let deps = checkDependencies(machine);
  const badEnv = deps.filter((d) => d.badEnv);
  for (const d of badEnv) log(`${d.env}=${machine.env[d.env]} does not exist (${d.what}).`);
  const missing = deps.filter((d) => !d.path && !d.badEnv);
  if (missing.length > 0) {
    log(`Missing: ${missing.map((d) => d.what).join("; ")}.`);
    const apt = machine.platform === "linux" && machine.onPath("apt-get");
    const command = aptCommand(
      missing.map((d) => d.debian),
      machine.root,
    );
    if (!apt) log(NOT_DEBIAN_HELP);
    else if (!machine.env.SALESPLAN_NO_INSTALL && (machine.root || machine.sudo())) {
      log(`Installing: ${command}`);
      const status = machine.install(command);
      if (status !== 0) log(`apt-get failed (exit ${status}); run it yourself:\n  ${command}`);
      deps = checkDependencies(machine);
    } else log(`Install them with:\n  ${command}`);
  }
  const stillMissing = deps.filter((d) => d.required && !d.path);
  if (stillMissing.length > 0) {
    log(`Cannot run the tests without: ${stillMissing.map((d) => d.what).join("; ")}.`);
    return undefined;
  }
  const env = { ...machine.env };
  for (const d of deps) if (d.env && d.path) env[d.env] = d.path;
  return env;
}

function main() {
  const env = ensureDependencies(probeMachine());
  if (!env) process.exit(1);
  const jestArgs = process.argv.slice(2);
  const steps = [
    ["npm", ["run", "lint"]],
    ["npm", ["run", "typecheck"]],
    ["npm", ["run", "build"]],
    ["npm", ["run", "build:node"]],
    ["npx", ["jest", "--ci", ...jestArgs]],
  ];
  for (const [cmd, args] of steps) {
    console.log(`\n> ${cmd} ${args.join(" ")}`);
    // shell: npm and npx are .cmd files on Windows.
    const ran = spawnSync(cmd, args, {
      cwd: ROOT,
      env,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    if (ran.status !== 0) process.exit(ran.status ?? 1);
  }
}

module.exports = { probeMachine, checkDependencies, ensureDependencies, aptCommand };

if (require.main === module) main();
