/**
 * The pane's printable review: one rep's review for a period written through the Office.js host
 * over the in-memory Excel as the values-only Review sheet, the same rows as `salesplan reviews`
 * prints from the same record (the trend as figures), that rep only (another rep named in the notes
 * printed as a colleague), per-cell number formats, fitted on one page, in few syncs, with a
 * SalesAudit row; another rep's review replaces it; in Chinese for a Chinese rep.
 */
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoScorecard } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import {
  headersSpec,
  NUMBER_FORMATS,
  reviewRecords,
  reviewSheet,
  REVIEW_SHEET,
  writeReviewSheet,
} from "../../src/jobs";
import { serialOf } from "../../src/kernel/calendar";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { FakeExcel } from "../support/fake-excel";

jest.setTimeout(60_000);

const NOW = new Date(Date.UTC(2026, 3, 2, 8));
const PERIOD = "2026-03";
const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps: 4 });
const scorecard = demoScorecard(90_000);
const [rep, other, third] = company.reps;
const options = { period: PERIOD, lang: "en" as const, now: NOW, scorecard };
const ACTION = `Shadow ${other.Name} on two visits`;

async function workbook(languages: Record<string, string> = {}) {
  const excel = new FakeExcel();
  const host = new OfficeWorkbookHost({ run: excel.run });
  // The demo's own review notes and development left out: this test's notes say what the sheet shows.
  const tables = companyTables(company)
    .filter((t) => t.name !== "ReviewNotes" && t.name !== "Development")
    .map((t) =>
      t.name === "Reps"
        ? {
            ...t,
            columns: [...t.columns, { key: "Language", header: "Language", kind: "text" as const }],
            rows: t.rows.map((r) => ({ ...r, Language: languages[String(r.RepID)] ?? "en" })),
          }
        : t,
    );
  await host.writeTables(tables, NOW);
  const date = (m: number, d: number) => serialOf(2026, m, d);
  excel.addTable("ReviewNotes", "ReviewNotes", 0, 0, [
    ["RepID", "Period", "Date", "Reviewer", "Strengths", "Gaps", "Actions", "Owner", "Due", "Status"],
    [
      rep.RepID,
      "2026-02",
      date(2, 26),
      "Raj",
      "Thorough visits",
      "Few calls",
      ACTION,
      rep.Name,
      date(3, 20),
      "open",
    ],
    [rep.RepID, "2026-02", date(2, 26), "Raj", "", "", "Call ten clinics", "Raj", date(4, 30), "done"],
    [
      other.RepID,
      "2026-02",
      date(2, 27),
      "Raj",
      "Other's strengths",
      "",
      "Other's action",
      other.Name,
      null,
      "",
    ],
  ]);
  return { excel, host };
}

const sheetText = (excel: FakeExcel, name: string) =>
  JSON.stringify([...excel.workbook.sheet(name)!.entries()].map(([, , c]) => c.value));

it("writes one rep's review as the Review sheet: the CLI's rows, that rep only, one page, audited, in few syncs", async () => {
  const { excel, host } = await workbook();
  excel.syncs = 0;
  const { record, written } = await writeReviewSheet(host, rep.RepID, options);
  const syncs = excel.syncs;
  // The review's tables in one batch, the payouts' recompute (mentoring's ramps) in another, the
  // sheet in one sync after its inspection, the audit row in a few more: 16 (29 reading one by one).
  expect(syncs).toBeLessThanOrEqual(16);
  expect(written).toEqual({ sheet: REVIEW_SHEET, rows: expect.any(Number), created: true });

  // The same record and rows as the command line prints, from the same workbook.
  const { records, reps } = await reviewRecords(host, { ...options, lang: "en" });
  const cli = records.find((r) => r.repId === rep.RepID)!;
  expect(record).toEqual(cli);
  const printed = reviewSheet(cli, reps, NOW, { bars: false });
  const width = printed.widths.length;
  expect(written.rows).toBe(printed.rows.length);
  const cells = excel.read(REVIEW_SHEET, 0, 0, printed.rows.length, width);
  expect(cells).toEqual(printed.rows.map((r) => Array.from({ length: width }, (_, c) => r.cells[c] ?? null)));
  // And the command line's file holds the same rows, bars and their note aside.
  const withBars = reviewSheet(cli, reps, NOW);
  expect(
    withBars.rows
      .filter((r) => r.kind !== "note" || !String(r.cells[0]).startsWith("Bars"))
      .map((r) => r.cells),
  ).toEqual(printed.rows.map((r) => r.cells));

  const col = (r: number, c: number) => excel.workbook.sheet(REVIEW_SHEET)!.cell(r, c);
  const find = (text: string) => cells.findIndex((r) => r[0] === text);
  expect(cells[0][0]).toBe(`One-to-one review ${PERIOD}`);
  expect(cells[1][1]).toBe(`${rep.RepID} ${rep.Name}`);
  // The scorecard: a value as a count, achievement and median as percents, the gap in points.
  const kpiRow = find(scorecard.kpis[0].name);
  expect(kpiRow).toBeGreaterThan(0);
  expect(col(kpiRow, 1).format).toBe(NUMBER_FORMATS.number);
  expect(col(kpiRow, 3).format).toBe(NUMBER_FORMATS.percent);
  expect(col(kpiRow, 4).format).toBe(NUMBER_FORMATS.percent);
  expect(col(kpiRow, 5).format).toBe(NUMBER_FORMATS.score);
  expect(cells[kpiRow][3]).toBeCloseTo(cli.kpis[0].achievement!, 10);
  // The trend: a row per KPI over the months to March, then the score.
  const trendHeader = cells.findIndex((r) => r[0] === "KPI" && r[1] === "2026-01");
  expect(cells[trendHeader].slice(1, 4)).toEqual(["2026-01", "2026-02", "2026-03"]);
  expect(cells[trendHeader + scorecard.kpis.length + 1][0]).toBe("Score");
  // Last review's actions with their state; the other rep named in one is printed as a colleague.
  expect(cells.some((r) => r[0] === "Last review (2026-02, 2026-02-26)")).toBe(true);
  const shadow = cells.find((r) => r[0] === "Shadow [colleague] on two visits")!;
  expect(shadow[7]).toBe("overdue");
  expect(col(cells.indexOf(shadow), 6).format).toBe(NUMBER_FORMATS.date);
  expect(cells.find((r) => r[0] === "Call ten clinics")![7]).toBe("done");
  // Signature lines last: the rep's and the manager's, each with a date.
  expect(cells.slice(-2).map((r) => [r[0], r[5]])).toEqual([
    ["Rep", "Date"],
    ["Manager", "Date"],
  ]);

  // That rep only: no other rep's ID or name, nor their notes, anywhere on the sheet.
  const text = sheetText(excel, REVIEW_SHEET);
  for (const o of company.reps.filter((r) => r.RepID !== rep.RepID)) {
    expect(text).not.toMatch(new RegExp(`"${o.RepID}\\b|\\b${o.RepID}"`));
    expect(text).not.toContain(o.Name);
  }
  expect(text).not.toContain("Other's");

  // Values only, on one printed page.
  const sheet = excel.workbook.sheet(REVIEW_SHEET)!;
  for (const [, , cell] of sheet.entries()) expect(cell.formula).toBeUndefined();
  expect(sheet.page).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    printArea: `A1:H${printed.rows.length}`,
    leftFooter: `${rep.RepID} ${PERIOD}`,
  });
  expect(sheet.showGridlines).toBe(false);

  const audit = (await host.readTable(headersSpec("SalesAudit"))).rows.map((r) => r.values);
  expect(audit[audit.length - 1]).toMatchObject({
    Action: `review sheet ${rep.RepID} ${PERIOD}`,
    OutputRows: `Review=${printed.rows.length}`,
    Totals: `Review.Score=${cli.score!.toFixed(2)}`,
  });

  // Another rep's review replaces it: one Review sheet, none of the first rep's.
  const again = await writeReviewSheet(host, third.RepID, options);
  expect(again.written.created).toBe(false);
  expect(excel.workbook.sheets.filter((s) => /^Review($|~)/.test(s.name)).map((s) => s.name)).toEqual([
    "Review",
  ]);
  expect(sheetText(excel, REVIEW_SHEET)).not.toContain(rep.Name);
});

it("prints a Chinese rep's review in Chinese; a rep without a scorecard row is refused, nothing written", async () => {
  const { excel, host } = await workbook({ [rep.RepID]: "zh-CN" });
  await writeReviewSheet(host, rep.RepID, options);
  expect(excel.read(REVIEW_SHEET, 0, 0, 1, 1)).toEqual([[`一对一绩效面谈 ${PERIOD}`]]);
  const audit = (await host.readTable(headersSpec("SalesAudit"))).rows.map((r) => r.values);
  // The audit row in the pane's language, as every other.
  expect(audit[audit.length - 1].Action).toBe(`review sheet ${rep.RepID} ${PERIOD}`);
  const before = excel.state();
  await expect(writeReviewSheet(host, "R999", options)).rejects.toThrow(
    /Rep R999 has no scorecard for period 2026-03/,
  );
  expect(excel.state()).toBe(before);
});
