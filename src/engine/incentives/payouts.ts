/**
 * The payout engine: reps, targets and actuals in; one row per rep, payout period and measure plus a
 * rep total row out, each with an explanation a finance reviewer can redo by hand. Money is rounded
 * to cents per row (Excel ROUND) and every total is a sum of rounded rows; the engine counts in
 * integer cents internally so sums never drift.
 */
import { fail } from "../errors";
import { commonMessages } from "../messages";
import { roundMoney } from "../round";
import { curveRatioUnchecked, tierIndex, tieredUnchecked, type Tier } from "./core";
import { formatAmount, formatMoney, formatPercent } from "./format";
import { incentiveMessages } from "./messages";
import {
  gateOnYearToDate,
  knownMeasures,
  measureKey,
  paysOnIncentive,
  periodsPerYear,
  validatePlan,
  weightOf,
  type Measure,
  type PayoutFrequency,
  type Plan,
  type PlanGate,
  type Spiff,
} from "./plan";

/** A rep as the Reps table has them. Dates are Excel date serials (both ends inclusive). */
export interface Rep {
  readonly id: string;
  readonly name?: string;
  readonly role?: string;
  /** Annual target incentive; overrides the role's and the plan's. */
  readonly targetIncentive?: number | null;
  readonly hireDate?: number | null;
  readonly endDate?: number | null;
  /** Draw balance the rep already owes when this run starts. */
  readonly drawBalance?: number;
}

/** One actual or target: a rep's amount for a measure in a month ("2026-03"). */
export interface MeasureAmount {
  readonly repId: string;
  readonly period: string;
  readonly measure: string;
  readonly amount: number;
}

/**
 * A one-off adjustment in a month: a SPIFF (amount x count), a clawback of an earlier payout (in
 * full, or prorated by months served of months required), or a manual adjustment with its reason.
 */
export interface AdjustmentInput {
  readonly repId: string;
  readonly period: string;
  readonly kind: "spiff" | "clawback" | "manual";
  /** SPIFF: amount per unit; clawback: the original payout (positive); manual: signed amount. */
  readonly amount: number;
  readonly reason?: string;
  readonly count?: number;
  readonly monthsServed?: number;
  readonly monthsRequired?: number;
}

export interface PayoutInput {
  readonly plan: Plan;
  readonly reps: readonly Rep[];
  readonly targets: readonly MeasureAmount[];
  readonly actuals: readonly MeasureAmount[];
  readonly adjustments?: readonly AdjustmentInput[];
}

export type AdjustmentKind =
  "proration" | "planCap" | "spiff" | "trueUpCarry" | "draw" | "clawback" | "manual";

/** One adjustment on a row, in money (cents), with the reason where a person gave one. */
export interface AdjustmentItem {
  readonly kind: AdjustmentKind;
  readonly amount: number;
  readonly note: string;
}

/** One SalesPayouts row: a rep's measure in a payout period, or (measure "Total") the rep's total. */
export interface PayoutRow {
  readonly repId: string;
  readonly name: string;
  /** Payout period: "2026-03", "2026-Q1" or "2026". */
  readonly period: string;
  readonly measure: string;
  readonly kind: "measure" | "total";
  /** The period's own actual and target (the explanation shows year-to-date figures under true-up). */
  readonly actual: number | null;
  readonly target: number | null;
  readonly attainment: number | null;
  /** The rate of the tier reached, or the curve's payout ratio at the credited attainment. */
  readonly point: number | null;
  readonly gross: number;
  readonly adjustments: number;
  readonly net: number;
  readonly adjustmentItems: readonly AdjustmentItem[];
  /** Total rows: draw the rep owes after this period. */
  readonly drawBalance: number;
  /** Total rows: negative true-up carried into later periods (0 or negative). */
  readonly carriedBalance: number;
  /** Built on first read, so a large run does not pay for sentences nobody opens. */
  readonly explanation: string;
}

export interface PayoutResult {
  /** Every row: per rep and payout period, one per measure, then the rep total. */
  readonly rows: PayoutRow[];
  /** Number of rows. */
  readonly length: number;
  /** One row, without building the whole list. */
  row(i: number): PayoutRow;
  /** Payout periods in order. */
  readonly periods: string[];
  /** Sums of the rep total rows, to the cent. */
  readonly totals: { readonly gross: number; readonly adjustments: number; readonly net: number };
}

const NO_ITEMS: readonly AdjustmentItem[] = Object.freeze([]);
const cents = (x: number): number => Math.round(roundMoney(x) * 100);
const money = (c: number): number => (c === 0 ? 0 : c / 100);

/** Excel serial of a calendar day (1900 date system, day 1 = 1900-01-01, as Excel counts after March 1900). */
export function dateSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86400000 + 25569;
}

interface PayoutPeriod {
  readonly key: string;
  readonly year: number;
  readonly start: number;
  readonly end: number;
}

function parseMonth(text: string): { year: number; month: number } | null {
  const match = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

function payoutPeriodOf(year: number, month: number, frequency: PayoutFrequency): PayoutPeriod {
  if (frequency === "monthly") {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    return { key, year, start: dateSerial(year, month, 1), end: dateSerial(year, month + 1, 1) - 1 };
  }
  if (frequency === "quarterly") {
    const q = Math.floor((month - 1) / 3);
    return {
      key: `${year}-Q${q + 1}`,
      year,
      start: dateSerial(year, q * 3 + 1, 1),
      end: dateSerial(year, q * 3 + 4, 1) - 1,
    };
  }
  return { key: String(year), year, start: dateSerial(year, 1, 1), end: dateSerial(year + 1, 1, 1) - 1 };
}

/**
 * The payout period a month ("2026-03") is paid in, as SalesPayouts' Period column names it:
 * "2026-03" monthly, "2026-Q1" quarterly, "2026" annually; null for text that is not such a month.
 */
export function payoutPeriodKey(month: string, frequency: PayoutFrequency): string | null {
  const parsed = parseMonth(month);
  return parsed ? payoutPeriodOf(parsed.year, parsed.month, frequency).key : null;
}

/**
 * Share of a period's days the rep is employed, the rule SALES.RAMP uses without a ramp: the
 * average over the period's days of 1 (employed) or 0 (before hire, after leaving).
 */
export function employedShare(
  period: { start: number; end: number },
  hireDate?: number | null,
  endDate?: number | null,
) {
  const from =
    hireDate !== null && hireDate !== undefined && hireDate > period.start ? hireDate : period.start;
  const to = endDate !== null && endDate !== undefined && endDate < period.end ? endDate : period.end;
  const days = period.end - period.start + 1;
  const employed = to >= from ? to - from + 1 : 0;
  return { share: employed / days, employed, days };
}

/** A rep's annual target incentive: their own, else their role's, else the plan's; null when none is set. */
function annualIncentiveOf(rep: Rep, plan: Plan): number | null {
  return (
    rep.targetIncentive ??
    (rep.role !== undefined ? plan.roleIncentives?.[rep.role] : undefined) ??
    plan.targetIncentive ??
    null
  );
}

/** What one measure earns over a window (one period, or year to date under true-up). */
interface MeasureWindow {
  windowActual: number;
  windowTarget: number;
  /** Payout periods in the window: per-period tier amounts and caps scale by it. */
  windowCount: number;
  /** The measure's share of the target incentive over the window, before and after proration. */
  incentiveFull: number;
  incentiveProrated: number;
  gateOpen: boolean;
}

interface MeasureEarning {
  full: number;
  prorated: number;
  point: number | null;
}

const scratch: MeasureEarning = { full: 0, prorated: 0, point: null };

function earn(measure: Measure, w: MeasureWindow): MeasureEarning {
  scratch.point = null;
  scratch.full = 0;
  scratch.prorated = 0;
  const attainment = w.windowTarget > 0 ? w.windowActual / w.windowTarget : null;
  const method = measure.method;
  const threshold = measure.threshold ?? null;
  const attainmentCap = measure.attainmentCap ?? null;
  if (method.kind === "tiers" && method.payOn !== "incentive") {
    const byAttainment = method.basis === "attainment";
    if (byAttainment && attainment === null) return scratch;
    const scale = byAttainment ? w.windowTarget : w.windowCount;
    let credited = w.windowActual;
    if (attainmentCap !== null && attainment !== null && attainment > attainmentCap)
      credited = attainmentCap * w.windowTarget;
    const index = tierIndex(credited / scale, method.tiers);
    scratch.point = index < 0 ? 0 : method.tiers[index].rate;
    if (!w.gateOpen || (threshold !== null && (attainment === null || attainment < threshold)))
      return scratch;
    let value = tieredUnchecked(credited / scale, method.tiers, method.mode) * scale;
    if (measure.cap !== null && measure.cap !== undefined && value > measure.cap * w.windowCount)
      value = measure.cap * w.windowCount;
    scratch.full = value;
    scratch.prorated = value;
    return scratch;
  }
  if (attainment === null) return scratch;
  const credited = attainmentCap !== null && attainment > attainmentCap ? attainmentCap : attainment;
  // A curve's ratio, or a tier table's on attainment (rates per 100% of attainment).
  const ratio =
    method.kind === "curve"
      ? curveRatioUnchecked(credited, method.curve)
      : tieredUnchecked(credited, method.tiers, method.mode);
  scratch.point = ratio;
  if (!w.gateOpen || (threshold !== null && attainment < threshold)) return scratch;
  let full = ratio * w.incentiveFull;
  let prorated = ratio * w.incentiveProrated;
  if (measure.cap !== null && measure.cap !== undefined) {
    const cap = measure.cap * w.windowCount;
    if (full > cap) full = cap;
    if (prorated > cap) prorated = cap;
  }
  scratch.full = full;
  scratch.prorated = prorated;
  return scratch;
}

function gateValue(gate: PlanGate, actual: number, target: number): number | null {
  if (gate.on === "actual") return actual;
  return target > 0 ? actual / target : null;
}

/**
 * Every number of a run, column by column: 10,000 reps make half a million rows, and a few typed
 * columns keep that to a handful of allocations. Money is in integer cents. What can be read back
 * from the inputs (rep, period, actual, target, SPIFF amounts) is not stored again.
 */
class PayoutColumns {
  // Per measure row, at rp * measures + m, where rp = rep * periods + period.
  /** The tier rate or curve ratio; NaN stands for "none". */
  readonly point: Float64Array;
  readonly grossCents: Float64Array;
  readonly netCents: Float64Array;
  // Under true-up only: the year-to-date window each measure row was paid on.
  readonly windowActual: Float64Array;
  readonly windowTarget: Float64Array;
  readonly windowCount: Int32Array;
  readonly incentiveFull: Float64Array;
  readonly incentiveProrated: Float64Array;
  /** Cents earned over the window after proration (what has been paid once the row is paid). */
  readonly cumulativeCents: Float64Array;
  /** Cents withheld earlier this year by gates judged on one period, and withheld by this row. */
  readonly forfeitedCents: Float64Array;
  readonly heldCents: Float64Array;
  // Per rep and period (the total row).
  readonly totalGrossCents: Float64Array;
  readonly totalAdjustmentCents: Float64Array;
  readonly planCapCents: Float64Array;
  readonly carryAdjustmentCents: Float64Array;
  readonly drawAdjustmentCents: Float64Array;
  readonly drawCents: Float64Array;
  readonly drawBalanceCents: Float64Array;
  readonly carriedCents: Float64Array;
  /** 1 + the index of the plan gate that failed; 0 when every gate holds. */
  readonly failedGate: Int32Array;
  readonly gateValue: Float64Array;

  constructor(repPeriods: number, measures: number, plan: Plan) {
    const trueUp = plan.trueUp;
    const size = repPeriods * measures;
    this.point = new Float64Array(size);
    this.grossCents = new Float64Array(size);
    this.netCents = new Float64Array(size);
    const windowSize = trueUp ? size : 0;
    this.windowActual = new Float64Array(windowSize);
    this.windowTarget = new Float64Array(windowSize);
    this.windowCount = new Int32Array(windowSize);
    this.incentiveFull = new Float64Array(windowSize);
    this.incentiveProrated = new Float64Array(windowSize);
    this.cumulativeCents = new Float64Array(windowSize);
    this.forfeitedCents = new Float64Array(windowSize);
    this.heldCents = new Float64Array(windowSize);
    this.totalGrossCents = new Float64Array(repPeriods);
    this.totalAdjustmentCents = new Float64Array(repPeriods);
    // Columns for features the plan does not use stay empty (reads of them give undefined -> 0).
    const sized = (used: boolean) => (used ? repPeriods : 0);
    this.planCapCents = new Float64Array(sized(plan.cap !== null && plan.cap !== undefined));
    // Only a true-up can make a period's due negative, so only a true-up carries.
    this.carryAdjustmentCents = new Float64Array(sized(plan.trueUp));
    this.carriedCents = new Float64Array(sized(plan.trueUp));
    this.drawAdjustmentCents = new Float64Array(sized(!!plan.draw));
    this.drawCents = new Float64Array(sized(!!plan.draw));
    this.drawBalanceCents = new Float64Array(sized(!!plan.draw));
    this.failedGate = new Int32Array(sized((plan.gates ?? []).length > 0));
    this.gateValue = new Float64Array(sized((plan.gates ?? []).length > 0));
  }
}

interface RunContext {
  readonly plan: Plan;
  readonly reps: readonly Rep[];
  readonly periods: readonly PayoutPeriod[];
  readonly columns: PayoutColumns;
  /** Actuals and targets per rep, period and known measure, at (rep * periods + period) * known + k. */
  readonly actual: Float64Array;
  readonly target: Float64Array;
  readonly known: number;
  /** Known-measure index of each plan measure and each SPIFF. */
  readonly measureK: readonly number[];
  readonly spiffK: readonly number[];
  /** One-off adjustments by rep * periods + period. */
  readonly adjustmentsAt: ReadonlyMap<number, AdjustmentInput[]>;
}

/** A column value, or 0 from a column the plan left empty. */
const at = (column: Float64Array | Int32Array, i: number): number => (i < column.length ? column[i] : 0);

/** Cents of a SPIFF for a number of units. */
const spiffCents = (spiff: Spiff, units: number): number => cents(spiff.amount * units);

/** Cents of a one-off adjustment as it lands on the total (clawbacks negative). */
function oneOffCents(a: AdjustmentInput): number {
  if (a.kind === "spiff") return cents(a.amount * (a.count ?? 1));
  if (a.kind === "manual") return cents(a.amount);
  const part = a.monthsRequired !== undefined ? 1 - (a.monthsServed ?? 0) / a.monthsRequired : 1;
  return -cents(Math.abs(a.amount) * part);
}

function employmentOf(rep: Rep, period: PayoutPeriod) {
  return rep.hireDate == null && rep.endDate == null
    ? null
    : employedShare(period, rep.hireDate, rep.endDate);
}

/** A total row's adjustments in the order the engine applies them, rebuilt from the columns. */
function totalItems(run: RunContext, rp: number): readonly AdjustmentItem[] {
  const { plan, columns: c } = run;
  const items: AdjustmentItem[] = [];
  const add = (item: Item) => {
    if (item.amount !== 0) items.push(item);
  };
  // Under true-up the cap grows with the periods paid so far this year.
  let capPeriods = 1;
  if (plan.trueUp) {
    const p = rp % run.periods.length;
    for (let q = p - 1; q >= 0 && run.periods[q].year === run.periods[p].year; q--) capPeriods++;
  }
  add(new Item("planCap", at(c.planCapCents, rp), null, cents((plan.cap ?? 0) * capPeriods), 0));
  const oneOffs = run.adjustmentsAt.get(rp) ?? [];
  const addSpiffs = () => {
    const spiffs = plan.spiffs ?? [];
    for (let s = 0; s < spiffs.length; s++) {
      const units = run.actual[rp * run.known + run.spiffK[s]];
      if (units !== 0) add(new Item("spiff", spiffCents(spiffs[s], units), spiffs[s], units, 0));
    }
    for (const a of oneOffs) if (a.kind === "spiff") add(new Item("spiff", oneOffCents(a), a, 0, 0));
  };
  // In the order the engine applies them: SPIFFs before the draw only when they repay it.
  if (plan.spiffRepaysDraw === true) addSpiffs();
  add(new Item("trueUpCarry", at(c.carryAdjustmentCents, rp), null, 0, 0));
  add(new Item("draw", at(c.drawAdjustmentCents, rp), null, at(c.drawCents, rp), 0));
  if (plan.spiffRepaysDraw !== true) addSpiffs();
  for (const a of oneOffs) if (a.kind !== "spiff") add(new Item(a.kind, oneOffCents(a), a, 0, 0));
  return items.length === 0 ? NO_ITEMS : items;
}

/** One row read from the columns; the explanation is written on first read. */
class RowView implements PayoutRow {
  private text: string | undefined;
  private readonly rp: number;
  private readonly m: number;
  private readonly total: boolean;
  constructor(
    private readonly run: RunContext,
    i: number,
  ) {
    const perRepPeriod = run.plan.measures.length + 1;
    this.rp = Math.floor(i / perRepPeriod);
    this.m = i % perRepPeriod;
    this.total = this.m === perRepPeriod - 1;
  }
  private get mi(): number {
    return this.rp * this.run.plan.measures.length + this.m;
  }
  private get rep(): Rep {
    return this.run.reps[Math.floor(this.rp / this.run.periods.length)];
  }
  get kind(): "measure" | "total" {
    return this.total ? "total" : "measure";
  }
  get repId(): string {
    return this.rep.id;
  }
  get name(): string {
    return this.rep.name ?? "";
  }
  get period(): string {
    return this.run.periods[this.rp % this.run.periods.length].key;
  }
  get measure(): string {
    return this.total ? "Total" : this.run.plan.measures[this.m].name;
  }
  get actual(): number | null {
    return this.total ? null : this.run.actual[this.rp * this.run.known + this.run.measureK[this.m]];
  }
  get target(): number | null {
    return this.total ? null : this.run.target[this.rp * this.run.known + this.run.measureK[this.m]];
  }
  get attainment(): number | null {
    const target = this.target;
    return target === null || target <= 0 ? null : (this.actual as number) / target;
  }
  get point(): number | null {
    if (this.total) return null;
    const point = this.run.columns.point[this.mi];
    return Number.isNaN(point) ? null : point;
  }
  get gross(): number {
    return money(
      this.total ? this.run.columns.totalGrossCents[this.rp] : this.run.columns.grossCents[this.mi],
    );
  }
  get adjustments(): number {
    const c = this.run.columns;
    return money(this.total ? c.totalAdjustmentCents[this.rp] : c.netCents[this.mi] - c.grossCents[this.mi]);
  }
  get net(): number {
    const c = this.run.columns;
    return money(
      this.total ? c.totalGrossCents[this.rp] + c.totalAdjustmentCents[this.rp] : c.netCents[this.mi],
    );
  }
  get adjustmentItems(): readonly AdjustmentItem[] {
    if (this.total) return totalItems(this.run, this.rp);
    const c = this.run.columns;
    const proration = c.netCents[this.mi] - c.grossCents[this.mi];
    if (proration === 0) return NO_ITEMS;
    const employed = employmentOf(this.rep, this.run.periods[this.rp % this.run.periods.length]);
    return [new Item("proration", proration, null, employed?.employed ?? 0, employed?.days ?? 0)];
  }
  get drawBalance(): number {
    return this.total ? money(at(this.run.columns.drawBalanceCents, this.rp)) : 0;
  }
  get carriedBalance(): number {
    return this.total ? money(at(this.run.columns.carriedCents, this.rp)) : 0;
  }
  get explanation(): string {
    if (this.text === undefined)
      this.text = this.total ? explainTotal(this) : explainMeasure(this.run, this.rp, this.m);
    return this.text;
  }
  /** A plain object with every field, e.g. for a table writer or a snapshot. */
  toJSON(): Record<string, unknown> {
    return {
      repId: this.repId,
      name: this.name,
      period: this.period,
      measure: this.measure,
      kind: this.kind,
      actual: this.actual,
      target: this.target,
      attainment: this.attainment,
      point: this.point,
      gross: this.gross,
      adjustments: this.adjustments,
      net: this.net,
      adjustmentItems: this.adjustmentItems.map((x) => ({ kind: x.kind, amount: x.amount, note: x.note })),
      drawBalance: this.drawBalance,
      carriedBalance: this.carriedBalance,
      explanation: this.explanation,
    };
  }
}

function explainTotal(row: PayoutRow): string {
  let text = `Total ${row.period}: measures ${formatMoney(row.gross)}`;
  for (const item of row.adjustmentItems)
    text += ` ${item.amount < 0 ? "-" : "+"} ${item.note} ${formatMoney(Math.abs(item.amount))}`;
  text += ` = ${formatMoney(row.net)}`;
  if (row.drawBalance !== 0) text += `; draw balance owed ${formatMoney(row.drawBalance)}`;
  if (row.carriedBalance !== 0)
    text += `; negative true-up carried forward ${formatMoney(-row.carriedBalance)}`;
  return text;
}

/** Explanation of a measure row, recomputed from the window the row stored. */
function explainMeasure(run: RunContext, rp: number, m: number): string {
  const { plan, columns: c } = run;
  const measure = plan.measures[m];
  const i = rp * plan.measures.length + m;
  const failed = at(c.failedGate, rp);
  const gate = failed > 0 ? (plan.gates ?? [])[failed - 1] : null;
  // Under a true-up a gate judged on the period withholds this period's addition, not the window.
  const gateOpen = gate === null || (plan.trueUp && !gateOnYearToDate(plan, gate));
  let w: MeasureWindow;
  if (plan.trueUp)
    w = {
      windowActual: c.windowActual[i],
      windowTarget: c.windowTarget[i],
      windowCount: c.windowCount[i],
      incentiveFull: c.incentiveFull[i],
      incentiveProrated: c.incentiveProrated[i],
      gateOpen,
    };
  else {
    const rep = run.reps[Math.floor(rp / run.periods.length)];
    const periodIncentive = (annualIncentiveOf(rep, plan) ?? 0) / periodsPerYear(plan.frequency);
    const employed = employmentOf(rep, run.periods[rp % run.periods.length]);
    const share = employed === null ? 1 : employed.share;
    const k = rp * run.known + run.measureK[m];
    w = {
      windowActual: run.actual[k],
      windowTarget: run.target[k],
      windowCount: 1,
      incentiveFull: periodIncentive * weightOf(measure),
      incentiveProrated: periodIncentive * share * weightOf(measure),
      gateOpen,
    };
  }
  const attainment = w.windowTarget > 0 ? w.windowActual / w.windowTarget : null;
  const ytd = plan.trueUp && w.windowCount > 1 ? "Year to date: " : "";
  const head = `${ytd}${measure.name} ${formatAmount(w.windowActual)} vs target ${formatAmount(w.windowTarget)}${
    attainment === null ? " (no target)" : ` (${formatPercent(attainment)})`
  }`;
  const parts: string[] = [];
  const threshold = measure.threshold ?? null;
  const attainmentCap = measure.attainmentCap ?? null;
  const earning = { ...earn(measure, w) };
  const method = measure.method;
  const gateText = () => {
    const g = gate as PlanGate;
    const value = Number.isNaN(c.gateValue[rp]) ? null : c.gateValue[rp];
    const shown = (x: number | null) =>
      x === null ? "no target" : g.on === "actual" ? formatAmount(x) : formatPercent(x);
    return `${g.measure} ${shown(value)} < ${shown(g.minimum)}`;
  };
  if (!w.gateOpen) parts.push(`plan gate not met (${gateText()}), so 0`);
  else if (threshold !== null && (attainment === null || attainment < threshold))
    parts.push(`below the threshold of ${formatPercent(threshold)}, so 0`);
  else if (method.kind === "tiers" && method.payOn !== "incentive") {
    const scale = method.basis === "attainment" ? w.windowTarget : w.windowCount;
    let credited = w.windowActual;
    if (attainmentCap !== null && attainment !== null && attainment > attainmentCap) {
      credited = attainmentCap * w.windowTarget;
      parts.push(
        `credited up to the attainment cap ${formatPercent(attainmentCap)} = ${formatAmount(credited)}`,
      );
    }
    const bounds = method.tiers.map((t: Tier) => t.from * scale);
    const raw = tieredUnchecked(credited / scale, method.tiers, method.mode) * scale;
    const index = tierIndex(credited / scale, method.tiers);
    if (index < 0) parts.push(`below the first tier (${formatAmount(bounds[0])}), so 0`);
    else if (method.mode === "retro")
      parts.push(
        `${formatAmount(credited)} x ${formatPercent(method.tiers[index].rate)} (whole amount at tier ${index + 1}, from ${formatAmount(bounds[index])}) = ${formatMoney(raw)}`,
      );
    else {
      const slices: string[] = [];
      for (let t = 0; t <= index; t++) {
        const to = t < index ? bounds[t + 1] : credited;
        slices.push(`${formatAmount(to - bounds[t])} x ${formatPercent(method.tiers[t].rate)}`);
      }
      parts.push(`${slices.join(" + ")} = ${formatMoney(raw)}`);
    }
    if (measure.cap !== null && measure.cap !== undefined) {
      const cap = measure.cap * w.windowCount;
      parts.push(raw > cap ? `capped at ${formatMoney(cap)}` : `cap ${formatMoney(cap)} not reached`);
    }
  } else if (attainment !== null) {
    const credited = attainmentCap !== null && attainment > attainmentCap ? attainmentCap : attainment;
    if (credited !== attainment)
      parts.push(`credited up to the attainment cap ${formatPercent(attainmentCap ?? 0)}`);
    let where: string;
    if (method.kind === "tiers") {
      const index = tierIndex(credited, method.tiers);
      where =
        index < 0
          ? `below the first tier ${formatPercent(method.tiers[0].from)}`
          : `${method.mode === "retro" ? "whole attainment" : "attainment"} to tier ${index + 1} (from ${formatPercent(method.tiers[index].from)})`;
    } else {
      const curve = method.curve;
      if (credited < curve[0].attainment)
        where = `below the first curve point ${formatPercent(curve[0].attainment)}`;
      else if (curve.length === 1) where = `at curve point ${formatPercent(curve[0].attainment)}`;
      else {
        let t = 1;
        while (t < curve.length - 1 && curve[t].attainment < credited) t++;
        where = `on the curve between ${formatPercent(curve[t - 1].attainment)} -> ${formatPercent(curve[t - 1].payout)} and ${formatPercent(curve[t].attainment)} -> ${formatPercent(curve[t].payout)}`;
      }
    }
    const raw = (earning.point ?? 0) * w.incentiveFull;
    parts.push(
      `${where}: payout ${formatPercent(earning.point ?? 0)} x target incentive ${formatMoney(w.incentiveFull)} (weight ${formatPercent(weightOf(measure))}) = ${formatMoney(raw)}`,
    );
    if (measure.cap !== null && measure.cap !== undefined) {
      const cap = measure.cap * w.windowCount;
      parts.push(raw > cap ? `capped at ${formatMoney(cap)}` : `cap ${formatMoney(cap)} not reached`);
    }
    if (w.incentiveProrated !== w.incentiveFull)
      parts.push(
        `prorated: target incentive ${formatMoney(w.incentiveProrated)} for the days employed gives ${formatMoney(earning.prorated)}`,
      );
  } else parts.push("no target, so 0");
  const held = plan.trueUp ? c.heldCents[i] : 0;
  if (gate !== null && w.gateOpen)
    parts.push(`plan gate not met this period (${gateText()}), so ${formatMoney(money(held))} withheld`);
  let text = `${head}: ${parts.join("; ")}`;
  if (ytd) {
    const cumulative = c.cumulativeCents[i];
    const forfeited = c.forfeitedCents[i];
    const paidBefore = cumulative - c.netCents[i] - held - forfeited;
    text += `. Earned to date ${formatMoney(money(cumulative))}${
      forfeited !== 0 ? `, withheld earlier ${formatMoney(money(forfeited))}` : ""
    }${held !== 0 ? `, withheld now ${formatMoney(money(held))}` : ""}, paid before ${formatMoney(
      money(paidBefore),
    )}, this period ${formatMoney(money(c.netCents[i]))}`;
  }
  return text;
}

/**
 * An adjustment whose sentence is written only when someone reads it, from the numbers it keeps:
 * `source` is the SPIFF or the one-off adjustment it came from, `x` and `y` the figures it quotes.
 */
class Item implements AdjustmentItem {
  private text: string | undefined;
  readonly amount: number;
  constructor(
    readonly kind: AdjustmentKind,
    amountCents: number,
    private readonly source: Spiff | AdjustmentInput | null,
    private readonly x: number,
    private readonly y: number,
  ) {
    this.amount = money(amountCents);
  }
  get note(): string {
    if (this.text === undefined) this.text = this.describe();
    return this.text;
  }
  private describe(): string {
    const { x, y } = this;
    switch (this.kind) {
      case "proration":
        return `proration (${x} of ${y} days employed)`;
      case "planCap":
        return `plan cap ${formatMoney(money(x))}`;
      case "trueUpCarry":
        return this.amount < 0 ? "earlier negative true-up recovered" : "negative true-up carried forward";
      case "draw":
        return this.amount > 0 ? `draw top-up to ${formatMoney(money(x))}` : "draw repayment";
      default:
        break;
    }
    const source = this.source;
    if (source !== null && "measure" in source)
      return `SPIFF ${source.name} ${formatAmount(x)} x ${formatMoney(source.amount)}`;
    const a = source as AdjustmentInput;
    const reason = a.reason ? ` (${a.reason})` : "";
    if (this.kind === "spiff")
      return `SPIFF${reason}${a.count !== undefined ? ` ${formatAmount(a.count)} x ${formatMoney(a.amount)}` : ""}`;
    if (this.kind === "clawback")
      return a.monthsRequired !== undefined
        ? `clawback${reason} of ${formatMoney(Math.abs(a.amount))} x (1 - ${formatAmount(a.monthsServed ?? 0)}/${formatAmount(a.monthsRequired)} months served)`
        : `clawback${reason} in full`;
    return `manual adjustment${reason}`;
  }
}

/** The result of a run; rows are views over columns, made when first asked for. */
class Payouts implements PayoutResult {
  private materialised: PayoutRow[] | undefined;
  constructor(
    private readonly run: RunContext,
    readonly periods: string[],
    readonly totals: { readonly gross: number; readonly adjustments: number; readonly net: number },
  ) {}
  get length(): number {
    return this.run.reps.length * this.run.periods.length * (this.run.plan.measures.length + 1);
  }
  row(i: number): PayoutRow {
    return new RowView(this.run, i);
  }
  get rows(): PayoutRow[] {
    if (this.materialised === undefined) {
      const rows: PayoutRow[] = new Array(this.length);
      for (let i = 0; i < rows.length; i++) rows[i] = new RowView(this.run, i);
      this.materialised = rows;
    }
    return this.materialised;
  }
}

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
  const names = knownMeasures(plan);
  const nK = names.length;
  const keyIndex = new Map<string, number>();
  names.forEach((name, k) => keyIndex.set(measureKey(name), k));
  const measureK = measures.map((m) => keyIndex.get(measureKey(m.name)) as number);
  const gateK = gates.map((g) => keyIndex.get(measureKey(g.measure)) as number);
  const spiffK = spiffs.map((s) => keyIndex.get(measureKey(s.measure)) as number);

  const repIndex = new Map<string, number>();
  reps.forEach((rep, i) => repIndex.set(rep.id, i));

  // Months to payout periods, memoised: a run has few distinct months and many rows.
  const periodByKey = new Map<string, PayoutPeriod>();
  const monthToPeriod = new Map<string, PayoutPeriod>();
  const periodOf = (text: string, arg: string, row: number, rows: number): PayoutPeriod => {
    let period = monthToPeriod.get(text);
    if (period === undefined) {
      const month = parseMonth(String(text));
      if (!month)
        return fail(
          incentiveMessages.badPeriod,
          { arg, value: String(text) },
          { at: { row, column: 1, rows, columns: 4 } },
        );
      period = payoutPeriodOf(month.year, month.month, plan.frequency);
      const existing = periodByKey.get(period.key);
      if (existing) period = existing;
      else periodByKey.set(period.key, period);
      monthToPeriod.set(text, period);
    }
    return period;
  };
  const nameToK = new Map<string, number>();
  const kOf = (name: string, arg: string, row: number, rows: number): number => {
    let k = nameToK.get(name);
    if (k === undefined) {
      k = keyIndex.get(measureKey(String(name)));
      if (k === undefined)
        return fail(
          incentiveMessages.unknownMeasure,
          { arg, measure: String(name), expected: names.join(", ") },
          { at: { row, column: 2, rows, columns: 4 } },
        );
      nameToK.set(name, k);
    }
    return k;
  };
  const repOf = (id: string, arg: string, row: number, rows: number): number => {
    const r = repIndex.get(id);
    if (r === undefined)
      return fail(
        incentiveMessages.unknownRep,
        { arg, rep: String(id) },
        { at: { row, column: 0, rows, columns: 4 } },
      );
    return r;
  };

  // First pass: find every payout period, so each record lands in a fixed slot.
  const records: [readonly MeasureAmount[], string][] = [
    [input.actuals, "actuals"],
    [input.targets, "targets"],
  ];
  for (const [list, arg] of records) {
    let last: string | undefined;
    for (let i = 0; i < list.length; i++)
      if (list[i].period !== last) {
        last = list[i].period;
        periodOf(last, arg, i, list.length);
      }
  }
  const adjustments = input.adjustments ?? [];
  for (let i = 0; i < adjustments.length; i++)
    periodOf(adjustments[i].period, "adjustments", i, adjustments.length);
  const periods = [...periodByKey.values()].sort((a, b) => a.start - b.start);
  const nP = periods.length;
  const slot = new Map<PayoutPeriod, number>();
  periods.forEach((p, i) => slot.set(p, i));

  const nR = reps.length;
  const actual = new Float64Array(nR * nP * nK);
  const target = new Float64Array(nR * nP * nK);
  const fill = (list: readonly MeasureAmount[], into: Float64Array, arg: string) => {
    const rows = list.length;
    // Tables usually come sorted by rep, then month: remembering the last key skips most lookups.
    let lastRep: string | undefined;
    let lastPeriod: string | undefined;
    let r = 0;
    let p = 0;
    for (let i = 0; i < rows; i++) {
      const record = list[i];
      if (record.repId !== lastRep) {
        r = repOf(record.repId, arg, i, rows);
        lastRep = record.repId;
      }
      if (record.period !== lastPeriod) {
        p = slot.get(periodOf(record.period, arg, i, rows)) as number;
        lastPeriod = record.period;
      }
      const k = kOf(record.measure, arg, i, rows);
      const amount = record.amount;
      if (typeof amount !== "number" || !Number.isFinite(amount))
        fail(
          commonMessages.notANumber,
          { arg, value: String(amount) },
          { at: { row: i, column: 3, rows, columns: 4 } },
        );
      into[(r * nP + p) * nK + k] += amount;
    }
  };
  fill(input.actuals, actual, "actuals");
  fill(input.targets, target, "targets");

  // Adjustments by rep and period slot.
  const adjustmentsAt = new Map<number, AdjustmentInput[]>();
  for (let i = 0; i < adjustments.length; i++) {
    const a = adjustments[i];
    const at = { at: { row: i, column: 3, rows: adjustments.length, columns: 4 } };
    const r = repOf(a.repId, "adjustments", i, adjustments.length);
    if (!Number.isFinite(a.amount))
      fail(commonMessages.notANumber, { arg: "adjustments", value: String(a.amount) }, at);
    if (a.kind === "manual" && (a.reason ?? "").trim() === "")
      fail(incentiveMessages.reasonRequired, { rep: a.repId, period: a.period }, at);
    if (a.kind === "clawback" && a.monthsRequired !== undefined) {
      const served = a.monthsServed ?? 0;
      if (!(a.monthsRequired > 0) || served < 0 || served > a.monthsRequired)
        fail(incentiveMessages.monthsServed, { served, required: a.monthsRequired }, at);
    }
    const key = r * nP + (slot.get(periodOf(a.period, "adjustments", i, adjustments.length)) as number);
    const list = adjustmentsAt.get(key);
    if (list) list.push(a);
    else adjustmentsAt.set(key, [a]);
  }

  const perYear = periodsPerYear(plan.frequency);
  const hasCurve = measures.some((m) => paysOnIncentive(m));
  const columns = new PayoutColumns(nR * nP, measures.length, plan);
  const trueUp = plan.trueUp;
  let totalGross = 0;
  let totalAdjustments = 0;

  const nM = measures.length;
  const ytdActual = new Float64Array(nK);
  const ytdTarget = new Float64Array(nK);
  const prevFull = new Float64Array(nM);
  const prevProrated = new Float64Array(nM);
  // Cents withheld so far this year by gates judged on one period (true-up only).
  const forfeited = new Float64Array(nM);
  const draw = plan.draw ?? null;
  const drawFullCents = draw === null ? 0 : cents(draw.amount);
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

  for (let r = 0; r < nR; r++) {
    const rep = reps[r];
    if (rep.hireDate != null && rep.endDate != null && rep.endDate < rep.hireDate)
      fail(incentiveMessages.endBeforeHire, { rep: rep.id });
    const annualIncentive = annualIncentiveOf(rep, plan);
    if (annualIncentive === null && hasCurve)
      fail(incentiveMessages.missingTargetIncentive, { rep: rep.id, role: rep.role ?? "" });
    const periodIncentive = (annualIncentive ?? 0) / perYear;

    let year = NaN;
    let count = 0;
    let ytdIncentiveFull = 0;
    let ytdIncentiveProrated = 0;
    let prevPlanCap = 0;
    let carry = 0;
    let drawBalance = cents(rep.drawBalance ?? 0);

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
      }
      const employed =
        rep.hireDate == null && rep.endDate == null ? null : employedShare(period, rep.hireDate, rep.endDate);
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
        const fullCents = cents(earning.full);
        const proratedCents = earning.prorated === earning.full ? fullCents : cents(earning.prorated);
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
        const i = rp * nM + m;
        columns.point[i] = earning.point === null ? NaN : earning.point;
        columns.grossCents[i] = grossCents;
        columns.netCents[i] = netCents;
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
        const capCents = cents(planCap * (trueUp ? count : 1));
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
        const drawCents = employed === null ? drawFullCents : cents(draw.amount * share);
        const earned = pay;
        if (!draw.recoverable) pay = earned > drawCents ? earned : drawCents;
        else if (earned < drawCents) {
          drawBalance += drawCents - earned;
          pay = drawCents;
        } else {
          const repay = Math.min(drawBalance, earned - drawCents);
          drawBalance -= repay;
          pay = earned - repay;
        }
        const drawAdjustment = pay - earned;
        adjustmentCents += drawAdjustment;
        columns.drawAdjustmentCents[rp] = drawAdjustment;
        columns.drawCents[rp] = drawCents;
      }
      if (!spiffRepaysDraw) adjustmentCents += spiffTotalCents;
      if (oneOffs) for (const a of oneOffs) if (a.kind !== "spiff") adjustmentCents += oneOffCents(a);
      totalGross += measureNetCents;
      totalAdjustments += adjustmentCents;
      columns.totalGrossCents[rp] = measureNetCents;
      columns.totalAdjustmentCents[rp] = adjustmentCents;
      if (draw !== null) columns.drawBalanceCents[rp] = drawBalance;
      if (trueUp) columns.carriedCents[rp] = carry;
    }
  }
  return new Payouts(
    { plan, reps, periods, columns, actual, target, known: nK, measureK, spiffK, adjustmentsAt },
    periods.map((p) => p.key),
    {
      gross: money(totalGross),
      adjustments: money(totalAdjustments),
      net: money(totalGross + totalAdjustments),
    },
  );
}
