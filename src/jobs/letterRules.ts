/**
 * A plan's rules as sentences a rep reads in a plan letter: how often and in what it pays, each
 * measure's curve or rate table with its threshold and caps, gates, the plan cap, SPIFFs, the draw
 * and proration. Built from the Plan the wizard saves and the engine pays by, so the words cannot
 * drift from the arithmetic.
 */
import {
  formatAmount,
  formatMoney,
  formatPercent,
  gateOnYearToDate,
  sourceOf,
  type Measure,
  type Plan,
} from "../engine/incentives";
import { formatMessage, type Locale } from "../kernel/messages";
import { letterText, type LetterKey } from "./letterText";

type Say = (key: LetterKey, params?: Record<string, string | number>) => string;

const sayer =
  (locale: Locale): Say =>
  (key, params = {}) =>
    formatMessage(letterText[key][locale], params);

function measureRule(m: Measure, say: Say, locale: Locale): string {
  const weight = formatPercent(m.weight ?? 0);
  const sep = locale === "zh" ? "；" : "; ";
  if (m.method.kind === "curve") {
    const points = m.method.curve
      .map((p) => say("point", { attainment: formatPercent(p.attainment), payout: formatPercent(p.payout) }))
      .join(sep);
    return say("curve", { measure: m.name, weight, points });
  }
  const { basis, mode } = m.method;
  const tiers = m.method.tiers
    .map((t) =>
      say("tier", {
        from: basis === "attainment" ? formatPercent(t.from) : formatAmount(t.from),
        rate: formatPercent(t.rate, 4),
      }),
    )
    .join(sep);
  const how = say(mode === "retro" ? "retro" : "marginal");
  if (m.method.payOn === "incentive")
    return say("tiersIncentive", { measure: m.name, weight, mode: how, tiers });
  return say(basis === "attainment" ? "tiersAttainment" : "tiersAmount", {
    measure: m.name,
    mode: how,
    tiers,
  });
}

/** The plan's rules, one sentence each, in the letter's language. */
export function planRules(plan: Plan, locale: Locale): string[] {
  const say = sayer(locale);
  const money = (x: number) => formatMoney(x);
  const out: string[] = [
    say("frequency", { frequency: say(plan.frequency), currency: plan.currency || "-" }),
  ];
  if (plan.trueUp) out.push(say(plan.negativeTrueUp === "clawback" ? "trueUpClawback" : "trueUpCarry"));
  for (const m of plan.measures) {
    out.push(measureRule(m, say, locale));
    if (m.on === "team") out.push(say("team", { measure: m.name, source: sourceOf(m) }));
    if (m.threshold) out.push(say("threshold", { measure: m.name, value: formatPercent(m.threshold) }));
    if (m.attainmentCap)
      out.push(say("attainmentCap", { measure: m.name, value: formatPercent(m.attainmentCap) }));
    if (m.cap) out.push(say("measureCap", { measure: m.name, value: money(m.cap) }));
  }
  for (const g of plan.gates ?? []) {
    const window = gateOnYearToDate(plan, g) ? say("gateYtd") : "";
    out.push(
      g.on === "attainment"
        ? say("gateAttainment", { measure: g.measure, value: formatPercent(g.minimum), window })
        : say("gateActual", { measure: g.measure, value: formatAmount(g.minimum), window }),
    );
  }
  if (plan.cap) out.push(say("planCap", { value: money(plan.cap) }));
  for (const s of plan.spiffs ?? [])
    out.push(say("spiff", { name: s.name, amount: money(s.amount), measure: s.measure }));
  if ((plan.spiffs ?? []).length > 0 && plan.draw && plan.spiffRepaysDraw) out.push(say("spiffDraw"));
  if (plan.draw && plan.draw.amount > 0)
    out.push(
      say(plan.draw.recoverable ? "drawRecoverable" : "drawFixed", { amount: money(plan.draw.amount) }),
    );
  out.push(say("proration"));
  return out;
}
