/**
 * An in-memory SalesPlanActions for component tests: the real jobs over the Office.js host and the
 * in-memory Excel seeded with the sample team. Override any action to inject a failure or a delay.
 */
import type { SalesPlanActions } from "../../src/taskpane/actions";
import { createHostActions } from "../../src/taskpane/hostActions";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { seedSample } from "../browser/sample-workbook";
import { FakeExcel } from "../support/fake-excel";

export function fakeActions(
  overrides: Partial<SalesPlanActions> = {},
  seed: (excel: FakeExcel) => void = seedSample,
): {
  actions: SalesPlanActions;
  excel: FakeExcel;
} {
  const excel = new FakeExcel();
  seed(excel);
  const real = createHostActions(
    new OfficeWorkbookHost({ run: excel.run }),
    () => new Date(Date.UTC(2026, 10, 27, 2, 0)),
  );
  return { actions: { ...real, ...overrides }, excel };
}
