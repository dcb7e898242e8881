/** The error every layer throws for a user's input problem, carrying its message in both languages. */
import { formatMessage, positionText, type Locale, type MessageTemplate } from "./messages";

/** The Excel error a failure maps to; only #VALUE! and #N/A carry a message in Excel. */
export type ExcelErrorKind = "value" | "div0" | "num" | "na";

/** A cell inside a range argument, counted from 0, with the range's size for phrasing. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A parameter is a value, or a phrase in both languages (e.g. a table's expected shape). */
export type MessageParams = Readonly<Record<string, string | number | MessageTemplate>>;

/**
 * Any problem with a user's input. It keeps the template, not just a string, so the custom
 * functions, the task pane and the CLI can each show it in the user's language.
 */
export class SalesPlanError extends Error {
  readonly template: MessageTemplate;
  readonly params: MessageParams;
  readonly at: CellPosition | undefined;
  readonly kind: ExcelErrorKind;

  constructor(
    template: MessageTemplate,
    params: MessageParams = {},
    options: { at?: CellPosition; kind?: ExcelErrorKind } = {},
  ) {
    super("");
    this.name = "SalesPlanError";
    this.template = template;
    this.params = params;
    this.at = options.at;
    this.kind = options.kind ?? "value";
    this.message = this.format("en");
  }

  /** The message in one language, with the position phrased for it. */
  format(locale: Locale): string {
    const at = this.at
      ? positionText(this.at.row, this.at.column, this.at.rows, this.at.columns, locale)
      : "";
    const params: Record<string, string | number> = { at };
    for (const [key, value] of Object.entries(this.params)) {
      params[key] = typeof value === "object" ? value[locale] : value;
    }
    return formatMessage(this.template[locale], params);
  }
}

/** Throw a SalesPlanError; reads as one line at the call site. */
export function fail(
  template: MessageTemplate,
  params: MessageParams = {},
  options: { at?: CellPosition; kind?: ExcelErrorKind } = {},
): never {
  throw new SalesPlanError(template, params, options);
}
