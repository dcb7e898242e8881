/**
 * The layer rules of src/ (README "Architecture"), as two ESLint rules of a local plugin:
 * - `salesplan/layers`: a file imports only the layers below its own (LAYERS), the workbook's hosts
 *   only from the host entries (HOSTS), type-only imports as TYPE_IMPORTS allows;
 * - `salesplan/no-cycle`: no import cycle between files of src/ (type-only imports count too: an
 *   import circle is a design knot even when TypeScript erases it).
 * CommonJS so that eslint.config.mjs and the jest test (test/lint/layers.test.ts) load the same
 * rules. Only relative imports are ours; packages are not checked here.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

/** What each layer (a folder of src/) may import besides itself. */
const LAYERS = {
  kernel: [],
  engine: ["kernel"],
  workbook: ["kernel"],
  functions: ["engine", "kernel"],
  jobs: ["engine", "workbook", "kernel"],
  taskpane: ["jobs", "kernel"],
  cli: ["jobs", "kernel"],
};

/**
 * Type-only imports (`import type`, erased at build) the pane and the CLI may also make: they
 * describe the engine's and the workbook's data (a Plan, an OutputRow) without running their code,
 * so they neither pull a layer into a bundle nor bypass the jobs' run.
 */
const TYPE_IMPORTS = {
  taskpane: ["engine", "workbook"],
  cli: ["engine", "workbook"],
};

/**
 * The workbook's hosts: outside src/workbook only these entry files import them (at run time), so
 * the pane alone holds Office.js and the CLI alone exceljs; jobs stay host-independent.
 */
const HOSTS = {
  "workbook/office": ["taskpane/index.tsx", "taskpane/officeActions.ts"],
  "workbook/xlsx": ["cli/host.ts"],
};

/**
 * Imports that break the rules today, each removed by a named piece of issue 11's work (K: kernel,
 * P: pane, R: run, S: schema, L: lint). An entry no longer needed is reported (as a warning, so
 * another helper's landing is not blocked) and then deleted, so the list only shrinks.
 * [importer, [imported...], who removes it]
 */
const PENDING_IMPORTS = [];

/** Import edges on a known cycle, skipped by no-cycle until their owner breaks it. [from, to, who] */
const PENDING_CYCLES = [];

const EXTENSIONS = [".ts", ".tsx", ".js", ".json"];

function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, "index" + ext)),
  ];
  for (const candidate of candidates) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const toPosix = (file) => file.split(path.sep).join("/");

/** "engine/round.ts" for <root>/engine/round.ts; null outside the root. */
function insideRoot(root, file) {
  const relative = path.relative(root, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return toPosix(relative);
}

const layerOf = (relative) => relative.split("/")[0];

function hostOf(relative) {
  return Object.keys(HOSTS).find((host) => relative === host || relative.startsWith(host + "/")) ?? null;
}

/** Why `from` may not import `to` (paths relative to src/), or null when it may. */
function layerProblem(from, to, typeOnly) {
  const fromLayer = layerOf(from);
  const toLayer = layerOf(to);
  if (!(fromLayer in LAYERS))
    return `src/${fromLayer} is not a layer (add it to LAYERS in scripts/eslint/layers.js)`;
  if (!(toLayer in LAYERS))
    return `src/${toLayer} is not a layer (add it to LAYERS in scripts/eslint/layers.js)`;
  if (fromLayer === toLayer) return null;
  const typeAllowed = typeOnly && (TYPE_IMPORTS[fromLayer] ?? []).includes(toLayer);
  const host = hostOf(to);
  if (host) {
    if (HOSTS[host].includes(from) || typeAllowed) return null;
    return `src/${host} (a workbook host) is imported only by ${HOSTS[host].map((f) => "src/" + f).join(", ")}`;
  }
  if (LAYERS[fromLayer].includes(toLayer) || typeAllowed) return null;
  const allowed = LAYERS[fromLayer].length
    ? LAYERS[fromLayer].map((l) => "src/" + l).join(", ")
    : "nothing of ours";
  const types = TYPE_IMPORTS[fromLayer]
    ? ` (types only: ${TYPE_IMPORTS[fromLayer].map((l) => "src/" + l).join(", ")})`
    : "";
  return `src/${fromLayer} imports ${allowed}${types}, not src/${toLayer}`;
}

/** The import statements of the file being linted: [{ node, specifier, typeOnly }]. */
function collectImports(onImport) {
  const allTypes = (node) =>
    node.specifiers.length > 0 &&
    node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
  const literal = (source) =>
    source && source.type === "Literal" && typeof source.value === "string" ? source.value : null;
  return {
    ImportDeclaration(node) {
      onImport(node, literal(node.source), node.importKind === "type" || allTypes(node));
    },
    ExportNamedDeclaration(node) {
      if (node.source) onImport(node, literal(node.source), node.exportKind === "type" || allTypes(node));
    },
    ExportAllDeclaration(node) {
      onImport(node, literal(node.source), node.exportKind === "type");
    },
    ImportExpression(node) {
      onImport(node, literal(node.source), false);
    },
    TSImportType(node) {
      const argument = node.argument?.type === "TSLiteralType" ? node.argument.literal : node.argument;
      onImport(node, literal(argument), true);
    },
    TSImportEqualsDeclaration(node) {
      if (node.moduleReference?.type === "TSExternalModuleReference")
        onImport(node, literal(node.moduleReference.expression), node.importKind === "type");
    },
  };
}

/** The allow-lists, from the config's settings (the project's own unless a test gives others). */
function pendingLists(context) {
  const given = context.settings.salesplanLayers ?? {};
  return { imports: given.pendingImports ?? [], cycles: given.pendingCycles ?? [] };
}

function pendingFor(list, cwd, file) {
  const relative = toPosix(path.relative(cwd, file));
  return list
    .filter(([from]) => from === relative)
    .flatMap(([, targets, who]) =>
      targets.map((to) => ({ to: path.resolve(cwd, to), who, label: to, used: false })),
    );
}

/** An ESLint rule of this plugin. */
const rule = (type, description, create) => ({ meta: { type, docs: { description }, schema: [] }, create });

/** The file being linted: its path, the project's src/ and the path inside it (null outside). */
function where(context) {
  const cwd = context.cwd;
  const root = path.join(cwd, "src");
  const file = context.filename;
  return { cwd, root, file, from: insideRoot(root, file) };
}

const layers = rule("problem", "Imports follow the layers of src/ (README, Architecture)", (context) => {
  const { cwd, root, file, from } = where(context);
  if (!from || from.indexOf("/") < 0) return {};
  const pending = pendingFor(pendingLists(context).imports, cwd, file);
  return {
    ...collectImports((node, specifier, typeOnly) => {
      if (!specifier) return;
      const target = resolveImport(file, specifier);
      const to = target && insideRoot(root, target);
      if (!to) return;
      const problem = layerProblem(from, to, typeOnly);
      if (!problem) return;
      if (pending.some((entry) => entry.to === target)) return;
      context.report({ node, message: `Layer rule: ${problem} (importing ${specifier}).` });
    }),
  };
});

/** Relative imports of a file on disk, resolved; cached by modification time. */
const graphCache = new Map();
function importsOnDisk(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const cached = graphCache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.targets;
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  const targets = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter(Boolean);
  graphCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, targets });
  return targets;
}

/** A path start -> ... -> goal over files of root (skipping the pending edges), or null. */
function pathBack(start, goal, root, skipped) {
  const parent = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const current = queue.shift();
    for (const next of importsOnDisk(current)) {
      if (!insideRoot(root, next) || parent.has(next) || skipped(current, next)) continue;
      parent.set(next, current);
      if (next === goal) {
        const chain = [];
        for (let at = next; at !== null; at = parent.get(at)) chain.unshift(at);
        return chain;
      }
      queue.push(next);
    }
  }
  return null;
}

const noCycle = rule("problem", "No import cycle between the files of src/", (context) => {
  const { cwd, root, file, from } = where(context);
  if (!from) return {};
  const skipped = pendingCycleSkip(pendingLists(context).cycles, cwd);
  const seen = new Set();
  return collectImports((node, specifier) => {
    if (!specifier) return;
    const target = resolveImport(file, specifier);
    if (!target || !insideRoot(root, target) || seen.has(target) || skipped(file, target)) return;
    seen.add(target);
    const chain = pathBack(target, file, root, skipped);
    if (!chain) return;
    const names = [file, ...chain].map((f) => toPosix(path.relative(cwd, f)));
    context.report({ node, message: `Import cycle: ${names.join(" -> ")}.` });
  });
});

function pendingCycleSkip(list, cwd) {
  const edges = list.map(([a, b]) => [path.resolve(cwd, a), path.resolve(cwd, b)]);
  return (from, to) => edges.some(([a, b]) => a === from && b === to);
}

/** Reports the allow-list entries of this file that are no longer needed (a warning). */
const pendingEntries = rule(
  "suggestion",
  "PENDING_IMPORTS and PENDING_CYCLES hold only entries still needed",
  (context) => {
    const { cwd, root, file, from } = where(context);
    if (!from) return {};
    const relative = toPosix(path.relative(cwd, file));
    const lists = pendingLists(context);
    const imports = pendingFor(lists.imports, cwd, file);
    const edges = lists.cycles
      .filter(([a]) => a === relative)
      .map(([, b]) => ({
        to: path.resolve(cwd, b),
        label: b,
        used: false,
      }));
    if (!imports.length && !edges.length) return {};
    return {
      ...collectImports((node, specifier, typeOnly) => {
        const target = specifier && resolveImport(file, specifier);
        const to = target && insideRoot(root, target);
        if (!to) return;
        for (const entry of imports)
          if (entry.to === target && layerProblem(from, to, typeOnly)) entry.used = true;
        for (const edge of edges)
          if (edge.to === target && pathBack(target, file, root, () => false)) edge.used = true;
      }),
      "Program:exit"(node) {
        for (const entry of imports.filter((e) => !e.used))
          context.report({
            node,
            message: `This file no longer imports ${entry.label} against the layers: delete it from PENDING_IMPORTS in scripts/eslint/layers.js.`,
          });
        for (const edge of edges.filter((e) => !e.used))
          context.report({
            node,
            message: `This file's import of ${edge.label} is no longer on a cycle: delete it from PENDING_CYCLES in scripts/eslint/layers.js.`,
          });
      },
    };
  },
);

const plugin = {
  meta: { name: "salesplan" },
  rules: { layers, "no-cycle": noCycle, "pending-entries": pendingEntries },
};

/** The flat-config block eslint.config.mjs spreads (and the test reuses). */
const layersConfig = {
  files: ["src/**/*.{ts,tsx}"],
  plugins: { salesplan: plugin },
  settings: { salesplanLayers: { pendingImports: PENDING_IMPORTS, pendingCycles: PENDING_CYCLES } },
  rules: { "salesplan/layers": "error", "salesplan/no-cycle": "error", "salesplan/pending-entries": "warn" },
};

module.exports = { plugin, layersConfig, LAYERS, TYPE_IMPORTS, HOSTS, PENDING_IMPORTS, PENDING_CYCLES };
