/**
 * Plan cost modelling worked by hand: two reps on a curve with an attainment cap and a money cap,
 * at 80%, 100% and 120%: each rep's pay is the engine's own per-rep computation (the plan
 * letters' examples) and the hand figure; the reps held by a cap are counted; percentiles as
 * PERCENTILE.INC; last year's basis; two plans side by side; bad input named in both languages.
 */
import type { MeasureAmount, Plan } from "../../src/engine/incentives";
import { SalesPlanError } from "../../src/kernel/errors";
import {
  examplePayouts,
  modelJob,
  parseBasis,
  parseScenarios,
  percentileInc,
  readModelTables,
  type ModelJobResult,
} from "../../src/jobs";
import type { OutputTable } from "../../src/workbook/outputs";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";

/**
 * One curve measure paying the whole target incentive: 50% -> 0, 100% -> 100%, 120% -> 150%;
 * credit stops at 110% attainment; at most 1,800 a month.
 */
const plan: Plan = {
  name: "Cost",
  version: "1",
  currency: "EUR",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  targetIncentive: 12_000,
  measures: [
    {
      name: "Revenue",
      weight: 1,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0.5, payout: 0 },
          { attainment: 1, payout: 1 },
          { attainment: 1.2, payout: 1.5 },
        ],
      },
      attainmentCap: 1.1,
      cap: 1_800,
    },
  ],
};

const MONTHS = ["2026-01", "2026-02", "2026-03"];
const text = (key: string) => ({ key, header: key, kind: "text" as const });
const money = (key: string) => ({ key, header: key, kind: "money" as const });

/** Ana: 100,000 a month and the plan's 12,000 (1,000 a month); Bo: 50,000 and 24,000 (2,000). */
const tables: OutputTable[] = [
  {
    name: "Reps",
    columns: [text("RepID"), text("Name"), text("Region"), money("TargetIncentive"), money("LastYearSales")],
    rows: [
      { RepID: "A", Name: "Ana", Region: "North", LastYearSales: 240_000 },
      { RepID: "B", Name: "Bo", Region: "South", TargetIncentive: 24_000 },
    ],
  },
  {
    name: "SalesTargets",
    columns: [text("RepID"), text("Period"), money("Target")],
    rows: MONTHS.flatMap((Period) => [
      { RepID: "A", Period, Target: 100_000 },
      { RepID: "B", Period, Target: 50_000 },
    ]),
  },
  {
    // Bo's last year, month by month (Ana's comes from LastYearSales, spread like her targets).
    name: "SalesHistory",
    columns: [text("RepID"), text("Period"), money("Amount")],
    rows: [
      { RepID: "B", Period: "2025-01", Amount: 40_000 },
      { RepID: "B", Period: "2025-02", Amount: 50_000 },
      { RepID: "B", Period: "2025-03", Amount: 60_000 },
    ],
  },
];

async function model(
  options: Partial<Parameters<typeof modelJob>[1]> = {},
  language: "en" | "zh" = "en",
): Promise<ModelJobResult> {
  const host = XlsxPackageHost.create();
  await host.writeTables(tables, new Date(Date.UTC(2026, 0, 2)));
  const inputs = await readModelTables((spec) => host.readTable(spec));
  return modelJob(inputs, { plans: [plan], scenarios: [0.8, 1, 1.2], basis: "scaled", language, ...options });
}

const pick = (r: ModelJobResult, keys: string[]) => r.outputs[0].rows.map((row) => keys.map((k) => row[k]));

describe("the model, worked by hand", () => {
  // A month: the curve's ratio at the credited attainment times the rep's monthly incentive, at
  // most 1,800. 80%: ratio 0.6 -> Ana 600, Bo 1,200. 100%: 1 -> Ana 1,000, Bo 2,000 capped 1,800.
  // 120%: credited 110%, ratio 1.25 -> Ana 1,250, Bo 2,500 capped 1,800. Three months each.
  const hand: Record<number, [number, number]> = {
    0.8: [1_800, 3_600],
    1: [3_000, 5_400],
    1.2: [3_750, 5_400],
  };

  it("pays each rep what the engine pays that rep alone, and the hand figure", async () => {
    const r = await model();
    const targets: MeasureAmount[] = MONTHS.flatMap((period) => [
      { repId: "A", period, measure: "Revenue", amount: 100_000 },
      { repId: "B", period, measure: "Revenue", amount: 50_000 },
    ]);
    for (const line of r.lines) {
      const alone = [
        examplePayouts(plan, { id: "A", targetIncentive: null }, targets, line.scenario).paid,
        examplePayouts(plan, { id: "B", targetIncentive: 24_000 }, targets, line.scenario).paid,
      ];
      expect(alone).toEqual(hand[line.scenario]);
      expect(line.payouts).toEqual([...alone].sort((a, b) => a - b));
    }
  });

  it("writes Scenario, Reps, Revenue, Payout, CostOfSales and AboveCap", async () => {
    const r = await model();
    expect(
      pick(r, ["Scenario", "Basis", "Plan", "Version", "Reps", "Revenue", "Payout", "AboveCap"]),
    ).toEqual([
      // Revenue credited: (80,000 + 40,000) x 3.
      [0.8, "scaled", "Cost", "1", 2, 360_000, 5_400, 0],
      // Bo paid the 1,800 cap.
      [1, "scaled", "Cost", "1", 2, 450_000, 8_400, 1],
      // Both credited at the 110% attainment cap; Bo also at the money cap.
      [1.2, "scaled", "Cost", "1", 2, 540_000, 9_150, 2],
    ]);
    expect(pick(r, ["CostOfSales"]).flat()).toEqual([5_400 / 360_000, 8_400 / 450_000, 9_150 / 540_000]);
    expect(r.outputs[0].rows[0]).toMatchObject({
      PayoutP10: 1_980,
      PayoutP50: 2_700,
      PayoutP90: 3_420,
      PayoutMax: 3_600,
    });
    expect(r.action).toBe("model");
    expect(r.year).toBe(2026);
  });

  it("percentiles are PERCENTILE.INC's, to the cent", () => {
    expect(percentileInc([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileInc([10, 20, 40], 0.9)).toBe(36);
    expect(percentileInc([0.01, 0.02], 0.333)).toBe(0.01);
    expect(percentileInc([], 0.5)).toBeNull();
  });

  it("on last year's sales: SalesHistory's months, else LastYearSales spread like the targets", async () => {
    const r = await model({ basis: "lastyear", scenarios: [1] });
    // Ana: 240,000 over three equal targets = 80,000 a month: 600 a month, 1,800.
    // Bo: 80%, 100%, 120% (credited 110%) of 50,000: 1,200 + 1,800 (cap) + 1,800 (cap) = 4,800.
    expect(r.lines[0].payouts).toEqual([1_800, 4_800]);
    expect(pick(r, ["Basis", "Reps", "Revenue", "Payout", "AboveCap"])).toEqual([
      ["last year", 2, 390_000, 6_600, 1],
    ]);
  });

  it("two plans side by side, scenario by scenario", async () => {
    const richer: Plan = { ...plan, version: "2", targetIncentive: 24_000 };
    const r = await model({ plans: [plan, richer], scenarios: [0.8, 1] });
    // Version 2 pays Ana 2,000 a month at 100%, capped at 1,800.
    expect(pick(r, ["Scenario", "Version", "Payout"])).toEqual([
      [0.8, "1", 5_400],
      [0.8, "2", 7_200],
      [1, "1", 8_400],
      [1, "2", 10_800],
    ]);
  });

  it("writes the basis in the run's language", async () => {
    const r = await model({ scenarios: [1] }, "zh");
    expect(r.outputs[0].rows[0].Basis).toBe("按目标");
  });
});

describe("bad input, named", () => {
  const message = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      if (error instanceof SalesPlanError) return [error.format("en"), error.format("zh")];
      throw error;
    }
    throw new Error("no error");
  };

  it.each(["0.8,abc", "0.8,0", "-1", "0.8,,1"])("scenarios %p", (written) => {
    const [en, zh] = message(() => parseScenarios(written));
    expect(en).toMatch(/^Scenario ".*" is not a number above 0/);
    expect(zh).toMatch(/^情景“.*”不是大于 0 的数字/);
  });

  it("no scenario, a basis unknown", () => {
    expect(message(() => parseScenarios(" "))[0]).toMatch(/No scenario to model/);
    expect(message(() => parseBasis("budget"))).toEqual([
      'Basis "budget" is not one of scaled, lastyear',
      "测算基础“budget”无效：只能是 scaled 或 lastyear",
    ]);
  });

  it("no plan", async () => {
    await expect(model({ plans: [] })).rejects.toThrow(/No incentive plan in this workbook/);
  });

  it("no last year's sales for anyone", async () => {
    const host = XlsxPackageHost.create();
    await host.writeTables(
      [tables[0], tables[1]].map((t) =>
        t.name === "Reps" ? { ...t, rows: t.rows.map((r) => ({ ...r, LastYearSales: null })) } : t,
      ),
      new Date(),
    );
    const inputs = await readModelTables((spec) => host.readTable(spec));
    expect(() => modelJob(inputs, { plans: [plan], scenarios: [1], basis: "lastyear" })).toThrow(
      /No rep has last year's sales \(2025\)/,
    );
  });
});
