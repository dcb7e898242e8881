/** Organisations (PRODUCT.md): deal crediting, reporting lines and team sums, currencies. Pure. */
export { checkSplits, creditDeals, creditKey, type CreditedAmount, type DealCredit } from "./crediting";
export {
  managerResolver,
  reportingLines,
  teamAmounts,
  teamsOf,
  type Amount,
  type ReportingRep,
} from "./team";
export { fxKey, rateFor, rateMonth, toReporting, type FxTable } from "./fx";
export { organisationMessages } from "./messages";
export {
  AssignmentBook,
  regionStints,
  splitByDays,
  type AssignedDays,
  type Assignment,
  type RegionStint,
} from "./assignments";
export {
  computeSeveralPlans,
  type PlanShare,
  type SeveralPlansInput,
  type SeveralPlansResult,
} from "./severalPlans";
