import fc from "fast-check";
import {
  buildReviews,
  buildScorecards,
  scorecardRows,
  type KpiActuals,
  type ScorecardInput,
  type ScorecardRow,
} from "../../../src/engine/scorecards";
import { SalesPlanError } from "../../../src/kernel/errors";
import { february, march, plan, reps, targets } from "./sample-team";

const base: ScorecardInput = { plan, reps, targets, actuals: [...february, ...march] };
const rowOf = (rows: readonly ScorecardRow[], rep: string, period = "2026-03") => {
  const row = rows.find((r) => r.rep === rep && r.period === period);
  if (row === undefined) throw new Error(`no row ${rep} ${period}`);
  return row;
};

function errorOf(run: () => unknown): SalesPlanError {
  try {
    run();
  } catch (e) {
    if (e instanceof SalesPlanError) return e;
    throw e;
  }
  throw new Error("expected a SalesPlanError");
}

describe("scorecards for the sample team (hand-checked)", () => {
  const result = buildScorecards(base);

  test("Alice: over target everywhere, capped at 120%", () => {
    const r1 = rowOf(scorecardRows(result), "R1");
    // Visits 24/20 = 1.2, Calls 1, Quality 5/4 = 1.25 -> 1.2: (2*1.2 + 1 + 1.2) / 4 = 1.15
    // Revenue 1.3 -> 1.2, Collection 1: (3*1.2 + 1) / 4 = 1.15; 0.4*115 + 0.6*115 = 115
    expect(r1.achievements[2]).toBeCloseTo(1.25, 12);
    expect(r1.credits[2]).toBeCloseTo(1.2, 12);
    expect(r1.processScore).toBeCloseTo(115, 10);
    expect(r1.resultScore).toBeCloseTo(115, 10);
    expect(r1.score).toBeCloseTo(115, 10);
    expect(r1.band).toBe("A");
    expect(r1.name).toBe("Alice");
  });

  test("Bob: weak process, results on target", () => {
    const r2 = rowOf(scorecardRows(result), "R2");
    // (2*0.5 + 0.8 + 0.75) / 4 = 0.6375; (3*1 + 0.9) / 4 = 0.975; 0.4*63.75 + 0.6*97.5 = 84
    expect(r2.processScore).toBeCloseTo(63.75, 10);
    expect(r2.resultScore).toBeCloseTo(97.5, 10);
    expect(r2.score).toBeCloseTo(84, 10);
    expect(r2.band).toBe("C");
  });

  test("Chen: collection rate 72% is under the 80% gate, so the score is 0", () => {
    const r3 = rowOf(scorecardRows(result), "R3");
    expect(r3.gatedBy).toBe("CollectionRate");
    expect(r3.processScore).toBeCloseTo(105, 10);
    expect(r3.resultScore).toBeCloseTo(102.5, 10);
    expect(r3.score).toBe(0);
    expect(r3.band).toBe("D");
  });

  test("Dana: the role target for AEs (16 visits) replaces the team's 20", () => {
    const r4 = rowOf(scorecardRows(result), "R4");
    expect(r4.targets[0]).toBe(16);
    expect(r4.achievements[0]).toBe(1);
    // (2 + 0.9 + 1.1) / 4 = 1; (3 + 1.1) / 4 = 1.025; 40 + 61.5 = 101.5
    expect(r4.score).toBeCloseTo(101.5, 10);
  });

  test("ranks in team and region", () => {
    const ranks = ["R1", "R2", "R3", "R4"].map((rep) => {
      const row = rowOf(scorecardRows(result), rep);
      return [row.teamRank, row.regionRank];
    });
    expect(ranks).toEqual([
      [1, 1],
      [3, 2],
      [4, 2],
      [2, 1],
    ]);
    expect(rowOf(scorecardRows(result), "R2", "2026-02").teamRank).toBe(1);
  });

  test("team medians per KPI", () => {
    const m = result.medians.find((x) => x.team === "T1" && x.period === "2026-03");
    expect(m?.values[0]).toBe(18); // visits 10, 16, 20, 24
    const expected = [1, 0.95, 1.05, 1.05, 0.95];
    m?.achievements.forEach((a, k) => expect(a).toBeCloseTo(expected[k], 12));
  });

  test("review: Bob's weakest KPIs, trend against February and coaching lines in en and zh", () => {
    const review = buildReviews(result).find((r) => r.rep === "R2" && r.period === "2026-03");
    // Gaps to the median: Visits -0.5, Quality -0.3, Calls -0.15, Revenue -0.05, Collection -0.05.
    // Five KPIs: two strongest and two weakest, so none is both.
    expect(review?.weakest.map((w) => w.kpi)).toEqual(["Visits", "ProposalQuality"]);
    expect(review?.weakest[0].gap).toBeCloseTo(-0.5, 12);
    expect(review?.strongest.map((s) => s.kpi).sort()).toEqual(["CollectionRate", "Revenue"]);
    expect(review?.trend?.previousPeriod).toBe("2026-02");
    expect(review?.trend?.previousScore).toBeCloseTo(100, 10);
    expect(review?.trend?.change).toBeCloseTo(-16, 10);
    expect(review?.suggestions.map((s) => s.en)).toEqual([
      "Plan two more customer visits a week.",
      "Have the manager review the next two proposals before they go out.",
    ]);
    expect(review?.suggestions[0].zh).toBe("每周多安排两次客户拜访。");
  });

  test("review: three strongest and three weakest of six KPIs, from an edited coaching table", () => {
    const six = ["A", "B", "C", "D", "E", "F"];
    const input: ScorecardInput = {
      plan: { kpis: six.map((name) => ({ name, kind: "process", weight: 1 })) },
      targets: six.map((kpi) => ({ kpi, target: 10 })),
      actuals: [
        { rep: "X", period: "P", values: { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6 } },
        { rep: "Y", period: "P", values: { A: 6, B: 5, C: 4, D: 3, E: 2, F: 1 } },
        { rep: "Z", period: "P", values: { A: 3, B: 3, C: 3, D: 3, E: 3, F: 3 } },
      ],
    };
    const coaching = [{ kpi: "a", en: "More A.", zh: "多做 A。" }];
    const review = buildReviews(buildScorecards(input), { coaching }).find((r) => r.rep === "X");
    // Medians: A 3, B 3, C 3, D 3, E 3, F 3; X's gaps in tenths: -2, -1, 0, 1, 2, 3
    expect(review?.strongest.map((s) => s.kpi)).toEqual(["F", "E", "D"]);
    expect(review?.weakest.map((s) => s.kpi)).toEqual(["A", "B", "C"]);
    expect(review?.suggestions).toEqual([{ kpi: "A", en: "More A.", zh: "多做 A。" }]);
    expect(review?.trend).toBeNull();
  });

  test("headers match case- and space-insensitively", () => {
    const actuals: KpiActuals[] = [
      {
        rep: "R1",
        period: "2026-03",
        values: { visits: 24, CALLS: 50, "Proposal Quality": 5, Revenue: 130000, "collection rate": 0.9 },
      },
    ];
    expect(scorecardRows(buildScorecards({ ...base, actuals }))[0].score).toBeCloseTo(115, 10);
  });
});

describe("missing values", () => {
  const withGap: KpiActuals[] = [
    ...march.slice(0, 3),
    {
      rep: "R4",
      period: "2026-03",
      values: { Visits: 16, Calls: "", ProposalQuality: 4.4, Revenue: 50000, CollectionRate: 0.99 },
    },
  ];

  test("are reported, not counted as zero, by default", () => {
    const result = buildScorecards({ ...base, actuals: withGap });
    const r4 = rowOf(scorecardRows(result), "R4");
    expect(r4.score).toBeNull();
    expect(r4.processScore).toBeNull();
    expect(r4.resultScore).toBeCloseTo(102.5, 10);
    expect(r4.teamRank).toBeNull();
    expect(r4.missing).toEqual(["Calls"]);
    expect(result.issues.map((i) => i.error.message)).toEqual([
      "rep R4, KPI Calls, period 2026-03: no value",
    ]);
    expect(result.issues[0].error.format("zh")).toBe("销售代表 R4、指标 Calls、期间 2026-03：缺少数值");
    // The other reps still rank; the team median of calls leaves R4 out: 0.8, 1, 1.2
    expect(rowOf(scorecardRows(result), "R1").teamRank).toBe(1);
    expect(result.medians[0].achievements[1]).toBeCloseTo(1, 12);
    expect(r4.values[1]).toBeNaN();
  });

  test("count as zero when the caller says so", () => {
    const result = buildScorecards({ ...base, plan: { ...plan, missing: "zero" }, actuals: withGap });
    // (2*1 + 0 + 1.1) / 4 = 0.775; 0.4*77.5 + 0.6*102.5 = 92.5
    expect(rowOf(scorecardRows(result), "R4").score).toBeCloseTo(92.5, 10);
    expect(rowOf(scorecardRows(result), "R4").missing).toEqual(["Calls"]);
  });

  test("drop out and re-weight with 'skip'", () => {
    const result = buildScorecards({ ...base, plan: { ...plan, missing: "skip" }, actuals: withGap });
    // (2*1 + 1.1) / 3 = 1.0333..; 0.4*103.33 + 0.6*102.5 = 102.8333..
    expect(rowOf(scorecardRows(result), "R4").score).toBeCloseTo(41.333333333333 + 61.5, 9);
  });
});

describe("bad input names rep, KPI and period", () => {
  const one = (values: Record<string, unknown>, rep = "R1"): KpiActuals[] => [
    { rep, period: "2026-03", values },
  ];
  const good = march[0].values;

  test.each([
    [
      "text value",
      { ...base, actuals: one({ ...good, Visits: "abc" }) },
      "rep R1, KPI Visits, period 2026-03: expected a number but found 'abc'",
    ],
    [
      "negative value",
      { ...base, actuals: one({ ...good, Calls: -3 }) },
      "rep R1, KPI Calls, period 2026-03: must not be negative, got -3",
    ],
    [
      "unknown KPI",
      { ...base, actuals: one({ ...good, Vists: 3 }) },
      "unknown KPI 'Vists' for rep R1, period 2026-03 (known: Visits, Calls, ProposalQuality, Revenue, CollectionRate)",
    ],
    ["unknown rep", { ...base, actuals: one(good, "R9") }, "rep R9 (period 2026-03) is not in the reps list"],
    [
      "duplicate rep and period",
      { ...base, actuals: [march[0], march[0]] },
      "rep R1 has two rows for period 2026-03",
    ],
    [
      "zero target",
      { ...base, targets: [...targets.slice(1), { kpi: "Visits", target: 0 }] },
      "target for KPI Visits (rep *, role *, period *) must be greater than 0, got 0",
    ],
    [
      "text target",
      { ...base, targets: [...targets, { kpi: "Calls", rep: "R1", period: "2026-03", target: "fifty" }] },
      "target for KPI Calls (rep R1, role *, period 2026-03): expected a number but found 'fifty'",
    ],
    [
      "duplicate target",
      { ...base, targets: [...targets, { kpi: "Calls", target: 40 }] },
      "target for KPI Calls (rep *, role *, period *) is given twice",
    ],
    [
      "missing target",
      { ...base, targets: targets.filter((t) => t.rep !== "R1") },
      "rep R1, KPI Revenue, period 2026-03: no target (none for the rep, its role or everyone)",
    ],
    [
      "unknown KPI in targets",
      { ...base, targets: [...targets, { kpi: "Visit", target: 3 }] },
      "unknown KPI 'Visit' for rep *, period * (known: Visits, Calls, ProposalQuality, Revenue, CollectionRate)",
    ],
  ])("%s", (_, input, message) => {
    expect(errorOf(() => buildScorecards(input as ScorecardInput)).message).toBe(message);
  });

  test("messages come in Chinese too", () => {
    const error = errorOf(() => buildScorecards({ ...base, actuals: one({ ...good, Visits: "abc" }) }));
    expect(error.format("zh")).toBe("销售代表 R1、指标 Visits、期间 2026-03：应为数字，但找到“abc”");
  });

  test("plan errors", () => {
    expect(errorOf(() => buildScorecards({ ...base, plan: { kpis: [] } })).message).toBe(
      "scorecard plan: no KPIs defined",
    );
    expect(
      errorOf(() =>
        buildScorecards({
          ...base,
          plan: { ...plan, kpis: [...plan.kpis, { name: "visits", kind: "process", weight: 1 }] },
        }),
      ).message,
    ).toBe("scorecard plan: KPI 'visits' is defined twice");
    expect(
      errorOf(() => buildScorecards({ ...base, plan: { ...plan, groupWeights: { process: 0, result: 0 } } }))
        .message,
    ).toBe("scorecard plan: group weights must be non-negative and not both 0, got process 0, result 0");
  });
});

describe("directions, floors and plan-level options", () => {
  test("'down' KPIs score target / value; 0 earns the cap", () => {
    const input: ScorecardInput = {
      plan: {
        kpis: [
          { name: "DaysToClose", kind: "process", weight: 1, direction: "down" },
          { name: "Revenue", kind: "result", weight: 1, floor: 0.5 },
        ],
        cap: 1.5,
      },
      targets: [
        { kpi: "DaysToClose", target: 30 },
        { kpi: "Revenue", target: 100 },
      ],
      actuals: [
        { rep: "A", period: "P", values: { DaysToClose: 40, Revenue: 40 } },
        { rep: "B", period: "P", values: { DaysToClose: 0, Revenue: 60 } },
      ],
    };
    const [a, b] = scorecardRows(buildScorecards(input));
    // A: 30/40 = 0.75; revenue 0.4 is under the floor 0.5 -> 0; (0.75 + 0) / 2 = 37.5
    expect(a.achievements).toEqual([0.75, 0.4]);
    expect(a.credits).toEqual([0.75, 0]);
    expect(a.score).toBeCloseTo(37.5, 12);
    // B: 0 days earns the cap 1.5; (1.5 + 0.6) / 2 = 105
    expect(b.score).toBeCloseTo(105, 12);
    expect(b.band).toBe("A");
  });

  test("a 'down' gate zeroes the score when the value is above it", () => {
    const input: ScorecardInput = {
      plan: { kpis: [{ name: "Complaints", kind: "result", weight: 1, direction: "down", gate: 5 }] },
      targets: [{ kpi: "Complaints", target: 2 }],
      actuals: [
        { rep: "A", period: "P", values: { Complaints: 5 } },
        { rep: "B", period: "P", values: { Complaints: 6 } },
      ],
    };
    const [a, b] = scorecardRows(buildScorecards(input));
    expect(a.score).toBeCloseTo(40, 12);
    expect(b.score).toBe(0);
    expect(b.gatedBy).toBe("Complaints");
  });

  test("custom bands and period-specific targets", () => {
    const input: ScorecardInput = {
      plan: {
        kpis: [{ name: "Visits", kind: "process", weight: 1 }],
        bands: [
          { minimum: 0, label: "待提升" },
          { minimum: 90, label: "达标" },
        ],
      },
      targets: [
        { kpi: "Visits", target: 10 },
        { kpi: "Visits", period: "2026-02", target: 8 },
      ],
      actuals: [
        { rep: "A", period: "2026-01", values: { Visits: 9 } },
        { rep: "A", period: "2026-02", values: { Visits: 7 } },
      ],
    };
    const [jan, feb] = scorecardRows(buildScorecards(input));
    expect([jan.band, feb.band]).toEqual(["达标", "待提升"]);
    expect(feb.score).toBeCloseTo(87.5, 12);
  });
});

describe("properties", () => {
  const kpiArb = fc.record({
    weight: fc.integer({ min: 0, max: 5 }),
    direction: fc.constantFrom("up" as const, "down" as const),
    kind: fc.constantFrom("process" as const, "result" as const),
    target: fc.integer({ min: 1, max: 100 }),
  });
  const inputArb = fc
    .record({
      kpis: fc.array(kpiArb, { minLength: 1, maxLength: 6 }),
      cap: fc.constantFrom(1, 1.2, 1.5),
      reps: fc.integer({ min: 1, max: 12 }),
      groups: fc.option(
        fc.record({ process: fc.integer({ min: 1, max: 9 }), result: fc.integer({ min: 1, max: 9 }) }),
      ),
    })
    .filter((x) => x.kpis.some((k) => k.weight > 0))
    .chain((x) =>
      fc
        .array(
          fc.array(fc.integer({ min: 0, max: 200 }), { minLength: x.kpis.length, maxLength: x.kpis.length }),
          {
            minLength: x.reps,
            maxLength: x.reps,
          },
        )
        .map((values): ScorecardInput => {
          const names = x.kpis.map((_, k) => `K${k}`);
          return {
            plan: {
              kpis: x.kpis.map((k, i) => ({
                name: names[i],
                kind: k.kind,
                weight: k.weight,
                direction: k.direction,
              })),
              cap: x.cap,
              ...(x.groups === null ? {} : { groupWeights: x.groups }),
            },
            reps: values.map((_, r) => ({ rep: `R${r}`, region: r % 2 === 0 ? "E" : "W" })),
            targets: x.kpis.map((k, i) => ({ kpi: names[i], target: k.target })),
            actuals: values.map((row, r) => ({
              rep: `R${r}`,
              period: "P",
              values: Object.fromEntries(row.map((v, i) => [names[i], v])),
            })),
          };
        }),
    );

  test("every score lies within 0..100*cap", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cap = input.plan.cap as number;
        for (const row of scorecardRows(buildScorecards(input))) {
          if (row.score === null) continue; // a group whose KPIs all weigh 0
          expect(row.score).toBeGreaterThanOrEqual(0);
          expect(row.score).toBeLessThanOrEqual(100 * cap + 1e-9);
        }
      }),
    );
  });

  test("rank order follows score order, ties share a rank and the next rank skips", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const rows = scorecardRows(buildScorecards(input)).filter((r) => r.score !== null);
        for (const a of rows) {
          const better = rows.filter((b) => (b.score as number) > (a.score as number) + 1e-9).length;
          expect(a.teamRank).toBe(better + 1);
          for (const b of rows) {
            if ((a.score as number) > (b.score as number) + 1e-9)
              expect(a.teamRank as number).toBeLessThan(b.teamRank as number);
          }
        }
      }),
    );
  });
});
