/**
 * Whose a printable sheet is: SalesPlan's own once written (recorded in the ownership registry
 * like a table), so writing it again replaces it whole; a sheet or table of the same name that
 * SalesPlan did not write stops the write before any change.
 */
import { SalesPlanError } from "../kernel/errors";
import { workbookMessages } from "./messages";
import type { RegistryEntry } from "./ownership";
import { ownershipOf, type WorkbookSnapshot } from "./plan";
import type { SheetDraft } from "./printSheet";

/** The ownership registry marks a sheet (not a table) by this in its Columns. */
export const SHEET_MARK = "(sheet)";

/**
 * Whether the write creates the sheet or replaces SalesPlan's own; throws the message that stops
 * it when the name is taken by a table or a sheet SalesPlan did not write.
 */
export function planSheetWrite(draft: SheetDraft, snapshot: WorkbookSnapshot): "create" | "replace" {
  const table = snapshot.tables.get(draft.name.toLowerCase());
  if (table)
    throw new SalesPlanError(workbookMessages.foreignTable, {
      table: table.name,
      sheet: table.sheet,
      columns: table.headers.join(", "),
    });
  const owner = ownershipOf(draft.name, snapshot);
  if (owner === "foreign") throw new SalesPlanError(workbookMessages.foreignSheet, { sheet: draft.name });
  return owner === "salesplan" ? "replace" : "create";
}

/** The registry with the sheet recorded as SalesPlan's (its first write's time kept). */
export function registryWithSheet(
  registry: ReadonlyMap<string, RegistryEntry>,
  sheet: string,
  now: Date,
): RegistryEntry[] {
  const out = new Map(registry);
  const stamp = now.toISOString();
  const previous = out.get(sheet.toLowerCase());
  out.set(sheet.toLowerCase(), {
    table: sheet,
    sheet,
    columns: SHEET_MARK,
    created: previous?.created || stamp,
    updated: stamp,
  });
  return [...out.values()];
}
