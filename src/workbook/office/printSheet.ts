/**
 * Writing a printable sheet (workbook/printSheet.ts) through Office.js in few syncs, all or nothing:
 *
 * 1. inspect (1-2 syncs): sheets, tables and the ownership registry; a name taken by anything
 *    SalesPlan did not write stops here, before any change;
 * 2. one sync: the new sheet is built whole under a spare name, then the old one (SalesPlan's) is
 *    deleted, the new one takes the name, is shown, and the registry records it. Building comes
 *    first, so a failure there leaves the old sheet as it was;
 * 3. on a failure (one more sync): the spare sheet goes while the old one is still there; past the
 *    old sheet's deletion the new one is complete, so it takes the name and is recorded.
 */
import { draftArea, rowSpan, type SheetDraft, type WrittenSheet } from "../printSheet";
import { planSheetWrite, registryWithSheet } from "../sheetPlan";
import { inspectWorkbook, type OfficeSnapshot } from "./inspect";
import { writeRegistry } from "./write";

/** Excel column width in characters to the points Office.js uses (Calibri 11: 7 px a character + 5 px). */
const widthPoints = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/** A name no sheet has: the draft's with a suffix ("~" is allowed in sheet names, 31 characters at most). */
function spareName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = `~${i}`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Queue the draft's cells, styles and page setup on `ws` (no sync). */
function build(ws: Excel.Worksheet, draft: SheetDraft): void {
  const n = draft.widths.length;
  draft.widths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w);
  });
  const rows = draft.rows.length;
  if (rows > 0) {
    const values = draft.rows.map((r) => Array.from({ length: n }, (_, c) => r.cells[c] ?? ""));
    const formats = draft.rows.map((r) =>
      Array.from({ length: n }, (_, c) =>
        typeof r.cells[c] === "number" ? (r.numberFormats?.[c] ?? r.numberFormat ?? "General") : "@",
      ),
    );
    const all = ws.getRangeByIndexes(0, 0, rows, n);
    // Formats first: "2026-01" written into a General cell would become a date.
    all.numberFormat = formats;
    all.values = values;
  }
  draft.rows.forEach((row, r) => {
    const whole = ws.getRangeByIndexes(r, 0, 1, n);
    if (row.bold) whole.format.font.bold = true;
    if (row.size) whole.format.font.size = row.size;
    if (row.wrap) whole.format.wrapText = true;
    if (row.vertical)
      whole.format.verticalAlignment =
        row.vertical === "middle" ? "Center" : row.vertical === "top" ? "Top" : "Bottom";
    if (row.height) whole.format.rowHeight = row.height;
    if (row.boldLabel) ws.getRangeByIndexes(r, 0, 1, 1).format.font.bold = true;
    if (row.fill) ws.getRangeByIndexes(r, 0, 1, Math.max(1, row.cells.length)).format.fill.color = row.fill;
    if (row.rightFrom !== undefined && row.rightFrom < n)
      ws.getRangeByIndexes(r, row.rightFrom, 1, n - row.rightFrom).format.horizontalAlignment = "Right";
    const rule = (span: readonly [number, number], edge: "EdgeTop" | "EdgeBottom") => {
      const border = ws.getRange(rowSpan(r, span[0], span[1])).format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#808080";
    };
    if (row.ruleAbove) rule(row.ruleAbove, "EdgeTop");
    if (row.ruleBelow) rule(row.ruleBelow, "EdgeBottom");
    for (const [from, to] of row.merges ?? []) if (to > from) ws.getRange(rowSpan(r, from, to)).merge(false);
  });
  ws.showGridlines = false;
  const page = ws.pageLayout;
  page.orientation = draft.page.orientation === "portrait" ? "Portrait" : "Landscape";
  page.paperSize = "A4";
  page.centerHorizontally = true;
  page.zoom = { horizontalFitToPages: draft.page.fitWide, verticalFitToPages: draft.page.fitTall };
  page.setPrintMargins("Inches", { ...draft.page.margins, header: 0.3, footer: 0.3 });
  page.setPrintArea(draftArea(draft));
  page.headersFooters.defaultForAllPages.leftFooter = draft.page.footerLeft;
  page.headersFooters.defaultForAllPages.rightFooter = draft.page.footerRight;
}

/**
 * After a failed commit: no spare sheet left behind. A spare sheet still there while the old one
 * is gone was built whole (building comes before the deletion), so it takes the name.
 */
async function recover(
  context: Excel.RequestContext,
  snapshot: OfficeSnapshot,
  draft: SheetDraft,
  replacing: boolean,
  spare: string,
  now: Date,
): Promise<void> {
  const built = context.workbook.worksheets.getItemOrNullObject(spare).load("name");
  const named = context.workbook.worksheets.getItemOrNullObject(draft.name).load("name");
  await context.sync();
  if (!built.isNullObject && (!named.isNullObject || !replacing)) built.delete();
  else if (!built.isNullObject || !named.isNullObject) {
    if (!built.isNullObject) built.name = draft.name;
    writeRegistry(context, snapshot, registryWithSheet(snapshot.registry, draft.name, now));
  }
  await context.sync();
}

export async function writeOfficeSheet(
  context: Excel.RequestContext,
  draft: SheetDraft,
  now: Date,
): Promise<WrittenSheet> {
  const snapshot = await inspectWorkbook(context, []);
  const plan = planSheetWrite(draft, snapshot);
  const spare = spareName(draft.name, snapshot.sheetNames);
  const ws = context.workbook.worksheets.add(spare);
  build(ws, draft);
  if (plan === "replace") context.workbook.worksheets.getItem(draft.name).delete();
  ws.name = draft.name;
  ws.activate();
  writeRegistry(context, snapshot, registryWithSheet(snapshot.registry, draft.name, now));
  try {
    await context.sync();
  } catch (error) {
    try {
      await recover(context, snapshot, draft, plan === "replace", spare, now);
    } catch {
      // The first failure is the one to report; a spare sheet left behind is named ~1 and harmless.
    }
    throw error;
  }
  return { sheet: draft.name, rows: draft.rows.length, created: plan === "create" };
}
