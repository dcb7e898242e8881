/**
 * The command line's one door to a workbook host: the .xlsx host (exceljs), and Node's SHA-256 for
 * the audit's input hash. The layer rules let only this file of src/cli import src/workbook/xlsx,
 * as only the pane's entry imports the Office host.
 */
import { createHash } from "crypto";
import { useSha256 } from "../jobs";

export { XlsxPackageHost } from "../workbook/xlsx/package-host";

// The audit's input hash through Node's SHA-256: the same digest as the pane's, far faster.
useSha256(() => {
  const hash = createHash("sha256");
  return { update: (text) => void hash.update(text, "utf8"), hex: () => hash.digest("hex") };
});
