/**
 * Month-end in the built task pane (headless Chromium over the in-memory Excel): close January in
 * Publish, change a January actual, rerun payouts from the Incentive plan wizard: January's ledger
 * rows stay identical, a restatement line appears in the first open period, and ledger + open
 * periods = recomputed to the cent. Approve and Mark paid move forward only; going back is refused
 * with a message. Screenshots in en and zh; axe finds nothing serious.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { recomputePayouts } from "../../src/jobs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { seriousViolations } from "../support/axe";
import { publishedState } from "../jobs/publishFixture";
import { FakeExcel } from "../support/fake-excel";
import {
  resultsDir,
  tableCells,
  useTaskpaneBrowser,
  type OfficeSettings,
  type PaneCell,
} from "../support/browser";
import { writeAfterPreview } from "./write";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();
let workbookState: string;

beforeAll(async () => {
  workbookState = await publishedState();
});

type Cell = PaneCell;

/** A user raises R02's January Revenue actual by a tenth (on the part of the curve that pays more); returns its rep. */
function changeJanuaryActual(page: Page): Promise<string> {
  return page.evaluate(() => {
    const excel = (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
    const t = excel.workbook.table("Actuals")!;
    const h = t.headers();
    for (let r = 1; r < t.height; r++) {
      const at = (k: string) => t.sheet.cell(t.top + r, t.left + h.indexOf(k));
      if (
        at("Period").value === "2026-01" &&
        at("Measure").value === "Revenue" &&
        at("RepID").value === "R02"
      ) {
        at("Amount").value = Math.round(Number(at("Amount").value) * 1.1);
        return String(at("RepID").value);
      }
    }
    throw new Error("no January Revenue actual");
  });
}

const records = (cells: Cell[][]) =>
  cells.slice(1).map((r) => Object.fromEntries(cells[0].map((h, i) => [h, r[i]])));
const cents = (xs: Cell[]) => xs.reduce<number>((s, x) => s + Math.round(Number(x ?? 0) * 100), 0);

const texts = {
  en: {
    variant: "en-light",
    title: "Month-end: close, approve, pay",
    publishTab: "Publish",
    incentivesTab: "Plan",
    writePayouts: "Write SalesPayouts",
    written: /Written: SalesPayouts/,
    by: "By (recorded in the ledger and SalesAudit)",
    close: "Close period",
    approve: "Approve",
    paid: "Mark paid",
    closed: /Closed 2026-01: \d+ ledger lines for \d+ reps, total [\d,.]+; 0 restatement lines/,
    inquiries: "Open inquiries for 2026-01: none.",
    approved: /2026-01 is now Approved: \d+ ledger lines?\b/,
    isPaid: /2026-01 is now Paid/,
    restatement: /^restatement of 2026-01: Revenue actual [\d,]+ → [\d,]+: \d+\.\d\d/,
    back: /2026-01 is already Paid: .*never back to Approved/,
    check: "Check the workbook",
    ledgerTable: "Ledger reconciliation",
  },
  zh: {
    variant: "zh-dark",
    title: "月末：关账、审批、发放",
    publishTab: "发布",
    incentivesTab: "方案",
    writePayouts: "写入 SalesPayouts",
    written: /已写入：SalesPayouts/,
    by: "操作人（记入台账和 SalesAudit）",
    close: "关账",
    approve: "审批",
    paid: "标记为已发放",
    closed: /已关账 2026-01：\d+ 名销售代表共 \d+ 条台账明细，合计 [\d,.]+；其中 0 条重述明细/,
    inquiries: "2026-01 的未解决疑问：无。",
    approved: /2026-01 现为已审批：\d+ 条台账明细/,
    isPaid: /2026-01 现为已发放/,
    restatement: /^2026-01 重述：Revenue 实际 [\d,]+ → [\d,]+：\d+\.\d\d/,
    back: /2026-01 已是已发放.*不能退回已审批/,
    check: "检查工作簿",
    ledgerTable: "台账对账",
  },
} as const;

const settingsOf: Record<string, OfficeSettings> = {
  "en-light": {},
  "zh-dark": { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } },
};

for (const t of [texts.en, texts.zh]) {
  test(`close January, restate it in February, approve and pay forward only (${t.variant})`, async () => {
    const page = await openPane({ ...settingsOf[t.variant], workbookState });
    const section = page.getByRole("region", { name: t.title });
    const shot = async (name: string) => {
      await page.waitForTimeout(300);
      const file = path.join(resultsDir, `monthEnd-${t.variant}-${name}.png`);
      await section.screenshot({ path: file });
      expect(fs.statSync(file).size).toBeGreaterThan(3000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    };
    await page.getByRole("tab", { name: t.publishTab }).click();
    await page.getByRole("textbox", { name: t.by }).fill("Ana");
    await page.getByRole("button", { name: t.close }).click();
    await page.getByText(t.closed).waitFor();
    await page.getByText(t.inquiries).waitFor();
    await shot("closed");
    expect(await seriousViolations(page)).toEqual([]);
    const january = (await tableCells(page, "SalesLedger"))!;
    expect(new Set(records(january).map((r) => r.Period))).toEqual(new Set(["2026-01"]));
    expect(new Set(records(january).map((r) => r.ClosedBy))).toEqual(new Set(["Ana"]));

    // A January actual changes; payouts run again from the Incentive plan wizard.
    const rep = await changeJanuaryActual(page);
    await page.getByRole("tab", { name: t.incentivesTab }).click();
    await writeAfterPreview(page, t.writePayouts);
    await page.getByText(t.written).waitFor();
    expect(await tableCells(page, "SalesLedger")).toEqual(january);
    const payouts = records((await tableCells(page, "SalesPayouts"))!);
    expect(payouts.some((r) => r.Period === "2026-01")).toBe(false);
    const restated = payouts.filter((r) => String(r.Measure).startsWith("restatement"));
    expect(restated.map((r) => [r.RepID, r.Period])).toEqual([[rep, "2026-02"]]);
    expect(Number(restated[0].NetPayout)).toBeGreaterThan(0);
    expect(String(restated[0].Explanation)).toMatch(t.restatement);
    // Ledger + open periods = the inputs recomputed, to the cent.
    const excel = new FakeExcel();
    excel.workbook.restore(
      await page.evaluate(() =>
        (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.workbook.serialize(),
      ),
    );
    const recomputed = await recomputePayouts(new OfficeWorkbookHost({ run: excel.run }));
    expect(cents(records(january).map((r) => r.Amount)) + cents(payouts.map((r) => r.NetPayout))).toBe(
      Math.round(recomputed.job.engine.totals.net * 100),
    );

    // Publish shows the same: SalesLedger + open periods = recomputed, ✓, the figures to the cent.
    await page.getByRole("tab", { name: t.publishTab }).click();
    await page.getByRole("button", { name: t.check, exact: true }).click();
    const ledgerTable = page.getByRole("table", { name: t.ledgerTable });
    await ledgerTable.waitFor();
    const shownRows = await ledgerTable.getByRole("row").allInnerTexts();
    const money = (c: number) => (c / 100).toLocaleString("en-US", { minimumFractionDigits: 2 });
    expect(shownRows[1]).toContain(money(cents(records(january).map((r) => r.Amount))));
    expect(shownRows[2]).toContain(money(cents(payouts.map((r) => r.NetPayout))));
    expect(shownRows[4]).toContain(money(Math.round(recomputed.job.engine.totals.net * 100)));
    expect(await ledgerTable.getByRole("img", { name: /^(matches|一致)$/ }).count()).toBe(1);
    expect(await ledgerTable.getByRole("img", { name: /^(does not match|不一致)$/ }).count()).toBe(0);
    await ledgerTable.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(resultsDir, `monthEnd-${t.variant}-ledger-reconciliation.png`) });

    // Forward only.
    await page.getByRole("button", { name: t.approve }).click();
    await page.getByText(t.approved).waitFor();
    await page.getByRole("button", { name: t.paid }).click();
    await page.getByText(t.isPaid).waitFor();
    await page.getByRole("button", { name: t.approve }).click();
    await page.getByText(t.back).waitFor();
    await shot("refused");
    expect(await seriousViolations(page)).toEqual([]);
    const ledger = records((await tableCells(page, "SalesLedger"))!);
    expect(new Set(ledger.map((r) => r.Status))).toEqual(new Set(["Paid"]));
    await page.close();
  });
}
