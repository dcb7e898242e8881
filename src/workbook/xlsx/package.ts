/**
 * An .xlsx package as parts: the workbook's sheet list, relationships, content types, tables and
 * shared strings are parsed (they are small); sheets are read as streams only when asked for.
 * Changes are kept as whole replacement parts and written at `save`, every other part copied byte
 * for byte, so a run touches only the sheets and tables it writes.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { parseRangeAddress } from "../cells";
import { attributes, elements, escapeXml, prefixed, stringItemText } from "./xml";
import { entryBuffer, entryText, readZip, ZipWriter, type ZipEntry } from "./zip";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_SHEET = `${NS_REL}/worksheet`;
const REL_TABLE = `${NS_REL}/table`;
const REL_CALC_CHAIN = `${NS_REL}/calcChain`;
const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetInfo {
  name: string;
  readonly sheetId: number;
  readonly rid: string;
  state: string | undefined;
  /** The sheet part's path in the zip, e.g. xl/worksheets/sheet1.xml. */
  readonly path: string;
}

export interface TableInfo {
  readonly name: string;
  readonly id: number;
  ref: string;
  readonly path: string;
  readonly sheetPath: string;
  totalsRow: boolean;
  columns: string[];
  /** The table's <tableStyleInfo .../> element as it was, kept when the table is rewritten. */
  readonly styleXml: string | undefined;
}

/** A part's content for `save`: text, or text chunks produced while writing (large sheets). */
export type PartContent = string | (() => AsyncIterable<string> | Iterable<string>);

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

const SHEET_TAG = /<(?:\w+:)?sheet\b[^>]*\/>/g;

const resolvePart = (from: string, target: string): string =>
  target.startsWith("/")
    ? target.slice(1)
    : path.posix.normalize(path.posix.join(path.posix.dirname(from), target));

const relsPath = (part: string): string =>
  path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);

function parseRels(xml: string | undefined): Rel[] {
  if (!xml) return [];
  return elements(xml, "Relationship").map((a) => ({ id: a.Id, type: a.Type, target: a.Target }));
}

function relsXml(rels: readonly Rel[]): string {
  const items = rels.map(
    (r) =>
      `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

export class XlsxPackage {
  readonly entries = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, PartContent>();
  private readonly removed = new Set<string>();
  readonly workbookPath: string;
  private workbookXml: string;
  private workbookRels: Rel[];
  private contentTypes: string;
  readonly sheets: SheetInfo[] = [];
  readonly tables: TableInfo[] = [];
  readonly sharedStrings: string[] = [];
  private readonly sheetRels = new Map<string, Rel[]>();

  private constructor(
    readonly data: Buffer,
    parts: Readonly<Record<string, string>> = {},
  ) {
    for (const e of readZip(data)) this.entries.set(e.name, e);
    for (const [name, text] of Object.entries(parts)) this.changed.set(name, text);
    const root = parseRels(this.text("_rels/.rels"));
    const office = root.find((r) => r.type.endsWith("/officeDocument"));
    this.workbookPath = office ? resolvePart("", office.target) : "xl/workbook.xml";
    const workbook = this.text(this.workbookPath);
    const types = this.text("[Content_Types].xml");
    if (!workbook || !types) throw new Error("no workbook part: not a spreadsheet");
    this.workbookXml = workbook;
    this.contentTypes = types;
    this.workbookRels = parseRels(this.text(relsPath(this.workbookPath)));
    for (const a of elements(workbook, "sheet")) {
      const rid = prefixed(a, "id") ?? "";
      const rel = this.workbookRels.find((r) => r.id === rid);
      // Chart sheets and dialog sheets are sheets too, but hold no cells SalesPlan reads.
      if (!rel || rel.type !== REL_SHEET) continue;
      this.sheets.push({
        name: a.name,
        sheetId: Number(a.sheetId),
        rid,
        state: a.state,
        path: resolvePart(this.workbookPath, rel.target),
      });
    }
    for (const sheet of this.sheets) {
      const rels = this.relsOf(sheet.path);
      for (const rel of rels.filter((r) => r.type === REL_TABLE)) {
        const tablePath = resolvePart(sheet.path, rel.target);
        const xml = this.text(tablePath);
        if (!xml) continue;
        const tag = /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
        if (!tag) continue;
        const a = attributes(tag[1]);
        this.tables.push({
          name: a.displayName || a.name,
          id: Number(a.id),
          ref: a.ref,
          path: tablePath,
          sheetPath: sheet.path,
          totalsRow: Number(a.totalsRowCount ?? 0) > 0,
          columns: elements(xml, "tableColumn").map((c) => c.name),
          styleXml: /<(?:\w+:)?tableStyleInfo\b[^>]*\/>/.exec(xml)?.[0],
        });
      }
    }
    const sst = this.workbookRels.find((r) => r.type.endsWith("/sharedStrings"));
    const sstXml = sst && this.text(resolvePart(this.workbookPath, sst.target));
    if (sstXml) {
      const re = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
      for (let m = re.exec(sstXml); m; m = re.exec(sstXml))
        this.sharedStrings.push(stringItemText(m[1] ?? ""));
    }
  }

  static async open(file: string): Promise<XlsxPackage> {
    return new XlsxPackage(await fs.readFile(file));
  }

  static fromBuffer(data: Buffer): XlsxPackage {
    return new XlsxPackage(data);
  }

  /** A workbook with no sheets yet, for a new file (the demo). */
  static empty(): XlsxPackage {
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    return new XlsxPackage(end, emptyWorkbookParts());
  }

  /** A part's text: as changed in this session, else from the file; undefined when absent. */
  text(part: string): string | undefined {
    const changed = this.changed.get(part);
    if (typeof changed === "string") return changed;
    if (this.removed.has(part)) return undefined;
    const entry = this.entries.get(part);
    return entry ? entryBuffer(this.data, entry).toString("utf8") : undefined;
  }

  /** A sheet's text in chunks, from the file (changed sheets are read from their plans instead). */
  sheetText(part: string): AsyncIterable<string> {
    const entry = this.entries.get(part);
    if (!entry) return (async function* () {})();
    return entryText(this.data, entry);
  }

  has(part: string): boolean {
    return this.changed.has(part) || (!this.removed.has(part) && this.entries.has(part));
  }

  setPart(part: string, content: PartContent): void {
    this.removed.delete(part);
    this.changed.set(part, content);
  }

  relsOf(part: string): Rel[] {
    let rels = this.sheetRels.get(part);
    if (!rels) {
      rels = parseRels(this.text(relsPath(part)));
      this.sheetRels.set(part, rels);
    }
    return rels;
  }

  private freePath(dir: string, stem: string): string {
    for (let i = 1; ; i++) {
      const candidate = `${dir}/${stem}${i}.xml`;
      if (!this.has(candidate)) return candidate;
    }
  }

  private addOverride(part: string, contentType: string): void {
    const tag = `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
    this.contentTypes = this.contentTypes.replace(/<\/(\w+:)?Types>\s*$/, (end) => `${tag}${end}`);
  }

  private nextRid(rels: readonly Rel[]): string {
    const used = new Set(rels.map((r) => r.id));
    for (let i = rels.length + 1; ; i++) if (!used.has(`rId${i}`)) return `rId${i}`;
  }

  /** Add an empty sheet at `position` among the sheets (tab order); returns it. */
  addSheet(name: string, position: number, state?: "veryHidden"): SheetInfo {
    const part = this.freePath("xl/worksheets", "sheet");
    const rid = this.nextRid(this.workbookRels);
    this.workbookRels.push({
      id: rid,
      type: REL_SHEET,
      target: path.posix.relative(path.posix.dirname(this.workbookPath), part),
    });
    this.addOverride(part, CT_SHEET);
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    const info: SheetInfo = { name, sheetId, rid, state, path: part };
    const prefix = this.relPrefix();
    const tag = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state ? ` state="${state}"` : ""} ${prefix}:id="${rid}"/>`;
    // Defined names and the active tab count every <sheet> (chart sheets too) by position.
    if (position < this.sheets.length) {
      const before = this.tagOf(this.sheets[position]);
      const at = [...this.workbookXml.matchAll(SHEET_TAG)].findIndex((m) => m.index === before.index);
      const index = before.index as number;
      this.workbookXml = this.workbookXml.slice(0, index) + tag + this.workbookXml.slice(index);
      this.shiftSheetIndexes(at);
      this.sheets.splice(position, 0, info);
    } else {
      this.workbookXml = this.workbookXml.replace(/<\/(\w+:)?sheets>/, (end) => `${tag}${end}`);
      this.sheets.push(info);
    }
    this.setPart(part, "");
    return info;
  }

  private tagOf(sheet: SheetInfo): RegExpMatchArray {
    const all = [...this.workbookXml.matchAll(SHEET_TAG)];
    const found = all.find((m) => prefixed(attributes(m[0]), "id") === sheet.rid);
    if (!found) throw new Error(`sheet ${sheet.name} not in the workbook part`);
    return found;
  }

  private shiftSheetIndexes(from: number): void {
    const shift = (attr: string) => (tag: string) =>
      tag.replace(new RegExp(`\\b${attr}="(\\d+)"`), (whole, n: string) =>
        Number(n) >= from ? `${attr}="${Number(n) + 1}"` : whole,
      );
    this.workbookXml = this.workbookXml
      .replace(/<(?:\w+:)?definedName\b[^>]*>/g, shift("localSheetId"))
      .replace(/<(?:\w+:)?workbookView\b[^>]*>/g, (tag) => shift("activeTab")(shift("firstSheet")(tag)));
  }

  private relPrefix(): string {
    const m = new RegExp(`xmlns:(\\w+)="${NS_REL}"`).exec(this.workbookXml);
    if (m) return m[1];
    this.workbookXml = this.workbookXml.replace(/<((?:\w+:)?workbook)\b/, `<$1 xmlns:r="${NS_REL}"`);
    return "r";
  }

  /** The styles part's path, created (the default styles) when the workbook has none. */
  stylesPath(): string {
    const rel = this.workbookRels.find((r) => r.type === `${NS_REL}/styles`);
    if (rel) return resolvePart(this.workbookPath, rel.target);
    const part = path.posix.join(path.posix.dirname(this.workbookPath), "styles.xml");
    this.workbookRels.push({
      id: this.nextRid(this.workbookRels),
      type: `${NS_REL}/styles`,
      target: "styles.xml",
    });
    this.addOverride(part, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
    this.setPart(part, emptyWorkbookParts()["xl/styles.xml"]);
    return part;
  }

  /** Set a sheet's visibility (undefined: visible). */
  setSheetState(sheet: SheetInfo, state: "veryHidden" | undefined): void {
    if (sheet.state === state) return;
    const tag = this.tagOf(sheet)[0];
    const without = tag.replace(/\sstate="[^"]*"/, "");
    const next = state ? without.replace(/\/>$/, ` state="${state}"/>`) : without;
    this.workbookXml = this.workbookXml.replace(tag, next);
    sheet.state = state;
  }

  /** A new table part for a sheet: its path, id and the relationship id the sheet lists it by. */
  addTablePart(sheetPath: string): { path: string; id: number; rid: string } {
    const part = this.freePath("xl/tables", "table");
    const rels = this.relsOf(sheetPath);
    const rid = this.nextRid(rels);
    rels.push({ id: rid, type: REL_TABLE, target: path.posix.relative(path.posix.dirname(sheetPath), part) });
    this.setPart(relsPath(sheetPath), relsXml(rels));
    this.addOverride(part, CT_TABLE);
    const id = Math.max(0, ...this.tables.map((t) => t.id)) + 1;
    return { path: part, id, rid };
  }

  /** Where a table range sits, from 0. */
  static bounds(table: TableInfo): ReturnType<typeof parseRangeAddress> {
    return parseRangeAddress(table.ref);
  }

  /**
   * Write the package to `file`: changed parts from their content, the rest copied. The calc
   * chain goes when any sheet changed (Excel rebuilds it; a stale one makes it repair the file).
   */
  async save(file: string): Promise<void> {
    if ([...this.changed.keys()].some((p) => this.sheets.some((s) => s.path === p))) this.dropCalcChain();
    this.changed.set(this.workbookPath, this.workbookXml);
    this.changed.set("[Content_Types].xml", this.contentTypes);
    this.changed.set(relsPath(this.workbookPath), relsXml(this.workbookRels));
    const handle = await fs.open(file, "w");
    try {
      const zip = new ZipWriter(handle);
      const written = new Set<string>();
      for (const [name, entry] of this.entries) {
        if (this.removed.has(name)) continue;
        const content = this.changed.get(name);
        if (content === undefined) await zip.copy(this.data, entry);
        else await zip.add(name, typeof content === "string" ? [content] : content());
        written.add(name);
      }
      for (const [name, content] of this.changed) {
        if (written.has(name)) continue;
        await zip.add(name, typeof content === "string" ? [content] : content());
      }
      await zip.finish();
    } finally {
      await handle.close();
    }
  }

  private dropCalcChain(): void {
    const rel = this.workbookRels.find((r) => r.type === REL_CALC_CHAIN);
    if (!rel) return;
    const part = resolvePart(this.workbookPath, rel.target);
    this.workbookRels = this.workbookRels.filter((r) => r !== rel);
    this.removed.add(part);
    this.changed.delete(part);
    this.contentTypes = this.contentTypes.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.]/g, "\\.")}"[^>]*/>`),
      "",
    );
  }
}

/** The parts of a workbook with no sheets yet, for a new file (the demo). */
export function emptyWorkbookParts(): Record<string, string> {
  return {
    "[Content_Types].xml": `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    "_rels/.rels": `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    "docProps/core.xml": `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>SalesPlan</dc:creator></cp:coreProperties>`,
    "xl/workbook.xml": `${XML_DECLARATION}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `${XML_DECLARATION}<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  };
}
