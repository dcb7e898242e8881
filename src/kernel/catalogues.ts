/**
 * The one list of every en/zh message catalogue in src/. It names modules instead of importing
 * them, so the kernel stays below every layer; test/messages.test.ts loads each entry, checks every
 * message has both languages with the same placeholders, and fails when src/ declares a catalogue
 * this list does not name. A new catalogue is added here.
 */
export interface CatalogueEntry {
  /** The module under src/, without extension. */
  readonly module: string;
  /** The exported constant. */
  readonly name: string;
  /**
   * "templates": key -> { en, zh } (MessageTable); "locales": { en: strings, zh: strings } with the
   * same keys, as the task pane keeps its text.
   */
  readonly shape: "templates" | "locales";
}

const templates = (module: string, ...names: string[]): CatalogueEntry[] =>
  names.map((name) => ({ module, name, shape: "templates" }));

export const CATALOGUES: readonly CatalogueEntry[] = [
  ...templates("kernel/messages", "commonMessages"),
  ...templates("engine/messages", "shapeText"),
  ...templates("engine/targets/messages", "targetMessages"),
  ...templates("engine/incentives/messages", "incentiveMessages"),
  ...templates("engine/incentives/explainText", "explainText"),
  ...templates("engine/organisation/messages", "organisationMessages"),
  ...templates("engine/ledger/messages", "ledgerMessages"),
  ...templates("engine/ledger/status", "statusText"),
  ...templates("engine/tracking/messages", "trackingMessages"),
  ...templates("engine/people/messages", "peopleMessages"),
  ...templates("engine/scorecards/messages", "scorecardMessages"),
  ...templates("workbook/messages", "workbookMessages", "diagnosticsMessages"),
  ...templates("workbook/settings", "settingsMessages"),
  ...templates("workbook/outputs", "rowLabels"),
  ...templates("workbook/audit", "auditActionNames"),
  ...templates("jobs/messages", "jobMessages", "checkMessages", "actionMessages", "publishMessages"),
  ...templates("jobs/monthEndMessages", "monthEndMessages"),
  ...templates("jobs/statements", "statementText"),
  ...templates("jobs/acknowledgements", "acknowledgementMessages"),
  ...templates("jobs/letters", "letterMessages"),
  ...templates("jobs/letterText", "letterText"),
  ...templates("jobs/model", "modelMessages"),
  ...templates("cli/model", "modelCliMessages"),
  ...templates("jobs/reviewText", "reviewText"),
  ...templates("jobs/replanSheet", "replanText"),
  ...templates("jobs/reviewNotesMessages", "reviewNotesMessages"),
  ...templates("cli/messages", "cliMessages"),
  ...templates("cli/help", "commandHelp"),
  ...templates("cli/warnings", "warningMessages"),
  ...templates("cli/files", "fileMessages"),
  ...templates("cli/jsonFiles", "jsonMessages"),
  ...templates("cli/monthEnd", "monthEndCliMessages", "monthEndHelp"),
  ...templates("cli/statements", "statementCliMessages"),
  ...templates("cli/letters", "letterCliMessages"),
  ...templates("cli/reviews", "reviewCliMessages"),
  ...templates("cli/pdf", "pdfMessages"),
  ...templates("cli/demo/monthEnd", "demoMonthEndPeople"),
  { module: "taskpane/i18n/index", name: "catalogues", shape: "locales" },
];
