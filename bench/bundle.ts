/**
 * The built add-in as Excel runs it: dist/functions.js evaluated once with the globals Excel's
 * runtime provides (CustomFunctions, Office), its associate() calls captured. Unlike
 * test/support/bundle.ts it evaluates in this realm, not a vm context: a vm context turns every
 * global lookup (Math, Number) into an interceptor call, several times slower in a hot loop, a cost
 * no Excel runtime has. Build first: `npx webpack --mode production`.
 */
import * as fs from "fs";
import * as path from "path";
import { installCustomFunctionsGlobal } from "../test/support/bundle";

/** The built add-in; SALESPLAN_DIST points elsewhere (as for the tests). */
export const distDir = path.resolve(process.env.SALESPLAN_DIST ?? path.resolve(__dirname, "../../dist"));

export type BundleFunction = (...args: unknown[]) => unknown;

/** Every SALES.* function the bundle associates, by upper-case id; throws when dist/ is not built. */
export function loadFunctions(): Map<string, BundleFunction> {
  const file = path.join(distDir, "functions.js");
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run \`npx webpack --mode production\` first`);
  const functions = new Map<string, BundleFunction>();
  const globals = globalThis as Record<string, unknown>;
  // The bundle reads these from globalThis when it fails or formats a message, so they stay there.
  installCustomFunctionsGlobal(globals);
  (globals.CustomFunctions as Record<string, unknown>).associate = (id: string, fn: BundleFunction) =>
    functions.set(id.toUpperCase(), fn);
  globals.Office = { context: { displayLanguage: "en-US" }, onReady: () => Promise.resolve({}) };
  const load = new Function("window", "self", fs.readFileSync(file, "utf8"));
  load(globals, globals);
  return functions;
}
