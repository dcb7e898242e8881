/**
 * @jest-environment jsdom
 */
/**
 * Guarded writes (issue 18 item 3): Write only from a fresh Preview of the same options, and a
 * confirmation naming what the write will replace, in en and zh.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, screen, within } from "@testing-library/react";
import * as React from "react";
import { defaultTargetOptions, type TargetOptions } from "../../src/jobs";
import { catalogues, StringsContext } from "../../src/taskpane/i18n";
import { impactLines, PreviewAndWrite } from "../../src/taskpane/wizards/PreviewAndWrite";
import { fakeActions } from "./fakeActions";
import { renderWithStrings } from "./render";

const options: TargetOptions = {
  ...defaultTargetOptions,
  companyTarget: 7_000_000,
  basis: "equal",
  fiscalYear: 2026,
};

function pane(actions: ReturnType<typeof fakeActions>["actions"], year: number): React.ReactElement {
  const o = { ...options, fiscalYear: year };
  return (
    <PreviewAndWrite
      table="SalesTargets"
      columns={["RepID", "Period", "Target"]}
      makePreview={(control) => actions.previewTargets(o, {}, control)}
      makeWrite={(control) => actions.writeTargets(o, {}, control)}
      ready
      stamp={String(year)}
    />
  );
}

const writeButton = () => screen.getByRole("button", { name: "Write SalesTargets" }) as HTMLButtonElement;

test("Write waits for a Preview, asks first, and a changed option takes it away again", async () => {
  const { actions, excel } = fakeActions();
  const { rerender } = renderWithStrings(pane(actions, 2026));
  expect(writeButton().disabled).toBe(true);
  expect(screen.getByText(/Preview first/)).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByRole("table", { name: "Preview of SalesTargets" });
  expect(writeButton().disabled).toBe(false);
  fireEvent.click(writeButton());
  const ask = screen.getByRole("alertdialog", { name: "Before writing" });
  expect(within(ask).getByText(/^SalesTargets: new table, \d+ rows$/)).toBeTruthy();
  // Cancel writes nothing.
  fireEvent.click(within(ask).getByRole("button", { name: "Cancel" }));
  expect(screen.queryByRole("alertdialog")).toBeNull();
  expect(excel.workbook.tables.map((t) => t.name)).not.toContain("SalesTargets");

  fireEvent.click(writeButton());
  fireEvent.click(screen.getByRole("button", { name: "Replace and write" }));
  await screen.findByText(/Written: SalesTargets \(\d+ rows, new\)/);
  // The preview is spent: what it said would be replaced is no longer so.
  expect(writeButton().disabled).toBe(true);

  // Another year: a fresh preview names the months the write would remove.
  rerender(
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={catalogues.en}>{pane(actions, 2027)}</StringsContext.Provider>
    </FluentProvider>,
  );
  expect(writeButton().disabled).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByRole("table", { name: "Preview of SalesTargets" });
  fireEvent.click(writeButton());
  expect(
    within(screen.getByRole("alertdialog")).getByText(
      /^SalesTargets: \d+ → \d+ rows, replaced; 2026-01, 2026-02, 2026-03, 2026-04, 2026-05, 2026-06, 2026-07, 2026-08, 2026-09, 2026-10, 2026-11 and 2026-12 will be removed$/,
    ),
  ).toBeTruthy();
});

test("the confirmation's lines count rows and list periods in each language", () => {
  const impact = [
    { name: "SalesPayouts", before: 36, after: 12, removedPeriods: ["2026-01", "2026-03"], append: false },
    { name: "SalesPlan", before: 1, after: 1, removedPeriods: [], append: false },
    { name: "SalesPlanTiers", before: null, after: 1, removedPeriods: [], append: false },
  ];
  expect(impactLines(impact, catalogues.en)).toEqual([
    "SalesPayouts: 36 → 12 rows, replaced; 2026-01 and 2026-03 will be removed",
    "SalesPlan: 1 → 1 row, replaced",
    "SalesPlanTiers: new table, 1 row",
  ]);
  expect(impactLines(impact, catalogues.zh)).toEqual([
    "SalesPayouts：36 → 12 行，整表替换；2026-01和2026-03 将被删除",
    "SalesPlan：1 → 1 行，整表替换",
    "SalesPlanTiers：新建表，1 行",
  ]);
});
