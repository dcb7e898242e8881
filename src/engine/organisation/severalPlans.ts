/**
 * A payout run over several plans (PRODUCT.md "Organisations"): each rep's actuals, targets and
 * one-off adjustments go to the plans in force, a month shared by two plans split by days; each
 * plan is paid by the one payout engine over its own reps, paid only for their days on it; the
 * rows come back rep by rep, period by period, plan by plan, each naming its plan.
 */
import { centsOf, moneyOf } from "../../kernel/money";
import { fail } from "../../kernel/errors";
import { parseMonthKey, serialOf } from "../../kernel/calendar";
import {
  computePayouts,
  daysOn,
  knownMeasures,
  measureKey,
  type AdjustmentInput,
  type DaySpan,
  type MeasureAmount,
  type PayoutInput,
  type PayoutResult,
  type PayoutRow,
  type Plan,
  type Rep,
} from "../incentives";
import { splitByDays, type Assignment, type AssignmentBook, type AssignedDays } from "./assignments";
import { organisationMessages as m } from "./messages";

export interface SeveralPlansInput extends Omit<PayoutInput, "plan"> {
  /** The plans SalesPlan holds; every plan an assignment names is among them. */
  readonly plans: readonly Plan[];
  readonly book: AssignmentBook;
}

/** One plan's share of a rep's month: the assignment, its days and the days the month counts. */
export interface PlanShare {
  readonly plan: string;
  readonly days: number;
  readonly covered: number;
}

/** What the run over several plans gives: the rows, and each split month's shares for the explanations. */
export interface SeveralPlansResult extends PayoutResult {
  /** The plans a rep's month was split between, by "rep\u0000month"; months on one plan are absent. */
  readonly shares: ReadonlyMap<string, readonly PlanShare[]>;
}

const SEP = "\u0000";
/** The days of a rep on one plan all year. */
const ALL_DAYS: readonly DaySpan[] = Object.freeze([{ from: -Infinity, to: Infinity }]);

/** A month's first and last day, memoised per key. */
function monthDays(cache: Map<string, [number, number] | null>, key: string): [number, number] | null {
  let span = cache.get(key);
  if (span === undefined) {
    const month = parseMonthKey(key);
    span = month
      ? [serialOf(month.year, month.month, 1), serialOf(month.year, month.month + 1, 1) - 1]
      : null;
    cache.set(key, span);
  }
  return span;
}

/** The value of the latest of a rep's assignments to a plan that sets it. */
function latest<T>(
  list: readonly Assignment[],
  pick: (a: Assignment) => T | undefined | null,
): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const value = pick(list[i]);
    if (value !== undefined && value !== null && value !== "") return value;
  }
  return undefined;
}

/**
 * Pay every plan over its reps. A rep without assignments stays on the only plan when there is one;
 * with several, their figures stop the run (no plan is in force for them).
 */
export function computeSeveralPlans(input: SeveralPlansInput): SeveralPlansResult {
  const { plans, book, reps } = input;
  const planIndex = new Map(plans.map((p, i) => [p.name, i]));
  const single = plans.length === 1 ? 0 : -1;
  const repById = new Map(reps.map((r) => [r.id, r]));
  // Each plan's reps, in Reps order: a rep on a plan is paid only for its days on it.
  const planReps: Rep[][] = plans.map(() => []);
  // Reps on one plan all year (most of them), by rep: their figures go to it without a cut.
  const fixedPlan = new Map<string, number>();
  for (const rep of reps) {
    const list = book.of(rep.id);
    if (list.length === 0) {
      if (single === 0) planReps[0].push(rep);
      continue;
    }
    if (list.length === 1 && list[0].from === null && list[0].to === null) {
      const a = list[0];
      const i = planIndex.get(a.plan) as number;
      fixedPlan.set(rep.id, i);
      planReps[i].push({
        ...rep,
        ...(a.role ? { role: a.role } : {}),
        ...(a.targetIncentive != null ? { targetIncentive: a.targetIncentive } : {}),
        days: ALL_DAYS,
      });
      continue;
    }
    for (const name of book.plansOf(rep.id)) {
      const own = list.filter((a) => a.plan === name);
      const role = latest(own, (a) => a.role);
      const incentive = latest(own, (a) => a.targetIncentive);
      planReps[planIndex.get(name) as number].push({
        ...rep,
        ...(role !== undefined ? { role } : {}),
        ...(incentive !== undefined ? { targetIncentive: incentive } : {}),
        days: book.spans(rep.id, name),
      });
    }
  }

  const months = new Map<string, [number, number] | null>();
  const shares = new Map<string, PlanShare[]>();
  // Which plans a rep's month goes to, and the weight of each: memoised per rep and month.
  type Cut = { plans: number[]; whole: boolean; assigned: AssignedDays[]; employed: number[] };
  const cuts = new Map<string, Cut | null>();
  // Most reps stay on one plan all year: one shared cut per plan, found without a key.
  const allYear = plans.map((_, i): Cut => ({ plans: [i], whole: true, assigned: [], employed: [] }));
  const cutOf = (repId: string, period: string, table: string): Cut | null => {
    const fixed = fixedPlan.get(repId);
    if (fixed !== undefined) return allYear[fixed];
    const k = repId + SEP + period;
    let cut = cuts.get(k);
    if (cut !== undefined) return cut;
    const span = monthDays(months, period);
    const rep = repById.get(repId);
    if (span === null || rep === undefined || book.of(repId).length === 0) {
      // Not a month, or a rep the engine will name; or a rep with no assignment on the only plan.
      if (single === 0 || span === null || rep === undefined) cut = null;
      else return fail(m.notAssigned, { table, rep: repId, period });
    } else {
      const assigned = book.within(repId, span[0], span[1]);
      if (assigned.length === 0) return fail(m.notAssigned, { table, rep: repId, period });
      const employed = assigned.map((a) =>
        daysOn(
          [{ from: a.assignment.from ?? -Infinity, to: a.assignment.to ?? Infinity }],
          span[0],
          span[1],
          rep.hireDate,
          rep.endDate,
        ),
      );
      const onPlans = assigned.map((a) => planIndex.get(a.assignment.plan) as number);
      const whole = new Set(onPlans).size === 1;
      cut = { plans: onPlans, whole, assigned, employed };
      if (!whole) {
        const counted = employed.some((d) => d > 0) ? employed : assigned.map((a) => a.days);
        const covered = counted.reduce((s, d) => s + d, 0);
        const byPlan = new Map<string, number>();
        assigned.forEach((a, i) =>
          byPlan.set(a.assignment.plan, (byPlan.get(a.assignment.plan) ?? 0) + counted[i]),
        );
        shares.set(
          k,
          [...byPlan].map(([plan, days]) => ({ plan, days, covered })),
        );
      }
    }
    cuts.set(k, cut);
    return cut;
  };

  // A plan reads only its own measures: the others' figures are other plans' business.
  const known = plans.map((p) => new Set(knownMeasures(p).map(measureKey)));
  // Whether plan i reads a measure, by the measure as written (one lookup per record).
  const reads = plans.map(() => new Map<string, boolean>());
  const split = (list: readonly MeasureAmount[], table: string): MeasureAmount[][] => {
    const out: MeasureAmount[][] = plans.map(() => []);
    const push = (i: number, a: MeasureAmount) => {
      let yes = reads[i].get(a.measure);
      if (yes === undefined) reads[i].set(a.measure, (yes = known[i].has(measureKey(a.measure))));
      if (yes) out[i].push(a);
    };
    // Tables usually come sorted by rep, then month: remembering the last key skips most lookups.
    let lastRep: string | undefined;
    let lastPeriod: string | undefined;
    let cut: ReturnType<typeof cutOf> = null;
    for (const a of list) {
      if (a.repId !== lastRep || a.period !== lastPeriod) {
        cut = cutOf(a.repId, a.period, table);
        lastRep = a.repId;
        lastPeriod = a.period;
      }
      if (cut === null) {
        // A rep on the only plan, or a record the engine names (unknown rep, bad month).
        out[0].push(a);
        continue;
      }
      if (cut.whole) {
        push(cut.plans[0], a);
        continue;
      }
      const plansOf = cut.plans;
      splitByDays(a.amount, cut.assigned, cut.employed).forEach((amount, i) =>
        push(plansOf[i], { ...a, amount }),
      );
    }
    return out;
  };
  const actuals = split(input.actuals, "Actuals");
  const targets = split(input.targets, "SalesTargets");
  // A one-off adjustment is the month's as a whole: it goes to the plan in force at the month's end.
  const adjustments: AdjustmentInput[][] = plans.map(() => []);
  for (const a of input.adjustments ?? []) {
    const cut = cutOf(a.repId, a.period, "Adjustments");
    adjustments[cut === null ? 0 : cut.plans[cut.plans.length - 1]].push(a);
  }

  // `booked` (the ledger's paid before, by rep and measure) is not passed on: ledger lines name no
  // plan, so over several plans closed periods reconcile through restatements, as before month-end
  // read the ledger.
  const results = plans.map((plan, i) =>
    computePayouts({
      plan,
      reps: planReps[i],
      targets: targets[i],
      actuals: actuals[i],
      adjustments: adjustments[i],
      language: input.language,
    }),
  );
  return merge(plans, planReps, results, reps, shares, months);
}

const offPlan = (days: readonly { from: number; to: number }[], span: readonly [number, number]): boolean =>
  daysOn(days, span[0], span[1]) === 0;

const sumCentsOf = (amounts: readonly number[]): number => amounts.reduce((s, x) => s + centsOf(x), 0);

/** A row of one plan's run, naming the plan. */
class PlanRowView implements PayoutRow {
  constructor(
    private readonly row: PayoutRow,
    readonly plan: string,
  ) {}
  get repId() {
    return this.row.repId;
  }
  get name() {
    return this.row.name;
  }
  get period() {
    return this.row.period;
  }
  get measure() {
    return this.row.measure;
  }
  get kind() {
    return this.row.kind;
  }
  get actual() {
    return this.row.actual;
  }
  get target() {
    return this.row.target;
  }
  get attainment() {
    return this.row.attainment;
  }
  get point() {
    return this.row.point;
  }
  get gross() {
    return this.row.gross;
  }
  get adjustments() {
    return this.row.adjustments;
  }
  get net() {
    return this.row.net;
  }
  get adjustmentItems() {
    return this.row.adjustmentItems;
  }
  get drawBalance() {
    return this.row.drawBalance;
  }
  get carriedBalance() {
    return this.row.carriedBalance;
  }
  get explanation() {
    return this.row.explanation;
  }
}

/**
 * The plans' rows in one list: for each rep (Reps order), payout period and plan (in the order the
 * rep met them), that plan's measure rows and total row, where the rep had days on the plan in the
 * period or the total pays something (a one-off adjustment, a true-up settling).
 */
function merge(
  plans: readonly Plan[],
  planReps: readonly Rep[][],
  results: readonly PayoutResult[],
  reps: readonly Rep[],
  shares: ReadonlyMap<string, readonly PlanShare[]>,
  months: Map<string, [number, number] | null>,
): SeveralPlansResult {
  const periodKeys = [...new Set(results.flatMap((r) => r.periods))].sort();
  // Where each rep sits in each plan's run, and where each period sits.
  const repAt = plans.map((_, i) => new Map(planReps[i].map((rep, r) => [rep.id, r])));
  // Each plan's period index for each merged period (-1: the plan's run has no such period).
  const periodAt = results.map((r) => {
    const at = new Map(r.periods.map((key, p) => [key, p]));
    return Int32Array.from(periodKeys, (key) => at.get(key) ?? -1);
  });
  const spans = new Map<string, [number, number]>();
  const periodSpan = (key: string): [number, number] => {
    let span = spans.get(key);
    if (span === undefined) {
      const month = monthDays(months, key);
      if (month !== null) span = month;
      else {
        const year = Number(key.slice(0, 4));
        const q = /^\d{4}-Q(\d)$/.exec(key);
        span = q
          ? [serialOf(year, (Number(q[1]) - 1) * 3 + 1, 1), serialOf(year, Number(q[1]) * 3 + 1, 1) - 1]
          : [serialOf(year, 1, 1), serialOf(year + 1, 1, 1) - 1];
      }
      spans.set(key, span);
    }
    return span;
  };
  // Which plan's run and row each merged row is: rows are made only when read.
  let planOf = new Int32Array(1024);
  let rowOf = new Int32Array(1024);
  let length = 0;
  const add = (i: number, row: number) => {
    if (length === planOf.length) {
      const grownPlan = new Int32Array(length * 2);
      grownPlan.set(planOf);
      planOf = grownPlan;
      const grownRow = new Int32Array(length * 2);
      grownRow.set(rowOf);
      rowOf = grownRow;
    }
    planOf[length] = i;
    rowOf[length++] = row;
  };
  for (const rep of reps) {
    const order = plans
      .map((plan, i) => ({ plan, i, r: repAt[i].get(rep.id) }))
      .filter((x) => x.r !== undefined);
    if (order.length === 0) continue;
    // The order the rep met the plans (date order of their assignments).
    const first = (x: (typeof order)[number]) => planReps[x.i][x.r as number].days?.[0]?.from ?? -Infinity;
    order.sort((a, b) => first(a) - first(b) || a.i - b.i);
    for (let q = 0; q < periodKeys.length; q++) {
      const period = periodKeys[q];
      for (const { plan, i, r } of order) {
        const p = periodAt[i][q];
        if (p < 0) continue;
        const perBlock = plan.measures.length + 1;
        const nP = results[i].periods.length;
        const base = ((r as number) * nP + p) * perBlock;
        const own = planReps[i][r as number];
        if (own.days !== undefined && own.days !== ALL_DAYS && offPlan(own.days, periodSpan(period))) {
          // Off the plan all period: shown only when its total still pays something.
          const total = results[i].row(base + perBlock - 1);
          if (total.gross === 0 && total.adjustments === 0) continue;
        }
        for (let k = 0; k < perBlock; k++) add(i, base + k);
      }
    }
  }
  const row = (k: number): PayoutRow =>
    new PlanRowView(results[planOf[k]].row(rowOf[k]), plans[planOf[k]].name);
  let materialised: PayoutRow[] | undefined;
  return {
    get rows() {
      if (materialised === undefined) materialised = Array.from({ length }, (_, k) => row(k));
      return materialised;
    },
    length,
    row,
    periods: periodKeys,
    totals: {
      // Blocks left out pay nothing, so the plans' own totals are the merged rows' totals.
      gross: moneyOf(sumCentsOf(results.map((r) => r.totals.gross))),
      adjustments: moneyOf(sumCentsOf(results.map((r) => r.totals.adjustments))),
      net: moneyOf(sumCentsOf(results.map((r) => r.totals.net))),
    },
    shares,
  };
}
