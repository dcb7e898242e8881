/**
 * The layer rules and the import-cycle check (scripts/eslint/layers.js, the block eslint.config.mjs
 * uses) run through ESLint's Node API over small projects written to a temporary folder: a
 * forbidden import and a cycle fail lint, allowed imports pass.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { ESLint, type Linter } from "eslint";

interface LayersModule {
  layersConfig: Linter.Config;
  PENDING_IMPORTS: [string, string[], string][];
  PENDING_CYCLES: [string, string, string][];
}
// CommonJS on purpose (eslint.config.mjs and this test load the same rules); not a TS module.
const layers = require("../../scripts/eslint/layers.js") as LayersModule;
// Its types resolve only under node16 module resolution; the parser object is all the config needs.
const tsParser = require("@typescript-eslint/parser") as Linter.Parser;

const repo = path.resolve(__dirname, "../..");
let project: string;

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "salesplan-layers-"));
});
afterEach(() => {
  fs.rmSync(project, { recursive: true, force: true });
});

type Pending = {
  pendingImports?: LayersModule["PENDING_IMPORTS"];
  pendingCycles?: LayersModule["PENDING_CYCLES"];
};

/**
 * Writes the files (paths under the project, e.g. "src/engine/a.ts") and lints them all with the
 * project's rules; the allow-lists are empty unless given (the project's name real files).
 */
async function lint(files: Record<string, string>, pending: Pending = {}): Promise<Record<string, string[]>> {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
    fs.writeFileSync(path.join(project, name), text);
  }
  const eslint = new ESLint({
    cwd: project,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser } },
      layers.layersConfig,
      // Settings merge deeply: both lists are given, empty by default.
      { settings: { salesplanLayers: { pendingImports: [], pendingCycles: [], ...pending } } },
    ],
  });
  const results = await eslint.lintFiles(Object.keys(files));
  const byFile: Record<string, string[]> = {};
  for (const result of results) {
    const name = path.relative(project, result.filePath).split(path.sep).join("/");
    byFile[name] = result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  }
  return byFile;
}

test("a forbidden import fails lint, naming the layers allowed", async () => {
  const found = await lint({
    "src/kernel/money.ts": "export const cents = (x: number) => Math.round(x * 100);\n",
    "src/workbook/cells.ts": 'import { cents } from "../kernel/money";\nexport const one = cents(1);\n',
    "src/engine/split.ts":
      'import { cents } from "../kernel/money";\nimport { one } from "../workbook/cells";\nexport const two = cents(2) + one;\n',
  });
  expect(found["src/workbook/cells.ts"]).toEqual([]);
  expect(found["src/engine/split.ts"]).toEqual([
    "salesplan/layers: Layer rule: src/engine imports src/kernel, not src/workbook (importing ../workbook/cells).",
  ]);
});

test("the kernel imports nothing of ours; export-from and dynamic imports count", async () => {
  const found = await lint({
    "src/engine/round.ts": "export const round = (x: number) => x;\n",
    "src/kernel/money.ts":
      'export { round } from "../engine/round";\nexport const later = () => import("../engine/round");\n',
  });
  expect(found["src/kernel/money.ts"]).toEqual([
    "salesplan/layers: Layer rule: src/kernel imports nothing of ours, not src/engine (importing ../engine/round).",
    "salesplan/layers: Layer rule: src/kernel imports nothing of ours, not src/engine (importing ../engine/round).",
  ]);
});

test("the pane imports jobs and kernel; engine and workbook only as types; the Office host only at its entry", async () => {
  const found = await lint({
    "src/kernel/messages.ts": 'export type Locale = "en" | "zh";\n',
    "src/engine/plan.ts":
      "export interface Plan { name: string }\nexport const validatePlan = (p: Plan) => p;\n",
    "src/workbook/office/host.ts": "export class OfficeHost {}\n",
    "src/jobs/index.ts": 'export { validatePlan } from "../engine/plan";\n',
    "src/taskpane/index.tsx":
      'import { OfficeHost } from "../workbook/office/host";\nexport const host = new OfficeHost();\n',
    "src/taskpane/form.ts": [
      'import type { Locale } from "../kernel/messages";',
      'import type { Plan } from "../engine/plan";',
      'import { type Plan as Same } from "../engine/plan";',
      'import { validatePlan } from "../jobs";',
      "export const check = (p: Plan, q: Same, l: Locale) => [validatePlan(p), q, l];",
      "",
    ].join("\n"),
    "src/taskpane/App.tsx": [
      'import { validatePlan } from "../engine/plan";',
      'import { OfficeHost } from "../workbook/office/host";',
      "export const app = [validatePlan, OfficeHost];",
      "",
    ].join("\n"),
    "src/cli/main.ts":
      'import { OfficeHost } from "../workbook/office/host";\nexport const host = OfficeHost;\n',
  });
  expect(found["src/taskpane/index.tsx"]).toEqual([]);
  expect(found["src/taskpane/form.ts"]).toEqual([]);
  expect(found["src/jobs/index.ts"]).toEqual([]);
  expect(found["src/taskpane/App.tsx"]).toEqual([
    "salesplan/layers: Layer rule: src/taskpane imports src/jobs, src/kernel (types only: src/engine, src/workbook), not src/engine (importing ../engine/plan).",
    "salesplan/layers: Layer rule: src/workbook/office (a workbook host) is imported only by src/taskpane/index.tsx, src/taskpane/officeActions.ts (importing ../workbook/office/host).",
  ]);
  expect(found["src/cli/main.ts"]).toEqual([
    "salesplan/layers: Layer rule: src/workbook/office (a workbook host) is imported only by src/taskpane/index.tsx, src/taskpane/officeActions.ts (importing ../workbook/office/host).",
  ]);
});

test("type-only imports do not cross sideways: the workbook may not type-import the engine", async () => {
  const found = await lint({
    "src/engine/plan.ts": "export interface Plan { name: string }\n",
    "src/workbook/settings.ts":
      'import type { Plan } from "../engine/plan";\nexport const keep = (p: Plan) => p;\n',
  });
  expect(found["src/workbook/settings.ts"]).toEqual([
    "salesplan/layers: Layer rule: src/workbook imports src/kernel, not src/engine (importing ../engine/plan).",
  ]);
});

test("a folder of src/ that is no layer is named", async () => {
  const found = await lint({
    "src/util/x.ts": "export const x = 1;\n",
    "src/jobs/run.ts": 'import { x } from "../util/x";\nexport const y = x;\n',
  });
  expect(found["src/jobs/run.ts"]).toEqual([
    "salesplan/layers: Layer rule: src/util is not a layer (add it to LAYERS in scripts/eslint/layers.js) (importing ../util/x).",
  ]);
});

test("an import cycle fails lint in every file on it, type-only imports included", async () => {
  const found = await lint({
    "src/taskpane/choices.ts":
      'import type { Form } from "./Wizard";\nexport const choices = (f: Form) => f;\n',
    "src/taskpane/Wizard.tsx":
      'import { persist } from "./persist";\nexport interface Form { a: number }\nexport const w = persist;\n',
    "src/taskpane/persist.ts": 'import { choices } from "./choices";\nexport const persist = choices;\n',
    "src/taskpane/fine.ts": 'import { persist } from "./persist";\nexport const fine = persist;\n',
  });
  expect(found["src/taskpane/choices.ts"]).toEqual([
    "salesplan/no-cycle: Import cycle: src/taskpane/choices.ts -> src/taskpane/Wizard.tsx -> src/taskpane/persist.ts -> src/taskpane/choices.ts.",
  ]);
  expect(found["src/taskpane/Wizard.tsx"]).toEqual([
    "salesplan/no-cycle: Import cycle: src/taskpane/Wizard.tsx -> src/taskpane/persist.ts -> src/taskpane/choices.ts -> src/taskpane/Wizard.tsx.",
  ]);
  expect(found["src/taskpane/persist.ts"]).toHaveLength(1);
  // Importing a file on a cycle is not itself a cycle.
  expect(found["src/taskpane/fine.ts"]).toEqual([]);
});

test("a file importing itself through an index is a cycle; a chain without a way back is not", async () => {
  const found = await lint({
    "src/engine/a.ts": 'import { b } from "./index";\nexport const a = b + 1;\n',
    "src/engine/index.ts": 'export * from "./a";\nexport { b } from "./b";\n',
    "src/engine/b.ts": "export const b = 1;\n",
  });
  expect(found["src/engine/a.ts"]).toEqual([
    "salesplan/no-cycle: Import cycle: src/engine/a.ts -> src/engine/index.ts -> src/engine/a.ts.",
  ]);
  expect(found["src/engine/b.ts"]).toEqual([]);
});

test("an allow-listed import or cycle passes until it is gone, then its entry is reported as stale", async () => {
  const files = {
    "src/engine/excel.ts": "export const errors = 1;\n",
    "src/workbook/cells.ts": 'import { errors } from "../engine/excel";\nexport const c = errors;\n',
    "src/workbook/a.ts": 'import { b } from "./b";\nexport const a = 1 + b;\n',
    "src/workbook/b.ts": 'import { a } from "./a";\nexport const b = () => a;\n',
  };
  const pending: Pending = {
    pendingImports: [["src/workbook/cells.ts", ["src/engine/excel.ts"], "K"]],
    pendingCycles: [["src/workbook/a.ts", "src/workbook/b.ts", "P"]],
  };
  const excused = await lint(files, pending);
  expect(Object.values(excused).flat()).toEqual([]);
  const fixed = await lint(
    {
      ...files,
      "src/workbook/cells.ts": "export const c = 1;\n",
      "src/workbook/b.ts": "export const b = () => 2;\n",
    },
    pending,
  );
  expect(fixed["src/workbook/cells.ts"]).toEqual([
    "salesplan/pending-entries: This file no longer imports src/engine/excel.ts against the layers: delete it from PENDING_IMPORTS in scripts/eslint/layers.js.",
  ]);
  expect(fixed["src/workbook/a.ts"]).toEqual([
    "salesplan/pending-entries: This file's import of src/workbook/b.ts is no longer on a cycle: delete it from PENDING_CYCLES in scripts/eslint/layers.js.",
  ]);
});

test("every allow-list entry names files that exist", () => {
  const named = [
    ...layers.PENDING_IMPORTS.flatMap(([from, targets]) => [from, ...targets]),
    ...layers.PENDING_CYCLES.flatMap(([from, to]) => [from, to]),
  ];
  expect(named.filter((file) => !fs.existsSync(path.join(repo, file)))).toEqual([]);
});
