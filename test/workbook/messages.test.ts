import { cliMessages } from "../../src/cli/messages";
import type { MessageTable } from "../../src/engine/messages";
import { workbookMessages } from "../../src/workbook/messages";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ["workbook", workbookMessages as MessageTable],
  ["cli", cliMessages as MessageTable],
])("%s messages", (_, table) => {
  it.each(Object.entries(table))(
    "%s has English and Chinese with the same placeholders",
    (_key, template) => {
      expect(template.en.trim()).not.toBe("");
      expect(template.zh.trim()).not.toBe("");
      expect(placeholders(template.zh)).toEqual(placeholders(template.en));
    },
  );
});
