/**
 * The targets engine: split, season, ramp and re-plan. Pure functions over plain numbers and
 * records; every input problem is a SalesPlanError naming the argument (or table column) and the
 * position.
 *
 * Three kinds of callers:
 * - the SALES.* custom functions use the `*Core` functions, which take and return matrices;
 * - the CLI and task pane use {@link planTargets} (Reps/Regions records in, SalesTargets rows out)
 *   and {@link actualsByRep} + {@link replanReps} / {@link replanRegions} for the re-plan;
 * - the bench and other engines use {@link prepareWeights} + {@link splitUnits} to split many
 *   totals by one set of weights at the cost of one pass each.
 */
export {
  splitTotal,
  targetSplitCore,
  prepareWeights,
  splitUnits,
  unitsToNumbers,
  type SplitOptions,
  type WeightSource,
  type PreparedWeights,
  type UnitVector,
} from "./apportion";
export { groupSplitCore, groupKey } from "./groupsplit";
export { seasonalityCore, type SeasonalityBasis } from "./seasonality";
export { catchupCore, catchupList, replanRegion, type ReplanMember, type RegionReplan } from "./catchup";
export { rampCore, employedShare, type Employment } from "./ramp";
export { basisWeights, type Basis, type BasisName, type BasisMember } from "./weights";
export { fiscalPeriods, parsePeriod, checkPeriodOrder } from "./periods";
export {
  planTargets,
  type TargetPlanInput,
  type TargetPlan,
  type TargetRow,
  type RepTarget,
  type RegionTarget,
  type RepInput,
  type RegionInput,
  type ProductMix,
} from "./hierarchy";
export { actualsByRep, replanReps, replanRegions, type ActualRecord, type RepReplan } from "./replan";
export { targetMessages } from "./messages";
