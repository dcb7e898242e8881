/**
 * Tracking: attainment to date, pace (SALES.PACE's rule), the gap and the run rate needed to
 * close it, per rep, region and team, by week or month. Pure: plain records in, plain records out.
 */

/** SALES.PACE's core: projected attainment at the current run rate. */
export { paceCore } from "./pace";
/** Week and month period keys from dates, Excel serials or keys. */
export { nextPeriod, periodKey, periodsBetween, type Granularity } from "./periods";
/** Attainment, pace, required run rate and the off-pace flag. */
export {
  trackAttainment,
  type TrackingActual,
  type TrackingInput,
  type TrackingIssue,
  type TrackingLine,
  type TrackingRep,
  type TrackingResult,
  type TrackingTarget,
} from "./tracking";
export { trackingMessages } from "./messages";
