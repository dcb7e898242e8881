/**
 * Explanations: the Explanation column's sentences, written from the figures a run stored (the
 * window each row was paid on, the columns of cents) through the en/zh templates of explainText.
 * Every product is quoted with enough digits that redoing it from the sentence gives the row's
 * cents (a curve's 321.7% x 541.94 is 1,743.42, so the sentence quotes 321.6966% when the row pays
 * 1,743.40).
 */
import { centsOf, moneyOf } from "../../kernel/money";
import { formatMessage, type Locale } from "../../kernel/messages";
import { tierIndex, tieredUnchecked, type Tier } from "./core";
import { explainText } from "./explainText";
import { formatAmount, formatMoney, formatPercent, quoted } from "./format";
import { gateOnYearToDate, weightOf, type PlanGate, type Spiff } from "./plan";
import { employmentOf } from "./calendar";
import { earn, periodIncentiveOf, type MeasureWindow } from "./earning";
import { at, type RunContext } from "./run";
import type { AdjustmentInput, AdjustmentItem, AdjustmentKind, PayoutRow } from "./types";

type Template = keyof typeof explainText;

function say(language: Locale, key: Template, params: Readonly<Record<string, string | number>> = {}) {
  return formatMessage(explainText[key][language], params);
}

/**
 * The fewest decimals (2 to 10) at which `quote(d)` redone gives `cents`: the figures of a product
 * or a sum of products, quoted so the arithmetic on the page lands on the row's cents.
 */
function enoughDigits(target: number, redo: (decimals: number) => number): number {
  for (let d = 2; d <= 10; d++) if (centsOf(redo(d)) === target) return d;
  return 10;
}

/** A ratio and an amount whose product the sentence quotes, with enough digits for `result`. */
function product(ratio: number, amount: number, result: number): { ratio: string; amount: string } {
  const d = enoughDigits(
    centsOf(result),
    (d) => quoted(formatPercent(ratio, d)) * quoted(formatAmount(amount, d)),
  );
  return { ratio: formatPercent(ratio, d), amount: formatAmount(amount, Math.max(2, d)) };
}

/** Explanation of a total row: measures plus adjustments, then each adjustment. */
export function explainTotal(row: PayoutRow, language: Locale): string {
  const items = row.adjustmentItems;
  let text: string;
  if (items.length === 0)
    text = say(language, "total", {
      period: row.period,
      gross: formatMoney(row.gross),
      net: formatMoney(row.net),
    });
  else {
    let list = "";
    items.forEach((item, i) => {
      const amount = formatMoney(Math.abs(item.amount));
      const term = (item as Item).isProduct ? item.note : say(language, "item", { note: item.note, amount });
      list += item.amount < 0 ? `${i === 0 ? "" : " "}- ${term}` : i === 0 ? term : ` + ${term}`;
    });
    text = say(language, "totalWithAdjustments", {
      period: row.period,
      gross: formatMoney(row.gross),
      adjustments: formatMoney(row.adjustments),
      net: formatMoney(row.net),
      items: list,
    });
  }
  if (row.drawBalance !== 0) text = say(language, "drawOwed", { text, amount: formatMoney(row.drawBalance) });
  if (row.carriedBalance !== 0)
    text = say(language, "carried", { text, amount: formatMoney(-row.carriedBalance) });
  return text;
}

/** The window a measure row was paid on, as the run stored it (or rebuilt, without a true-up). */
function windowOf(run: RunContext, rp: number, m: number, gateOpen: boolean): MeasureWindow {
  const { plan, columns: c } = run;
  const i = rp * plan.measures.length + m;
  if (plan.trueUp)
    return {
      windowActual: c.windowActual[i],
      windowTarget: c.windowTarget[i],
      windowCount: c.windowCount[i],
      incentiveFull: c.incentiveFull[i],
      incentiveProrated: c.incentiveProrated[i],
      gateOpen,
    };
  const measure = plan.measures[m];
  const rep = run.reps[Math.floor(rp / run.periods.length)];
  const periodIncentive = periodIncentiveOf(rep, plan);
  const employed = employmentOf(rep, run.periods[rp % run.periods.length]);
  const share = employed === null ? 1 : employed.share;
  const k = rp * run.known + run.measureK[m];
  return {
    windowActual: run.actual[k],
    windowTarget: run.target[k],
    windowCount: 1,
    incentiveFull: periodIncentive * weightOf(measure),
    incentiveProrated: periodIncentive * share * weightOf(measure),
    gateOpen,
  };
}

/** Explanation of a measure row, recomputed from the window the row stored. */
export function explainMeasure(run: RunContext, rp: number, m: number): string {
  const { plan, columns: c, language } = run;
  const measure = plan.measures[m];
  const i = rp * plan.measures.length + m;
  const rep = run.reps[Math.floor(rp / run.periods.length)];
  const period = run.periods[rp % run.periods.length];
  const employment = employmentOf(rep, period);
  // A month the rep was not employed at all, or not on this plan (several plans): nothing to judge,
  // nothing paid. Not employed (before the hire date, after the end) is the reason when it is true.
  if (employment !== null && employment.employed === 0 && c.grossCents[i] === 0 && c.netCents[i] === 0) {
    const hired = rep.days === undefined ? employment : employmentOf({ ...rep, days: undefined }, period);
    return hired === null || hired.employed > 0
      ? say(language, "notOnPlan", { measure: measure.name, period: period.key, plan: plan.name })
      : say(language, "notEmployed", { measure: measure.name, period: period.key });
  }

  const failed = at(c.failedGate, rp);
  const gate = failed > 0 ? (plan.gates ?? [])[failed - 1] : null;
  // Under a true-up a gate judged on the period withholds this period's addition, not the window.
  const gateOpen = gate === null || (plan.trueUp && !gateOnYearToDate(plan, gate));
  const w = windowOf(run, rp, m, gateOpen);
  const attainment = w.windowTarget > 0 ? w.windowActual / w.windowTarget : null;
  const readsLedger = rp % run.periods.length === run.ledgerFrom;
  const ytd = plan.trueUp && (w.windowCount > 1 || readsLedger);
  let head = say(language, "head", {
    measure: measure.name,
    actual: formatAmount(w.windowActual),
    target: formatAmount(w.windowTarget),
    attainment: attainment === null ? say(language, "noTargetAttainment") : formatPercent(attainment),
  });
  if (ytd) head = say(language, "yearToDate", { head });
  const parts: string[] = [];
  const threshold = measure.threshold ?? null;
  const attainmentCap = measure.attainmentCap ?? null;
  const earning = { ...earn(measure, w) };
  const method = measure.method;
  const gateText = (g: PlanGate) => {
    const value = Number.isNaN(c.gateValue[rp]) ? null : c.gateValue[rp];
    const shown = (x: number | null) =>
      x === null
        ? say(language, "noTargetAttainment")
        : g.on === "actual"
          ? formatAmount(x)
          : formatPercent(x);
    return say(language, "gate", { measure: g.measure, value: shown(value), minimum: shown(g.minimum) });
  };
  const cap = (raw: number) => {
    if (measure.cap === null || measure.cap === undefined) return;
    const most = measure.cap * w.windowCount;
    parts.push(say(language, raw > most ? "capped" : "capNotReached", { cap: formatMoney(most) }));
  };
  if (!w.gateOpen) parts.push(say(language, "gateClosed", { gate: gateText(gate as PlanGate) }));
  else if (threshold !== null && (attainment === null || attainment < threshold))
    parts.push(say(language, "belowThreshold", { threshold: formatPercent(threshold) }));
  else if (method.kind === "tiers" && method.payOn !== "incentive") {
    const scale = method.basis === "attainment" ? w.windowTarget : w.windowCount;
    let credited = w.windowActual;
    if (attainmentCap !== null && attainment !== null && attainment > attainmentCap) {
      credited = attainmentCap * w.windowTarget;
      parts.push(
        say(language, "creditedAmount", {
          cap: formatPercent(attainmentCap),
          target: formatAmount(w.windowTarget),
          credited: formatAmount(credited),
        }),
      );
    }
    const bounds = method.tiers.map((t: Tier) => t.from * scale);
    const raw = tieredUnchecked(credited / scale, method.tiers, method.mode) * scale;
    const index = tierIndex(credited / scale, method.tiers);
    if (index < 0) parts.push(say(language, "belowFirstTier", { bound: formatAmount(bounds[0]) }));
    else if (method.mode === "retro") {
      const q = product(method.tiers[index].rate, credited, raw);
      parts.push(
        say(language, "retro", {
          amount: q.amount,
          rate: q.ratio,
          tier: index + 1,
          bound: formatAmount(bounds[index]),
          raw: formatMoney(raw),
        }),
      );
    } else {
      const widths: number[] = [];
      for (let t = 0; t <= index; t++) widths.push((t < index ? bounds[t + 1] : credited) - bounds[t]);
      const d = enoughDigits(centsOf(raw), (d) =>
        widths.reduce(
          (sum, width, t) =>
            sum +
            quoted(formatAmount(width, Math.max(2, d))) * quoted(formatPercent(method.tiers[t].rate, d)),
          0,
        ),
      );
      const slices = widths.map((width, t) =>
        say(language, "slice", {
          amount: formatAmount(width, Math.max(2, d)),
          rate: formatPercent(method.tiers[t].rate, d),
        }),
      );
      parts.push(say(language, "slices", { slices: slices.join(" + "), raw: formatMoney(raw) }));
    }
    cap(raw);
  } else if (attainment !== null) {
    const credited = attainmentCap !== null && attainment > attainmentCap ? attainmentCap : attainment;
    if (credited !== attainment)
      parts.push(say(language, "creditedRatio", { cap: formatPercent(attainmentCap ?? 0) }));
    let where: string;
    if (method.kind === "tiers") {
      const index = tierIndex(credited, method.tiers);
      where =
        index < 0
          ? say(language, "tierBelow", { bound: formatPercent(method.tiers[0].from) })
          : say(language, method.mode === "retro" ? "tierRetro" : "tierMarginal", {
              tier: index + 1,
              bound: formatPercent(method.tiers[index].from),
            });
    } else {
      const curve = method.curve;
      if (credited < curve[0].attainment)
        where = say(language, "curveBelow", { point: formatPercent(curve[0].attainment) });
      else if (curve.length === 1)
        where = say(language, "curveAt", { point: formatPercent(curve[0].attainment) });
      else {
        let t = 1;
        while (t < curve.length - 1 && curve[t].attainment < credited) t++;
        where = say(language, "curveBetween", {
          a1: formatPercent(curve[t - 1].attainment),
          p1: formatPercent(curve[t - 1].payout),
          a2: formatPercent(curve[t].attainment),
          p2: formatPercent(curve[t].payout),
        });
      }
    }
    const ratio = earning.point ?? 0;
    const raw = ratio * w.incentiveFull;
    const full = product(ratio, w.incentiveFull, raw);
    parts.push(
      say(language, "incentivePay", {
        where,
        ratio: full.ratio,
        incentive: full.amount,
        weight: formatPercent(weightOf(measure)),
        raw: formatMoney(raw),
      }),
    );
    cap(raw);
    if (w.incentiveProrated !== w.incentiveFull) {
      const prorated = ratio * w.incentiveProrated;
      const q = product(ratio, w.incentiveProrated, prorated);
      const onPlan = rep.days !== undefined;
      parts.push(
        say(language, onPlan ? "proratedOnPlan" : "prorated", {
          ratio: q.ratio,
          incentive: q.amount,
          prorated: formatMoney(prorated),
          plan: plan.name,
        }),
      );
      if (measure.cap !== null && measure.cap !== undefined && prorated > measure.cap * w.windowCount)
        parts.push(say(language, "capped", { cap: formatMoney(measure.cap * w.windowCount) }));
    }
  } else parts.push(say(language, "noTarget"));
  const held = plan.trueUp ? c.heldCents[i] : 0;
  if (gate !== null && w.gateOpen)
    parts.push(say(language, "gateWithheld", { gate: gateText(gate), amount: formatMoney(moneyOf(held)) }));
  const text = say(language, "body", { head, parts: parts.join(explainText.partSeparator[language]) });
  if (!ytd) return text;
  const cumulative = c.cumulativeCents[i];
  const forfeited = c.forfeitedCents[i];
  const paidBefore = cumulative - c.netCents[i] - held - forfeited;
  const withheld =
    (forfeited !== 0 ? say(language, "withheldEarlier", { amount: formatMoney(moneyOf(forfeited)) }) : "") +
    (held !== 0 ? say(language, "withheldNow", { amount: formatMoney(moneyOf(held)) }) : "");
  return say(language, readsLedger ? "thisPeriodBooked" : "thisPeriod", {
    text,
    earned: formatMoney(moneyOf(cumulative)),
    withheld,
    paid: formatMoney(moneyOf(paidBefore)),
    net: formatMoney(moneyOf(c.netCents[i])),
  });
}

/**
 * An adjustment whose note is written only when someone reads it, from the numbers it keeps:
 * `source` is the SPIFF or the one-off adjustment it came from, `x` and `y` the figures it quotes.
 */
export class Item implements AdjustmentItem {
  private text: string | undefined;
  readonly amount: number;
  constructor(
    readonly kind: AdjustmentKind,
    amountCents: number,
    private readonly source: Spiff | AdjustmentInput | null,
    private readonly x: number,
    private readonly y: number,
    private readonly language: Locale,
    /** A proration's plan, for a rep on several plans (the days counted are the plan's). */
    private readonly plan?: string,
  ) {
    this.amount = moneyOf(amountCents);
  }
  /** Whether the note is itself the amount's arithmetic (units x amount), so no amount follows it. */
  get isProduct(): boolean {
    const source = this.source;
    if (source === null) return false;
    if ("measure" in source) return true;
    if (this.kind === "spiff") return source.count !== undefined;
    return this.kind === "clawback" && source.monthsRequired !== undefined;
  }
  get note(): string {
    if (this.text === undefined) this.text = this.describe();
    return this.text;
  }
  private describe(): string {
    const { x, y, language } = this;
    switch (this.kind) {
      case "proration":
        return this.plan !== undefined
          ? say(language, "prorationOnPlan", { employed: x, days: y, plan: this.plan })
          : say(language, "proration", { employed: x, days: y });
      case "planCap":
        return say(language, "planCap", { cap: formatMoney(moneyOf(x)) });
      case "trueUpCarry":
        return say(language, this.amount < 0 ? "trueUpRecovered" : "trueUpCarried");
      case "draw":
        return this.amount > 0
          ? say(language, "drawTopUp", { draw: formatMoney(moneyOf(x)) })
          : say(language, "drawRepayment");
      default:
        break;
    }
    const source = this.source;
    if (source !== null && "measure" in source)
      return say(language, "spiff", {
        name: source.name,
        units: formatAmount(x),
        amount: formatMoney(source.amount),
      });
    const a = source as AdjustmentInput;
    const reason = a.reason ? say(language, "reason", { reason: a.reason }) : "";
    if (this.kind === "spiff")
      return a.count !== undefined
        ? say(language, "spiffOneOffCount", {
            reason,
            count: formatAmount(a.count),
            amount: formatMoney(a.amount),
          })
        : say(language, "spiffOneOff", { reason });
    if (this.kind === "clawback")
      return a.monthsRequired !== undefined
        ? say(language, "clawbackPart", {
            reason,
            original: formatMoney(Math.abs(a.amount)),
            unserved: formatAmount(a.monthsRequired - (a.monthsServed ?? 0)),
            required: formatAmount(a.monthsRequired),
          })
        : say(language, "clawbackFull", { reason });
    return say(language, this.kind === "award" ? "award" : "manual", { reason });
  }
}
