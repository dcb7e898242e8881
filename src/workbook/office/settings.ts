/**
 * The add-in's workbook settings through Office.js (`workbook.settings`, ExcelApi 1.4): saved with
 * the file, per workbook and add-in. Each call is one Excel.run with one sync (two to remove).
 */
import type { ExcelRunner } from "./context";

export function readOfficeSetting(run: ExcelRunner, key: string): Promise<string | null> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
    await context.sync();
    if (setting.isNullObject) return null;
    const value: unknown = setting.value;
    return typeof value === "string" ? value : (JSON.stringify(value) ?? null);
  });
}

export function writeOfficeSetting(run: ExcelRunner, key: string, text: string | null): Promise<void> {
  return run(async (context) => {
    const settings = context.workbook.settings;
    if (text !== null) {
      settings.add(key, text);
      await context.sync();
      return;
    }
    const setting = settings.getItemOrNullObject(key).load("key");
    await context.sync();
    if (setting.isNullObject) return;
    setting.delete();
    await context.sync();
  });
}
