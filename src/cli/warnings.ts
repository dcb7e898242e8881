/** The warnings of a run (input left out, README "Odd input"), as the summary lists them. */
import type { Locale, MessageTable } from "../kernel/messages";
import { formatMessage } from "../kernel/messages";
import type { WorkbookProblem } from "../workbook/types";

export const warningMessages = {
  heading: {
    en: "Left out ({count} warning(s)):",
    zh: "已略过（{count} 条警告）：",
  },
} satisfies MessageTable;

export function warningLines(warnings: readonly WorkbookProblem[], lang: Locale): string[] {
  if (warnings.length === 0) return [];
  return [
    formatMessage(warningMessages.heading[lang], { count: warnings.length }),
    ...warnings.map((w) => `  ${w.error.format(lang)}`),
  ];
}
