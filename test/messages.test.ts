/**
 * Every message a user can see, from every layer, exists in English and Chinese with the same
 * placeholders, so a translated message never loses the argument or the position it names.
 */
import { fileMessages } from "../src/cli/files";
import { commandHelp } from "../src/cli/help";
import { jsonMessages } from "../src/cli/jsonFiles";
import { cliMessages } from "../src/cli/messages";
import { warningMessages } from "../src/cli/warnings";
import { auditActionNames } from "../src/workbook/audit";
import { incentiveMessages } from "../src/engine/incentives/messages";
import { ledgerMessages } from "../src/engine/ledger/messages";
import { monthEndCliMessages } from "../src/cli/monthEnd";
import { reviewCliMessages } from "../src/cli/reviews";
import { reviewText } from "../src/jobs/reviewText";
import { statementCliMessages } from "../src/cli/statements";
import { monthEndMessages } from "../src/jobs/monthEndMessages";
import { statementText } from "../src/jobs/statements";
import { acknowledgementMessages } from "../src/jobs/acknowledgements";
import { letterMessages } from "../src/jobs/letters";
import { letterText } from "../src/jobs/letterText";
import { letterCliMessages } from "../src/cli/letters";
import { pdfMessages } from "../src/cli/pdf";
import { commonMessages, formatMessage, type MessageTable } from "../src/kernel/messages";
import { shapeText } from "../src/engine/messages";
import { peopleMessages } from "../src/engine/people/messages";
import { scorecardMessages } from "../src/engine/scorecards/messages";
import { targetMessages } from "../src/engine/targets/messages";
import { trackingMessages } from "../src/engine/tracking/messages";
import { actionMessages, checkMessages, jobMessages } from "../src/jobs/messages";
import { diagnosticsMessages, workbookMessages } from "../src/workbook/messages";

const tables: [string, MessageTable][] = [
  ["common", commonMessages],
  ["shapes", shapeText],
  ["targets", targetMessages],
  ["incentives", incentiveMessages],
  ["ledger", ledgerMessages],
  ["month-end jobs", monthEndMessages],
  ["month-end cli", monthEndCliMessages],
  ["statements cli", statementCliMessages],
  ["reviews cli", reviewCliMessages],
  ["reviews", reviewText],
  ["statements", statementText],
  ["acknowledgements", acknowledgementMessages],
  ["plan letters", letterText],
  ["plan letter jobs", letterMessages],
  ["plan letters cli", letterCliMessages],
  ["pdf", pdfMessages],
  ["scorecards", scorecardMessages],
  ["people", peopleMessages],
  ["tracking", trackingMessages],
  ["jobs", jobMessages],
  ["checks", checkMessages],
  ["actions", actionMessages],
  ["workbook", workbookMessages],
  ["diagnostics", diagnosticsMessages],
  ["cli", cliMessages],
  ["cli help", commandHelp],
  ["audit actions", auditActionNames],
  ["cli files", fileMessages],
  ["cli plan and scorecard files", jsonMessages],
  ["cli warnings", warningMessages],
];

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(tables)("%s messages", (_area, table) => {
  test.each(Object.entries(table))("%s: English and Chinese, same placeholders", (_key, template) => {
    expect(template.en.trim()).not.toBe("");
    // Chinese text, or at least Chinese punctuation ("salesplan：{message}")
    expect(template.zh).toMatch(/[\u4e00-\u9fff\uff00-\uffef\u3000-\u303f]/);
    expect(placeholders(template.zh)).toEqual(placeholders(template.en));
  });
});

test("formatMessage fills every placeholder it is given and leaves unknown ones visible", () => {
  expect(formatMessage("{arg}: {value}{at}", { arg: "weights", value: "abc", at: " at row 3" })).toBe(
    "weights: abc at row 3",
  );
  expect(formatMessage("{arg} {missing}", { arg: "x" })).toBe("x {missing}");
});
