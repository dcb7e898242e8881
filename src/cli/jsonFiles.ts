/**
 * The plan and scorecard files the command line reads (--plan, --scorecard): JSON checked field by
 * field before any work, so `{}` or a weight typed as text is named with its file and field rather
 * than failing later inside the engine. Optional fields missing from a plan get their defaults.
 */
import { promises as fs } from "fs";
import { SalesPlanError } from "../kernel/errors";
import type { Plan } from "../engine/incentives";
import type { MessageTable, MessageTemplate } from "../kernel/messages";
import { validatePlan, type ScorecardOptions } from "../jobs";

export const jsonMessages = {
  missing: { en: "{path}: {field} is missing", zh: "{path}：缺少 {field}" },
  wrongType: {
    en: "{path}: {field} must be {expected}, found {value}",
    zh: "{path}：{field} 必须是{expected}，实际为 {value}",
  },
  invalid: { en: "{path}: {message}", zh: "{path}：{message}" },
  text: { en: "text", zh: "文本" },
  number: { en: "a number", zh: "数字" },
  boolean: { en: "true or false", zh: "true 或 false" },
  list: { en: "a list [...]", zh: "列表 [...]" },
  nonEmptyList: { en: "a list [...] with at least one item", zh: "至少含一项的列表 [...]" },
  object: { en: "an object {...}", zh: "对象 {...}" },
  oneOf: { en: "one of {choices}", zh: "以下之一：{choices}" },
} satisfies MessageTable;

type Shape =
  | "text"
  | "number"
  | "boolean"
  | "label"
  | { readonly oneOf: readonly string[] }
  | { readonly list: Shape; readonly nonEmpty?: boolean }
  | { readonly fields: Readonly<Record<string, Field>> }
  | { readonly map: Shape };

/** A field's shape; optional fields may be absent or null. */
interface Field {
  readonly shape: Shape;
  readonly optional?: boolean;
}

const req = (shape: Shape): Field => ({ shape });
const opt = (shape: Shape): Field => ({ shape, optional: true });

const tier: Shape = { fields: { from: req("number"), rate: req("number") } };
const point: Shape = { fields: { attainment: req("number"), payout: req("number") } };
const method: Shape = {
  fields: {
    kind: req({ oneOf: ["tiers", "curve"] }),
    mode: opt({ oneOf: ["marginal", "retro"] }),
    basis: opt({ oneOf: ["amount", "attainment"] }),
    payOn: opt({ oneOf: ["amount", "incentive"] }),
    tiers: opt({ list: tier, nonEmpty: true }),
    curve: opt({ list: point, nonEmpty: true }),
  },
};

const planShape: Shape = {
  fields: {
    // The measures first: they are what a plan is for, and what `{}` most lacks.
    measures: req({
      list: {
        fields: {
          name: req("text"),
          // Only measures paid on the target incentive carry a weight; the plan check says which.
          weight: opt("number"),
          method: req(method),
          threshold: opt("number"),
          attainmentCap: opt("number"),
          cap: opt("number"),
        },
      },
      nonEmpty: true,
    }),
    name: req("text"),
    version: opt("text"),
    currency: opt("text"),
    frequency: opt({ oneOf: ["monthly", "quarterly", "annual"] }),
    trueUp: opt("boolean"),
    negativeTrueUp: opt({ oneOf: ["clawback", "carry"] }),
    targetIncentive: opt("number"),
    roleIncentives: opt({ map: "number" }),
    gates: opt({
      list: {
        fields: {
          measure: req("text"),
          minimum: req("number"),
          on: req({ oneOf: ["attainment", "actual"] }),
          window: opt({ oneOf: ["period", "ytd"] }),
        },
      },
    }),
    cap: opt("number"),
    curvesNonDecreasing: opt("boolean"),
    spiffs: opt({ list: { fields: { name: req("text"), measure: req("text"), amount: req("number") } } }),
    draw: opt({ fields: { amount: req("number"), recoverable: req("boolean") } }),
    spiffRepaysDraw: opt("boolean"),
  },
};

const scorecardShape: Shape = {
  fields: {
    kpis: req({
      list: {
        fields: {
          name: req("text"),
          kind: req({ oneOf: ["process", "result"] }),
          direction: req({ oneOf: ["up", "down"] }),
          weight: req("number"),
          cap: opt("number"),
          target: opt("number"),
        },
      },
      nonEmpty: true,
    }),
    groupWeights: opt({ fields: { process: req("number"), result: req("number") } }),
    cap: req("number"),
    bands: req({ list: { fields: { minimum: req("number"), label: req("label") } } }),
  },
};

/** Check `value` against `shape`; throws naming the file and the field (measures[0].weight). */
function check(value: unknown, shape: Shape, field: string, file: string): void {
  const wrong = (expected: MessageTemplate | string) =>
    new SalesPlanError(jsonMessages.wrongType, {
      path: file,
      field,
      expected: typeof expected === "string" ? { en: expected, zh: expected } : expected,
      value: JSON.stringify(value).slice(0, 60),
    });
  if (shape === "text") {
    if (typeof value !== "string") throw wrong(jsonMessages.text);
  } else if (shape === "number") {
    if (typeof value !== "number" || !Number.isFinite(value)) throw wrong(jsonMessages.number);
  } else if (shape === "label") {
    if (typeof value !== "string" && typeof value !== "number") throw wrong(jsonMessages.text);
  } else if (shape === "boolean") {
    if (typeof value !== "boolean") throw wrong(jsonMessages.boolean);
  } else if ("oneOf" in shape) {
    if (typeof value !== "string" || !shape.oneOf.includes(value)) {
      const choices = shape.oneOf.join(", ");
      throw wrong({
        en: jsonMessages.oneOf.en.replace("{choices}", choices),
        zh: jsonMessages.oneOf.zh.replace("{choices}", choices),
      });
    }
  } else if ("list" in shape) {
    if (!Array.isArray(value) || (shape.nonEmpty && value.length === 0))
      throw wrong(shape.nonEmpty ? jsonMessages.nonEmptyList : jsonMessages.list);
    // An item with a name is named too: measures[1] (Collection).weight.
    value.forEach((item, i) => {
      const name = (item as { name?: unknown } | null)?.name;
      check(item, shape.list, `${field}[${i}]${typeof name === "string" ? ` (${name})` : ""}`, file);
    });
  } else {
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw wrong(jsonMessages.object);
    const record = value as Record<string, unknown>;
    if ("map" in shape) {
      for (const [key, item] of Object.entries(record)) check(item, shape.map, `${field}.${key}`, file);
      return;
    }
    for (const [key, spec] of Object.entries(shape.fields)) {
      const at = field ? `${field}.${key}` : key;
      const item = record[key];
      if (item === undefined || item === null) {
        if (!spec.optional) throw new SalesPlanError(jsonMessages.missing, { path: file, field: at });
        continue;
      }
      check(item, spec.shape, at, file);
    }
  }
}

async function readJson(file: string, missing: MessageTemplate, badJson: MessageTemplate): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new SalesPlanError(missing, { path: file });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SalesPlanError(badJson, { path: file, reason: (error as Error).message });
  }
}

/** Messages for a file that cannot be read or parsed: the CLI's own, passed in. */
export interface JsonFileMessages {
  readonly fileNotFound: MessageTemplate;
  readonly badJson: MessageTemplate;
}

/** A plan file: shape checked, defaults filled, then the engine's own checks, all naming the file. */
export async function readPlanFile(file: string, messages: JsonFileMessages): Promise<Plan> {
  const value = await readJson(file, messages.fileNotFound, messages.badJson);
  check(value, planShape, "", file);
  const raw = value as Plan & { version?: string | null };
  const plan: Plan = {
    ...raw,
    version: raw.version ?? "1",
    currency: raw.currency ?? "",
    frequency: raw.frequency ?? "monthly",
    trueUp: raw.trueUp ?? false,
    negativeTrueUp: raw.negativeTrueUp ?? "carry",
    measures: raw.measures.map((m) => {
      if (m.method.kind === "tiers" && !Array.isArray((m.method as { tiers?: unknown }).tiers))
        throw new SalesPlanError(jsonMessages.missing, { path: file, field: `${m.name}: method.tiers` });
      if (m.method.kind === "curve" && !Array.isArray((m.method as { curve?: unknown }).curve))
        throw new SalesPlanError(jsonMessages.missing, { path: file, field: `${m.name}: method.curve` });
      return m.method.kind === "tiers"
        ? {
            ...m,
            method: { ...m.method, mode: m.method.mode ?? "marginal", basis: m.method.basis ?? "amount" },
          }
        : m;
    }),
  };
  try {
    validatePlan(plan);
  } catch (error) {
    if (!(error instanceof SalesPlanError)) throw error;
    throw new SalesPlanError(jsonMessages.invalid, {
      path: file,
      message: { en: error.format("en"), zh: error.format("zh") },
    });
  }
  return plan;
}

/** A scorecard file, shape checked. */
export async function readScorecardFile(file: string, messages: JsonFileMessages): Promise<ScorecardOptions> {
  const value = await readJson(file, messages.fileNotFound, messages.badJson);
  check(value, scorecardShape, "", file);
  const raw = value as ScorecardOptions;
  return {
    ...raw,
    groupWeights: raw.groupWeights ?? null,
    kpis: raw.kpis.map((k) => ({ ...k, cap: k.cap ?? null, target: k.target ?? null })),
  };
}
