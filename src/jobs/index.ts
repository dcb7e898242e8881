/**
 * The jobs: input tables in, engines, output tables out. Host-independent (any WorkbookHost), so the
 * task pane (Office.js) and the command line (.xlsx) run the same code.
 */
export * from "./acknowledgements";
export * from "./assignments";
export { actualsWithDeals, dealsSpec, jobActuals, screenDeals } from "./organisation";
export * from "./awards";
export * from "./development";
export * from "./history";
export * from "./impact";
export * from "./inputs";
export * from "./inquiries";
export * from "./job";
export * from "./ledger";
export * from "./ledgerView";
export * from "./monthEndView";
export * from "./letters";
export * from "./letterSheet";
export * from "./letterView";
export * from "./localize";
export * from "./measureTargets";
export * from "./messages";
export * from "./model";
export * from "./modelScenario";
export * from "./monthEndMessages";
export * from "./payouts";
export * from "./people";
export * from "./peopleView";
export * from "./peopleWrite";
export * from "./plan";
export * from "./publish";
export * from "./run";
export * from "./undo";
export * from "./scorecards";
export * from "./screen";
export * from "./statements";
export * from "./targets";
export * from "./templates";
export * from "./tracking";
export * from "./replanSheet";
export * from "./printSheet";
export * from "./printDraft";
export * from "./printAudit";
export * from "./statementView";
export * from "./ledgerReconcile";
export * from "./reviews";
export * from "./reviewSheet";
export * from "./reviewPrint";
export * from "./reviewText";
export * from "./reviewNotes";
export * from "./reviewNotesMessages";

// What the pane and the command line use of the layers below, re-exported so that they import the
// jobs only (README, Architecture).
export { auditActionName, auditActionNames } from "../workbook/audit";
export { columnLetters } from "../workbook/cells";
export { isCancelled, throwIfCancelled, yieldToEventLoop } from "../workbook/cancel";
export { useSha256 } from "../workbook/hash";
export { NUMBER_FORMATS } from "../workbook/outputs";
export { decodeSetting, encodeSetting, settingKey } from "../workbook/settings";
export { knownMeasures, measureKey, validatePlan, whatIfPayout } from "../engine/incentives";
export { ledgerMessages, signedMoney } from "../engine/ledger";
export { kpiKey } from "../engine/scorecards";
