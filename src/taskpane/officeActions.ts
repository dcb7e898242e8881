/** The wizards' actions inside Excel: the Office.js workbook host under the shared jobs. */
import { OfficeWorkbookHost, type OfficeHostOptions } from "../workbook/office/host";
import type { SalesPlanActions } from "./actions";
import { createHostActions } from "./hostActions";

/** `options.run` replaces Excel.run (tests pass an in-memory Excel). */
export function createOfficeActions(options: OfficeHostOptions = {}): SalesPlanActions {
  return createHostActions(new OfficeWorkbookHost(options));
}
