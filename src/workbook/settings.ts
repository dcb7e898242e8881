/**
 * Wizard choices kept in the workbook, so reopening the file restores them. Pure: the key each
 * choice is saved under, the versioned JSON envelope around it and the size limit. Turning what
 * comes back into a valid value field by field is `kernel/restore.ts` (the pane's wizards and the
 * CLI's run settings each restore their own shapes with it).
 *
 * Where the text lives is the host's business: Excel's add-in settings (`workbook.settings`) inside
 * Excel, a very hidden sheet in an .xlsx written by exceljs (which cannot write custom document
 * properties or add-in settings parts).
 */
import { SalesPlanError } from "../kernel/errors";
import type { MessageTable } from "../kernel/messages";
import { isPlainObject } from "../kernel/restore";

/** Bump when a saved shape changes so much that field-by-field restoring would mislead. */
export const SETTINGS_VERSION = 1;

/**
 * Longest saved text, in characters: what one Excel cell holds, so the .xlsx host keeps each
 * setting in one cell. Far above what a wizard's choices take (a few kilobytes).
 */
export const SETTING_LIMIT = 32767;

/** The very hidden sheet the .xlsx host keeps settings on (key in column A, text in column B). */
export const SETTINGS_SHEET = "SalesPlanSettings";

const PREFIX = "SalesPlan.";
const NAME = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/;

export const settingsMessages = {
  settingTooLarge: {
    en: "The choices for '{key}' take {size} characters, more than the {limit} a workbook setting holds",
    zh: "“{key}”的选项有 {size} 个字符，超过工作簿设置可保存的 {limit} 个",
  },
} satisfies MessageTable;

/** The workbook setting a choice is saved under: "targets.form" -> "SalesPlan.targets.form". */
export function settingKey(name: string): string {
  // A bad name is a programming mistake, not the user's.
  if (!NAME.test(name)) throw new Error(`bad setting name '${name}'`);
  return PREFIX + name;
}

interface Envelope {
  readonly v: number;
  readonly value: unknown;
}

/** The text saved for `value`: `{"v":1,"value":...}`. Throws SalesPlanError when it is too large. */
export function encodeSetting(key: string, value: unknown): string {
  const text = JSON.stringify({ v: SETTINGS_VERSION, value } satisfies Envelope);
  if (text === undefined) throw new Error(`setting '${key}' has no JSON form`);
  if (text.length > SETTING_LIMIT) {
    throw new SalesPlanError(settingsMessages.settingTooLarge, {
      key,
      size: text.length,
      limit: SETTING_LIMIT,
    });
  }
  return text;
}

/**
 * The value inside saved text, or undefined when there is none or it cannot be trusted: not JSON,
 * not an envelope, another version, or over the limit.
 */
export function decodeSetting(text: unknown): { readonly value: unknown } | undefined {
  if (typeof text !== "string" || text.length > SETTING_LIMIT) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(parsed) || parsed.v !== SETTINGS_VERSION || !("value" in parsed)) return undefined;
  return { value: parsed.value };
}
