/** The wizards' actions inside Excel: the Office.js workbook host under the shared jobs. */
import { SalesPlanError } from "../engine/errors";
import { actionMessages } from "../jobs";
import { excelRun, type ExcelRunner } from "../workbook/office/context";
import { OfficeWorkbookHost, type OfficeHostOptions } from "../workbook/office/host";
import type { SalesPlanActions } from "./actions";
import { createHostActions } from "./hostActions";

/** Excel.run, or a message the user can act on when the pane is open outside Excel. */
const guardedRun: ExcelRunner = (batch) => {
  if ((globalThis as { Excel?: unknown }).Excel === undefined)
    return Promise.reject(new SalesPlanError(actionMessages.noExcel));
  return excelRun(batch);
};

/** `options.run` replaces Excel.run (tests pass an in-memory Excel). */
export function createOfficeActions(options: OfficeHostOptions = {}): SalesPlanActions {
  return createHostActions(new OfficeWorkbookHost({ ...options, run: options.run ?? guardedRun }));
}
