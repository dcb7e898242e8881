/**
 * Publish for finance in the built task pane (headless Chromium, the real Office.js code path over the
 * in-memory Excel). The sample team's targets, plan and payouts are run first through the same
 * actions and jobs (in Node, over the same in-memory Excel) and the workbook is opened in the pane.
 * There a user's =SALES.PACE(...) in SalesPayouts is named by the check and blocks the publish; once
 * removed, publishing writes the audit row and Finance_ copies equal to the originals. axe finds no
 * serious or critical violation in either state.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { OUTPUT_TABLES } from "../../src/workbook/outputs";
import { seriousViolations } from "../support/axe";
import { publishedState } from "../jobs/publishFixture";
import type { FakeExcel } from "../support/fake-excel";
import {
  type OfficeSettings,
  type PaneCell,
  resultsDir,
  tableCells,
  useTaskpaneBrowser,
} from "../support/browser";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();
let workbookState: string;

beforeAll(async () => {
  workbookState = await publishedState();
});

type Cell = PaneCell;

/** Put a formula in (or, with null, the value back into) a SalesPayouts cell, as a user would. */
function setPayoutCell(
  page: Page,
  column: string,
  row: number,
  formula: string | null,
  value: Cell,
): Promise<Cell> {
  return page.evaluate(
    ({ column, row, formula, value }) => {
      const excel = (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
      const t = excel.workbook.table("SalesPayouts")!;
      const cell = t.sheet.cell(t.top + row, t.left + t.headers().indexOf(column));
      const before = cell.value;
      cell.formula = formula ?? undefined;
      cell.value = formula ? null : value;
      return before;
    },
    { column, row, formula, value },
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  const file = path.join(resultsDir, `publish-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  expect(fs.statSync(file).size).toBeGreaterThan(5000);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

interface Texts {
  readonly variant: string;
  readonly tab: string;
  readonly outputTables: string;
  readonly check: string;
  readonly publish: string;
  readonly blocked: string;
  readonly byPeriod: string;
  readonly byRegion: string;
  readonly written: RegExp;
  /** The publish row's Action: the pane's language names it. */
  readonly action: string;
  readonly copySwitch: RegExp;
  readonly goToCell: string;
}

const en: Texts = {
  variant: "en-light",
  tab: "Publish",
  outputTables: "Output tables in this workbook",
  check: "Check the workbook",
  publish: "Publish for finance",
  blocked: "Not published: 2 errors above must be fixed first.",
  byPeriod: "Payouts by period",
  byRegion: "Payouts by region",
  written: /Written: Finance_SalesTargets \(72 rows, new\)/,
  action: "publish",
  copySwitch: /^Also copy the output tables to a values-only sheet/,
  goToCell: "Go to cell",
};

const zh: Texts = {
  variant: "zh-dark",
  tab: "发布",
  outputTables: "本工作簿中的输出表",
  check: "检查工作簿",
  publish: "发布给财务",
  blocked: "未发布：必须先修正上面的 2 个错误。",
  byPeriod: "按期间汇总的奖金",
  byRegion: "按区域汇总的奖金",
  written: /已写入：Finance_SalesTargets（72 行，新建）/,
  action: "发布",
  copySwitch: /^同时将输出表复制到只含数值的工作表/,
  goToCell: "转到单元格",
};

const settingsOf: Record<string, OfficeSettings> = {
  "en-light": {},
  "zh-dark": { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } },
};

for (const t of [en, zh]) {
  test(`a formula in SalesPayouts blocks the publish; then publish with the finance copy (${t.variant})`, async () => {
    const page = await openPane({ ...settingsOf[t.variant], workbookState });
    await page.getByRole("tab", { name: t.tab }).click();
    await page.getByRole("table", { name: t.outputTables }).waitFor();
    const auditBefore = (await tableCells(page, "SalesAudit"))!.length;

    // A user types a SALES.* formula into the Payout cell of the second data row (I3).
    const original = await setPayoutCell(page, "Payout", 2, "=SALES.PACE(120000,300000,0.5)", null);
    await page.getByRole("button", { name: t.publish, exact: true }).click();
    await page.getByText(t.blocked).waitFor();
    expect(
      await page.getByText(/SalesPayouts.*I3 \(Payout\) =SALES\.PACE\(120000,300000,0\.5\)/).count(),
    ).toBe(1);
    expect((await tableCells(page, "SalesAudit"))!.length).toBe(auditBefore);
    // Go to cell: through the workbook host, Excel selects the formula's cell on its sheet.
    await page
      .getByRole("button", { name: `${t.goToCell} SalesPayouts!I3` })
      .first()
      .click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.workbook.selection ===
        "SalesPayouts!I3",
    );
    await shot(page, `${t.variant}-blocked`);
    expect(await seriousViolations(page)).toEqual([]);

    // The value back: the check is clean, the reconciliation all ✓, and the publish goes through.
    await setPayoutCell(page, "Payout", 2, null, original);
    expect(await page.getByRole("switch", { name: t.copySwitch }).isChecked()).toBe(true);
    await page.getByRole("button", { name: t.publish, exact: true }).click();
    await page.getByText(t.written).waitFor();
    const byPeriod = page.getByRole("table", { name: t.byPeriod });
    await byPeriod.waitFor();
    expect(await page.getByRole("img", { name: /^(does not match|不一致)$/ }).count()).toBe(0);
    expect(await page.getByRole("table", { name: t.byRegion }).getByRole("row").count()).toBe(4); // header, North, South, sum

    const audit = (await tableCells(page, "SalesAudit"))!;
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit[audit.length - 1][audit[0].indexOf("Action")]).toBe(t.action);
    for (const name of OUTPUT_TABLES) {
      const copy = await tableCells(page, `Finance_${name}`);
      expect(copy).not.toBeNull();
      expect(copy).toEqual(await tableCells(page, name));
    }
    // The payouts copy totals to the cent what the table holds.
    const payouts = (await tableCells(page, "Finance_SalesPayouts"))!;
    const net = payouts[0].indexOf("NetPayout");
    const cents = payouts.slice(1).reduce((s, r) => s + Math.round((r[net] as number) * 100), 0);
    expect(cents).toBeGreaterThan(0);
    await shot(page, `${t.variant}-published`);
    expect(await seriousViolations(page)).toEqual([]);
    await byPeriod.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(resultsDir, `publish-${t.variant}-reconciliation.png`) });
    await page.close();
  });
}
