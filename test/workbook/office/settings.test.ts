/** The Office host's workbook settings against the in-memory Excel: one sync per read and write. */
import { OfficeWorkbookHost } from "../../../src/workbook/office/host";
import { FakeExcel } from "../../support/fake-excel";

function setup(): { excel: FakeExcel; host: OfficeWorkbookHost } {
  const excel = new FakeExcel();
  return { excel, host: new OfficeWorkbookHost({ run: excel.run }) };
}

test("write then read: one sync each, the text kept as Office keeps setting values", async () => {
  const { excel, host } = setup();
  expect(await host.readSetting("SalesPlan.targets.form")).toBeNull();
  expect(excel.syncs).toBe(1);
  const text = JSON.stringify({ v: 1, value: { companyTarget: "7,000,000", 区域: "华东" } });
  await host.writeSetting("SalesPlan.targets.form", text);
  expect(excel.syncs).toBe(2);
  expect(excel.workbook.settings.get("SalesPlan.targets.form")).toBe(JSON.stringify(text));
  expect(await host.readSetting("SalesPlan.targets.form")).toBe(text);
  expect(excel.syncs).toBe(3);
  // replaced, not duplicated; other keys untouched
  await host.writeSetting("SalesPlan.scorecard.form", "{}");
  await host.writeSetting("SalesPlan.targets.form", "[]");
  expect([...excel.workbook.settings.keys()]).toEqual(["SalesPlan.targets.form", "SalesPlan.scorecard.form"]);
  expect(await host.readSetting("SalesPlan.targets.form")).toBe("[]");
});

test("null removes the setting (two syncs; one when there is nothing to remove)", async () => {
  const { excel, host } = setup();
  await host.writeSetting("SalesPlan.a", "x");
  const before = excel.syncs;
  await host.writeSetting("SalesPlan.a", null);
  expect(excel.syncs - before).toBe(2);
  expect(excel.workbook.settings.has("SalesPlan.a")).toBe(false);
  await host.writeSetting("SalesPlan.a", null);
  expect(excel.syncs - before).toBe(3);
  expect(await host.readSetting("SalesPlan.a")).toBeNull();
});

test("settings touch no sheet or table, and a failed sync leaves the old value", async () => {
  const { excel, host } = setup();
  excel.addTable("Reps", "Reps", 0, 0, [["RepID"], ["R1"]]);
  const cells = excel.state();
  await host.writeSetting("SalesPlan.a", "old");
  expect(excel.state()).toBe(cells);
  excel.failures = [{ sync: excel.syncs + 1 }];
  await expect(host.writeSetting("SalesPlan.a", "new")).rejects.toThrow(/injected failure/);
  expect(await host.readSetting("SalesPlan.a")).toBe("old");
});

test("a value someone else stored as JSON (not text) reads back as its JSON", async () => {
  const { excel, host } = setup();
  excel.workbook.settings.set("SalesPlan.a", JSON.stringify({ v: 1, value: 2 }));
  expect(await host.readSetting("SalesPlan.a")).toBe('{"v":1,"value":2}');
});

test("the fake keeps load-before-read for settings", async () => {
  const excel = new FakeExcel();
  await expect(
    excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject("k");
      await context.sync();
      return setting.value as unknown;
    }),
  ).rejects.toThrow(/PropertyNotLoaded/);
  await expect(
    excel.run(async (context) => {
      context.workbook.settings.getItem("missing").load("value");
      await context.sync();
    }),
  ).rejects.toThrow(/ItemNotFound/);
});

test("a serialized workbook restores whole: cells, tables, settings", async () => {
  const { excel, host } = setup();
  excel.addTable("Reps", "Reps", 1, 1, [
    ["RepID", "Name"],
    ["R1", "Ann"],
  ]);
  await host.writeSetting("SalesPlan.a", "x");
  const copy = new FakeExcel();
  copy.workbook.restore(excel.workbook.serialize());
  expect(copy.state()).toBe(excel.state());
  expect(copy.workbook.serialize()).toBe(excel.workbook.serialize());
  expect(await new OfficeWorkbookHost({ run: copy.run }).readSetting("SalesPlan.a")).toBe("x");
});
