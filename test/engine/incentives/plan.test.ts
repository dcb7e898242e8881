import fc from "fast-check";
import { SalesPlanError } from "../../../src/kernel/errors";
import {
  planFromRows,
  planToRows,
  validatePlan,
  type Measure,
  type Plan,
} from "../../../src/engine/incentives";

export const demoPlan: Plan = {
  name: "FY26 AE",
  version: "3",
  currency: "CNY",
  frequency: "quarterly",
  trueUp: true,
  negativeTrueUp: "clawback",
  targetIncentive: 120000,
  roleIncentives: { Manager: 200000 },
  cap: 90000,
  measures: [
    {
      name: "Revenue",
      method: {
        kind: "tiers",
        mode: "marginal",
        basis: "attainment",
        tiers: [
          { from: 0, rate: 0.08 },
          { from: 1, rate: 0.12 },
          { from: 1.2, rate: 0.16 },
        ],
      },
      threshold: 0.5,
      attainmentCap: 2,
      cap: 25000,
    },
    {
      name: "Collection",
      weight: 1,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0.9, payout: 0.5 },
          { attainment: 1, payout: 1 },
        ],
      },
    },
  ],
  gates: [{ measure: "CollectionRate", minimum: 0.9, on: "actual" }],
  spiffs: [{ name: "New logo", measure: "NewLogos", amount: 500 }],
  draw: { amount: 2000, recoverable: false },
};

function messageOf(fn: () => unknown, locale: "en" | "zh" = "en"): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof SalesPlanError) return error.format(locale);
    throw error;
  }
  throw new Error("expected a SalesPlanError");
}

function withMeasures(measures: Measure[], extra: Partial<Plan> = {}): Plan {
  return { ...demoPlan, measures, ...extra };
}

describe("validatePlan", () => {
  test("accepts the demo plan", () => {
    expect(() => validatePlan(demoPlan)).not.toThrow();
  });

  test("weights add up to 100% over the measures paid on the target incentive, and say which", () => {
    // Revenue is a commission rate table: its weight (if any) counts nowhere.
    const margin: Measure = {
      name: "Margin",
      weight: 0.4,
      method: {
        kind: "tiers",
        mode: "marginal",
        basis: "attainment",
        payOn: "incentive",
        tiers: [{ from: 0, rate: 1 }],
      },
    };
    const measures = [
      { ...demoPlan.measures[0], weight: 0.7 },
      { ...demoPlan.measures[1], weight: 0.5 },
      margin,
    ];
    expect(messageOf(() => validatePlan(withMeasures(measures)))).toBe(
      "plan 'FY26 AE': the weights of the measures paid on the target incentive (Collection, Margin) add up to 90%, not 100%",
    );
    expect(messageOf(() => validatePlan(withMeasures(measures)), "zh")).toBe(
      "方案“FY26 AE”：按目标奖金计发的指标（Collection, Margin）权重合计为 90%，而不是 100%",
    );
    expect(() =>
      validatePlan(withMeasures([measures[0], { ...measures[1], weight: 0.6 }, margin])),
    ).not.toThrow();
    // Only commission tables: no weights to add up.
    expect(() => validatePlan(withMeasures([demoPlan.measures[0]], { gates: [] }))).not.toThrow();
  });

  test("a tier table paid on the target incentive needs bounds in attainment", () => {
    const m: Measure = {
      name: "Margin",
      weight: 1,
      method: {
        kind: "tiers",
        mode: "marginal",
        basis: "amount",
        payOn: "incentive",
        tiers: [{ from: 0, rate: 1 }],
      },
    };
    expect(messageOf(() => validatePlan(withMeasures([demoPlan.measures[0], m])))).toBe(
      "measure 'Margin': a tier table paid on the target incentive needs bounds in attainment",
    );
  });

  test("unsorted and overlapping tiers, negative rates", () => {
    const tiers = (list: { from: number; rate: number }[]): Measure[] => [
      { ...demoPlan.measures[0], method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: list } },
      demoPlan.measures[1],
    ];
    expect(
      messageOf(() =>
        validatePlan(
          withMeasures(
            tiers([
              { from: 0, rate: 0.1 },
              { from: 0, rate: 0.2 },
            ]),
          ),
        ),
      ),
    ).toBe("Revenue tiers: bound 0 appears twice, so two tiers overlap at row 2, column 1");
    expect(
      messageOf(() =>
        validatePlan(
          withMeasures(
            tiers([
              { from: 5, rate: 0.1 },
              { from: 1, rate: 0.2 },
            ]),
          ),
        ),
      ),
    ).toBe("Revenue tiers: bounds must be ascending, but 1 follows 5 at row 2, column 1");
    expect(
      messageOf(() =>
        validatePlan(
          withMeasures(
            tiers([
              { from: 0, rate: 0.1 },
              { from: 1, rate: -0.2 },
            ]),
          ),
        ),
      ),
    ).toBe("Revenue tiers: rate must not be negative, got -0.2 at row 2, column 2");
  });

  test("a curve that falls anywhere is refused, its last segment too (issue 12, point 4)", () => {
    // The curve: the last segment from (150%, 1.2) to (200%, 1.1) would pay 0.9 at 300%.
    const down: Measure = {
      name: "Collection",
      weight: 1,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0.5, payout: 0.25 },
          { attainment: 1, payout: 1 },
          { attainment: 1.5, payout: 1.2 },
          { attainment: 2, payout: 1.1 },
        ],
      },
    };
    expect(messageOf(() => validatePlan(withMeasures([demoPlan.measures[0], down])))).toBe(
      "Collection curve: the payout falls from 1.2 to 1.1 at row 4, column 2, so more attainment would pay less",
    );
    expect(messageOf(() => validatePlan(withMeasures([demoPlan.measures[0], down])), "zh")).toBe(
      "Collection curve：奖金比例从 1.2 降到 1.1（第 4 行第 2 列），达成越高反而奖金越少",
    );
  });

  test("a cap under the threshold", () => {
    const measures = [{ ...demoPlan.measures[0], threshold: 0.8, attainmentCap: 0.7 }, demoPlan.measures[1]];
    expect(messageOf(() => validatePlan(withMeasures(measures)))).toBe(
      "measure 'Revenue': attainment cap 0.7 is not above the threshold 0.8",
    );
  });

  test("duplicate measures, no measures, negative caps", () => {
    expect(messageOf(() => validatePlan(withMeasures([]))).toString()).toBe("plan 'FY26 AE': no measures");
    expect(
      messageOf(() =>
        validatePlan(withMeasures([demoPlan.measures[0], { ...demoPlan.measures[1], name: "revenue" }])),
      ),
    ).toBe("plan 'FY26 AE': measure 'revenue' is defined twice");
    expect(messageOf(() => validatePlan({ ...demoPlan, cap: -1 }))).toBe(
      "plan cap: must not be negative, got -1",
    );
  });
});

describe("planToRows / planFromRows", () => {
  test("the demo plan round-trips", () => {
    const tables = planToRows(demoPlan);
    expect(tables.plan).toContainEqual({ Parameter: "Weight", Item: "Collection", Value: 1 });
    expect(tables.plan.filter((r) => r.Item === "Revenue").map((r) => r.Parameter)).not.toContain("Weight");
    expect(tables.plan).toContainEqual({ Parameter: "Gate", Item: "CollectionRate", Value: 0.9 });
    expect(tables.tiers).toContainEqual({ Measure: "Revenue", From: 1.2, Rate: 0.16 });
    expect(planFromRows(tables)).toEqual(demoPlan);
  });

  test("new settings round-trip: SPIFFs repaying the draw, tiers on the target incentive, a gate's window", () => {
    const plan: Plan = {
      ...demoPlan,
      spiffRepaysDraw: true,
      measures: [
        demoPlan.measures[0],
        {
          name: "Collection",
          weight: 1,
          method: {
            kind: "tiers",
            mode: "retro",
            basis: "attainment",
            payOn: "incentive",
            tiers: [{ from: 0, rate: 1 }],
          },
        },
      ],
      gates: [{ measure: "CollectionRate", minimum: 0.9, on: "actual", window: "ytd" }],
    };
    const tables = planToRows(plan);
    expect(tables.plan).toContainEqual({ Parameter: "SpiffRepaysDraw", Item: "", Value: true });
    expect(tables.plan).toContainEqual({ Parameter: "PayOn", Item: "Collection", Value: "incentive" });
    expect(tables.plan).toContainEqual({ Parameter: "GateWindow", Item: "CollectionRate", Value: "ytd" });
    expect(planFromRows(tables)).toEqual(plan);
    // The default (SPIFFs do not repay the draw) written explicitly reads back as false.
    const off = planFromRows({
      plan: [...planToRows(demoPlan).plan, { Parameter: "SpiffRepaysDraw", Item: "", Value: "FALSE" }],
      tiers: tables.tiers,
    });
    expect(off.spiffRepaysDraw).toBe(false);
    // An older plan's CurvesNonDecreasing row is read and ignored: no curve may fall now.
    expect(() =>
      planFromRows({
        plan: [...tables.plan, { Parameter: "CurvesNonDecreasing", Item: "", Value: false }],
        tiers: tables.tiers,
      }),
    ).not.toThrow();
  });

  test("rows typed by a person: text numbers and booleans, any case", () => {
    const tables = planToRows(demoPlan);
    const typed = {
      plan: tables.plan.map((row) => ({
        Parameter: row.Parameter.toUpperCase(),
        Item: row.Item,
        Value: typeof row.Value === "boolean" ? (row.Value ? "true" : "FALSE") : String(row.Value),
      })),
      tiers: tables.tiers,
    };
    const back = planFromRows(typed);
    expect({ ...back, name: demoPlan.name, version: demoPlan.version }).toEqual(demoPlan);
  });

  test("bad rows name the row", () => {
    expect(
      messageOf(() => planFromRows({ plan: [{ Parameter: "Colour", Item: "", Value: "red" }], tiers: [] })),
    ).toBe("SalesPlan: unknown parameter 'Colour' at column 1");
    expect(
      messageOf(() =>
        planFromRows({
          plan: [
            { Parameter: "Name", Item: "", Value: "x" },
            { Parameter: "Frequency", Item: "", Value: "weekly" },
          ],
          tiers: [],
        }),
      ),
    ).toBe(
      "SalesPlan: parameter 'Frequency' has value 'weekly' (expected monthly, quarterly, annual) at row 2, column 3",
    );
  });

  const tier = fc.record({
    from: fc.integer({ min: 0, max: 1e6 }),
    rate: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const measure = fc.record(
    {
      name: fc.constantFrom("Revenue", "Margin", "Units", "Collection"),
      weight: fc.double({ min: 0, max: 1, noNaN: true }),
      method: fc.oneof(
        fc.record({
          kind: fc.constant("tiers" as const),
          mode: fc.constantFrom("marginal" as const, "retro" as const),
          basis: fc.constantFrom("amount" as const, "attainment" as const),
          tiers: fc.array(tier, { maxLength: 4 }),
        }),
        fc.record({
          kind: fc.constant("curve" as const),
          curve: fc.array(
            fc.record({
              attainment: fc.double({ min: 0, max: 3, noNaN: true }),
              payout: fc.double({ min: 0, max: 3, noNaN: true }),
            }),
            {
              maxLength: 4,
            },
          ),
        }),
      ),
      threshold: fc.double({ min: 0, max: 1, noNaN: true }),
      cap: fc.integer({ min: 0, max: 1e6 }),
    },
    { requiredKeys: ["name", "weight", "method"] },
  );

  test("property: any plan round-trips through the two tables", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(measure, { selector: (m) => m.name, minLength: 1, maxLength: 4 }),
        fc.constantFrom("monthly" as const, "quarterly" as const, "annual" as const),
        fc.boolean(),
        fc.option(fc.record({ amount: fc.integer({ min: 0, max: 5000 }), recoverable: fc.boolean() }), {
          nil: undefined,
        }),
        (measures, frequency, trueUp, draw) => {
          const plan: Plan = {
            name: "P",
            version: "1",
            currency: "EUR",
            frequency,
            trueUp,
            negativeTrueUp: "carry",
            measures,
            ...(draw ? { draw } : {}),
          };
          expect(planFromRows(planToRows(plan))).toEqual(plan);
        },
      ),
    );
  });
});
