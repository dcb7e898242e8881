/** The .xlsx host's settings: on a very hidden sheet that survives a save and reopen. */
import ExcelJS from "exceljs";
import { repsSpec } from "../../../src/workbook/inputs";
import { encodeSetting, SETTING_LIMIT, SETTINGS_SHEET } from "../../../src/workbook/settings";
import { XlsxWorkbookHost } from "../../../src/workbook/xlsx/host";

async function reopen(host: XlsxWorkbookHost): Promise<XlsxWorkbookHost> {
  const buffer = await host.workbook.xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return new XlsxWorkbookHost(workbook);
}

test("write, save to a buffer, reopen, read back", async () => {
  const host = XlsxWorkbookHost.create();
  host.workbook.addWorksheet("Reps").addRow(["RepID", "Name"]);
  const form = JSON.stringify({ v: 1, value: { companyTarget: "=1+1", note: "1", 区域: "华东" } });
  expect(await host.readSetting("SalesPlan.targets.form")).toBeNull();
  await host.writeSetting("SalesPlan.targets.form", form);
  await host.writeSetting("SalesPlan.scorecard.form", "{}");
  const again = await reopen(host);
  expect(await again.readSetting("SalesPlan.targets.form")).toBe(form);
  expect(await again.readSetting("SalesPlan.scorecard.form")).toBe("{}");
  expect(await again.readSetting("SalesPlan.other")).toBeNull();
  const sheet = again.workbook.getWorksheet(SETTINGS_SHEET);
  expect(sheet?.state).toBe("veryHidden");
});

test("replace and remove keep one row per key", async () => {
  const host = XlsxWorkbookHost.create();
  await host.writeSetting("SalesPlan.a", "1");
  await host.writeSetting("SalesPlan.b", "2");
  await host.writeSetting("SalesPlan.a", "3");
  await host.writeSetting("SalesPlan.b", null);
  await host.writeSetting("SalesPlan.c", null);
  const again = await reopen(host);
  expect(await again.readSetting("SalesPlan.a")).toBe("3");
  expect(await again.readSetting("SalesPlan.b")).toBeNull();
  expect(again.workbook.getWorksheet(SETTINGS_SHEET)?.actualRowCount).toBe(1);
});

test("a full-size setting fits its cell; the sheet is no input and no pickable sheet", async () => {
  const host = XlsxWorkbookHost.create();
  const envelope = encodeSetting("k", "").length;
  const big = encodeSetting("SalesPlan.big", "x".repeat(SETTING_LIMIT - envelope));
  expect(big.length).toBe(SETTING_LIMIT);
  await host.writeSetting("SalesPlan.big", big);
  const again = await reopen(host);
  expect((await again.readSetting("SalesPlan.big")) === big).toBe(true);
  expect((await again.contents()).sheets).not.toContain(SETTINGS_SHEET);
  const read = await again.readTable({ ...repsSpec, name: SETTINGS_SHEET });
  expect(read.rows).toHaveLength(0);
  expect(read.problems[0].error.format("en")).toMatch(
    /^Table 'SalesPlanSettings' not found: .*\(found: -\)$/,
  );
});
