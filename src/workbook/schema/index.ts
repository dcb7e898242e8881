/** Every table's schema, in one place: what the workbook layer reads and writes is derived from these. */
import * as inputs from "./inputs";
import * as outputs from "./outputs";
import type { TableSchema } from "./types";

export * from "./types";
export * from "./inputs";
export * from "./outputs";

/** The schemas of the tables SalesPlan writes, by name. */
export const outputSchemas = {
  SalesTargets: outputs.salesTargetsSchema,
  SalesPayouts: outputs.salesPayoutsSchema,
  SalesScorecard: outputs.salesScorecardSchema,
  SalesPlan: outputs.salesPlanSchema,
  SalesPlanTiers: outputs.salesPlanTiersSchema,
  SalesAudit: outputs.salesAuditSchema,
  SalesLedger: outputs.salesLedgerSchema,
  SalesHonourRoll: outputs.salesHonourRollSchema,
  SalesTeamHealth: outputs.salesTeamHealthSchema,
  SalesPlanModel: outputs.salesPlanModelSchema,
} as const satisfies Readonly<Record<string, TableSchema>>;

/** The schemas of the tables SalesPlan reads and never writes, by name. */
export const inputSchemas = {
  Reps: inputs.repsSchema,
  Regions: inputs.regionsSchema,
  Actuals: inputs.actualsSchema,
  Activities: inputs.activitiesSchema,
  Adjustments: inputs.adjustmentsSchema,
  SalesHistory: inputs.historySchema,
  MeasureTargets: inputs.measureTargetsSchema,
  Inquiries: inputs.inquiriesSchema,
  Recognition: inputs.recognitionSchema,
  ReviewNotes: inputs.reviewNotesSchema,
  Development: inputs.developmentSchema,
  CoachingLibrary: inputs.coachingLibrarySchema,
  Acknowledgements: inputs.acknowledgementsSchema,
  Deals: inputs.dealsSchema,
  FxRates: inputs.fxRatesSchema,
  PlanAssignments: inputs.planAssignmentsSchema,
} as const satisfies Readonly<Record<string, TableSchema>>;
