/**
 * Plan letters: the example payouts at 80%, 100% and 120% of target worked by hand for a small plan
 * (a commission rate table, a curve with a threshold, a plan cap), a joiner's prorated examples,
 * the rules in words in English and Chinese, and the letter's rows built from a workbook.
 */
import type { MeasureAmount, Plan } from "../../src/engine/incentives";
import { serialOf as dateSerial } from "../../src/kernel/calendar";
import { demoPlan } from "../../src/cli/demo/plans";
import { buildLetters, examplePayouts, planTables } from "../../src/jobs";
import { planRules } from "../../src/jobs/letterRules";
import type { OutputTable } from "../../src/workbook/outputs";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";

const plan: Plan = {
  name: "Worked",
  version: "2",
  currency: "EUR",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  targetIncentive: 12_000,
  measures: [
    {
      name: "Revenue",
      method: {
        kind: "tiers",
        mode: "marginal",
        basis: "amount",
        tiers: [
          { from: 0, rate: 0.05 },
          { from: 100_000, rate: 0.08 },
        ],
      },
    },
    // The demo's: a curve 80% -> 50%, 100% -> 100%, 120% -> 150%; nothing under 80%; at most
    // 4,000 a month (never reached here).
    demoPlan.measures[1],
  ],
  cap: 6_000,
};

const MONTHS = ["2026-01", "2026-02", "2026-03"];
const targets: MeasureAmount[] = MONTHS.flatMap((period) =>
  ["Revenue", "Collection"].map((measure) => ({ repId: "R1", period, measure, amount: 100_000 })),
);

describe("example payouts, worked by hand", () => {
  // A month: Revenue 5% of the first 100,000 and 8% above; Collection's 1,000 (12,000 / 12) times
  // the curve; the plan pays at most 6,000 a month.
  it.each([
    // 80%: 80,000 x 5% = 4,000; curve 50% = 500; 4,500 a month.
    [0.8, 12_000, 1_500, 0, 13_500],
    // 100%: 5,000 + 1,000 = 6,000 a month.
    [1, 15_000, 3_000, 0, 18_000],
    // 120%: 5,000 + 20,000 x 8% = 6,600; curve 150% = 1,500; 8,100 capped at 6,000 (-2,100 a month).
    [1.2, 19_800, 4_500, -6_300, 18_000],
  ])("at %p of target: Revenue %p, Collection %p, cap %p, paid %p", (a, revenue, collection, adj, paid) => {
    const e = examplePayouts(plan, { id: "R1", name: "Ana" }, targets, a);
    expect(e.measures).toEqual([
      { measure: "Revenue", amount: revenue },
      { measure: "Collection", amount: collection },
    ]);
    expect(e.adjustments).toBe(adj);
    expect(e.paid).toBe(paid);
    expect(e.drawOwed).toBe(0);
  });

  it("a rep who joins on 15 February: no January, half of February's target incentive", () => {
    const e = examplePayouts(plan, { id: "R1", hireDate: dateSerial(2026, 2, 15) }, targets, 1);
    // Collection: January nothing, February 1,000 x 14/28 days, March 1,000.
    expect(e.measures[1]).toEqual({ measure: "Collection", amount: 1_500 });
    expect(e.paid).toBeLessThan(18_000);
  });

  it("a draw tops the year up where earnings fall short, and is owed at year end", () => {
    const draw: Plan = { ...plan, draw: { amount: 5_000, recoverable: true } };
    // 80%: 4,500 a month earned, 5,000 paid: 500 a month owed.
    const e = examplePayouts(draw, { id: "R1" }, targets, 0.8);
    expect(e.paid).toBe(15_000);
    expect(e.adjustments).toBe(1_500);
    expect(e.drawOwed).toBe(1_500);
  });
});

describe("the rules in words", () => {
  it("says each measure, threshold, cap, gate, SPIFF and draw in English", () => {
    const full: Plan = {
      ...plan,
      trueUp: true,
      gates: [{ measure: "CollectionRate", minimum: 0.9, on: "actual" }],
      spiffs: [{ name: "New logo", measure: "NewLogos", amount: 500 }],
      draw: { amount: 1_000, recoverable: false },
    };
    expect(planRules(full, "en")).toEqual([
      "Paid monthly in EUR.",
      "Each period pays what you earned in the year to date less what was paid before (true-up); if that is negative, nothing is paid and the difference is taken from later payouts.",
      "Revenue: commission on the amount credited, each rate on the part within its band, by rate table (from 0: 5%; from 100,000: 8%).",
      "Collection (100% of your target incentive): paid on a curve by attainment (80% pays 50%; 100% pays 100%; 120% pays 150%), on a straight line between the points and along the last slope beyond them.",
      "Collection pays nothing below 80% attainment.",
      "Collection pays at most 4,000 per period.",
      "No incentive at all in a period unless CollectionRate reaches 0.9.",
      "The whole plan pays at most 6,000 per period.",
      "SPIFF New logo: 500 for each unit of NewLogos.",
      "Draw: when your earnings in a period fall short of 1,000, the plan pays 1,000; the difference is not recovered.",
      "If you join or leave during a period, your target incentive and draw for it are prorated by the days employed.",
    ]);
  });

  it("and in Chinese, with the same figures", () => {
    const zh = planRules({ ...plan, gates: [{ measure: "Revenue", minimum: 0.6, on: "attainment" }] }, "zh");
    expect(zh).toEqual([
      "按月以 EUR 发放。",
      "Revenue：按计入金额提成，各档费率只适用于该档区间内的部分，费率表（0 起：5%；100,000 起：8%）。",
      "Collection（占目标奖金的 100%）：按达成率的奖金曲线发放（80% 发放 50%；100% 发放 100%；120% 发放 150%），点之间按直线计算，超出最后一点按最后一段斜率计算。",
      "Collection 达成率低于 80% 时不发放。",
      "Collection 每期最多发放 4,000。",
      "除非 Revenue 达到目标的 60%，否则当期不发放任何奖金。",
      "整个方案每期最多发放 6,000。",
      "如在期间内入职或离职，该期的目标奖金和预支按在职天数折算。",
    ]);
  });

  it("says a team measure is judged on everyone reporting to the rep, in both languages", () => {
    const managers: Plan = {
      ...plan,
      measures: [
        {
          name: "TeamOverride",
          on: "team",
          source: "Revenue",
          method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.001 }] },
        },
      ],
    };
    expect(planRules(managers, "en").slice(1, 3)).toEqual([
      "TeamOverride: commission on the amount credited, each rate on the part within its band, by rate table (from 0: 0.1%).",
      "TeamOverride is judged on your team's Revenue: the credited actuals and targets of everyone reporting to you, directly or through others (not your own).",
    ]);
    expect(planRules(managers, "zh")[2]).toBe(
      "TeamOverride 按团队的 Revenue 计算：所有直接或间接向您汇报的人员的计入实际值与目标（不含您本人）。",
    );
  });
});

describe("buildLetters", () => {
  const text = (key: string) => ({ key, header: key, kind: "text" as const });
  const tables: OutputTable[] = [
    {
      name: "Reps",
      columns: [
        ...[text("RepID"), text("Name"), text("Region"), text("Language")],
        { key: "EndDate", header: "EndDate", kind: "date" },
      ],
      rows: [
        { RepID: "R1", Name: "Ana", Region: "North", Language: "" },
        { RepID: "R2", Name: "李雷", Region: "South", Language: "zh-CN" },
        // Left before the plan year: no letter.
        { RepID: "R3", Name: "Old", Region: "South", Language: "", EndDate: dateSerial(2025, 12, 31) },
      ],
    },
    {
      name: "SalesTargets",
      columns: [text("RepID"), text("Period"), { key: "Target", header: "Target", kind: "money" }],
      rows: MONTHS.flatMap((Period) => [
        { RepID: "R1", Period, Target: 100_000 },
        { RepID: "R2", Period, Target: 50_000 },
      ]),
    },
    ...planTables(plan),
  ];

  it("one letter per rep still there in the plan year: their targets, the hand-worked examples, the rep's language", async () => {
    const host = XlsxPackageHost.create();
    await host.writeTables(tables, new Date(Date.UTC(2026, 0, 2)));
    const letters = await buildLetters(host, { lang: "en", now: new Date(Date.UTC(2026, 0, 2)) });
    expect(letters.map((l) => [l.repId, l.language, l.sheet, l.plan, l.year])).toEqual([
      ["R1", "en", "Plan letter", "Worked 2", 2026],
      ["R2", "zh", "奖金方案确认书", "Worked 2", 2026],
    ]);
    const [ana] = letters;
    expect(ana.examples.map((e) => e.paid)).toEqual([13_500, 18_000, 18_000]);
    const rows = ana.rows.map((r) => r.cells);
    expect(rows).toContainEqual(["2026-02", 100_000, 100_000]);
    expect(rows).toContainEqual(["Total", 300_000, 300_000]);
    expect(rows).toContainEqual(["Total paid", 13_500, 18_000, 18_000]);
    expect(rows).toContainEqual(["Your annual target incentive", 12_000]);
    // R2's figures are nowhere in R1's letter.
    expect(JSON.stringify(rows)).not.toMatch(/李雷|R2|50000/);
  });
});
