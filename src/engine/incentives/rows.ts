/**
 * The plan as plain rows for the SalesPlan and SalesPlanTiers tables, so finance can read the plan
 * beside the payouts without the add-in, and the wizard can read it back.
 */
import { fail } from "../../kernel/errors";
import type { CurvePoint, Tier } from "./core";
import { incentiveMessages } from "./messages";
import type { Measure, MeasureMethod, NegativeTrueUp, PayoutFrequency, Plan, PlanGate, Spiff } from "./plan";

/** One SalesPlan row: a parameter, the measure/role/gate/SPIFF it belongs to ("" for the plan), its value. */
export interface PlanRow {
  readonly Parameter: string;
  readonly Item: string;
  readonly Value: string | number | boolean;
}

/**
 * One SalesPlanTiers row, under the sheet's column names: a tier (From: lower bound, Rate) or a
 * curve point (From: attainment, Rate: payout ratio) of a measure.
 */
export interface PlanTierRow {
  readonly Measure: string;
  readonly From: number;
  readonly Rate: number;
}

export interface PlanTables {
  readonly plan: PlanRow[];
  readonly tiers: PlanTierRow[];
}

/** The plan as SalesPlan and SalesPlanTiers rows; planFromRows reads them back into an equal plan. */
export function planToRows(plan: Plan): PlanTables {
  const rows: PlanRow[] = [];
  const add = (Parameter: string, Item: string, Value: string | number | boolean | null | undefined) => {
    if (Value !== null && Value !== undefined) rows.push({ Parameter, Item, Value });
  };
  add("Name", "", plan.name);
  add("Version", "", plan.version);
  add("Currency", "", plan.currency);
  add("Frequency", "", plan.frequency);
  add("TrueUp", "", plan.trueUp);
  add("NegativeTrueUp", "", plan.negativeTrueUp);
  add("TargetIncentive", "", plan.targetIncentive);
  for (const [role, amount] of Object.entries(plan.roleIncentives ?? {})) add("RoleIncentive", role, amount);
  add("Cap", "", plan.cap);
  if (plan.draw) {
    add("DrawAmount", "", plan.draw.amount);
    add("DrawRecoverable", "", plan.draw.recoverable);
  }
  add("SpiffRepaysDraw", "", plan.spiffRepaysDraw);
  const tiers: PlanTierRow[] = [];
  for (const measure of plan.measures) {
    add("Weight", measure.name, measure.weight);
    add("Method", measure.name, measure.method.kind);
    if (measure.method.kind === "tiers") {
      add("Mode", measure.name, measure.method.mode);
      add("Basis", measure.name, measure.method.basis);
      add("PayOn", measure.name, measure.method.payOn);
      for (const tier of measure.method.tiers)
        tiers.push({ Measure: measure.name, From: tier.from, Rate: tier.rate });
    } else {
      for (const point of measure.method.curve)
        tiers.push({ Measure: measure.name, From: point.attainment, Rate: point.payout });
    }
    add("Threshold", measure.name, measure.threshold);
    add("AttainmentCap", measure.name, measure.attainmentCap);
    add("Cap", measure.name, measure.cap);
    add("On", measure.name, measure.on);
    add("Source", measure.name, measure.source);
  }
  for (const gate of plan.gates ?? []) {
    add("Gate", gate.measure, gate.minimum);
    add("GateOn", gate.measure, gate.on);
    add("GateWindow", gate.measure, gate.window);
  }
  for (const spiff of plan.spiffs ?? []) {
    add("Spiff", spiff.name, spiff.amount);
    add("SpiffMeasure", spiff.name, spiff.measure);
  }
  return { plan: rows, tiers };
}

interface MeasureDraft {
  name: string;
  weight?: number;
  method: "tiers" | "curve";
  mode: "marginal" | "retro";
  basis: "amount" | "attainment";
  payOn?: "amount" | "incentive";
  threshold?: number;
  attainmentCap?: number;
  cap?: number;
  on?: "own" | "team";
  source?: string;
}

/** Read a plan back from SalesPlan and SalesPlanTiers rows (parameter names match case-insensitively). */
export function planFromRows(tables: {
  readonly plan: readonly PlanRow[];
  readonly tiers: readonly PlanTierRow[];
}): Plan {
  const rows = tables.plan;
  const at = (row: number) => ({ at: { row, column: 2, rows: rows.length, columns: 3 } });
  const text = (row: number) => String(rows[row].Value).trim();
  const num = (row: number): number => {
    const value = rows[row].Value;
    const n =
      typeof value === "number"
        ? value
        : typeof value === "string" && value.trim() !== ""
          ? Number(value)
          : NaN;
    if (!Number.isFinite(n))
      fail(
        incentiveMessages.badPlanValue,
        { parameter: rows[row].Parameter, value: String(value), expected: "a number" },
        at(row),
      );
    return n;
  };
  const bool = (row: number): boolean => {
    const value = rows[row].Value;
    if (typeof value === "boolean") return value;
    const t = String(value).trim().toUpperCase();
    if (t === "TRUE") return true;
    if (t === "FALSE") return false;
    return fail(
      incentiveMessages.badPlanValue,
      { parameter: rows[row].Parameter, value: String(value), expected: "TRUE or FALSE" },
      at(row),
    );
  };
  const choice = <T extends string>(row: number, allowed: readonly T[]): T => {
    const t = text(row).toLowerCase();
    const match = allowed.find((option) => option === t);
    if (match === undefined)
      fail(
        incentiveMessages.badPlanValue,
        { parameter: rows[row].Parameter, value: text(row), expected: allowed.join(", ") },
        at(row),
      );
    return match;
  };

  let name = "";
  let version = "";
  let currency = "";
  let frequency: PayoutFrequency = "monthly";
  let trueUp = false;
  let negativeTrueUp: NegativeTrueUp = "carry";
  let targetIncentive: number | undefined;
  let cap: number | undefined;
  let spiffRepaysDraw: boolean | undefined;
  let drawAmount: number | undefined;
  let drawRecoverable = true;
  const roleIncentives: Record<string, number> = {};
  const measures = new Map<string, MeasureDraft>();
  const gates = new Map<
    string,
    { minimum: number; on: "attainment" | "actual"; window?: "period" | "ytd" }
  >();
  const spiffs = new Map<string, { amount: number; measure: string }>();
  const overrides = new Map<string, number>();
  const measure = (item: string): MeasureDraft => {
    let draft = measures.get(item);
    if (!draft) {
      draft = { name: item, method: "tiers", mode: "marginal", basis: "amount" };
      measures.set(item, draft);
    }
    return draft;
  };
  const gate = (item: string) => {
    let draft = gates.get(item);
    if (!draft) gates.set(item, (draft = { minimum: 0, on: "attainment" }));
    return draft;
  };
  const spiff = (item: string) => {
    let draft = spiffs.get(item);
    if (!draft) spiffs.set(item, (draft = { amount: 0, measure: item }));
    return draft;
  };

  for (let r = 0; r < rows.length; r++) {
    const item = String(rows[r].Item ?? "").trim();
    const parameter = rows[r].Parameter.replace(/\s+/g, "").toLowerCase();
    const forMeasure = item !== "";
    switch (parameter) {
      case "name":
        name = text(r);
        break;
      case "version":
        version = text(r);
        break;
      case "currency":
        currency = text(r);
        break;
      case "frequency":
        frequency = choice(r, ["monthly", "quarterly", "annual"] as const);
        break;
      case "trueup":
        trueUp = bool(r);
        break;
      case "negativetrueup":
        negativeTrueUp = choice(r, ["clawback", "carry"] as const);
        break;
      case "targetincentive":
        targetIncentive = num(r);
        break;
      case "roleincentive":
        roleIncentives[item] = num(r);
        break;
      case "cap":
        if (forMeasure) measure(item).cap = num(r);
        else cap = num(r);
        break;
      case "curvesnondecreasing":
        // Older plans said whether curves may fall; none may now, so the row is read and ignored.
        bool(r);
        break;
      case "spiffrepaysdraw":
        spiffRepaysDraw = bool(r);
        break;
      case "drawamount":
        drawAmount = num(r);
        break;
      case "drawrecoverable":
        drawRecoverable = bool(r);
        break;
      case "weight":
        measure(item).weight = num(r);
        break;
      case "method":
        measure(item).method = choice(r, ["tiers", "curve"] as const);
        break;
      case "mode":
        measure(item).mode = choice(r, ["marginal", "retro"] as const);
        break;
      case "basis":
        measure(item).basis = choice(r, ["amount", "attainment"] as const);
        break;
      case "payon":
        measure(item).payOn = choice(r, ["amount", "incentive"] as const);
        break;
      case "threshold":
        measure(item).threshold = num(r);
        break;
      case "attainmentcap":
        measure(item).attainmentCap = num(r);
        break;
      case "on":
        measure(item).on = choice(r, ["own", "team"] as const);
        break;
      case "source":
        measure(item).source = text(r);
        break;
      case "override": {
        // A manager's override: a flat rate on the team's credited amount (a one-tier rate table).
        const draft = measure(item);
        Object.assign(draft, { on: "team", method: "tiers", mode: "marginal", basis: "amount" });
        overrides.set(item, num(r));
        break;
      }
      case "gate":
        gate(item).minimum = num(r);
        break;
      case "gateon":
        gate(item).on = choice(r, ["attainment", "actual"] as const);
        break;
      case "gatewindow":
        gate(item).window = choice(r, ["period", "ytd"] as const);
        break;
      case "spiff":
        spiff(item).amount = num(r);
        break;
      case "spiffmeasure":
        spiff(item).measure = text(r);
        break;
      default:
        fail(
          incentiveMessages.badPlanRow,
          { value: rows[r].Parameter },
          { at: { row: r, column: 0, rows: rows.length, columns: 3 } },
        );
    }
  }

  const points = new Map<string, { From: number; Rate: number }[]>();
  for (const [item, rate] of overrides) points.set(item, [{ From: 0, Rate: rate }]);
  for (const row of tables.tiers) {
    const key = String(row.Measure).trim();
    const list = points.get(key) ?? [];
    list.push({ From: Number(row.From), Rate: Number(row.Rate) });
    points.set(key, list);
  }
  const toMeasure = (draft: MeasureDraft): Measure => {
    const list = points.get(draft.name) ?? [];
    const method: MeasureMethod =
      draft.method === "tiers"
        ? {
            kind: "tiers",
            mode: draft.mode,
            basis: draft.basis,
            ...(draft.payOn !== undefined ? { payOn: draft.payOn } : {}),
            tiers: list.map((p): Tier => ({ from: p.From, rate: p.Rate })),
          }
        : { kind: "curve", curve: list.map((p): CurvePoint => ({ attainment: p.From, payout: p.Rate })) };
    const out: { -readonly [K in keyof Measure]: Measure[K] } = {
      name: draft.name,
      ...(draft.weight !== undefined ? { weight: draft.weight } : {}),
      method,
    };
    if (draft.threshold !== undefined) out.threshold = draft.threshold;
    if (draft.attainmentCap !== undefined) out.attainmentCap = draft.attainmentCap;
    if (draft.cap !== undefined) out.cap = draft.cap;
    if (draft.on !== undefined) out.on = draft.on;
    if (draft.source !== undefined) out.source = draft.source;
    return out;
  };

  const plan: { -readonly [K in keyof Plan]: Plan[K] } = {
    name,
    version,
    currency,
    frequency,
    trueUp,
    negativeTrueUp,
    measures: [...measures.values()].map(toMeasure),
  };
  if (targetIncentive !== undefined) plan.targetIncentive = targetIncentive;
  if (Object.keys(roleIncentives).length > 0) plan.roleIncentives = roleIncentives;
  if (cap !== undefined) plan.cap = cap;
  if (drawAmount !== undefined) plan.draw = { amount: drawAmount, recoverable: drawRecoverable };
  if (spiffRepaysDraw !== undefined) plan.spiffRepaysDraw = spiffRepaysDraw;
  if (gates.size > 0)
    plan.gates = [...gates.entries()].map(([measureName, g]): PlanGate => ({
      measure: measureName,
      minimum: g.minimum,
      on: g.on,
      ...(g.window !== undefined ? { window: g.window } : {}),
    }));
  if (spiffs.size > 0)
    plan.spiffs = [...spiffs.entries()].map(([spiffName, s]): Spiff => ({
      name: spiffName,
      measure: s.measure,
      amount: s.amount,
    }));
  return plan;
}
