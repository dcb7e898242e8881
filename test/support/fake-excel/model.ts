/**
 * The workbook behind the fake Excel: sheets of cells, tables over them. Only what SalesPlan's
 * Office host uses, with Excel's rules where they matter (text in "@" cells stays text, "=..." in
 * other cells becomes a formula, tables cannot overlap, names are unique).
 */
export type ErrorValue = { readonly error: string };
export type CellValue = number | string | boolean | ErrorValue | null;

export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export class Sheet {
  /** Cells by row, each row an array by column (sparse): fast enough for 100,000-row tables. */
  readonly rows = new Map<number, (Cell | undefined)[]>();
  readonly widths = new Map<number, number>();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Cell styles set through range.format, by "row,column": font, fill, alignment, borders. */
  readonly styles = new Map<string, Record<string, unknown>>();
  /** Row heights in points by row. */
  readonly heights = new Map<number, number>();
  /** Merged blocks, as "A1:D1" addresses. */
  readonly merges: string[] = [];
  /** pageLayout as set: orientation, paperSize, zoom, margins, printArea, footers. */
  readonly page: Record<string, unknown> = {};
  showGridlines = true;
  constructor(public name: string) {}

  /** Set one style property on every cell of a block. */
  style(box: Box, key: string, value: unknown): void {
    for (let r = 0; r < box.rows; r++)
      for (let c = 0; c < box.columns; c++) {
        const at = `${box.row + r},${box.column + c}`;
        this.styles.set(at, { ...this.styles.get(at), [key]: value });
      }
  }

  get(row: number, column: number): Cell | undefined {
    return this.rows.get(row)?.[column];
  }

  cell(row: number, column: number): Cell {
    let line = this.rows.get(row);
    if (!line) {
      line = [];
      this.rows.set(row, line);
    }
    let cell = line[column];
    if (!cell) {
      cell = { value: null, formula: undefined, format: undefined };
      line[column] = cell;
    }
    return cell;
  }

  /** Every cell with its position, row by row. */
  *entries(): Generator<[number, number, Cell]> {
    for (const row of [...this.rows.keys()].sort((a, b) => a - b)) {
      const line = this.rows.get(row) as (Cell | undefined)[];
      for (let column = 0; column < line.length; column++) {
        const cell = line[column];
        if (cell) yield [row, column, cell];
      }
    }
  }

  /** Bounding box of cells holding a value (or, with formats, any formatted cell). */
  used(valuesOnly: boolean): Box | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, line] of this.rows) {
      for (let column = 0; column < line.length; column++) {
        const cell = line[column];
        if (!cell) continue;
        const has =
          cell.value !== null || cell.formula !== undefined || (!valuesOnly && cell.format !== undefined);
        if (!has) continue;
        top = Math.min(top, row);
        left = Math.min(left, column);
        bottom = Math.max(bottom, row);
        right = Math.max(right, column);
      }
    }
    return bottom < 0
      ? undefined
      : { sheet: this, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

export interface Box {
  readonly sheet: Sheet;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export class Table {
  /** Totals cells (formula or value) remembered while the totals row is hidden, as Excel does. */
  rememberedTotals: (string | null)[] = [];
  showTotals = false;
  constructor(
    public name: string,
    readonly sheet: Sheet,
    public top: number,
    public left: number,
    /** Header and data rows, without the totals row. */
    public height: number,
    public width: number,
  ) {}

  box(): Box {
    return {
      sheet: this.sheet,
      row: this.top,
      column: this.left,
      rows: this.height + (this.showTotals ? 1 : 0),
      columns: this.width,
    };
  }

  headers(): string[] {
    return Array.from({ length: this.width }, (_, j) =>
      String(this.sheet.get(this.top, this.left + j)?.value ?? ""),
    );
  }
}

export class Workbook {
  readonly sheets: Sheet[] = [new Sheet("Sheet1")];
  readonly tables: Table[] = [];
  /** The add-in's settings (workbook.settings): key -> value, kept as JSON as Office keeps them. */
  readonly settings = new Map<string, string>();
  private tableCounter = 0;

  /** Everything in the workbook as JSON, to carry it across a page reload (see `restore`). */
  serialize(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        widths: [...s.widths],
        cells: [...s.entries()].map(([r, c, cell]) => [
          r,
          c,
          cell.value,
          cell.formula ?? null,
          cell.format ?? null,
        ]),
      })),
      tables: this.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        box: [t.top, t.left, t.height, t.width],
        showTotals: t.showTotals,
        rememberedTotals: t.rememberedTotals,
      })),
      settings: [...this.settings],
      tableCounter: this.tableCounter,
    });
  }

  /** Replace this workbook's contents with a `serialize`d one. */
  restore(text: string): void {
    const saved = JSON.parse(text) as {
      sheets: {
        name: string;
        visibility: Sheet["visibility"];
        widths: [number, number][];
        cells: [number, number, CellValue, string | null, string | null][];
      }[];
      tables: {
        name: string;
        sheet: string;
        box: [number, number, number, number];
        showTotals: boolean;
        rememberedTotals: (string | null)[];
      }[];
      settings: [string, string][];
      tableCounter: number;
    };
    this.sheets.splice(0, this.sheets.length);
    this.tables.splice(0, this.tables.length);
    this.settings.clear();
    for (const s of saved.sheets) {
      const sheet = new Sheet(s.name);
      sheet.visibility = s.visibility;
      for (const [c, w] of s.widths) sheet.widths.set(c, w);
      for (const [r, c, value, formula, format] of s.cells) {
        const cell = sheet.cell(r, c);
        cell.value = value;
        cell.formula = formula ?? undefined;
        cell.format = format ?? undefined;
      }
      this.sheets.push(sheet);
    }
    for (const t of saved.tables) {
      const table = new Table(t.name, this.sheet(t.sheet) as Sheet, ...t.box);
      table.showTotals = t.showTotals;
      table.rememberedTotals = t.rememberedTotals;
      this.tables.push(table);
    }
    for (const [k, v] of saved.settings) this.settings.set(k, v);
    this.tableCounter = saved.tableCounter;
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): Table | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): Sheet {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new FakeExcelError("InvalidArgument", `bad sheet name ${name}`);
    if (this.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
    const sheet = new Sheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The sheet Excel shows (worksheet.activate()). */
  active: Sheet | undefined;

  /** The selected cells, "Sheet!A1:B2" (range.select()). */
  selection: string | undefined;

  renameSheet(sheet: Sheet, name: string): void {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new FakeExcelError("InvalidArgument", `bad sheet name ${name}`);
    const other = this.sheet(name);
    if (other && other !== sheet) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
    sheet.name = name;
  }

  deleteSheet(sheet: Sheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new FakeExcelError("ItemNotFound", `sheet ${sheet.name} is gone`);
    this.sheets.splice(i, 1);
    for (let t = this.tables.length - 1; t >= 0; t--)
      if (this.tables[t].sheet === sheet) this.tables.splice(t, 1);
  }

  addTable(box: Box, name?: string): Table {
    this.checkFree(box, undefined);
    const table = new Table(
      name ?? `Table${++this.tableCounter}`,
      box.sheet,
      box.row,
      box.column,
      box.rows,
      box.columns,
    );
    const seen = new Set<string>();
    for (let j = 0; j < box.columns; j++) {
      const cell = box.sheet.cell(box.row, box.column + j);
      let header = cell.value === null ? `Column${j + 1}` : String(cell.value);
      while (seen.has(header.toLowerCase())) header = `${header}2`;
      seen.add(header.toLowerCase());
      cell.value = header;
      cell.formula = undefined;
    }
    this.tables.push(table);
    return table;
  }

  renameTable(table: Table, name: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new FakeExcelError("InvalidArgument", `bad table name ${name}`);
    }
    const other = this.table(name);
    if (other && other !== table) throw new FakeExcelError("InvalidArgument", `table name ${name} in use`);
    table.name = name;
  }

  /** Tables may not overlap. */
  checkFree(box: Box, except: Table | undefined): void {
    for (const t of this.tables) {
      if (t === except || t.sheet !== box.sheet) continue;
      const b = t.box();
      const overlap =
        box.row < b.row + b.rows &&
        b.row < box.row + box.rows &&
        box.column < b.column + b.columns &&
        b.column < box.column + box.columns;
      if (overlap) throw new FakeExcelError("InvalidOperation", `range overlaps table ${t.name}`);
    }
  }

  tableAt(sheet: Sheet, row: number, column: number): Table | undefined {
    return this.tables.find((t) => {
      const b = t.box();
      return (
        t.sheet === sheet &&
        row >= b.row &&
        row < b.row + b.rows &&
        column >= b.column &&
        column < b.column + b.columns
      );
    });
  }

  /** What a cell shows: formulas evaluated (SUBTOTAL(109,[Col]) in a table's totals row, else #NAME?). */
  displayValue(sheet: Sheet, row: number, column: number): CellValue {
    const cell = sheet.get(row, column);
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value;
    const m = /^=SUBTOTAL\(109,\[(.+)\]\)$/i.exec(cell.formula);
    const table = this.tableAt(sheet, row, column);
    if (m && table) {
      const j = table.headers().findIndex((h) => h === m[1].replace(/'(.)/g, "$1"));
      if (j < 0) return { error: "#REF!" };
      let sum = 0;
      for (let r = table.top + 1; r < table.top + table.height; r++) {
        const v = this.displayValue(sheet, r, table.left + j);
        if (typeof v === "number") sum += v;
      }
      // Excel keeps 15 significant digits.
      return Number(sum.toPrecision(15));
    }
    return { error: "#NAME?" };
  }
}
