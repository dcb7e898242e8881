/**
 * A run's rows: views over its columns, made when first asked for, with adjustments and
 * explanations written on first read (a large run does not pay for sentences nobody opens).
 */
import { centsOf, moneyOf } from "../../kernel/money";
import { explainMeasure, explainTotal, Item } from "./explain";
import { employmentOf } from "./calendar";
import { at, NO_ITEMS, oneOffCents, spiffCents, type RunContext } from "./run";
import type { AdjustmentItem, PayoutResult, PayoutRow, Rep } from "./types";

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
  add(
    new Item("planCap", at(c.planCapCents, rp), null, centsOf((plan.cap ?? 0) * capPeriods), 0, run.language),
  );
  const oneOffs = run.adjustmentsAt.get(rp) ?? [];
  const addSpiffs = () => {
    const spiffs = plan.spiffs ?? [];
    for (let s = 0; s < spiffs.length; s++) {
      const units = run.actual[rp * run.known + run.spiffK[s]];
      if (units !== 0)
        add(new Item("spiff", spiffCents(spiffs[s], units), spiffs[s], units, 0, run.language));
    }
    for (const a of oneOffs)
      if (a.kind === "spiff") add(new Item("spiff", oneOffCents(a), a, 0, 0, run.language));
  };
  // In the order the engine applies them: SPIFFs before the draw only when they repay it.
  if (plan.spiffRepaysDraw === true) addSpiffs();
  add(new Item("trueUpCarry", at(c.carryAdjustmentCents, rp), null, 0, 0, run.language));
  add(new Item("draw", at(c.drawAdjustmentCents, rp), null, at(c.drawCents, rp), 0, run.language));
  if (plan.spiffRepaysDraw !== true) addSpiffs();
  for (const a of oneOffs)
    if (a.kind !== "spiff") add(new Item(a.kind, oneOffCents(a), a, 0, 0, run.language));
  return items.length === 0 ? NO_ITEMS : items;
}

/** One row read from the columns; the explanation is written on first read. */
export class RowView implements PayoutRow {
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
    return moneyOf(
      this.total ? this.run.columns.totalGrossCents[this.rp] : this.run.columns.grossCents[this.mi],
    );
  }
  get adjustments(): number {
    const c = this.run.columns;
    return moneyOf(
      this.total ? c.totalAdjustmentCents[this.rp] : c.netCents[this.mi] - c.grossCents[this.mi],
    );
  }
  get net(): number {
    const c = this.run.columns;
    return moneyOf(
      this.total ? c.totalGrossCents[this.rp] + c.totalAdjustmentCents[this.rp] : c.netCents[this.mi],
    );
  }
  get adjustmentItems(): readonly AdjustmentItem[] {
    if (this.total) return totalItems(this.run, this.rp);
    const c = this.run.columns;
    const proration = c.netCents[this.mi] - c.grossCents[this.mi];
    if (proration === 0) return NO_ITEMS;
    const employed = employmentOf(this.rep, this.run.periods[this.rp % this.run.periods.length]);
    return [
      new Item(
        "proration",
        proration,
        null,
        employed?.employed ?? 0,
        employed?.days ?? 0,
        this.run.language,
        this.rep.days !== undefined ? this.run.plan.name : undefined,
      ),
    ];
  }
  get drawBalance(): number {
    return this.total ? moneyOf(at(this.run.columns.drawBalanceCents, this.rp)) : 0;
  }
  get carriedBalance(): number {
    return this.total ? moneyOf(at(this.run.columns.carriedCents, this.rp)) : 0;
  }
  get explanation(): string {
    if (this.text === undefined)
      this.text = this.total
        ? explainTotal(this, this.run.language)
        : explainMeasure(this.run, this.rp, this.m);
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

/** The result of a run; rows are views over columns, made when first asked for. */
export class Payouts implements PayoutResult {
  private materialised: PayoutRow[] | undefined;
  constructor(
    private readonly run: RunContext,
    readonly periods: string[],
    readonly totals: PayoutResult["totals"],
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
