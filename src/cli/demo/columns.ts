/** The demo's columns (its own file so that the demo's table files need not import each other). */
import type { OutputColumn } from "../../workbook/outputs";

/** A demo column: its key is its header. */
export const demoColumn = (key: string, kind: OutputColumn["kind"], width?: number): OutputColumn => ({
  key,
  header: key,
  kind,
  ...(width ? { width } : {}),
});
