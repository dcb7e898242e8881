/**
 * One scenario of a plan cost model as the payout engine's input (targets and made-up actuals for
 * every rep), and what its output says: pay per rep, the reps paid at a cap, percentiles. The plan
 * letters' example payouts build their actuals the same way (one rep, three attainments).
 */
import { measureKey, type MeasureAmount, type PayoutResult, type Plan } from "../engine/incentives";
import { excelRound } from "../kernel/money";

/**
 * Targets and actuals for a scenario: each paid measure's actual is its target times the
 * attainment `attainmentOf` gives for that rep and month; gate measures the plan does not pay on
 * get a target of 1 and the same attainment (a gate on an actual value, e.g. a rate, as just met).
 * Actuals given in `fixed` (rep, month, measure) are taken as they are (last year's sales).
 */
export function scenarioAmounts(
  plan: Plan,
  targets: readonly MeasureAmount[],
  attainmentOf: (repId: string, period: string) => number,
  fixed?: ReadonlyMap<string, number>,
): { targets: MeasureAmount[]; actuals: MeasureAmount[] } {
  const paidOn = new Set(plan.measures.map((m) => measureKey(m.name)));
  const gates = (plan.gates ?? []).filter((g) => !paidOn.has(measureKey(g.measure)));
  const actuals: MeasureAmount[] = new Array<MeasureAmount>(targets.length);
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    const given = fixed?.get(amountKey(t.repId, t.period, t.measure));
    // Rounded off float noise (0.8 x 95,000 = 75999.99999999999), as a typed cell would be; six
    // places keep a ratio's digits and stay on excelRound's fast path for any amount of money.
    const amount = given ?? excelRound(attainmentOf(t.repId, t.period) * t.amount, 6);
    actuals[i] = { repId: t.repId, period: t.period, measure: t.measure, amount };
  }
  if (gates.length === 0) return { targets: [...targets], actuals };
  const allTargets: MeasureAmount[] = [...targets];
  const months = new Map<string, { repId: string; period: string }>();
  for (const t of targets) months.set(`${t.repId}\u0000${t.period}`, t);
  for (const { repId, period } of months.values())
    for (const g of gates) {
      allTargets.push({ repId, period, measure: g.measure, amount: 1 });
      const amount = g.on === "actual" ? g.minimum : attainmentOf(repId, period);
      actuals.push({ repId, period, measure: g.measure, amount });
    }
  return { targets: allTargets, actuals };
}

/** The key of a rep's amount of a measure in a month, in maps of amounts. */
export const amountKey = (repId: string, period: string, measure: string): string =>
  `${repId}\u0000${period}\u0000${measureKey(measure)}`;

/** What one engine run of a scenario paid: per rep (in the engine's rep order) and who hit a cap. */
export interface ScenarioPay {
  /** Each rep's pay over the run, in whole cents, by RepID. */
  readonly cents: ReadonlyMap<string, number>;
  /** Reps paid at a cap somewhere: a measure's money cap or attainment cap, or the plan cap. */
  readonly aboveCap: ReadonlySet<string>;
}

/**
 * Pay per rep (the sum of their total rows' net, to the cent) and the reps whose pay a cap held:
 * a measure credited at its attainment cap or paid its money cap in some payout period (year to
 * date under a true-up, as the engine judges it), or a plan cap that took something.
 */
export function scenarioPay(plan: Plan, result: PayoutResult): ScenarioPay {
  const cents = new Map<string, number>();
  const aboveCap = new Set<string>();
  const planCap = plan.cap ?? null;
  // The measures with a cap of either kind; rows of the others need no look.
  const measures = new Map(
    plan.measures
      .filter((m) => (m.cap ?? null) !== null || (m.attainmentCap ?? null) !== null)
      .map((m) => [measureKey(m.name), m]),
  );
  // Year-to-date sums per measure of the current rep and year (under a true-up).
  const ytd = new Map<string, { actual: number; target: number; gross: number; count: number }>();
  let rep = "";
  let year = "";
  for (let i = 0; i < result.length; i++) {
    const row = result.row(i);
    if (row.repId !== rep || row.period.slice(0, 4) !== year) {
      rep = row.repId;
      year = row.period.slice(0, 4);
      ytd.clear();
    }
    if (row.kind === "total") {
      // The engine's amounts are whole cents over 100, so this is exact (a rep's pay is far below 2^53 cents).
      cents.set(row.repId, (cents.get(row.repId) ?? 0) + Math.round(row.net * 100));
      // The adjustment items are built when read: only where the plan cap may have taken something.
      const mayCap = planCap !== null && (plan.trueUp || row.gross > planCap - 0.005);
      if (mayCap && row.adjustmentItems.some((a) => a.kind === "planCap" && a.amount < 0))
        aboveCap.add(row.repId);
      continue;
    }
    const measure = measures.get(measureKey(row.measure));
    if (!measure || aboveCap.has(row.repId)) continue;
    const key = measureKey(row.measure);
    const sums = (plan.trueUp ? ytd.get(key) : undefined) ?? { actual: 0, target: 0, gross: 0, count: 0 };
    sums.actual += row.actual ?? 0;
    sums.target += row.target ?? 0;
    sums.gross += row.gross;
    sums.count += 1;
    if (plan.trueUp) ytd.set(key, sums);
    const cap = measure.attainmentCap ?? null;
    const hitAttainmentCap = cap !== null && sums.target > 0 && sums.actual / sums.target > cap;
    const money = measure.cap ?? null;
    // Paid the cap to the cent (the engine rounds rows to cents).
    const hitMoneyCap = money !== null && money > 0 && sums.gross >= money * sums.count - 0.005;
    if (hitAttainmentCap || hitMoneyCap) aboveCap.add(row.repId);
  }
  return { cents, aboveCap };
}

/**
 * The p-th percentile (0..1) of sorted amounts as Excel's PERCENTILE.INC gives it (linear between
 * ranks), rounded to the cent; null for none.
 */
export function percentileInc(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return excelRound(sorted[low] + (rank - low) * (sorted[high] - sorted[low]), 2);
}
