/**
 * PRODUCT.md "Organisations", several plans: a rep moved from the Field plan to the Inside plan on
 * 16 March is paid March by days on each (actual, target and target incentive prorated), checked
 * against the same rule written as native formulas in HyperFormula; SalesPayouts names each row's
 * plan; without PlanAssignments nothing changes; bad input is named in English and Chinese.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { stopsWith } from "../support/stops";
import { serialOf } from "../../src/kernel/calendar";
import { planFromRows, type Plan } from "../../src/engine/incentives";
import { payoutsJob, type PayoutJobResult } from "../../src/jobs/payouts";
import { planTables, plansFromTables } from "../../src/jobs/plan";
import { defaultTargetOptions, targetsJob, UNASSIGNED, type TargetOptions } from "../../src/jobs/targets";
import type { JobResult } from "../../src/jobs/job";
import { scorecardJob, type ScorecardOptions } from "../../src/jobs/scorecards";
import { inputSpecs } from "../../src/jobs";
import { planAssignmentsSpec } from "../../src/jobs/assignments";
import { planSpec, planTiersSpec } from "../../src/jobs/plan";
import type { ParsedTable } from "../../src/workbook/parse";
import type { OutputRow } from "../../src/workbook/outputs";
import type { RawCell } from "../../src/workbook/types";
import { parsedTable } from "../support/tables";

/** Field: Revenue on a curve (0 -> 0, 100% -> 100%, 200% -> 300%) of 12,000 a year. */
const field: Plan = planFromRows({
  plan: [
    { Parameter: "Name", Item: "", Value: "Field" },
    { Parameter: "Version", Item: "", Value: "1" },
    { Parameter: "TargetIncentive", Item: "", Value: 12000 },
    { Parameter: "Method", Item: "Revenue", Value: "curve" },
    { Parameter: "Weight", Item: "Revenue", Value: 1 },
  ],
  tiers: [
    { Measure: "Revenue", From: 0, Rate: 0 },
    { Measure: "Revenue", From: 1, Rate: 1 },
    { Measure: "Revenue", From: 2, Rate: 3 },
  ],
});

/** Inside: 5% commission on Revenue. */
const inside: Plan = planFromRows({
  plan: [
    { Parameter: "Name", Item: "", Value: "Inside" },
    { Parameter: "Version", Item: "", Value: "1" },
    { Parameter: "Method", Item: "Revenue", Value: "tiers" },
  ],
  tiers: [{ Measure: "Revenue", From: 0, Rate: 0.05 }],
});

const day = (month: number, d: number) => serialOf(2026, month, d);

const reps = (): ParsedTable =>
  parsedTable(inputSpecs.Reps, [
    ["RepID", "Name", "Region", "Manager"],
    ["R1", "Ann Field", "North", "M1"],
    ["R2", "Bo Inside", "South", "M2"],
  ]);

const actuals = (): ParsedTable =>
  parsedTable(inputSpecs.Actuals, [
    ["RepID", "Period", "Measure", "Amount"],
    ["R1", "2026-02", "Revenue", 30000],
    ["R1", "2026-03", "Revenue", 40000],
    ["R1", "2026-04", "Revenue", 20000],
    ["R2", "2026-02", "Revenue", 10000],
    ["R2", "2026-03", "Revenue", 12000],
    ["R2", "2026-04", "Revenue", 14000],
  ]);

const assignmentRows: RawCell[][] = [
  ["RepID", "Plan", "From", "To", "Region", "Manager"],
  ["R1", "Field", null, day(3, 15), null, null],
  ["R1", "Inside", day(3, 16), null, "South", "M2"],
  ["R2", "Inside", null, null, null, null],
];
const assignments = (rows: RawCell[][] = assignmentRows): ParsedTable =>
  parsedTable(planAssignmentsSpec, rows);

function run(
  tables: { planAssignments?: ParsedTable; plans?: readonly Plan[] } = {},
  language: "en" | "zh" = "en",
): PayoutJobResult {
  return payoutsJob(
    { reps: reps(), actuals: actuals(), planAssignments: tables.planAssignments },
    {
      plan: field,
      plans: tables.plans ?? [field, inside],
      measureTargets: { Revenue: 31000 },
      language,
      year: 2026,
    },
  );
}

const payoutRows = (result: PayoutJobResult) => result.outputs[0].rows;
const find = (rows: readonly OutputRow[], rep: string, period: string, plan: string) =>
  rows.find((r) => r.RepID === rep && r.Period === period && r.Plan === plan && r.Measure === "Revenue");

describe("a mid-month transfer between two plans", () => {
  test("March is paid 15/31 on Field and 16/31 on Inside, as the native formulas give", () => {
    const rows = payoutRows(run({ planAssignments: assignments() }));
    // Row 1: March actual, target, days on Field, days on Inside; row 2: Field's share and payout;
    // row 3: Inside's share and payout. The curve is 0 -> 0, 1 -> 1, 2 -> 3 (slope 2 above 100%).
    const hf = HyperFormula.buildFromArray(
      [
        [40000, 31000, 15, 16],
        [
          "=A1*C1/(C1+D1)",
          "=B1*C1/(C1+D1)",
          "=A2/B2",
          "=IF(C2<=1,C2,1+(C2-1)*2)",
          "=ROUND(D2*12000/12*C1/31,2)",
        ],
        ["=A1*D1/(C1+D1)", "=B1*D1/(C1+D1)", "=ROUND(A3*5%,2)"],
      ] as RawCellContent[][],
      // Full doubles, as Excel keeps them (HyperFormula shows 10 significant digits by default).
      { licenseKey: "gpl-v3", smartRounding: false },
    );
    const cell = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col }) as number;
    const onField = find(rows, "R1", "2026-03", "Field")!;
    const onInside = find(rows, "R1", "2026-03", "Inside")!;
    expect(onField.Actual).toBeCloseTo(cell(1, 0), 9);
    expect(onField.Target).toBeCloseTo(cell(1, 1), 9);
    expect(onField.Attainment).toBeCloseTo(cell(1, 2), 12);
    expect(onField.NetPayout).toBe(cell(1, 4));
    expect(onInside.Actual).toBeCloseTo(cell(2, 0), 9);
    expect(onInside.NetPayout).toBe(cell(2, 2));
    // The month's actual is split, not copied: the two parts add up to it.
    expect((onField.Actual as number) + (onInside.Actual as number)).toBeCloseTo(40000, 9);
    expect(onField.NetPayout).toBe(764.83);
    expect(onInside.NetPayout).toBe(1032.26);
  });

  test("the months before and after are paid whole by the plan in force, each row naming it", () => {
    const rows = payoutRows(run({ planAssignments: assignments() }));
    const r1 = rows.filter((r) => r.RepID === "R1" && r.Measure === "Revenue");
    expect(r1.map((r) => `${r.Period} ${r.Plan}`)).toEqual([
      "2026-02 Field",
      "2026-03 Field",
      "2026-03 Inside",
      "2026-04 Inside",
    ]);
    // February on Field: 30,000 of 31,000 on the curve, the whole month's incentive of 1,000.
    expect(find(rows, "R1", "2026-02", "Field")!.NetPayout).toBe(967.74);
    expect(find(rows, "R1", "2026-04", "Inside")!.NetPayout).toBe(1000);
    expect(rows.filter((r) => r.RepID === "R2").every((r) => r.Plan === "Inside")).toBe(true);
    const columns = run({ planAssignments: assignments() }).outputs[0].columns.map((c) => c.key);
    expect(columns.slice(0, 5)).toEqual(["RepID", "Name", "Period", "Plan", "Measure"]);
  });

  test("the split rows say so, in English and Chinese", () => {
    const en = find(payoutRows(run({ planAssignments: assignments() })), "R1", "2026-03", "Field")!;
    expect(en.Explanation).toContain("prorated for the days on Field");
    expect(en.Explanation).toContain(
      "On Field for 15 of the 31 days of 2026-03 counted: actual and target are that share of the month's.",
    );
    const zh = find(payoutRows(run({ planAssignments: assignments() }, "zh")), "R1", "2026-03", "Inside")!;
    expect(zh.Explanation).toContain("2026-03 计入的 31 天中有 16 天属于 Inside");
  });

  test("SalesPlan and SalesPlanTiers hold both plans, and read back as both", () => {
    const result = run({ planAssignments: assignments() });
    const [plan, tiers] = result.outputs.slice(1);
    expect(new Set(plan.rows.map((r) => r.Plan))).toEqual(new Set(["Field", "Inside"]));
    const table = (spec: typeof planSpec, t: typeof plan) =>
      parsedTable(spec, [
        t.columns.map((c) => c.key),
        ...t.rows.map((r) => t.columns.map((c) => (r[c.key] ?? null) as RawCell)),
      ]);
    const back = plansFromTables(table(planSpec, plan), table(planTiersSpec, tiers))!;
    expect(back.map((p) => p.name)).toEqual(["Field", "Inside"]);
    expect(back[0].measures[0].method).toEqual(field.measures[0].method);
    expect(back[1].measures[0].method).toEqual(inside.measures[0].method);
    expect(planTables(field)[0].rows).toEqual(planTables([field])[0].rows);
  });
});

describe("without PlanAssignments", () => {
  test("a run on one plan is what it was: same columns, same rows", () => {
    const before = payoutsJob(
      { reps: reps(), actuals: actuals() },
      { plan: field, measureTargets: { Revenue: 31000 }, year: 2026 },
    );
    const now = run({ plans: [field] });
    expect(now.outputs[0].columns.map((c) => c.key)).not.toContain("Plan");
    expect(now.outputs).toEqual(before.outputs);
  });

  test("several plans and nobody saying who is on which stops the run, naming them", () => {
    const error = stopsWith(() => run());
    expect(error.en).toBe(
      "SalesPlan holds 2 plans (Field, Inside): add a PlanAssignments table (RepID, Plan, From, To) saying who is on which",
    );
    expect(error.zh).toContain("SalesPlan 中有 2 个方案（Field, Inside）");
  });
});

describe("bad assignments are named", () => {
  test("two assignments of a rep on the same day", () => {
    const rows = assignmentRows.map((r) => [...r]);
    rows[2][2] = day(3, 10);
    const error = stopsWith(() => run({ planAssignments: assignments(rows) }));
    expect(error.en).toBe(
      "PlanAssignments rows 2, 3: rep R1 is on Field and on Inside on 2026-03-10; a rep's assignments may not overlap",
    );
    expect(error.zh).toBe(
      "PlanAssignments 第 2, 3 行：销售代表 R1 在 2026-03-10 同时属于 Field 和 Inside；同一销售代表的分配不能重叠",
    );
  });

  test("a plan SalesPlan does not hold", () => {
    const rows = [...assignmentRows, ["R2", "Enterprise", day(6, 1), null, null, null]];
    rows[3] = ["R2", "Inside", null, day(5, 31), null, null];
    const error = stopsWith(() => run({ planAssignments: assignments(rows) }));
    expect(error.en).toBe(
      "PlanAssignments row 5: plan 'Enterprise' of rep R2 is not in SalesPlan (it holds: Field, Inside)",
    );
    expect(error.zh).toContain("PlanAssignments 第 5 行：销售代表 R2 的方案“Enterprise”不在 SalesPlan 中");
  });

  test("a rep Reps does not have", () => {
    const rows = [...assignmentRows, ["R9", "Inside", null, null, null, null]];
    const error = stopsWith(() => run({ planAssignments: assignments(rows) }));
    expect(error.en).toBe("PlanAssignments row 5: rep 'R9' is not in Reps");
    expect(error.zh).toBe("PlanAssignments 第 5 行：销售代表“R9”不在 Reps 表中");
  });

  test("an assignment that ends before it starts", () => {
    const rows = assignmentRows.map((r) => [...r]);
    rows[3] = ["R2", "Inside", day(5, 1), day(4, 30), null, null];
    const error = stopsWith(() => run({ planAssignments: assignments(rows) }));
    expect(error.en).toBe(
      "PlanAssignments row 4: rep R2's assignment ends on 2026-04-30, before it starts on 2026-05-01",
    );
  });

  test("figures in a month no assignment covers", () => {
    const rows = assignmentRows.map((r) => [...r]);
    rows[3] = ["R2", "Inside", day(3, 1), null, null, null];
    const error = stopsWith(() => run({ planAssignments: assignments(rows) }));
    expect(error.en).toBe(
      "Actuals: rep R2 has figures in 2026-02, but no PlanAssignments row covers a day of that month",
    );
    expect(error.zh).toContain("Actuals：销售代表 R2 在 2026-02 有数据");
  });
});

describe("targets follow the region", () => {
  const repsNS = () =>
    parsedTable(inputSpecs.Reps, [
      ["RepID", "Name", "Region"],
      ["R1", "Ann Field", "North"],
      ["R2", "Cy North", "North"],
      ["R3", "Di South", "South"],
    ]);
  const regions = () =>
    parsedTable(inputSpecs.Regions, [
      ["Region", "Target"],
      ["North", 120000],
      ["South", 120000],
    ]);
  const options: TargetOptions = {
    ...defaultTargetOptions,
    source: "regions",
    basis: "equal",
    fiscalYear: 2026,
  };
  const targets = (planAssignments?: ParsedTable) =>
    targetsJob({ reps: repsNS(), regions: regions(), planAssignments }, options);
  const cells = (result: JobResult, rep: string, region: string) =>
    result.outputs[0].rows
      .filter((r) => r.RepID === rep && r.Region === region)
      .map((r) => `${String(r.Period).slice(5)} ${r.Target}`);

  test("a rep moved on 16 March carries North to the 15th and South from the 16th; each region adds up", () => {
    const moved = targets(
      assignments([
        ["RepID", "Plan", "From", "To", "Region"],
        ["R1", "Field", null, day(3, 15), null],
        ["R1", "Inside", day(3, 16), null, "South"],
      ]),
    );
    // Two equal reps share each region's 120,000: 5,000 a month each, March by days (ROUND(5000*15/31)).
    // The months off a region read 0, as a leaver's and a joiner's do.
    const later = ["04", "05", "06", "07", "08", "09", "10", "11", "12"];
    expect(cells(moved, "R1", "North")).toEqual([
      "01 5000",
      "02 5000",
      "03 2419",
      ...later.map((m) => `${m} 0`),
    ]);
    expect(cells(moved, "R1", "South")).toEqual([
      "01 0",
      "02 0",
      "03 2581",
      ...later.map((m) => `${m} 5000`),
    ]);
    // North keeps the rest of R1's share as its unassigned part; South's before the move likewise.
    const unassigned = (region: string) =>
      moved.outputs[0].rows
        .filter((r) => r.Region === region && r.RepID === UNASSIGNED)
        .reduce((s, r) => s + Number(r.Target), 0);
    expect(unassigned("North")).toBe(60000 - 5000 - 5000 - 2419);
    expect(unassigned("South")).toBe(5000 + 5000 + 2419);
    for (const total of moved.totals.filter((t) => t.expected !== undefined))
      expect(total.value).toBe(total.expected);
    expect(moved.inputs.map((t) => t.name)).toContain("PlanAssignments");
  });

  test("without the table, or with plan changes only, the targets are what they were", () => {
    const before = targets();
    const planOnly = targets(
      assignments([
        ["RepID", "Plan", "From", "To"],
        ["R1", "Field", null, day(3, 15)],
        ["R1", "Inside", day(3, 16), null],
      ]),
    );
    expect(planOnly.outputs).toEqual(before.outputs);
  });

  test("a region Regions does not have is named with the row", () => {
    const error = stopsWith(() =>
      targets(
        assignments([
          ["RepID", "Plan", "From", "To", "Region"],
          ["R1", "Inside", day(3, 16), null, "West"],
        ]),
      ),
    );
    expect(error.en).toBe("PlanAssignments row 2: region 'West' of rep R1 is not in Regions (North, South)");
    expect(error.zh).toContain("PlanAssignments 第 2 行：销售代表 R1 的区域“West”不在 Regions 表中");
  });
});

describe("scorecard teams follow the manager in force", () => {
  const repsTeams = () =>
    parsedTable(inputSpecs.Reps, [
      ["RepID", "Name", "Region", "Manager"],
      ["R1", "Ann", "North", "M1"],
      ["R2", "Bo", "North", "M1"],
      ["R3", "Cy", "South", "M2"],
    ]);
  // Visits against a target of 100: R1 90, R2 80, R3 100 every month.
  const activities = () =>
    parsedTable(inputSpecs.Activities, [
      ["RepID", "Period", "Visits"],
      ...["2026-02", "2026-03"].flatMap((period) => [
        ["R1", period, 90],
        ["R2", period, 80],
        ["R3", period, 100],
      ]),
    ]);
  const options: ScorecardOptions = {
    kpis: [{ name: "Visits", kind: "process", direction: "up", weight: 1, cap: null, target: 100 }],
    groupWeights: null,
    cap: 1.2,
    bands: [{ minimum: 0, label: "D" }],
  };
  const rank = (result: JobResult, rep: string, period: string) =>
    result.outputs[0].rows.find((r) => r.RepID === rep && r.Period === period)!.Rank;

  test("a rep moved to M2 on 16 March is ranked in M1's team in February and M2's in March", () => {
    const moved = scorecardJob(
      {
        reps: repsTeams(),
        activities: activities(),
        planAssignments: assignments([
          ["RepID", "Plan", "From", "To", "Manager"],
          ["R1", "Field", null, day(3, 15), null],
          ["R1", "Inside", day(3, 16), null, "M2"],
        ]),
      },
      options,
    );
    // February: R1 (90) first of M1's two; March: behind R3 (100) in M2's, and R2 alone in M1's.
    expect([rank(moved, "R1", "2026-02"), rank(moved, "R2", "2026-02")]).toEqual([1, 2]);
    expect([
      rank(moved, "R1", "2026-03"),
      rank(moved, "R3", "2026-03"),
      rank(moved, "R2", "2026-03"),
    ]).toEqual([2, 1, 1]);
    const before = scorecardJob({ reps: repsTeams(), activities: activities() }, options);
    expect(rank(before, "R1", "2026-03")).toBe(1);
  });
});

describe("team measures follow the manager in force", () => {
  // Field with a 2% override on the team's Revenue; R1 moves from M1's team to M2's on 16 March.
  const withOverride: Plan = planFromRows({
    plan: [
      { Parameter: "Name", Item: "", Value: "Field" },
      { Parameter: "Method", Item: "Revenue", Value: "tiers" },
      { Parameter: "Override", Item: "TeamRevenue", Value: 0.02 },
      { Parameter: "Source", Item: "TeamRevenue", Value: "Revenue" },
    ],
    tiers: [{ Measure: "Revenue", From: 0, Rate: 0.1 }],
  });
  const teamReps = () =>
    parsedTable(inputSpecs.Reps, [
      ["RepID", "Name", "Region", "Manager"],
      ["R1", "Ann", "North", "M1"],
      ["R2", "Bo", "North", "M1"],
      ["M1", "Max", "North", "M0"],
      ["M2", "Mo", "North", "M0"],
      ["M0", "Mia", "North", null],
    ]);
  const march = () =>
    parsedTable(inputSpecs.Actuals, [
      ["RepID", "Period", "Measure", "Amount"],
      ["R1", "2026-03", "Revenue", 31000],
      ["R2", "2026-03", "Revenue", 20000],
      ["M1", "2026-03", "Revenue", 0],
      ["M2", "2026-03", "Revenue", 0],
      ["M0", "2026-03", "Revenue", 0],
    ]);

  test("March's team actuals split R1 by days between M1 and M2; M0 above both gets all of it", () => {
    const result = payoutsJob(
      {
        reps: teamReps(),
        actuals: march(),
        planAssignments: assignments([
          ["RepID", "Plan", "From", "To", "Manager"],
          ["R1", "Field", null, day(3, 15), null],
          ["R1", "Field", day(3, 16), null, "M2"],
        ]),
      },
      { plan: withOverride, measureTargets: { Revenue: 10000, TeamRevenue: 0 }, year: 2026 },
    );
    const team = (rep: string) =>
      payoutRows(result).find((r) => r.RepID === rep && r.Measure === "TeamRevenue")!;
    const hf = HyperFormula.buildFromArray(
      [
        [31000, 20000, 15, 16],
        ["=B1+A1*C1/(C1+D1)", "=A1*D1/(C1+D1)", "=A1+B1"],
        ["=ROUND(A2*2%,2)", "=ROUND(B2*2%,2)", "=ROUND(C2*2%,2)"],
      ] as RawCellContent[][],
      { licenseKey: "gpl-v3", smartRounding: false },
    );
    const cell = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col }) as number;
    ["M1", "M2", "M0"].forEach((manager, i) => {
      expect(team(manager).Actual).toBeCloseTo(cell(1, i), 9);
      expect(team(manager).NetPayout).toBe(cell(2, i));
    });
    expect(team("M2").NetPayout).toBe(320);
  });
});
