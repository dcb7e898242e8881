/**
 * Undo last write in the built task pane (headless Chromium over the in-memory Excel, the real
 * Office.js code path): over a workbook with targets, a plan and the full year's payouts, payouts
 * for February alone replace SalesPayouts; "Undo last write" (撤销上次写入), in the sticky footer and
 * visible at 360 x 640 without scrolling, puts SalesPayouts back cell for cell, records the undo in
 * SalesAudit and is gone once used. In en an edit to SalesPayouts first makes it refuse, naming the
 * table, until the edit is put back; a write of the same preview offers it again, and the plan's save
 * (another write) takes the offer away. Screenshots in en-light and zh-dark; axe finds nothing serious.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { resultsDir, tableCells, useTaskpaneBrowser, type OfficeSettings } from "../support/browser";
import type { FakeExcel } from "../support/fake-excel";
import { chineseProblems, workbookWords } from "../support/language";
import { isTotalsRow } from "../support/tables";
import { publishPlan, publishedState } from "../jobs/publishFixture";
import { writeAfterPreview } from "./write";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();
let workbookState: string;

beforeAll(async () => {
  workbookState = await publishedState();
});

const texts = {
  en: {
    variant: "en-light",
    tab: "Plan",
    period: "Run payouts for",
    writePayouts: "Write SalesPayouts",
    written: /Written: SalesPayouts \(\d+ rows, replaced\)/,
    undo: "Undo last write",
    undone: /Undone: (?:.+, )?SalesPayouts back to (\d+) rows(?:, .+)?\. SalesAudit records the undo\.$/,
    refused:
      /Undo refused: SalesPayouts changed after the write \(values edited\); the tables were left as they are/,
    action: "undo payouts",
  },
  zh: {
    variant: "zh-dark",
    tab: "方案",
    period: "计算奖金的期间",
    writePayouts: "写入 SalesPayouts",
    written: /已写入：SalesPayouts（\d+ 行，已替换）/,
    undo: "撤销上次写入",
    undone: /已撤销：(?:.+、)?SalesPayouts 恢复为 (\d+) 行(?:、.+)?。SalesAudit 已记录此次撤销。$/,
    refused: /拒绝撤销：写入后 SalesPayouts 已被修改（数值已被编辑）；表格保持不变/,
    action: "撤销 奖金",
  },
} as const;

const settingsOf: Record<string, OfficeSettings> = {
  "en-light": {},
  "zh-dark": { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } },
};

/** A user types over one cell of SalesPayouts (data row `row`, column `column`); returns what it held. */
function editPayouts(page: Page, row: number, column: number, value: unknown): Promise<unknown> {
  return page.evaluate(
    ([r, c, v]) => {
      const excel = (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
      const t = excel.workbook.table("SalesPayouts")!;
      const cell = t.sheet.cell(t.top + 1 + Number(r), t.left + Number(c));
      const was = cell.value;
      cell.value = v as typeof was;
      return was;
    },
    [row, column, value] as const,
  );
}

async function choose(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: combobox, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The button is in the 360 x 640 viewport as the page stands (no scrolling). */
async function expectInView(button: Locator): Promise<void> {
  const box = (await button.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
}

for (const t of [texts.en, texts.zh]) {
  test(`undo puts SalesPayouts back as it was before the write (${t.variant})`, async () => {
    const page = await openPane({ ...settingsOf[t.variant], workbookState });
    const shot = async (name: string) => {
      await page.waitForTimeout(300);
      const file = path.join(resultsDir, `undo-${name}-${t.variant}.png`);
      await page.screenshot({ path: file });
      expect(fs.statSync(file).size).toBeGreaterThan(3000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      if (t.variant === "zh-dark")
        expect({ screen: name, ...(await chineseProblems(page, typed)) }).toEqual({
          screen: name,
          latin: [],
          halfWidth: [],
        });
    };
    // The plan's name and currency are the workbook's words.
    const typed = workbookWords([publishPlan.name, "CNY"]);
    const before = (await tableCells(page, "SalesPayouts"))!;
    const auditBefore = (await tableCells(page, "SalesAudit"))!;
    expect(new Set(before.slice(1).map((r) => r[2])).size).toBeGreaterThan(1);

    // Payouts for February alone replace the whole year's.
    await page.getByRole("tab", { name: t.tab }).click();
    await choose(page, t.period, "2026-02");
    await writeAfterPreview(page, t.writePayouts);
    await page.getByText(t.written).waitFor();
    const february = (await tableCells(page, "SalesPayouts"))!;
    expect(february.length).toBeLessThan(before.length);
    const undo = page.getByRole("button", { name: t.undo, exact: true });
    await undo.waitFor();
    await expectInView(undo);
    await shot("offered");

    if (t.variant === "en-light") {
      // Edited since the write: refused, naming the table, and nothing changes.
      const was = await editPayouts(page, 0, 10, 12345);
      const edited = await tableCells(page, "SalesPayouts");
      await undo.click();
      await page.getByText(t.refused).waitFor();
      expect(await tableCells(page, "SalesPayouts")).toEqual(edited);
      await shot("refused");
      expect(await seriousViolations(page)).toEqual([]);
      await editPayouts(page, 0, 10, was);
    }

    await undo.click();
    const done = page.getByText(t.undone);
    await done.waitFor();
    expect((await done.textContent())?.match(t.undone)?.[1]).toBe(
      String(before.slice(1).filter((r) => !isTotalsRow(r)).length),
    );
    // SalesPayouts cell for cell as before the write; the undo recorded after the earlier runs.
    expect(await tableCells(page, "SalesPayouts")).toEqual(before);
    const audit = (await tableCells(page, "SalesAudit"))!;
    expect(audit.slice(0, auditBefore.length)).toEqual(auditBefore);
    expect(audit.length).toBe(auditBefore.length + 1);
    const action = audit[0].indexOf("Action");
    expect(audit[audit.length - 1][action]).toBe(t.action);
    // Offered once: gone after use.
    expect(await undo.count()).toBe(0);
    await shot("undone");
    expect(await seriousViolations(page)).toEqual([]);

    if (t.variant === "en-light") {
      // The same preview writes again (the workbook is as it saw it); another write, here the
      // plan's save, takes the offer away.
      await writeAfterPreview(page, t.writePayouts, { preview: false });
      await page.getByText(t.written).waitFor();
      await undo.waitFor();
      await page.getByRole("button", { name: "Save plan", exact: true }).click();
      await page.getByText(/Plan saved to SalesPlan and SalesPlanTiers/).waitFor();
      expect(await undo.count()).toBe(0);
    }
    await page.close();
  });
}
