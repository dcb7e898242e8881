/**
 * The few cell styles SalesPlan's tables need (a number format, bold or not), found in or added to
 * the workbook's styles part. Added formats, fonts and cell formats go after the existing ones, so
 * every style index the user's cells use keeps its meaning; a rerun finds the ones it added before.
 */
import { escapeXml, unescapeXml } from "./xml";

/** Excel's built-in formats that SalesPlan uses, by code (custom formats start at 164). */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

export class StyleBook {
  private changed = false;
  private readonly cache = new Map<string, string>();

  constructor(private xml: string) {}

  /** Whether anything was added (then `text` is the new styles part). */
  get dirty(): boolean {
    return this.changed;
  }

  get text(): string {
    return this.xml;
  }

  /** The cellXfs index (as the `s` attribute's text) of a cell with this format, bold or not. */
  cellStyle(numFmt: string, bold = false): string {
    const key = `${bold ? "b" : ""}|${numFmt}`;
    let index = this.cache.get(key);
    if (index === undefined) {
      const numFmtId = this.numFmtId(numFmt);
      const fontId = bold ? this.boldFont() : 0;
      const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"${bold ? ' applyFont="1"' : ""}/>`;
      index = String(this.addTo("cellXfs", xf));
      this.cache.set(key, index);
    }
    return index;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let max = 163;
    const re = /<numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"[^>]*\/>/g;
    for (let m = re.exec(this.xml); m; m = re.exec(this.xml)) {
      if (unescapeXml(m[2]) === code) return Number(m[1]);
      max = Math.max(max, Number(m[1]));
    }
    const id = max + 1;
    this.addTo("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private boldFont(): number {
    const fonts = this.section("fonts");
    const items = fonts
      ? [...fonts.body.matchAll(/<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g)].map((m) => m[0])
      : [];
    // The default font made bold: same size, name and colour as the rest of the workbook.
    const base = items[0] ?? '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
    const bold = /<b\/>|<b\s/.test(base)
      ? base
      : base.endsWith("/>")
        ? base.replace(/\/>$/, "><b/></font>")
        : base.replace(/<font\b([^>]*)>/, "<font$1><b/>");
    const found = items.indexOf(bold);
    return found >= 0 ? found : this.addTo("fonts", bold);
  }

  private section(name: string): { start: number; end: number; body: string; open: string } | undefined {
    const m = new RegExp(`<${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`).exec(this.xml);
    if (!m) return undefined;
    return { start: m.index, end: m.index + m[0].length, body: m[2] ?? "", open: m[1] };
  }

  /** Append `item` to a counted list (creating the list where the schema puts it); its index. */
  private addTo(name: "numFmts" | "fonts" | "cellXfs", item: string): number {
    const s = this.section(name);
    const tag = name === "numFmts" ? "numFmt" : name === "fonts" ? "font" : "xf";
    const items = s
      ? [...s.body.matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, "g"))]
      : [];
    // Added by an earlier run: use it again rather than growing the list on every run.
    const existing = items.findIndex((m) => m[0] === item);
    if (existing >= 0) return existing;
    this.changed = true;
    if (!s) {
      // The schema's order: numFmts, fonts, fills, borders, cellStyleXfs, cellXfs, ...
      const before = { numFmts: "<fonts", fonts: "<fills", cellXfs: "<cellStyles" }[name];
      const at = this.xml.indexOf(before);
      const list = `<${name} count="1">${item}</${name}>`;
      this.xml =
        at >= 0
          ? this.xml.slice(0, at) + list + this.xml.slice(at)
          : this.xml.replace(/<\/styleSheet>/, `${list}</styleSheet>`);
      return 0;
    }
    const count = items.length;
    const open = s.open.replace(/\s*count="\d+"/, "");
    const list = `<${name}${open} count="${count + 1}">${s.body}${item}</${name}>`;
    this.xml = this.xml.slice(0, s.start) + list + this.xml.slice(s.end);
    return count;
  }
}
