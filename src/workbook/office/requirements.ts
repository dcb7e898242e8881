import type { DiagnosticsEnvironment } from "./diagnostics";

/**
 * The Office requirement sets SalesPlan needs, and what an Excel offers. manifest.xml declares
 * the same ExcelApi version (test/manifest checks both against the set the code really uses,
 * derived by scripts/api-sets.js); the pane checks it at start, since an Excel that lacks it
 * would fail in the middle of a write.
 */

/** Table.resize (1.13), Range.copyFrom (1.9), getRangeByIndexes (1.7), workbook settings (1.4). */
export const EXCEL_API_NEEDED = "1.13";

/** ExcelApi versions released so far, to tell how far an Excel goes. */
const EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

/** `Office.context.requirements.isSetSupported`, or a stand-in. */
export type SetProbe = (name: string, version: string) => boolean;

export interface ApiSupport {
  /** The version SalesPlan needs. */
  readonly needed: string;
  /** The highest ExcelApi version this Excel supports; null when it supports none. */
  readonly highest: string | null;
  readonly ok: boolean;
}

export function excelApiSupport(isSetSupported: SetProbe): ApiSupport {
  const supported = EXCEL_API_VERSIONS.filter((v) => safely(() => isSetSupported("ExcelApi", v)));
  return {
    needed: EXCEL_API_NEEDED,
    highest: supported.at(-1) ?? null,
    ok: safely(() => isSetSupported("ExcelApi", EXCEL_API_NEEDED)),
  };
}

/** Other sets the diagnostics report lists: the custom functions' runtime and the shared runtime. */
export const REPORTED_SETS: readonly (readonly [string, string])[] = [
  ["ExcelApi", EXCEL_API_NEEDED],
  ["SharedRuntime", "1.1"],
  ["CustomFunctionsRuntime", "1.1"],
];

/** The parts of Office.context this reads (absent outside Office). */
export interface OfficeContextLike {
  readonly diagnostics?: { readonly host?: unknown; readonly platform?: unknown; readonly version?: unknown };
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
}

/** A probe over Office.context.requirements; every set missing when there is none. */
export function setProbe(context: OfficeContextLike | undefined): SetProbe {
  const requirements = context?.requirements;
  return (name, version) => requirements?.isSetSupported(name, version) === true;
}

/** Host, platform, version and API sets, for the Diagnostics report. */
export function officeEnvironment(context: OfficeContextLike | undefined): DiagnosticsEnvironment {
  const probe = setProbe(context);
  const info = context?.diagnostics;
  const text = (value: unknown): string => (value === undefined || value === null ? "?" : String(value));
  return {
    host: text(info?.host),
    platform: text(info?.platform),
    version: text(info?.version),
    excelApi: excelApiSupport(probe).highest,
    sets: REPORTED_SETS.map(([name, version]) => ({
      name,
      version,
      supported: safely(() => probe(name, version)),
    })),
  };
}

function safely(probe: () => boolean): boolean {
  try {
    return probe() === true;
  } catch {
    return false;
  }
}
