/**
 * README's test command on a fresh machine (scripts/test-all.js): it installs the Debian packages
 * the tests need when it can, else prints the exact command; elsewhere it says what to set.
 * The machine is a stand-in: nothing is installed here.
 */
const { ensureDependencies } = require("../scripts/test-all") as {
  ensureDependencies: (machine: Machine, log: (line: string) => void) => Record<string, string> | undefined;
};

interface Machine {
  env: Record<string, string | undefined>;
  platform: string;
  osRelease: string;
  root: boolean;
  sudo: () => boolean;
  exists: (file: string) => boolean;
  onPath: (cmd: string) => boolean;
  cjkFonts: () => boolean;
  install: (command: string) => number;
}

const PACKAGES = "chromium libxml2-utils libreoffice-calc-nogui fonts-noto-cjk";

/** A fresh Debian: apt-get and nothing else; `install` puts the files in place. */
function freshDebian(overrides: Partial<Machine> = {}): { machine: Machine; installed: string[] } {
  const files = new Set<string>();
  const installed: string[] = [];
  const machine: Machine = {
    env: {},
    platform: "linux",
    osRelease: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
    root: false,
    sudo: () => false,
    exists: (file) => files.has(file),
    onPath: (cmd) => cmd === "apt-get" || files.has(`/usr/bin/${cmd}`),
    cjkFonts: () => files.has("fonts"),
    install: (command) => {
      installed.push(command);
      for (const f of ["/usr/bin/chromium", "/usr/bin/xmllint", "/usr/bin/soffice", "fonts"]) files.add(f);
      return 0;
    },
    ...overrides,
  };
  return { machine, installed };
}

function run(machine: Machine): { env: Record<string, string> | undefined; out: string } {
  const lines: string[] = [];
  const env = ensureDependencies(machine, (line) => lines.push(line));
  return { env, out: lines.join("\n") };
}

it("installs every package as root, then hands the tests where Chromium and LibreOffice are", () => {
  const { machine, installed } = freshDebian({ root: true });
  const { env, out } = run(machine);
  expect(installed).toEqual([
    `apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${PACKAGES}`,
  ]);
  expect(out).toContain("Installing:");
  expect(env).toMatchObject({ CHROMIUM_PATH: "/usr/bin/chromium", SOFFICE_PATH: "/usr/bin/soffice" });
});

it("installs through sudo when it needs no password", () => {
  const { machine, installed } = freshDebian({ sudo: () => true });
  expect(run(machine).env).toBeDefined();
  expect(installed[0]).toMatch(
    /^sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install/,
  );
});

it("prints the exact command when it cannot install, and stops without Chromium", () => {
  const { machine, installed } = freshDebian();
  const { env, out } = run(machine);
  expect(installed).toEqual([]);
  expect(env).toBeUndefined();
  expect(out).toContain(
    `Install them with:\n  sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${PACKAGES}`,
  );
  expect(out).toContain("Cannot run the tests without: Chromium");
});

it("goes on without the optional ones, saying how to add them", () => {
  const { machine } = freshDebian({ exists: (f) => f === "/usr/bin/chromium" });
  const { env, out } = run(machine);
  expect(env).toMatchObject({ CHROMIUM_PATH: "/usr/bin/chromium" });
  expect(out).toContain(
    "apt-get install -y --no-install-recommends libxml2-utils libreoffice-calc-nogui fonts-noto-cjk",
  );
});

it("asks for chromium-browser on Ubuntu, and never installs with SALESPLAN_NO_INSTALL", () => {
  const { machine, installed } = freshDebian({
    root: true,
    osRelease: "NAME=Ubuntu\nID=ubuntu\n",
    env: { SALESPLAN_NO_INSTALL: "1" },
  });
  expect(run(machine).out).toContain("--no-install-recommends chromium-browser libxml2-utils");
  expect(installed).toEqual([]);
});

it("on macOS says what to set, and uses CHROMIUM_PATH when it is set", () => {
  const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
  const mac = freshDebian({ platform: "darwin", onPath: () => false });
  const bare = run(mac.machine);
  expect(bare.env).toBeUndefined();
  expect(bare.out).toContain("CHROMIUM_PATH  Chromium or Google Chrome (required)");
  expect(bare.out).toContain("SOFFICE_PATH   LibreOffice's soffice (optional");
  const set = freshDebian({ platform: "darwin", onPath: () => false, env: { CHROMIUM_PATH: chrome } });
  set.machine.exists = (f) => f === chrome;
  expect(run(set.machine).env).toMatchObject({ CHROMIUM_PATH: chrome });
  const wrong = freshDebian({ env: { CHROMIUM_PATH: "/nowhere/chrome" } });
  expect(run(wrong.machine).out).toContain("CHROMIUM_PATH=/nowhere/chrome does not exist");
});
