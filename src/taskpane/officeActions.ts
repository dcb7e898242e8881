/** The wizards' actions inside Excel: the Office.js workbook host under the shared jobs. */
import { SalesPlanError } from "../kernel/errors";
import { actionMessages } from "../jobs";
import { excelRun, type ExcelRunner } from "../workbook/office/context";
import { runDiagnostics, type DiagnosticsEnvironment } from "../workbook/office/diagnostics";
import { OfficeWorkbookHost, type OfficeHostOptions } from "../workbook/office/host";
import type { SalesPlanActions } from "./actions";
import type { ComputeRunner } from "./compute";
import { createHostActions } from "./hostActions";

/** Excel.run, or a message the user can act on when the pane is open outside Excel. */
const guardedRun: ExcelRunner = (batch) => {
  if ((globalThis as { Excel?: unknown }).Excel === undefined)
    return Promise.reject(new SalesPlanError(actionMessages.noExcel));
  return excelRun(batch);
};

export interface OfficeActionsOptions extends OfficeHostOptions {
  /** Host, version and API sets for the Diagnostics report (read when it runs). */
  readonly environment?: () => DiagnosticsEnvironment;
  /** Where the jobs compute (default: the pane's thread); index.tsx passes the Web Worker's. */
  readonly compute?: ComputeRunner;
}

/** `options.run` replaces Excel.run (tests pass an in-memory Excel). */
export function createOfficeActions(options: OfficeActionsOptions = {}): SalesPlanActions {
  const run = options.run ?? guardedRun;
  const { environment, compute, ...host } = options;
  return {
    ...createHostActions(new OfficeWorkbookHost({ ...host, run }), undefined, compute),
    ...(environment && {
      runDiagnostics: (onStep) => runDiagnostics(run, environment(), new Date(), onStep),
    }),
  };
}
