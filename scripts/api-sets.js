/**
 * Which ExcelApi requirement set the Office code needs, derived from the code itself: the
 * TypeScript checker resolves every Excel member the code touches (src/workbook/office,
 * src/taskpane) to its declaration in @types/office-js, whose doc comment carries the
 * `[Api set: ExcelApi 1.x]` note. `node scripts/api-sets.js` prints each member with its set;
 * scripts/manifest-rules.js fails a manifest that declares less than the highest.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const CODE_DIRS = ["src/workbook/office", "src/taskpane"];

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [file] : [];
  });
}

/** "1.13" > "1.9": compare each part as a number. */
function compareVersions(a, b) {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return 0;
}

/** The declaration's name as the docs write it, e.g. "Excel.Table.resize"; undefined outside Excel. */
function excelMemberName(decl) {
  const names = [];
  for (let node = decl; node; node = node.parent) {
    if (node.name && ts.isIdentifier(node.name)) names.unshift(node.name.text);
    if (ts.isModuleDeclaration(node) && node.name.text === "Excel") return names.join(".");
  }
  return undefined;
}

/** The `[Api set: ...]` notes in the declaration's doc comment. */
function apiSetNotes(decl) {
  const text = decl.getSourceFile().text.slice(decl.getFullStart(), decl.getStart());
  return [...text.matchAll(/\[Api set: ([^\]]+)\]/g)].map((m) => m[1].trim());
}

/**
 * Every Excel member the code uses, with the set its declaration names, and the highest ExcelApi
 * version among them. Members whose only note is not a released ExcelApi set (ExcelApiOnline,
 * a preview) are listed under `problems`: no manifest can require them everywhere.
 */
function usedExcelApi(root = ROOT, dirs = CODE_DIRS) {
  const files = dirs.flatMap((d) => sourceFiles(path.resolve(root, d)));
  // Only our files and the Office typings: imports of other modules stay unresolved (typed any),
  // which loses nothing here since only these folders touch Excel. Keeps the check to seconds.
  const program = ts.createProgram(files, {
    noEmit: true,
    noResolve: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2020,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
    types: ["office-js"],
    typeRoots: [path.join(root, "node_modules/@types")],
  });
  const checker = program.getTypeChecker();
  const uses = new Map();
  const problems = [];

  const record = (decl, node) => {
    const member = excelMemberName(decl);
    if (!member) return;
    const where = `${path.relative(root, node.getSourceFile().fileName)}:${
      node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1
    }`;
    const notes = apiSetNotes(decl);
    // e.g. "ExcelApi 1.1 for reading visibility; 1.2 for setting it": take the highest named.
    const excel = notes.filter((n) => /^ExcelApi \d+\.\d+/.test(n)).flatMap((n) => n.match(/\d+\.\d+/g));
    if (excel.length === 0) {
      if (notes.length > 0) problems.push(`${member} (${where}) needs ${notes.join(", ")}`);
      return;
    }
    const set = excel.sort(compareVersions).at(-1);
    const seen = uses.get(member);
    if (!seen || compareVersions(set, seen.set) > 0) uses.set(member, { member, set, where });
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
        // A call resolves to the overload used; a property to its one declaration.
        const signature = call ? checker.getResolvedSignature(call) : undefined;
        const decls = signature?.declaration
          ? [signature.declaration]
          : (checker.getSymbolAtLocation(node.name)?.declarations ?? []);
        for (const decl of decls) record(decl, node.name);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const list = [...uses.values()].sort(
    (a, b) => compareVersions(b.set, a.set) || a.member.localeCompare(b.member),
  );
  return { highest: list[0]?.set ?? "1.1", uses: list, problems };
}

let cached;
/** usedExcelApi over this project, computed once per process. */
function projectExcelApi() {
  cached = cached ?? usedExcelApi();
  return cached;
}

if (require.main === module) {
  const { highest, uses, problems } = usedExcelApi();
  for (const u of uses) console.log(`ExcelApi ${u.set.padEnd(5)} ${u.member}  (${u.where})`);
  for (const p of problems) console.log(`not a released ExcelApi set: ${p}`);
  console.log(`highest: ExcelApi ${highest}`);
}

module.exports = { usedExcelApi, projectExcelApi, compareVersions };
