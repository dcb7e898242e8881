/**
 * An in-memory SalesPlanActions for component tests: the real jobs over the Office.js host and the
 * in-memory Excel seeded with the sample team. Override any action to inject a failure or a delay.
 */
import type { SalesPlanActions } from "../../src/taskpane/actions";
import { createHostActions } from "../../src/taskpane/hostActions";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { sampleTables, seedSample } from "../browser/sample-workbook";
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

/**
 * The sample workbook with two odd Actuals rows the payouts leave out (README "Odd input"): one
 * outside the plan year (2031) and a misspelled measure ("Revenu").
 */
export function seedOddActuals(excel: FakeExcel): void {
  for (const t of sampleTables) {
    const values =
      t.name === "Actuals"
        ? [...t.values, ["R01", "2031-01", "Revenue", 5000], ["R02", "2026-01", "Revenu", 7000]]
        : t.values;
    excel.addTable(t.sheet, t.name, 0, 0, values);
  }
}
