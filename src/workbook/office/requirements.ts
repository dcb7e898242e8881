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

function safely(probe: () => boolean): boolean {
  try {
    return probe() === true;
  } catch {
    return false;
  }
}
