/**
 * Restoring an untrusted saved value (an older version's shape, a hand-edited value, garbage) into
 * a valid one field by field, taking every missing or wrong field from a fallback. The wizards'
 * saved choices (src/taskpane/wizards/choices.ts) and the CLI's run settings (src/cli/settings.ts)
 * are restored with these; nothing here knows where the value was kept.
 */

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
