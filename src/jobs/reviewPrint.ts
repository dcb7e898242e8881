/**
 * The pane's review sheet: one rep's review record for a period (reviews.ts + reviewSheet.ts, the
 * model `salesplan reviews` prints) written as the values-only `Review` sheet, fitted on one
 * printed page, replacing the previous one, with its SalesAudit row.
 */
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";
import type { WorkbookHost } from "../workbook/host";
import type { WrittenSheet } from "../workbook/printSheet";
import type { Mappings } from "./inputs";
import { jobMessages } from "./messages";
import { writeSheetAudit } from "./printAudit";
import { printDraft } from "./printDraft";
import type { PrintSheet } from "./printSheet";
import { reviewRecords, type RepReviewRecord } from "./reviews";
import { reviewSheet } from "./reviewSheet";
import type { ScorecardOptions } from "./scorecards";

/** The pane's review sheet: one at a time, under one name whatever the rep's language. */
export const REVIEW_SHEET = "Review";

export interface ReviewPrintOptions {
  readonly period: string;
  /** The language of reps without a Language in Reps. */
  readonly lang: Locale;
  readonly now: Date;
  readonly scorecard: ScorecardOptions | null;
  readonly mappings?: Mappings;
}

/** One rep's review record and its printable sheet; refused, naming both, without a scorecard row. */
export async function repReviewSheet(
  host: WorkbookHost,
  repId: string,
  options: ReviewPrintOptions,
): Promise<{ record: RepReviewRecord; sheet: PrintSheet }> {
  const { records, reps } = await reviewRecords(host, options);
  const record = records.find((r) => r.repId === repId);
  if (!record) throw new SalesPlanError(jobMessages.reviewNoPeriod, { rep: repId, period: options.period });
  // The pane's sheet prints on one page (the command line's file runs as long as it takes), its
  // trend as figures: the host's values-only sheet draws no data bars.
  return { record, sheet: { ...reviewSheet(record, reps, options.now, { bars: false }), fit: "one" } };
}

/** The rep's review written as the Review sheet, then its SalesAudit row. */
export async function writeReviewSheet(
  host: WorkbookHost,
  repId: string,
  options: ReviewPrintOptions,
): Promise<{ record: RepReviewRecord; written: WrittenSheet }> {
  if (!host.writePrintSheet)
    throw new SalesPlanError(jobMessages.reviewNoSheetWrite, { sheet: REVIEW_SHEET });
  const { record, sheet } = await repReviewSheet(host, repId, options);
  const written = await host.writePrintSheet(printDraft(sheet, REVIEW_SHEET), options.now);
  await writeSheetAudit(
    host,
    {
      action: "reviewSheet",
      detail: `${repId} ${options.period}`,
      ...(record.score === null ? {} : { total: { column: "Score", value: record.score } }),
      inputs: [],
    },
    written,
    options.now,
    options.lang,
  );
  return { record, written };
}
