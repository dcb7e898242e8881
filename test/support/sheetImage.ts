/**
 * A printable sheet the pane wrote into the in-memory Excel, drawn as Excel would show it (column
 * widths, merges, bold, sizes, fills, rules, wrapping, money as #,##0.00, no gridlines) so a
 * browser test can take a picture of it and a person can look at the page a rep would get.
 */
import type { Page } from "playwright-core";
import type { FakeExcel } from "./fake-excel";

interface SheetData {
  readonly cells: { r: number; c: number; value: unknown; format: string | undefined }[];
  readonly styles: [string, Record<string, unknown>][];
  readonly heights: [number, number][];
  readonly widths: [number, number][];
  readonly merges: string[];
}

/** The sheet's cells and styles, read in the page. */
function sheetData(page: Page, name: string): Promise<SheetData> {
  return page.evaluate((n) => {
    const excel = (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
    const sheet = excel.workbook.sheet(n)!;
    return {
      cells: [...sheet.entries()].map(([r, c, cell]) => ({ r, c, value: cell.value, format: cell.format })),
      styles: [...sheet.styles.entries()],
      heights: [...sheet.heights.entries()],
      widths: [...sheet.widths.entries()],
      merges: [...sheet.merges],
    };
  }, name);
}

const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function shown(value: unknown, format: string | undefined): string {
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  // A date (yyyy-mm-dd) from its Excel serial, as Excel shows it.
  if (format?.startsWith("yyyy"))
    return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  // As many decimals as the format's zeros after the point ("0.0" a score, "#,##0.00" money).
  const decimals = format?.match(/0\.(0+)/)?.[1].length ?? 0;
  if (format?.includes("%"))
    return `${(value * 100).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}%`;
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** The sheet as an HTML page: one table, cells styled as the writes set them; and its width in px. */
export async function sheetHtml(page: Page, name: string): Promise<{ html: string; width: number }> {
  const data = await sheetData(page, name);
  const styles = new Map(data.styles);
  const heights = new Map(data.heights);
  const rows = Math.max(0, ...data.cells.map((c) => c.r + 1));
  const columns = Math.max(data.widths.length, ...data.cells.map((c) => c.c + 1));
  const cells = new Map(data.cells.map((c) => [`${c.r},${c.c}`, c]));
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of data.merges) {
    const [a, b] = m.split(":");
    const row = Number(a.replace(/[A-Z]+/, "")) - 1;
    const from = column(a.replace(/\d+/, ""));
    const to = column((b ?? a).replace(/\d+/, ""));
    spans.set(`${row},${from}`, to - from + 1);
    for (let c = from + 1; c <= to; c++) covered.add(`${row},${c}`);
  }
  const widths = new Map(data.widths);
  const px = Array.from({ length: columns }, (_, c) => Math.round((widths.get(c) ?? 48) / 0.75));
  const cols = px.map((w) => `<col style="width:${w}px">`);
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const tds: string[] = [];
    for (let c = 0; c < columns; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const s = styles.get(key) ?? {};
      const cell = cells.get(key);
      const css = [
        s.bold ? "font-weight:700" : "",
        s.size ? `font-size:${s.size}pt` : "",
        s.fill ? `background:${s.fill}` : "",
        s.EdgeTop ? "border-top:1px solid #808080" : "",
        s.EdgeBottom ? "border-bottom:1px solid #808080" : "",
        s.wrapText ? "white-space:normal" : "white-space:nowrap;overflow:hidden",
        `vertical-align:${s.verticalAlignment === "Center" ? "middle" : s.verticalAlignment === "Bottom" ? "bottom" : "top"}`,
        typeof cell?.value === "number" || s.horizontalAlignment === "Right" ? "text-align:right" : "",
      ].filter(Boolean);
      const span = spans.get(key);
      tds.push(
        `<td${span ? ` colspan="${span}"` : ""} style="${css.join(";")}">${escape(shown(cell?.value, cell?.format))}</td>`,
      );
    }
    const h = heights.get(r);
    body.push(`<tr style="height:${((h ?? 15) / 0.75).toFixed(0)}px">${tds.join("")}</tr>`);
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 24px; background: #fff; color: #000; font: 11pt Calibri, Carlito, "Noto Sans CJK SC", sans-serif; }
    table { border-collapse: collapse; table-layout: fixed; }
    td { padding: 1px 4px; overflow-wrap: anywhere; }
  </style></head><body><table style="width:${px.reduce((a, b) => a + b, 0)}px">${cols.join("")}${body.join("")}</table></body></html>`;
  return { html, width: px.reduce((a, b) => a + b, 0) + 48 };
}

/** Show the sheet in `page` (in place of what it showed), wide enough for every column. */
export async function showSheet(page: Page, name: string): Promise<void> {
  const { html, width } = await sheetHtml(page, name);
  await page.setViewportSize({ width, height: 900 });
  await page.setContent(html);
}
