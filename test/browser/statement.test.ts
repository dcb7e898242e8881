/**
 * The Statement sheet from the built task pane (headless Chromium over the in-memory Excel): the
 * sample team with January closed; in Publish's month-end a user picks March and Bo Chen and writes
 * the statement. The sheet holds exactly what the statements job gives Bo Chen (in the pane's
 * language), only his ID and name, and a SalesAudit row records it. Screenshots: the step, and the
 * sheet as Excel would show it (test-results/statement-sheet-<variant>.png), in en and zh; axe finds
 * nothing serious in the step.
 */
import * as fs from "fs";
import * as path from "path";
import { buildStatements } from "../../src/jobs";
import { catalogues, fill } from "../../src/taskpane/i18n";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { seriousViolations } from "../support/axe";
import { publishWorkbook, runOutputs } from "../jobs/publishFixture";
import { FakeExcel } from "../support/fake-excel";
import { resultsDir, tableCells, useTaskpaneBrowser } from "../support/browser";
import { showSheet } from "../support/sheetImage";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();
let workbookState: string;

beforeAll(async () => {
  const { excel, actions } = publishWorkbook();
  await runOutputs(actions);
  await actions.closePeriod("2026-01", "Ana");
  workbookState = excel.workbook.serialize();
});

const variants = [
  { variant: "en-light", lang: "en" as const, settings: {} },
  {
    variant: "zh-dark",
    lang: "zh" as const,
    settings: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } },
  },
];

for (const { variant, lang, settings } of variants) {
  test(`writes Bo Chen's March statement as the Statement sheet (${variant})`, async () => {
    const s = catalogues[lang];
    const page = await openPane({ ...settings, workbookState });
    await page.getByRole("tab", { name: s.tabShortPublish }).click();
    const step = page.locator("#statement");
    await step.waitFor();
    await page.getByRole("combobox", { name: s.mePeriod }).click();
    await page.getByRole("option", { name: fill(s.aside, { main: "2026-03", aside: s.meOpen }) }).click();
    const bo = fill(s.meStatementRepOption, { name: "Bo Chen", rep: "R02" });
    await step.getByRole("combobox", { name: s.meStatementRep }).click();
    await page.getByRole("option", { name: bo, exact: true }).click();
    await step.getByRole("button", { name: s.meStatementWrite }).click();
    await step.getByText(s.meStatementWritten.split("{rep}")[0] + bo, { exact: false }).waitFor();
    expect(await seriousViolations(page, "#statement")).toEqual([]);
    const file = path.join(resultsDir, `statement-step-${variant}.png`);
    await page.waitForTimeout(300);
    await step.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(3000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The sheet is the statements job's for Bo Chen, cell for cell, computed over the same workbook.
    const excel = new FakeExcel();
    excel.workbook.restore(
      await page.evaluate(() =>
        (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.workbook.serialize(),
      ),
    );
    const host = new OfficeWorkbookHost({ run: excel.run });
    const [statement] = await buildStatements(host, {
      period: "2026-03",
      lang,
      now: new Date(),
      repId: "R02",
    });
    const width = statement.widths.length;
    const cells = excel.read("Statement", 0, 0, statement.rows.length, width);
    const expected = statement.rows.map((r) => Array.from({ length: width }, (_, c) => r.cells[c] ?? null));
    // "Prepared" is stamped when written: the rest is the job's.
    const prepared = statement.rows.findIndex(
      (r) => r.cells[0] === (lang === "en" ? "Prepared" : "制表时间"),
    );
    expect(cells.filter((_, i) => i !== prepared)).toEqual(expected.filter((_, i) => i !== prepared));
    expect(cells[0][0]).toBe(lang === "en" ? "Incentive statement 2026-03" : "奖金对账单 2026-03");
    // January as the ledger booked it, in the year to date.
    expect(cells.some((r) => r[0] === "2026-01")).toBe(true);
    const text = JSON.stringify(cells);
    for (const other of [
      "R01",
      "R03",
      "R04",
      "R05",
      "R06",
      "Ann Lee",
      "Cai Wu",
      "Dee Park",
      "Eli Sato",
      "Fay Zhou",
    ])
      expect(text).not.toContain(other);
    const audit = (await tableCells(page, "SalesAudit"))!;
    const action = audit[0].indexOf("Action");
    expect(audit[audit.length - 1][action]).toBe(
      lang === "en" ? "statement R02 2026-03" : "对账单 R02 2026-03",
    );

    // The sheet as Excel shows it, to look at.
    await showSheet(page, "Statement");
    const image = path.join(resultsDir, `statement-sheet-${variant}.png`);
    await page.locator("table").screenshot({ path: image });
    expect(fs.statSync(image).size).toBeGreaterThan(10000);
    await page.close();
  });
}
