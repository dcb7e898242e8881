/** Render one wizard as the pane does: Fluent theme and the strings of one language. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import * as React from "react";
import { catalogues, fill, StringsContext, type Strings } from "../../src/taskpane/i18n";

// A write through the in-memory Excel takes 1-2 s on a loaded 2-core CI machine: findBy* waits up
// to 10 s instead of 1 s, so a slow machine is not a red run (a wrong result still fails, later).
configure({ asyncUtilTimeout: 10000 });

export function renderWithStrings(
  element: React.ReactElement,
  strings: Strings = catalogues.en,
): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={strings}>{element}</StringsContext.Provider>
    </FluentProvider>,
  );
}

/** Open a Fluent dropdown by its accessible name and pick an option. */
export async function choose(combobox: string | RegExp, option: string | RegExp): Promise<void> {
  fireEvent.click(screen.getByRole("combobox", { name: combobox }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}

/** Type into a text box and leave it, as a user does: its message shows once it is left. */
export function type(label: string | RegExp, value: string): void {
  const box = screen.getByRole("textbox", { name: label });
  fireEvent.change(box, { target: { value } });
  fireEvent.blur(box);
}

/**
 * Write goes from a fresh Preview only: preview (unless `preview: false`, already done), wait until
 * `write` is enabled, click it, and go ahead on the confirmation naming what it replaces.
 */
export async function writeAfterPreview(write: string, { preview = true } = {}): Promise<void> {
  if (preview) fireEvent.click(screen.getByRole("button", { name: /^(Preview|预览)$/ }));
  const button = () => screen.getByRole("button", { name: write }) as HTMLButtonElement;
  await waitFor(
    () => {
      if (button().disabled) throw new Error(`${write} is still disabled`);
      // A Preview computes the whole run; on a loaded machine that takes more than waitFor's 1 s.
    },
    { timeout: 15000 },
  );
  fireEvent.click(button());
  const confirm = screen.queryByRole("button", { name: /^(Replace and write|确认写入)$/ });
  if (confirm) fireEvent.click(confirm);
}

/** Open an input table's details ("Edit mapping") unless they are open already. */
export function openMapping(table: string, label = `Edit mapping of ${table}`): void {
  const button = screen.getByRole("button", { name: label });
  if (button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
}

/** Open the checks a totals list folds into "10 of 10 checks add up ✓" (nothing to do when open or none). */
export function openChecks(strings: Strings = catalogues.en): void {
  const button = screen.queryByRole("button", { name: strings.showChecks });
  if (button && button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
}

/** Open the rows as written under a preview's per-rep summary; their table. */
export async function rowsAsWritten(table: string, strings: Strings = catalogues.en): Promise<HTMLElement> {
  const button = screen.getByRole("button", { name: strings.rowsAsWritten });
  if (button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
  return screen.findByRole("table", { name: fill(strings.rowsTableLabel, { table }) });
}
