/** Messages in both languages, so each front end (task pane, CLI) shows the user's one. */
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";

export type Localized = Readonly<Record<Locale, string>>;

/** Any thrown value as a message in both languages; unknown errors keep their own text. */
export function localize(error: unknown): Localized {
  if (error instanceof SalesPlanError) return { en: error.format("en"), zh: error.format("zh") };
  const e = error as { code?: unknown; message?: unknown } | null;
  const text =
    [e?.code, e?.message].filter((x) => typeof x === "string" && x !== "").join(": ") || String(error);
  return { en: text, zh: text };
}
