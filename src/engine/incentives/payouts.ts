/**
 * The payout engine: reps, targets and actuals in; one row per rep, payout period and measure plus a
 * rep total row out, each with an explanation a finance reviewer can redo by hand. Money is rounded
 * to cents per row (Excel ROUND) and every total is a sum of rounded rows; the engine counts in
 * integer cents internally so sums never drift. The inputs are laid out by ./inputs, each measure
 * earns by ./earning, the draw follows core's drawStep, and rows are read back through ./rowView.
 */
import { centsOf, moneyOf } from "../../kernel/money";
import { fail } from "../../kernel/errors";
import { employmentOf } from "./calendar";
import { drawStep, type DrawState } from "./core";
import { annualIncentiveOf, earn, gateValue, periodIncentiveOf, type MeasureWindow } from "./earning";
import { runInputs } from "./inputs";
import { incentiveMessages } from "./messages";
import { gateOnYearToDate, paysOnIncentive, validatePlan, weightOf } from "./plan";
import { Payouts } from "./rowView";
import { oneOffCents, PayoutColumns, spiffCents } from "./run";
import { bookedKey, type PayoutInput, type PayoutResult } from "./types";

export { daysOn, employedShare, payoutPeriodKey } from "./calendar";
export { bookedKey } from "./types";
export type {
  AdjustmentInput,
  BookedPaid,
  AdjustmentItem,
  AdjustmentKind,
  DaySpan,
  MeasureAmount,
  PayoutInput,
  PayoutResult,
  PayoutRow,
  Rep,
} from "./types";

/**
 * Compute every payout row for a plan. Throws a SalesPlanError (with the table and row) for an
 * invalid plan, an unknown measure or rep in the actuals, a month that is not "YYYY-MM", or a
 * manual adjustment without a reason.
 */
export function computePayouts(input: PayoutInput): PayoutResult {
  const { plan, reps } = input;
  validatePlan(plan);
  const measures = plan.measures;
  const gates = plan.gates ?? [];
  const spiffs = plan.spiffs ?? [];
  const { periods, actual, target, known: nK, measureK, gateK, spiffK, adjustmentsAt } = runInputs(input);
  const nP = periods.length;
  const nR = reps.length;

  const hasCurve = measures.some((m) => paysOnIncentive(m));
  const columns = new PayoutColumns(nR * nP, measures.length, plan);
  const trueUp = plan.trueUp;
  let totalGross = 0;
  let totalAdjustments = 0;
  let totalRestated = 0;

  const nM = measures.length;
  const ytdActual = new Float64Array(nK);
  const ytdTarget = new Float64Array(nK);
  const prevFull = new Float64Array(nM);
  const prevProrated = new Float64Array(nM);
  // Cents withheld so far this year by gates judged on one period (true-up only).
  const forfeited = new Float64Array(nM);
  const draw = plan.draw ?? null;
  const drawFullCents = draw === null ? 0 : centsOf(draw.amount);
  // The draw's balance in cents, carried from period to period of one rep.
  const drawState: DrawState = { balance: 0, pay: 0 };
  // One scratch window reused for every row; each row copies what its explanation needs.
  const window: MeasureWindow = {
    windowActual: 0,
    windowTarget: 0,
    windowCount: 1,
    incentiveFull: 0,
    incentiveProrated: 0,
    gateOpen: true,
  };
  const planCap = plan.cap ?? null;
  const spiffRepaysDraw = plan.spiffRepaysDraw === true;
  // Month-end under a true-up: the first period after the closed ones reads "paid before" from the
  // ledger. closedNet sums what the closed periods of the year pay now; the difference from what was
  // booked is paid in that period's true-up (a restatement the ledger does not write again). It
  // stays outside the draw and the negative true-up carry, as a restatement line does.
  const booked = trueUp ? (input.booked ?? null) : null;
  const closedThrough = booked === null ? undefined : [...booked.closed].sort().pop();
  const ledgerFrom = closedThrough === undefined ? -1 : periods.findIndex((q) => q.key > closedThrough);
  const closedInYear =
    ledgerFrom < 0 ? false : [...booked!.closed].some((k) => k.startsWith(String(periods[ledgerFrom].year)));
  const closedNet = new Float64Array(nM);

  for (let r = 0; r < nR; r++) {
    const rep = reps[r];
    if (rep.hireDate != null && rep.endDate != null && rep.endDate < rep.hireDate)
      fail(incentiveMessages.endBeforeHire, { rep: rep.id });
    const annualIncentive = annualIncentiveOf(rep, plan);
    if (annualIncentive === null && hasCurve)
      fail(incentiveMessages.missingTargetIncentive, { rep: rep.id, role: rep.role ?? "" });
    const periodIncentive = periodIncentiveOf(rep, plan);

    let year = NaN;
    let count = 0;
    let ytdIncentiveFull = 0;
    let ytdIncentiveProrated = 0;
    let prevPlanCap = 0;
    let carry = 0;
    drawState.balance = centsOf(rep.drawBalance ?? 0);

    for (let p = 0; p < nP; p++) {
      const period = periods[p];
      const base = (r * nP + p) * nK;
      if (!plan.trueUp || period.year !== year) {
        year = period.year;
        count = 0;
        ytdIncentiveFull = 0;
        ytdIncentiveProrated = 0;
        prevPlanCap = 0;
        ytdActual.fill(0);
        ytdTarget.fill(0);
        prevFull.fill(0);
        prevProrated.fill(0);
        forfeited.fill(0);
        closedNet.fill(0);
      }
      const employed = employmentOf(rep, period);
      const share = employed === null ? 1 : employed.share;
      count++;
      ytdIncentiveFull += periodIncentive;
      ytdIncentiveProrated += periodIncentive * share;
      for (let k = 0; k < nK; k++) {
        ytdActual[k] += actual[base + k];
        ytdTarget[k] += target[base + k];
      }

      // The plan gates: a gate judged on the year to date closes the whole window (nothing earned
      // to date); one judged on the period withholds what this period would add, and no more.
      let ytdGateOpen = true;
      let periodGateOpen = true;
      let failedGate = -1;
      let failedValue: number | null = null;
      for (let g = 0; g < gates.length; g++) {
        const gate = gates[g];
        const k = gateK[g];
        const ytd = gateOnYearToDate(plan, gate);
        const value = gateValue(
          gate,
          ytd ? ytdActual[k] : actual[base + k],
          ytd ? ytdTarget[k] : target[base + k],
        );
        if (value !== null && value >= gate.minimum) continue;
        // The first failing gate is the one explained, a year-to-date one first: it decides more.
        if (failedGate < 0 || (ytd && ytdGateOpen)) {
          failedGate = g;
          failedValue = value;
        }
        if (ytd) ytdGateOpen = false;
        else periodGateOpen = false;
      }
      const gateOpen = ytdGateOpen && (trueUp || periodGateOpen);
      const withhold = trueUp && ytdGateOpen && !periodGateOpen;

      const rp = r * nP + p;
      if (failedGate >= 0) {
        columns.failedGate[rp] = failedGate + 1;
        columns.gateValue[rp] = failedValue === null ? NaN : failedValue;
      }
      let measureNetCents = 0;
      let cumulativeProratedCents = 0;
      const isClosed = booked !== null && p < ledgerFrom && booked.closed.has(period.key);
      const readsLedger = p === ledgerFrom && closedInYear;
      let restatedCents = 0;
      for (let m = 0; m < nM; m++) {
        const measure = measures[m];
        const k = measureK[m];
        window.windowActual = trueUp ? ytdActual[k] : actual[base + k];
        window.windowTarget = trueUp ? ytdTarget[k] : target[base + k];
        window.windowCount = trueUp ? count : 1;
        window.incentiveFull = (trueUp ? ytdIncentiveFull : periodIncentive) * weightOf(measure);
        window.incentiveProrated =
          (trueUp ? ytdIncentiveProrated : periodIncentive * share) * weightOf(measure);
        window.gateOpen = gateOpen;
        const earning = earn(measure, window);
        const fullCents = centsOf(earning.full);
        const proratedCents = earning.prorated === earning.full ? fullCents : centsOf(earning.prorated);
        let grossCents = fullCents - prevFull[m];
        let netCents = proratedCents - prevProrated[m];
        let heldCents = 0;
        if (withhold && netCents > 0) {
          // This period's addition is withheld for good: later periods count it as settled.
          heldCents = netCents;
          netCents = 0;
          if (grossCents > 0) grossCents = 0;
        }
        measureNetCents += netCents;
        cumulativeProratedCents += proratedCents - forfeited[m] - heldCents;
        if (isClosed) closedNet[m] += netCents;
        // Paid before = what the ledger booked: the row pays now - booked instead of now - recomputed.
        const restated = readsLedger
          ? closedNet[m] - (booked!.cents.get(bookedKey(rep.id, measure.name, period.year)) ?? 0)
          : 0;
        restatedCents += restated;
        const i = rp * nM + m;
        columns.point[i] = earning.point === null ? NaN : earning.point;
        columns.grossCents[i] = grossCents + restated;
        columns.netCents[i] = netCents + restated;
        if (trueUp) {
          prevFull[m] = fullCents;
          prevProrated[m] = proratedCents;
          columns.windowActual[i] = window.windowActual;
          columns.windowTarget[i] = window.windowTarget;
          columns.windowCount[i] = window.windowCount;
          columns.incentiveFull[i] = window.incentiveFull;
          columns.incentiveProrated[i] = window.incentiveProrated;
          columns.cumulativeCents[i] = proratedCents;
          columns.forfeitedCents[i] = forfeited[m];
          columns.heldCents[i] = heldCents;
          forfeited[m] += heldCents;
        }
      }

      // Rep total: plan cap, SPIFFs, negative true-up, draw, clawbacks, manual adjustments, in that
      // order. Only the amounts are kept; totalItems() rebuilds the list when someone reads it.
      let adjustmentCents = 0;
      if (planCap !== null) {
        const capCents = centsOf(planCap * (trueUp ? count : 1));
        const cumulative = Math.min(0, capCents - (trueUp ? cumulativeProratedCents : measureNetCents));
        const capAdjustment = cumulative - (trueUp ? prevPlanCap : 0);
        if (trueUp) prevPlanCap = cumulative;
        adjustmentCents += capAdjustment;
        columns.planCapCents[rp] = capAdjustment;
      }
      // SPIFF money counts towards the draw (and a carried negative true-up) only when the plan says so.
      let spiffTotalCents = 0;
      for (let s = 0; s < spiffs.length; s++) {
        const units = actual[base + spiffK[s]];
        if (units !== 0) spiffTotalCents += spiffCents(spiffs[s], units);
      }
      const oneOffs = adjustmentsAt.get(rp);
      if (oneOffs) for (const a of oneOffs) if (a.kind === "spiff") spiffTotalCents += oneOffCents(a);
      if (spiffRepaysDraw) adjustmentCents += spiffTotalCents;

      const due = measureNetCents + adjustmentCents;
      let payable = due;
      if (plan.negativeTrueUp === "carry") {
        const balance = due + carry;
        payable = balance > 0 ? balance : 0;
        carry = balance < 0 ? balance : 0;
        const carryAdjustment = payable - due;
        adjustmentCents += carryAdjustment;
        if (trueUp) columns.carryAdjustmentCents[rp] = carryAdjustment;
      }
      // A negative amount left here is a clawback of earlier over-payment; it bypasses the draw so a
      // non-recoverable draw cannot swallow it.
      const negative = payable < 0 ? payable : 0;
      let pay = payable - negative;
      if (draw !== null) {
        const drawCents = employed === null ? drawFullCents : centsOf(draw.amount * share);
        const earned = pay;
        drawStep(drawState, earned, drawCents, draw.recoverable);
        pay = drawState.pay;
        const drawAdjustment = pay - earned;
        adjustmentCents += drawAdjustment;
        columns.drawAdjustmentCents[rp] = drawAdjustment;
        columns.drawCents[rp] = drawCents;
      }
      if (!spiffRepaysDraw) adjustmentCents += spiffTotalCents;
      if (oneOffs) for (const a of oneOffs) if (a.kind !== "spiff") adjustmentCents += oneOffCents(a);
      totalGross += measureNetCents + restatedCents;
      totalRestated += restatedCents;
      totalAdjustments += adjustmentCents;
      columns.totalGrossCents[rp] = measureNetCents + restatedCents;
      columns.totalAdjustmentCents[rp] = adjustmentCents;
      if (draw !== null) columns.drawBalanceCents[rp] = drawState.balance;
      if (trueUp) columns.carriedCents[rp] = carry;
    }
  }
  return new Payouts(
    {
      plan,
      reps,
      periods,
      columns,
      actual,
      target,
      known: nK,
      measureK,
      spiffK,
      adjustmentsAt,
      language: input.language ?? "en",
      ledgerFrom: closedInYear ? ledgerFrom : -1,
    },
    periods.map((p) => p.key),
    {
      gross: moneyOf(totalGross),
      adjustments: moneyOf(totalAdjustments),
      net: moneyOf(totalGross + totalAdjustments),
      ...(booked === null ? {} : { restated: moneyOf(totalRestated) }),
    },
  );
}
