/**
 * Wizard choices kept in the workbook, so reopening the file restores them. Pure: the key each
 * choice is saved under, the versioned JSON envelope around it, the size limit, and the checks that
 * turn whatever comes back (an older version's shape, a hand-edited value, garbage) into a valid
 * value field by field, taking every missing or wrong field from a fallback.
 *
 * Where the text lives is the host's business: Excel's add-in settings (`workbook.settings`) inside
 * Excel, a very hidden sheet in an .xlsx written by exceljs (which cannot write custom document
 * properties or add-in settings parts).
 */
import { SalesPlanError } from "../kernel/errors";
import type { MessageTable } from "../kernel/messages";

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

/**
 * Turns a saved value into a valid T: what is missing or of the wrong kind comes from `fallback`.
 * Never throws.
 */
export type Restore<T> = (saved: unknown, fallback: T) => T;

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

export const restoreText: Restore<string> = (saved, fallback) =>
  typeof saved === "string" ? saved : fallback;

export const restoreNumber: Restore<number> = (saved, fallback) =>
  typeof saved === "number" && Number.isFinite(saved) ? saved : fallback;

export const restoreBoolean: Restore<boolean> = (saved, fallback) =>
  typeof saved === "boolean" ? saved : fallback;

/** One of a fixed set of strings (an option of a radio group or dropdown). */
export function restoreOneOf<T extends string>(values: readonly T[]): Restore<T> {
  return (saved, fallback) => (values.includes(saved as T) ? (saved as T) : fallback);
}

/** Longest list restored; more is not a wizard's choice but a damaged value. */
const MAX_ITEMS = 1000;

/** A list whose items are restored one by one, each from `template` where it falls short. */
export function restoreList<T>(item: Restore<T>, template: T): Restore<readonly T[]> {
  return (saved, fallback) =>
    Array.isArray(saved) && saved.length <= MAX_ITEMS ? saved.map((s) => item(s, template)) : fallback;
}

export type FieldRestorers<T> = { readonly [K in keyof T]?: Restore<T[K]> };

/**
 * An object: every field of the fallback, restored by its restorer in `fields`, or else by
 * `restoreLike` (same kind as the fallback's field). Fields the fallback lacks are dropped, so a
 * field added to a form later gets its initial value, and a field removed is forgotten.
 */
export function restoreRecord<T extends object>(fields: FieldRestorers<T> = {}): Restore<T> {
  return (saved, fallback) => {
    if (!isPlainObject(saved)) return fallback;
    const out: Record<string, unknown> = { ...(fallback as Record<string, unknown>) };
    for (const key of Object.keys(fallback) as (keyof T & string)[]) {
      const restore = (fields[key] ?? restoreLike) as Restore<unknown>;
      out[key] = restore(saved[key], fallback[key]);
    }
    return out as T;
  };
}

/**
 * Restores by the fallback's shape: a primitive of the same type, a list like the fallback's first
 * item (an empty list has nothing to check against and stays empty), an object field by field.
 */
export function restoreLike<T>(saved: unknown, fallback: T): T {
  if (typeof fallback === "string") return restoreText(saved, fallback) as T;
  if (typeof fallback === "number") return restoreNumber(saved, fallback) as T;
  if (typeof fallback === "boolean") return restoreBoolean(saved, fallback) as T;
  if (Array.isArray(fallback)) {
    return (fallback.length > 0 ? restoreList(restoreLike, fallback[0])(saved, fallback) : fallback) as T;
  }
  if (isPlainObject(fallback)) return restoreRecord<Record<string, unknown>>()(saved, fallback) as T;
  return fallback;
}
