/**
 * Loads the built custom functions bundle (dist/functions.js) the way Excel's runtime does: as a
 * script in a global scope that provides CustomFunctions, whose associate() calls the bundle makes
 * itself. What it captures is what Excel would call.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

/** The built add-in; SALESPLAN_DIST points elsewhere (helpers building side by side use their own). */
export const distDir = path.resolve(process.env.SALESPLAN_DIST ?? path.resolve(__dirname, "../../dist"));

/** Excel's error codes, as the runtime defines them. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** A stand-in for CustomFunctions.Error with the same shape. */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

// The shared helpers in src/functions/result.ts refer to the global CustomFunctions; unit tests
// that import the wrappers directly need it too.
export function installCustomFunctionsGlobal(target: Record<string, unknown> = globalThis as never): void {
  target.CustomFunctions = { Error: CustomFunctionError, ErrorCode, associate: () => undefined };
}

export type CustomFunction = (...args: unknown[]) => unknown;

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: {
    name: string;
    description?: string;
    type: string;
    dimensionality?: string;
    optional?: boolean;
  }[];
  result: { type?: string; dimensionality?: string; description?: string };
  options?: Record<string, unknown>;
}

export interface LoadedBundle {
  readonly functions: ReadonlyMap<string, CustomFunction>;
  readonly metadata: { functions: FunctionMetadata[] };
  /** Call a function by its Excel id, as Excel would; errors come back thrown as CustomFunctionError. */
  call(id: string, ...args: unknown[]): unknown;
}

export function readMetadata(file = "functions.json"): { functions: FunctionMetadata[] } {
  return JSON.parse(fs.readFileSync(path.join(distDir, file), "utf8"));
}

/** Load dist/functions.js; `displayLanguage` is what Office.context reports (messages follow it). */
export function loadBundle(options: { displayLanguage?: string } = {}): LoadedBundle {
  const file = path.join(distDir, "functions.js");
  if (!fs.existsSync(file)) throw new Error("dist/functions.js is missing: run `npm run build` first");
  const functions = new Map<string, CustomFunction>();
  const sandbox: Record<string, unknown> = {
    console,
    Office: {
      context: { displayLanguage: options.displayLanguage ?? "en-US" },
      onReady: () => Promise.resolve({}),
    },
  };
  installCustomFunctionsGlobal(sandbox);
  (sandbox.CustomFunctions as Record<string, unknown>).associate = (id: string, fn: CustomFunction) => {
    functions.set(id.toUpperCase(), fn);
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
  return {
    functions,
    metadata: readMetadata(),
    call(id: string, ...args: unknown[]) {
      const fn = functions.get(id.toUpperCase());
      if (!fn) throw new Error(`the bundle does not associate ${id}`);
      return fn(...args);
    },
  };
}

/** Run a call and return the Excel error it raised (or fail the test if it returned). */
export function excelErrorFrom(run: () => unknown): CustomFunctionError {
  try {
    const value = run();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (error) {
    if (error instanceof Error && error.name === "CustomFunctions.Error") return error as CustomFunctionError;
    throw error;
  }
}
