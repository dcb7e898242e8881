/**
 * An in-memory Excel for testing the Office.js host. It keeps Office.js's batch semantics:
 * calls are queued and run only at `context.sync()`, in order; a property can be read only after
 * it was loaded and a sync ran; a request over 5 MB is refused whole
 * (RequestPayloadSizeLimitExceeded), and so is an answer over 5 MB. It counts syncs and the size
 * of every request, and can fail any chosen sync, whole or after some of its actions.
 */
import { Box, FakeExcelError, Sheet, Table, Workbook, type Cell, type CellValue } from "./model";

export { FakeExcelError, Workbook, Sheet, Table };
export type { CellValue, Cell };

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What each action adds to a request beyond its own arguments (ids, method names). */
const ACTION_BYTES = 64;

interface Action {
  readonly bytes: number;
  readonly run: () => void;
}

export interface Failure {
  /** Which sync fails, counted from 1 over the fake's whole life. */
  readonly sync: number;
  /** Run this many actions of that sync first (a failure part-way through a batch); default none. */
  readonly afterActions?: number;
  readonly code?: string;
}

export class FakeExcel {
  readonly workbook = new Workbook();
  syncs = 0;
  /** Bytes of each sync's request, in order. */
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  /** Actions in each sync's request, in order. */
  readonly actionCounts: number[] = [];
  failures: Failure[] = [];
  payloadLimit = PAYLOAD_LIMIT;
  /** When set, where each queued action came from (for debugging a test). */
  trace: string[] | undefined;

  get largestRequest(): number {
    return Math.max(0, ...this.requestBytes);
  }

  /** Excel.run over this workbook. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  /** Test setup helpers that bypass the request machinery. */
  sheet(name: string): Sheet {
    return this.workbook.sheet(name) ?? this.workbook.addSheet(name);
  }

  setValues(sheetName: string, row: number, column: number, values: CellValue[][]): void {
    const sheet = this.sheet(sheetName);
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        const cell = sheet.cell(row + r, column + c);
        cell.value = v;
        cell.formula = undefined;
      }),
    );
  }

  addTable(sheetName: string, name: string, row: number, column: number, values: CellValue[][]): Table {
    this.setValues(sheetName, row, column, values);
    const sheet = this.sheet(sheetName);
    const table = this.workbook.addTable({
      sheet,
      row,
      column,
      rows: values.length,
      columns: values[0].length,
    });
    this.workbook.renameTable(table, name);
    return table;
  }

  /** What the cells show, as a grid, for assertions. */
  read(sheetName: string, row: number, column: number, rows: number, columns: number): CellValue[][] {
    const sheet = this.workbook.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this.workbook.displayValue(sheet, row + r, column + c)),
    );
  }

  /**
   * Every sheet, cell and table as text, to compare before and after a failed write. With
   * `formats: false` only values, formulas and formats inside tables count (a restore may leave a
   * number format on cells that were and are empty).
   */
  state(options: { formats?: boolean } = {}): string {
    const withFormats = options.formats ?? true;
    const sheets = this.workbook.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.entries()]
        .filter(
          ([, , c]) => c.value !== null || c.formula !== undefined || (withFormats && c.format !== undefined),
        )
        .map(([r, k, c]) => [r, k, c.value, c.formula ?? null, c.format ?? null]),
    }));
    const tables = this.workbook.tables.map((t) => [
      t.name,
      t.sheet.name,
      t.top,
      t.left,
      t.height,
      t.width,
      t.showTotals,
    ]);
    return JSON.stringify({ sheets, tables });
  }

  /** Run one sync's actions: refuse, fail or apply them. */
  execute(actions: readonly Action[], answers: readonly (() => number)[]): void {
    this.syncs++;
    const bytes = 32 + actions.reduce((sum, a) => sum + a.bytes, 0);
    this.requestBytes.push(bytes);
    this.actionCounts.push(actions.length);
    const failure = this.failures.find((f) => f.sync === this.syncs);
    if (bytes > this.payloadLimit) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    }
    const runUntil = failure ? (failure.afterActions ?? 0) : actions.length;
    for (let i = 0; i < Math.min(runUntil, actions.length); i++) actions[i].run();
    if (failure)
      throw new FakeExcelError(failure.code ?? "GeneralException", `injected failure at sync ${this.syncs}`);
    const answer = answers.reduce((sum, a) => sum + a(), 0);
    this.responseBytes.push(answer);
    if (answer > this.payloadLimit)
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${answer} bytes`);
  }
}

class FakeContext {
  readonly workbook: WorkbookProxy;
  private actions: Action[] = [];
  private answers: (() => number)[] = [];
  private commits: (() => void)[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  queue(bytes: number, run: () => void): void {
    if (this.excel.trace) this.excel.trace.push(new Error().stack?.split("\n").slice(2, 4).join(" ") ?? "");
    this.actions.push({ bytes: bytes + ACTION_BYTES, run });
  }

  /** A load: read at sync, visible to the proxy only once the sync succeeded. */
  queueLoad(read: () => Record<string, unknown>, deliver: (values: Record<string, unknown>) => void): void {
    let values: Record<string, unknown> = {};
    this.queue(0, () => {
      values = read();
    });
    this.answers.push(() => JSON.stringify(values).length);
    this.commits.push(() => deliver(values));
  }

  async sync(): Promise<void> {
    const actions = this.actions;
    const answers = this.answers;
    const commits = this.commits;
    this.actions = [];
    this.answers = [];
    this.commits = [];
    this.excel.execute(actions, answers);
    commits.forEach((c) => c());
  }
}

function props(spec: string | string[] | undefined): string[] {
  if (spec === undefined) return [];
  return (Array.isArray(spec) ? spec : spec.split(",")).map((s) => s.trim()).filter(Boolean);
}

/** Base of every proxy: loaded properties, readable only after load and sync. */
class Proxy<T> {
  protected loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeContext,
    readonly resolve: () => T | null,
    private readonly what: string,
  ) {}

  protected target(): T {
    const t = this.resolve();
    if (t === null) throw new FakeExcelError("ItemNotFound", `${this.what} does not exist`);
    return t;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw new FakeExcelError("PropertyNotLoaded", `${this.what}.${name} was read before load() and sync()`);
    }
    return this.loaded.get(name) as V;
  }

  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }

  protected loadWith(names: string[], read: (t: T, name: string) => unknown, nullable: boolean): void {
    this.ctx.queueLoad(
      () => {
        const t = nullable ? this.resolve() : this.target();
        const out: Record<string, unknown> = { isNullObject: t === null };
        if (t !== null) for (const n of names) out[n] = read(t, n);
        return out;
      },
      (values) => {
        for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
      },
    );
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, () => ctx.excel.workbook.tables, undefined);
    this.settings = new SettingCollectionProxy(ctx);
  }
}

/** workbook.settings (ExcelApi 1.4): values kept as JSON, as Office persists them in the file. */
class SettingCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}

  private item(key: string, nullable: boolean): SettingProxy {
    const settings = this.ctx.excel.workbook.settings;
    return new SettingProxy(this.ctx, () => (settings.has(key) ? key : null), `setting '${key}'`, nullable);
  }

  getItem(key: string): SettingProxy {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this.item(key, true);
  }

  add(key: string, value: unknown): SettingProxy {
    const json = JSON.stringify(value ?? null);
    this.ctx.queue(key.length + json.length, () => {
      if (key === "") throw new FakeExcelError("InvalidArgument", "empty setting key");
      this.ctx.excel.workbook.settings.set(key, json);
    });
    return this.item(key, false);
  }
}

class SettingProxy extends Proxy<string> {
  constructor(
    ctx: FakeContext,
    resolve: () => string | null,
    what: string,
    private readonly nullable: boolean,
  ) {
    super(ctx, resolve, what);
  }

  get key(): string {
    return this.get("key");
  }

  get value(): unknown {
    return this.get("value");
  }

  load(spec?: string): this {
    const settings = this.ctx.excel.workbook.settings;
    this.loadWith(
      props(spec),
      (key, name) => {
        if (name === "key") return key;
        if (name === "value") return JSON.parse(settings.get(key) as string) as unknown;
        throw new FakeExcelError("InvalidArgument", `setting property ${name} is not in the fake`);
      },
      this.nullable,
    );
    return this;
  }

  delete(): void {
    this.ctx.queue(0, () => this.ctx.excel.workbook.settings.delete(this.target()));
  }
}

class WorksheetCollectionProxy extends Proxy<Sheet[]> {
  private itemProxies: WorksheetProxy[] | undefined;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel.workbook.sheets, "worksheets");
  }

  get items(): WorksheetProxy[] {
    if (!this.itemProxies)
      throw new FakeExcelError("PropertyNotLoaded", "worksheets.items was read before load() and sync()");
    return this.itemProxies;
  }

  load(spec?: string): this {
    const names = props(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.queueLoad(
      () => ({
        items: this.target().map((s) => ({
          sheet: s,
          values: Object.fromEntries(names.map((n) => [n, readSheetProp(s, n)])),
        })),
      }),
      (values) => {
        const items = values.items as { sheet: Sheet; values: Record<string, unknown> }[];
        this.itemProxies = items.map(({ sheet, values: v }) => WorksheetProxy.loadedWith(this.ctx, sheet, v));
      },
    );
    return this;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.excel.workbook.sheet(name) ?? null,
      `worksheet '${name}'`,
    );
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.excel.workbook.sheet(name) ?? null,
      `worksheet '${name}'`,
      true,
    );
  }

  add(name: string): WorksheetProxy {
    let created: Sheet | null = null;
    this.ctx.queue(name.length, () => {
      created = this.ctx.excel.workbook.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => created, `new worksheet '${name}'`);
  }
}

function readSheetProp(sheet: Sheet, name: string): unknown {
  if (name === "name") return sheet.name;
  if (name === "visibility") return sheet.visibility;
  throw new FakeExcelError("InvalidArgument", `worksheet property ${name} is not in the fake`);
}

class WorksheetProxy extends Proxy<Sheet> {
  constructor(
    ctx: FakeContext,
    resolve: () => Sheet | null,
    what: string,
    private readonly nullable = false,
  ) {
    super(ctx, resolve, what);
  }

  static loadedWith(ctx: FakeContext, sheet: Sheet, values: Record<string, unknown>): WorksheetProxy {
    const proxy = new WorksheetProxy(
      ctx,
      () => (ctx.excel.workbook.sheets.includes(sheet) ? sheet : null),
      `worksheet '${sheet.name}'`,
    );
    for (const [k, v] of Object.entries(values)) proxy.loaded.set(k, v);
    return proxy;
  }

  get name(): string {
    return this.get("name");
  }

  get visibility(): string {
    return this.get("visibility");
  }

  set name(value: string) {
    this.ctx.queue(value.length, () => this.ctx.excel.workbook.renameSheet(this.target(), value));
  }

  set showGridlines(value: boolean) {
    this.ctx.queue(4, () => {
      this.target().showGridlines = value;
    });
  }

  activate(): void {
    this.ctx.queue(0, () => {
      this.ctx.excel.workbook.active = this.target();
    });
  }

  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.ctx, () => this.target());
  }

  set visibility(value: string) {
    this.ctx.queue(value.length, () => {
      this.target().visibility = value as Sheet["visibility"];
    });
  }

  get position(): number {
    return this.get("position");
  }

  set position(value: number) {
    this.ctx.queue(4, () => {
      const sheets = this.ctx.excel.workbook.sheets;
      const sheet = this.target();
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length)
        throw new FakeExcelError("InvalidArgument", `position ${value}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(
      this.ctx,
      () => this.ctx.excel.workbook.tables.filter((t) => t.sheet === this.target()),
      this,
    );
  }

  load(spec?: string): this {
    this.loadWith(props(spec), readSheetProp, this.nullable);
    return this;
  }

  delete(): void {
    this.ctx.queue(0, () => {
      const sheet = this.target();
      // As Excel documents it: a very hidden sheet must be made visible or hidden before deleting.
      if (sheet.visibility === "VeryHidden")
        throw new FakeExcelError("InvalidOperation", `sheet ${sheet.name} is very hidden`);
      this.ctx.excel.workbook.deleteSheet(sheet);
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      if (rows < 1 || columns < 1 || row < 0 || column < 0)
        throw new FakeExcelError("InvalidArgument", "empty range");
      return { sheet: this.target(), row, column, rows, columns };
    });
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.target(), ...parseAddress(address) }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => this.target().used(valuesOnly) ?? null, true);
  }
}

function parseAddress(address: string): { row: number; column: number; rows: number; columns: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  const cell = (s: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new FakeExcelError("InvalidArgument", `bad address ${address}`);
    let c = 0;
    for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]) - 1, c - 1];
  };
  const [r1, c1] = cell(a);
  const [r2, c2] = cell(b);
  return { row: r1, column: c1, rows: r2 - r1 + 1, columns: c2 - c1 + 1 };
}

function sheetOf(ctx: FakeContext, address: string, fallback: Sheet | undefined): Sheet {
  if (!address.includes("!")) {
    if (!fallback) throw new FakeExcelError("InvalidArgument", `address ${address} needs a sheet`);
    return fallback;
  }
  let name = address.slice(0, address.lastIndexOf("!"));
  if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  const sheet = ctx.excel.workbook.sheet(name);
  if (!sheet) throw new FakeExcelError("ItemNotFound", `sheet ${name}`);
  return sheet;
}

function letters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function boxAddress(box: Box): string {
  const sheet = /^[A-Za-z0-9_]+$/.test(box.sheet.name)
    ? box.sheet.name
    : `'${box.sheet.name.replace(/'/g, "''")}'`;
  const end = `${letters(box.column + box.columns - 1)}${box.row + box.rows}`;
  const start = `${letters(box.column)}${box.row + 1}`;
  return `${sheet}!${start}${start === end ? "" : `:${end}`}`;
}

const ERROR_LITERALS = new Set(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]);

/** What Excel stores when a value is written to a cell of a given format (as typing it would). */
function store(cell: Cell, value: unknown): void {
  if (value === null || value === undefined) return; // null leaves the cell as it is
  cell.formula = undefined;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new FakeExcelError("InvalidArgument", `cannot write ${value}`);
    cell.value = value;
  } else if (typeof value === "boolean") cell.value = value;
  else if (typeof value === "string") {
    if (value === "") cell.value = null;
    else if (cell.format === "@") cell.value = value;
    else if (/^[=+\-@]/.test(value) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) {
      cell.formula = value.startsWith("=") ? value : `=${value}`;
      cell.value = null;
    } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())) cell.value = Number(value);
    else if (ERROR_LITERALS.has(value)) cell.value = { error: value };
    else cell.value = value;
  } else throw new FakeExcelError("InvalidArgument", `cannot write ${JSON.stringify(value)}`);
}

function grid(value: unknown, box: Box, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(value)) return () => value;
  const rows = value as unknown[][];
  if (rows.length !== box.rows || rows.some((row) => !Array.isArray(row) || row.length !== box.columns)) {
    throw new FakeExcelError(
      "InvalidArgument",
      `${what}: ${rows.length}x${rows[0]?.length} does not fit ${box.rows}x${box.columns}`,
    );
  }
  return (r, c) => rows[r][c];
}

function shown(value: CellValue): unknown {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

/** worksheet.pageLayout: every setting lands in the sheet's `page` record, as set. */
class PageLayoutProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => Sheet,
  ) {}
  private set(key: string, value: unknown): void {
    this.ctx.queue(JSON.stringify(value ?? null).length, () => {
      this.sheet().page[key] = value;
    });
  }
  set orientation(value: string) {
    this.set("orientation", value);
  }
  set paperSize(value: string) {
    this.set("paperSize", value);
  }
  set centerHorizontally(value: boolean) {
    this.set("centerHorizontally", value);
  }
  set zoom(value: unknown) {
    this.set("zoom", value);
  }
  setPrintMargins(unit: string, margins: unknown): void {
    this.set("margins", { unit, ...(margins as object) });
  }
  setPrintArea(address: string): void {
    parseAddress(address);
    this.set("printArea", address);
  }
  get headersFooters(): { defaultForAllPages: Record<string, string> } {
    const set = (key: string, value: string) => this.set(key, value);
    const page = {} as Record<string, string>;
    for (const key of [
      "leftFooter",
      "centerFooter",
      "rightFooter",
      "leftHeader",
      "centerHeader",
      "rightHeader",
    ])
      Object.defineProperty(page, key, {
        set: (v: string) => {
          set(key, v);
        },
      });
    return { defaultForAllPages: page };
  }
}

class RangeFormatProxy {
  constructor(private readonly range: RangeProxy) {}
  set columnWidth(points: number) {
    this.range.queueColumnWidth(points);
  }
  set rowHeight(points: number) {
    this.range.queueStyle((box) => {
      for (let r = 0; r < box.rows; r++) box.sheet.heights.set(box.row + r, points);
    });
  }
  set wrapText(value: boolean) {
    this.range.queueStyle((box) => box.sheet.style(box, "wrapText", value));
  }
  set verticalAlignment(value: string) {
    this.range.queueStyle((box) => box.sheet.style(box, "verticalAlignment", value));
  }
  set horizontalAlignment(value: string) {
    this.range.queueStyle((box) => box.sheet.style(box, "horizontalAlignment", value));
  }
  get font(): { bold: boolean; size: number } {
    const range = this.range;
    return {
      set bold(value: boolean) {
        range.queueStyle((box) => box.sheet.style(box, "bold", value));
      },
      set size(value: number) {
        range.queueStyle((box) => box.sheet.style(box, "size", value));
      },
    } as { bold: boolean; size: number };
  }
  get fill(): { color: string } {
    const range = this.range;
    return {
      set color(value: string) {
        range.queueStyle((box) => box.sheet.style(box, "fill", value));
      },
    } as { color: string };
  }
  get borders(): { getItem(edge: string): { style: string; color: string } } {
    const range = this.range;
    return {
      getItem: (edge: string) =>
        ({
          set style(value: string) {
            range.queueStyle((box) => {
              // The edge's cells: the top or bottom row of the block, or its left or right column.
              const row = edge === "EdgeBottom" ? box.row + box.rows - 1 : box.row;
              const column = edge === "EdgeRight" ? box.column + box.columns - 1 : box.column;
              const line =
                edge === "EdgeTop" || edge === "EdgeBottom"
                  ? { ...box, row, rows: 1 }
                  : { ...box, column, columns: 1 };
              box.sheet.style(line, edge, value);
            });
          },
          set color(_value: string) {
            range.queueStyle(() => undefined);
          },
        }) as { style: string; color: string },
    };
  }
}

class RangeProxy extends Proxy<Box> {
  constructor(
    ctx: FakeContext,
    resolve: () => Box | null,
    private readonly nullable = false,
  ) {
    super(ctx, resolve, "range");
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this);
  }

  /** A format change, applied at sync like every other action. */
  queueStyle(apply: (box: Box) => void): void {
    this.ctx.queue(16, () => apply(this.target()));
  }

  /** Like Excel: the range's sheet becomes the active one and the range the selection. */
  select(): void {
    this.ctx.queue(0, () => {
      const box = this.target();
      this.ctx.excel.workbook.active = box.sheet;
      this.ctx.excel.workbook.selection = boxAddress(box);
    });
  }

  merge(across = false): void {
    this.ctx.queue(8, () => {
      const box = this.target();
      if (across) throw new FakeExcelError("InvalidArgument", "merge across is not in the fake");
      box.sheet.merges.push(boxAddress(box).split("!")[1]);
    });
  }

  queueColumnWidth(points: number): void {
    this.ctx.queue(8, () => {
      const box = this.target();
      for (let c = 0; c < box.columns; c++) box.sheet.widths.set(box.column + c, points);
    });
  }

  get values(): unknown[][] {
    return this.get("values");
  }

  set values(value: unknown[][]) {
    this.ctx.queue(JSON.stringify(value).length, () => {
      const box = this.target();
      const at = grid(value, box, "values");
      for (let r = 0; r < box.rows; r++)
        for (let c = 0; c < box.columns; c++) store(box.sheet.cell(box.row + r, box.column + c), at(r, c));
    });
  }

  get formulas(): unknown[][] {
    return this.get("formulas");
  }

  set formulas(value: unknown[][]) {
    this.ctx.queue(JSON.stringify(value).length, () => {
      const box = this.target();
      const at = grid(value, box, "formulas");
      for (let r = 0; r < box.rows; r++) {
        for (let c = 0; c < box.columns; c++) {
          const cell = box.sheet.cell(box.row + r, box.column + c);
          const v = at(r, c);
          if (typeof v === "string" && v.startsWith("=")) {
            cell.formula = v;
            cell.value = null;
          } else store(cell, v);
        }
      }
    });
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }

  set numberFormat(value: unknown[][]) {
    this.ctx.queue(JSON.stringify(value).length, () => {
      const box = this.target();
      const at = grid(value, box, "numberFormat");
      for (let r = 0; r < box.rows; r++)
        for (let c = 0; c < box.columns; c++)
          box.sheet.cell(box.row + r, box.column + c).format = String(at(r, c));
    });
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  load(spec?: string): this {
    this.loadWith(props(spec), (box, name) => readRangeProp(this.ctx, box, name), this.nullable);
    return this;
  }

  /** A range whose properties came loaded with its collection (RangeAreas.areas). */
  static loadedWith(ctx: FakeContext, box: Box, values: Record<string, unknown>): RangeProxy {
    const range = new RangeProxy(ctx, () => box);
    for (const [k, v] of Object.entries(values)) range.loaded.set(k, v);
    return range;
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9), formulas only: the formula cells of the range
   * as areas (runs of a row, merged down while the next row has the same run), or a null object
   * when there are none.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasProxy {
    if (cellType !== "Formulas" || cellValueType !== undefined)
      throw new FakeExcelError("InvalidArgument", `special cells ${cellType} are not in the fake`);
    return new RangeAreasProxy(this.ctx, () => {
      const box = this.target();
      const areas: { row: number; column: number; rows: number; columns: number }[] = [];
      let open: typeof areas = [];
      for (let r = box.row; r < box.row + box.rows; r++) {
        const line = box.sheet.rows.get(r);
        const runs: { column: number; columns: number }[] = [];
        if (line)
          for (let c = box.column; c < Math.min(box.column + box.columns, line.length); c++) {
            if (line[c]?.formula === undefined) continue;
            const last = runs[runs.length - 1];
            if (last && last.column + last.columns === c) last.columns++;
            else runs.push({ column: c, columns: 1 });
          }
        const next: typeof areas = [];
        for (const run of runs) {
          const above = open.find((a) => a.column === run.column && a.columns === run.columns);
          if (above) {
            above.rows++;
            next.push(above);
          } else {
            const area = { row: r, ...run, rows: 1 };
            areas.push(area);
            next.push(area);
          }
        }
        open = next;
      }
      return areas.length === 0 ? null : areas.map((a) => ({ sheet: box.sheet, ...a }));
    });
  }

  copyFrom(source: RangeProxy, copyType: "All" | "Values" | "Formats" = "All"): void {
    this.ctx.queue(16, () => {
      const from = source.target();
      const to = this.target();
      if (to.rows % from.rows !== 0 || to.columns % from.columns !== 0) {
        throw new FakeExcelError("InvalidArgument", "copyFrom: destination is not a multiple of the source");
      }
      // Read the whole source first, so an overlapping destination copies what was there.
      const workbook = this.ctx.excel.workbook;
      const values: CellValue[][] = [];
      const formulas: (string | undefined)[][] = [];
      const formats: (string | undefined)[][] = [];
      for (let r = 0; r < from.rows; r++) {
        const v: CellValue[] = [];
        const f: (string | undefined)[] = [];
        const n: (string | undefined)[] = [];
        for (let c = 0; c < from.columns; c++) {
          const cell = from.sheet.get(from.row + r, from.column + c);
          v.push(
            cell?.formula === undefined
              ? (cell?.value ?? null)
              : workbook.displayValue(from.sheet, from.row + r, from.column + c),
          );
          f.push(cell?.formula);
          n.push(cell?.format);
        }
        values.push(v);
        formulas.push(f);
        formats.push(n);
      }
      for (let r = 0; r < to.rows; r++) {
        for (let c = 0; c < to.columns; c++) {
          const sr = r % from.rows;
          const sc = c % from.columns;
          const cell = to.sheet.cell(to.row + r, to.column + c);
          if (copyType !== "Formats") {
            cell.value = values[sr][sc];
            cell.formula = undefined;
            const formula = formulas[sr][sc];
            if (copyType === "All" && formula !== undefined) cell.formula = formula;
          }
          if (copyType !== "Values") {
            const format = formats[sr][sc];
            if (format === undefined) cell.format = undefined;
            else cell.format = format;
          }
        }
      }
    });
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.ctx.queue(8, () => {
      const box = this.target();
      for (let r = 0; r < box.rows; r++) {
        for (let c = 0; c < box.columns; c++) {
          const cell = box.sheet.get(box.row + r, box.column + c);
          if (!cell) continue;
          if (applyTo !== "Formats") {
            cell.value = null;
            cell.formula = undefined;
          }
          if (applyTo !== "Contents") cell.format = undefined;
        }
      }
    });
  }
}

function readRangeProp(ctx: FakeContext, box: Box, name: string): unknown {
  const each = (f: (cell: Cell | undefined, r: number, c: number) => unknown): unknown[][] =>
    Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.columns }, (_, c) => f(box.sheet.get(box.row + r, box.column + c), r, c)),
    );
  switch (name) {
    case "values":
      return each((_, r, c) =>
        shown(ctx.excel.workbook.displayValue(box.sheet, box.row + r, box.column + c)),
      );
    case "formulas":
      return each((cell) => cell?.formula ?? shown(cell?.value ?? null));
    case "numberFormat":
      return each((cell) => cell?.format ?? "General");
    case "address":
      return boxAddress(box);
    case "rowIndex":
      return box.row;
    case "columnIndex":
      return box.column;
    case "rowCount":
      return box.rows;
    case "columnCount":
      return box.columns;
    default:
      throw new FakeExcelError("InvalidArgument", `range property ${name} is not in the fake`);
  }
}

/** RangeAreas: `address` (areas joined by ","), `areaCount`, `cellCount`, and `areas`. */
class RangeAreasProxy extends Proxy<Box[]> {
  constructor(ctx: FakeContext, resolve: () => Box[] | null) {
    super(ctx, resolve, "range areas");
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }

  /** The areas as a RangeCollection: load("items/address,items/rowIndex,...") then `items`. */
  get areas(): { load(spec?: string): unknown; readonly items: RangeProxy[] } {
    const ctx = this.ctx;
    const resolve = (): Box[] => this.target();
    let items: RangeProxy[] | undefined;
    const collection = {
      load(spec?: string) {
        const names = props(spec).map((p) => p.replace(/^items\//, ""));
        ctx.queueLoad(
          () => ({
            items: resolve().map((box) => ({
              box,
              values: Object.fromEntries(names.map((n) => [n, readRangeProp(ctx, box, n)])),
            })),
          }),
          (values) => {
            const loaded = values.items as { box: Box; values: Record<string, unknown> }[];
            items = loaded.map(({ box, values: v }) => RangeProxy.loadedWith(ctx, box, v));
          },
        );
        return collection;
      },
      get items(): RangeProxy[] {
        if (!items)
          throw new FakeExcelError("PropertyNotLoaded", "areas.items was read before load() and sync()");
        return items;
      },
    };
    return collection;
  }

  load(spec?: string): this {
    this.loadWith(
      props(spec),
      (boxes, name) => {
        switch (name) {
          case "address":
            return boxes.map(boxAddress).join(",");
          case "areaCount":
            return boxes.length;
          case "cellCount":
            return boxes.reduce((sum, b) => sum + b.rows * b.columns, 0);
          default:
            throw new FakeExcelError("InvalidArgument", `range areas property ${name} is not in the fake`);
        }
      },
      true,
    );
    return this;
  }
}

class TableCollectionProxy extends Proxy<Table[]> {
  private itemProxies: TableProxy[] | undefined;
  constructor(
    ctx: FakeContext,
    resolve: () => Table[],
    private readonly sheet: WorksheetProxy | undefined,
  ) {
    super(ctx, resolve, "tables");
  }

  get items(): TableProxy[] {
    if (!this.itemProxies)
      throw new FakeExcelError("PropertyNotLoaded", "tables.items was read before load() and sync()");
    return this.itemProxies;
  }

  load(spec?: string): this {
    const names = props(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.queueLoad(
      () => ({
        items: this.target().map((t) => ({
          table: t,
          values: Object.fromEntries(names.map((n) => [n, readTableProp(t, n)])),
        })),
      }),
      (values) => {
        const items = values.items as { table: Table; values: Record<string, unknown> }[];
        this.itemProxies = items.map(({ table, values: v }) => TableProxy.loadedWith(this.ctx, table, v));
      },
    );
    return this;
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.excel.workbook.table(name) ?? null, `table '${name}'`);
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.ctx,
      () => this.ctx.excel.workbook.table(name) ?? null,
      `table '${name}'`,
      true,
    );
  }

  add(address: string, hasHeaders: boolean): TableProxy {
    let created: Table | null = null;
    this.ctx.queue(address.length, () => {
      if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "the fake only makes tables with headers");
      const sheet = sheetOf(this.ctx, address, this.sheet?.resolve() ?? undefined);
      created = this.ctx.excel.workbook.addTable({ sheet, ...parseAddress(address) });
    });
    return new TableProxy(this.ctx, () => created, "new table");
  }
}

function readTableProp(table: Table, name: string): unknown {
  if (name === "name") return table.name;
  if (name === "showTotals") return table.showTotals;
  if (name === "worksheet/name") return table.sheet.name;
  throw new FakeExcelError("InvalidArgument", `table property ${name} is not in the fake`);
}

class TableProxy extends Proxy<Table> {
  constructor(
    ctx: FakeContext,
    resolve: () => Table | null,
    what: string,
    private readonly nullable = false,
  ) {
    super(ctx, resolve, what);
  }

  static loadedWith(ctx: FakeContext, table: Table, values: Record<string, unknown>): TableProxy {
    const proxy = new TableProxy(
      ctx,
      () => (ctx.excel.workbook.tables.includes(table) ? table : null),
      `table '${table.name}'`,
    );
    const sheetValues: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) {
      if (k.startsWith("worksheet/")) sheetValues[k.slice("worksheet/".length)] = v;
      else proxy.loaded.set(k, v);
    }
    proxy.loadedSheet = WorksheetProxy.loadedWith(ctx, table.sheet, sheetValues);
    return proxy;
  }

  private loadedSheet: WorksheetProxy | undefined;

  get worksheet(): WorksheetProxy {
    return this.loadedSheet ?? new WorksheetProxy(this.ctx, () => this.target().sheet, "table's worksheet");
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.ctx.queue(value.length, () => this.ctx.excel.workbook.renameTable(this.target(), value));
  }

  get showTotals(): boolean {
    return this.get("showTotals");
  }

  set showTotals(value: boolean) {
    this.ctx.queue(4, () => {
      const t = this.target();
      if (t.showTotals === value) return;
      const row = t.top + t.height;
      if (value) {
        for (let c = 0; c < t.width; c++) {
          const cell = t.sheet.get(row, t.left + c);
          if (cell && (cell.value !== null || cell.formula !== undefined)) {
            throw new FakeExcelError("InvalidOperation", "the row below the table is not empty");
          }
        }
        this.ctx.excel.workbook.checkFree(
          { sheet: t.sheet, row, column: t.left, rows: 1, columns: t.width },
          t,
        );
        t.showTotals = true;
        t.rememberedTotals.forEach((v, c) => {
          if (v !== null) {
            const cell = t.sheet.cell(row, t.left + c);
            if (v.startsWith("=")) cell.formula = v;
            else cell.value = v;
          }
        });
      } else {
        t.rememberedTotals = Array.from({ length: t.width }, (_, c) => {
          const cell = t.sheet.get(row, t.left + c);
          const v =
            cell?.formula ??
            (cell?.value === null || cell?.value === undefined ? null : String(shown(cell.value)));
          if (cell) {
            cell.value = null;
            cell.formula = undefined;
          }
          return v;
        });
        t.showTotals = false;
      }
    });
  }

  load(spec?: string): this {
    this.loadWith(props(spec), readTableProp, this.nullable);
    return this;
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.target().box());
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ ...this.target().box(), rows: 1 }));
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, row: t.top + 1, column: t.left, rows: t.height - 1, columns: t.width };
    });
  }

  getTotalRowRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.target();
      if (!t.showTotals) throw new FakeExcelError("InvalidOperation", `table ${t.name} has no totals row`);
      return { sheet: t.sheet, row: t.top + t.height, column: t.left, rows: 1, columns: t.width };
    });
  }

  resize(address: string): void {
    this.ctx.queue(address.length, () => {
      const t = this.target();
      const box = { sheet: sheetOf(this.ctx, address, t.sheet), ...parseAddress(address) };
      if (box.sheet !== t.sheet || box.row !== t.top || box.column !== t.left) {
        throw new FakeExcelError("InvalidArgument", "resize must keep the table's top-left cell");
      }
      if (t.showTotals)
        throw new FakeExcelError("InvalidOperation", "the fake resizes only tables without a totals row");
      if (box.rows < 2) throw new FakeExcelError("InvalidArgument", "a table needs a data row");
      this.ctx.excel.workbook.checkFree(box, t);
      t.height = box.rows;
      t.width = box.columns;
    });
  }

  delete(): void {
    this.ctx.queue(0, () => {
      const tables = this.ctx.excel.workbook.tables;
      tables.splice(tables.indexOf(this.target()), 1);
    });
  }
}
