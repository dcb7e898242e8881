/**
 * The pane's side of plan letters: the reps a letter can be written for with who has not
 * acknowledged the current plan version (the workbook check's rule), one rep's letter, and that
 * letter written as the values-only PlanLetter sheet (replacing the previous rep's).
 */
import { SalesPlanError } from "../kernel/errors";
import type { WorkbookHost } from "../workbook/host";
import type { WrittenSheet } from "../workbook/printSheet";
import { acknowledgementsSpec, acknowledgementStatus, type RepName } from "./acknowledgements";
import { letterDraft, PLAN_LETTER_SHEET } from "./letterSheet";
import { writeSheetAudit } from "./printAudit";
import { buildLetters, letterMessages, letterReps, type Letter, type LetterOptions } from "./letters";

export interface LetterView {
  /** "FY2026 Field Sales 1.0". */
  readonly plan: string;
  readonly version: string;
  readonly year: number;
  /** Reps a letter is written for, in Reps' order. */
  readonly reps: readonly RepName[];
  /** Reps with no Acknowledgements row for this version; null when there is no Acknowledgements table. */
  readonly unacknowledged: readonly RepName[] | null;
}

export async function letterView(host: WorkbookHost, options: LetterOptions): Promise<LetterView> {
  const { plan, year, reps, current } = await letterReps(host, options);
  const acknowledgements = await host.readTable(acknowledgementsSpec);
  return {
    plan: `${plan.name} ${plan.version}`.trim(),
    version: plan.version,
    year,
    reps: current,
    unacknowledged: acknowledgementStatus(acknowledgements, reps, { name: plan.name, version: plan.version }),
  };
}

/** One rep's letter, as `salesplan letters` writes it to that rep's file. */
export async function repLetter(host: WorkbookHost, repId: string, options: LetterOptions): Promise<Letter> {
  const [letter] = await buildLetters(host, { ...options, repId });
  if (!letter) {
    const { year } = await letterReps(host, options);
    throw new SalesPlanError(letterMessages.noLetterFor, { rep: repId, year });
  }
  return letter;
}

/** The rep's letter written as the PlanLetter sheet, in one write that replaces the previous one. */
export async function writeLetterSheet(
  host: WorkbookHost,
  repId: string,
  options: LetterOptions,
): Promise<{ letter: Letter; written: WrittenSheet }> {
  if (!host.writePrintSheet)
    throw new SalesPlanError(letterMessages.noSheetWrite, { sheet: PLAN_LETTER_SHEET });
  const letter = await repLetter(host, repId, options);
  const written = await host.writePrintSheet(letterDraft(letter), options.now);
  // The letter's plan is "name version": SalesAudit keeps them apart, as every run's row does.
  const name = letter.plan.endsWith(letter.version)
    ? letter.plan.slice(0, letter.plan.length - letter.version.length).trim()
    : letter.plan;
  await writeSheetAudit(
    host,
    { action: "letter", detail: repId, plan: name, version: letter.version, inputs: [] },
    written,
    options.now,
    options.lang,
  );
  return { letter, written };
}
