/**
 * Prints the SALES function catalogue from the built metadata (dist/functions.json, or the
 * zh-CN one with `--zh`): what a user sees in Excel's function wizard.
 */
const fs = require("fs");
const path = require("path");

const zh = process.argv.includes("--zh");
const file = path.join(__dirname, "..", "dist", zh ? "functions.zh-CN.json" : "functions.json");
if (!fs.existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const { functions } = JSON.parse(fs.readFileSync(file, "utf8"));
for (const fn of functions) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  console.log(`=SALES.${fn.name}(${params})`);
  console.log(`    ${fn.description}`);
  for (const p of fn.parameters) console.log(`    ${p.name}: ${p.description}`);
  console.log("");
}
console.log(`${functions.length} functions`);
