/**
 * @jest-environment jsdom
 */
/**
 * Publish's reconciliation in both currencies (PRODUCT.md "Organisations"): with two reps paid in
 * HKD, Check shows a line per currency, its net in itself and in the reporting currency, and the
 * reporting sum ✓ against what the payouts run recorded; in zh too.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { checkWorkbook } from "../../src/jobs";
import { catalogues } from "../../src/taskpane/i18n";
import { PublishWizard } from "../../src/taskpane/wizards/PublishWizard";
import { hkdWorkbook } from "../jobs/publishFixture";
import { renderWithStrings } from "./render";

jest.setTimeout(60000);

test.each([
  ["en", "Net payouts by currency", catalogues.en.checkWorkbook, "Sum"],
  ["zh", "按币种的净奖金", catalogues.zh.checkWorkbook, "合计"],
] as const)(
  "%s: Check shows net payouts by currency in both currencies, the sum ✓",
  async (lang, label, check, sum) => {
    const { host, actions } = await hkdWorkbook();
    const expected = (await checkWorkbook(host)).reconciliation!.currencies!;
    renderWithStrings(<PublishWizard actions={actions} />, catalogues[lang]);
    fireEvent.click(await screen.findByRole("button", { name: check }));
    const table = await screen.findByRole("table", { name: label });
    const rows = within(table).getAllByRole("row").slice(1);
    const format = (v: number) =>
      v.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
    expect(rows.map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual([
      ...expected.lines.map((l) => l.currency),
      sum,
    ]);
    const hkd = expected.lines.find((l) => l.currency === "HKD")!;
    const hkdRow = rows.find((r) => r.textContent!.startsWith("HKD"))!;
    expect(hkdRow.textContent).toContain(format(hkd.net));
    expect(hkdRow.textContent).toContain(format(hkd.reporting));
    // In HKD and in CNY the amounts differ: the rate was applied.
    expect(hkd.net).not.toBe(hkd.reporting);
    const total = rows[rows.length - 1];
    expect(total.textContent).toContain(format(expected.reporting));
    expect(within(total).getByRole("img").getAttribute("aria-label")).toBe(catalogues[lang].pubMatches);
  },
);
