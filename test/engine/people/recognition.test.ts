import { SalesPlanError } from "../../../src/kernel/errors";
import {
  defaultAwardRules,
  honourRoll,
  parseAwardRules,
  tenureMonths,
  type AwardRule,
  type AwardRuleRow,
  type HonourRep,
  type RepMonth,
} from "../../../src/engine/people";
import { serialOf } from "../../../src/kernel/calendar";

const reps: HonourRep[] = [
  { rep: "R1", name: "Ann", region: "North", hireDate: serialOf(2020, 1, 10) },
  { rep: "R2", name: "Bo", region: "North", hireDate: serialOf(2021, 5, 3) },
  { rep: "R3", name: "Cy", region: "South", hireDate: serialOf(2026, 1, 15) },
  { rep: "R4", name: "Di", region: "South", hireDate: serialOf(2026, 2, 1) },
  { rep: "R5", name: "Ed", region: "East", hireDate: null },
];

const month = (
  rep: string,
  period: string,
  score: number,
  actual: number,
  extra: Partial<RepMonth> = {},
): RepMonth => ({ rep, period, score, actual, target: 100, gateMet: true, openClawback: false, ...extra });

// Two months of five reps. March: Ed scores highest but misses the plan gate; Ann and Bo tie.
const months: RepMonth[] = [
  month("R1", "2026-02", 90, 100),
  month("R2", "2026-02", 80, 90),
  month("R3", "2026-02", 70, 80),
  month("R4", "2026-02", 60, 50),
  month("R5", "2026-02", 95, 120),
  month("R1", "2026-03", 100, 110),
  month("R2", "2026-03", 100, 100),
  month("R3", "2026-03", 85, 90),
  month("R4", "2026-03", 70, 95),
  month("R5", "2026-03", 110, 130, { gateMet: false }),
];

const rule = (award: string, kind: AwardRule["rule"], extra: Partial<AwardRule> = {}): AwardRule => ({
  award,
  rule: kind,
  count: kind === "club" ? null : 1,
  minimum: null,
  requireGate: false,
  noOpenClawback: false,
  minTenure: 0,
  cash: 0,
  ...extra,
});

const roll = (rules: AwardRule[], data: RepMonth[] = months) => honourRoll({ rules, reps, months: data });
const lines = (rows: ReturnType<typeof roll>, period: string) =>
  rows
    .filter((r) => r.period === period)
    .map((r) => [r.award, r.rank, r.rep, r.value, r.reason.en, r.reason.zh]);

describe("honour roll worked examples", () => {
  test("top score: the ineligible top scorer is skipped with the reason, the tie shares rank 1", () => {
    const rows = roll([rule("Top", "top", { requireGate: true, cash: 500 })]);
    expect(lines(rows, "2026-03")).toEqual([
      [
        "Top",
        1,
        "R1",
        100,
        "score 100.0 in 2026-03, rank 1 (tied) of 5 scored reps; cash award 500.00",
        "2026-03 得分 100.0，5 名有得分的代表中排名第 1（并列）；现金奖励 500.00",
      ],
      [
        "Top",
        1,
        "R2",
        100,
        "score 100.0 in 2026-03, rank 1 (tied) of 5 scored reps; cash award 500.00",
        "2026-03 得分 100.0，5 名有得分的代表中排名第 1（并列）；现金奖励 500.00",
      ],
      [
        "Top",
        null,
        "R5",
        110,
        "skipped although placed (110.0): the plan gate was not met in 2026-03",
        "虽排名在列（110.0）但未入选：2026-03 未达到方案准入门槛",
      ],
    ]);
    expect(rows.filter((r) => r.period === "2026-03").map((r) => r.cash)).toEqual([500, 500, 0]);
    // February: Ed met the gate and wins alone.
    expect(lines(rows, "2026-02").map((l) => [l[1], l[2]])).toEqual([[1, "R5"]]);
  });

  test("competition ranks: after a two-way tie for first the next rank is 3", () => {
    const rows = roll([rule("Top", "top", { count: 3, requireGate: true })]);
    expect(lines(rows, "2026-03").map((l) => [l[1], l[2]])).toEqual([
      [1, "R1"],
      [1, "R2"],
      [3, "R3"],
      [null, "R5"],
    ]);
  });

  test("most improved: the biggest gain over the rep's previous scored month", () => {
    // Gains in March: Ann +10, Bo +20, Cy +15, Di +10, Ed +15.
    const rows = roll([rule("Improved", "improved")]);
    expect(lines(rows, "2026-03")).toEqual([
      [
        "Improved",
        1,
        "R2",
        20,
        "score up 20.0 points, from 80.0 in 2026-02 to 100.0 in 2026-03",
        "得分提高 20.0 分，由 2026-02 的 80.0 升至 2026-03 的 100.0",
      ],
    ]);
    // No earlier month in February: nobody can have improved.
    expect(lines(rows, "2026-02")).toEqual([]);
  });

  test("rookie: the best attainment among reps in their first year", () => {
    // March: Cy (month 3) 90/100, Di (month 2) 95/100; Ann, Bo are veterans, Ed has no hire date.
    const rows = roll([rule("Rookie", "rookie")]);
    expect(lines(rows, "2026-03")).toEqual([
      [
        "Rookie",
        1,
        "R4",
        0.95,
        "month 2 since hire, 95.0% attainment in 2026-03",
        "入职第 2 个月，2026-03 达成率 95.0%",
      ],
    ]);
    expect(lines(rows, "2026-02").map((l) => l[2])).toEqual(["R3"]);
  });

  test("club: year-to-date attainment against the line, and every other rep's distance to it", () => {
    // March year to date: Ann 210/200 = 105%, Bo 190/200 = 95%, Cy 85%, Di 72.5%, Ed 125% (gate missed).
    const rows = roll([rule("Club", "club", { minimum: 1, requireGate: true })]);
    expect(lines(rows, "2026-03")).toEqual([
      [
        "Club",
        null,
        "R2",
        0.95,
        "not yet in the club: 95.0% attainment year to date, 5.0 pts short of the club line of 100.0%",
        "尚未入选俱乐部：年初至今达成率 95.0%，距俱乐部线 100.0% 还差 5.0 个百分点",
      ],
      [
        "Club",
        null,
        "R3",
        0.85,
        "not yet in the club: 85.0% attainment year to date, 15.0 pts short of the club line of 100.0%",
        "尚未入选俱乐部：年初至今达成率 85.0%，距俱乐部线 100.0% 还差 15.0 个百分点",
      ],
      [
        "Club",
        null,
        "R4",
        0.725,
        "not yet in the club: 72.5% attainment year to date, 27.5 pts short of the club line of 100.0%",
        "尚未入选俱乐部：年初至今达成率 72.5%，距俱乐部线 100.0% 还差 27.5 个百分点",
      ],
      [
        "Club",
        1,
        "R1",
        1.05,
        "105.0% attainment year to date, 5.0 pts above the club line of 100.0%",
        "年初至今达成率 105.0%，高于俱乐部线 100.0% 5.0 个百分点",
      ],
      [
        "Club",
        null,
        "R5",
        1.25,
        "skipped although placed (125.0%): the plan gate was not met in 2026-03",
        "虽排名在列（125.0%）但未入选：2026-03 未达到方案准入门槛",
      ],
    ]);
    // The club is a year-to-date standing, judged in the latest month only.
    expect(lines(rows, "2026-02")).toEqual([]);
  });

  test("eligibility: an open clawback and a minimum tenure skip the rep, naming why", () => {
    const data = months.map((m) =>
      m.rep === "R1" && m.period === "2026-03" ? { ...m, openClawback: true } : m,
    );
    const rows = roll([rule("Top", "top", { count: 2, noOpenClawback: true, minTenure: 12 })], data);
    expect(lines(rows, "2026-03").map((l) => [l[1], l[2], l[4]])).toEqual([
      [1, "R5", "score 110.0 in 2026-03, rank 1 of 5 scored reps"],
      [2, "R2", "score 100.0 in 2026-03, rank 2 of 5 scored reps"],
      [null, "R1", "skipped although placed (100.0): an open clawback in 2026-03"],
    ]);
    const tenure = roll([rule("Top", "top", { count: 5, minTenure: 12 })]);
    expect(
      tenure
        .filter((r) => r.period === "2026-03" && r.rank === null)
        .map((r) => [r.rep, r.reason.en, r.reason.zh]),
    ).toEqual([
      [
        "R3",
        "skipped although placed (85.0): 3 months of tenure, under the minimum of 12",
        "虽排名在列（85.0）但未入选：司龄 3 个月，低于最低要求 12 个月",
      ],
      [
        "R4",
        "skipped although placed (70.0): 2 months of tenure, under the minimum of 12",
        "虽排名在列（70.0）但未入选：司龄 2 个月，低于最低要求 12 个月",
      ],
    ]);
  });

  test("a minimum score leaves the roll empty when nobody reaches it", () => {
    expect(roll([rule("Top", "top", { minimum: 120 })])).toEqual([]);
  });

  test("default rules name the awards in the run's language", () => {
    expect(defaultAwardRules("en").map((r) => [r.award, r.rule])).toEqual([
      ["Top score", "top"],
      ["Most improved", "improved"],
      ["Rookie of the period", "rookie"],
      ["President's Club", "club"],
    ]);
    expect(defaultAwardRules("zh").map((r) => r.award)).toEqual([
      "最高得分",
      "进步之星",
      "最佳新人",
      "总裁俱乐部",
    ]);
    const rows = roll(defaultAwardRules("en"));
    expect(
      rows.filter((r) => r.period === "2026-03" && r.rank !== null).map((r) => [r.award, r.rank, r.rep]),
    ).toEqual([
      ["Top score", 1, "R1"],
      ["Top score", 1, "R2"],
      ["Top score", 3, "R3"],
      ["Most improved", 1, "R2"],
      ["Rookie of the period", 1, "R4"],
      ["President's Club", 1, "R1"],
    ]);
  });

  test("tenure counts the hire month as month 1", () => {
    expect(tenureMonths(serialOf(2026, 1, 31), "2026-01")).toBe(1);
    expect(tenureMonths(serialOf(2025, 12, 1), "2026-03")).toBe(4);
    expect(tenureMonths(null, "2026-03")).toBeNull();
  });
});

describe("Recognition rules", () => {
  const row = (extra: Partial<AwardRuleRow>): AwardRuleRow => ({
    row: 2,
    award: "Star",
    rule: "top score",
    count: null,
    minimum: null,
    requireGate: null,
    noOpenClawback: null,
    minTenure: null,
    cash: null,
    ...extra,
  });
  const error = (rows: AwardRuleRow[]): [string, string] => {
    try {
      parseAwardRules(rows);
    } catch (e) {
      if (e instanceof SalesPlanError) return [e.format("en"), e.format("zh")];
      throw e;
    }
    throw new Error("no error");
  };

  test("rules in either language, with defaults", () => {
    expect(
      parseAwardRules([
        row({ rule: "Most  Improved", cash: 200.005 }),
        row({ row: 3, award: "俱乐部奖", rule: "俱乐部", minimum: 1.1, requireGate: true }),
        row({ row: 4, award: "新人奖", rule: "最佳新人", count: 2, minTenure: 1 }),
      ]),
    ).toEqual([
      {
        award: "Star",
        rule: "improved",
        count: 1,
        minimum: null,
        requireGate: false,
        noOpenClawback: false,
        minTenure: 0,
        cash: 200.01,
      },
      {
        award: "俱乐部奖",
        rule: "club",
        count: null,
        minimum: 1.1,
        requireGate: true,
        noOpenClawback: false,
        minTenure: 0,
        cash: 0,
      },
      {
        award: "新人奖",
        rule: "rookie",
        count: 2,
        minimum: null,
        requireGate: false,
        noOpenClawback: false,
        minTenure: 1,
        cash: 0,
      },
    ]);
  });

  test("an award rule it does not know is answered by name", () => {
    expect(error([row({ rule: "best dressed" })])).toEqual([
      "Recognition row 2, award 'Star': unknown rule 'best dressed' (expected top score, most improved, rookie or club)",
      "Recognition 第 2 行，奖项“Star”：未知规则“best dressed”（应为 最高得分、进步最大、最佳新人 或 俱乐部）",
    ]);
  });

  test.each([0, 1.5, -2])("Count %p is not a positive whole number", (count) => {
    expect(error([row({ count })])).toEqual([
      `Recognition row 2, award 'Star': Count must be a positive whole number, got ${count}`,
      `Recognition 第 2 行，奖项“Star”：Count（人数）必须是正整数，实际为 ${count}`,
    ]);
  });

  test("blank and repeated awards, negative cash", () => {
    expect(error([row({ award: " " })])[0]).toBe("Recognition row 2: the Award name is blank");
    expect(error([row({}), row({ row: 3, award: "star" })])[0]).toBe(
      "Recognition row 3: award 'star' is defined twice",
    );
    expect(error([row({ cash: -5 })])).toEqual([
      "Recognition row 2, award 'Star': Cash must not be negative, got -5",
      "Recognition 第 2 行，奖项“Star”：Cash 不能为负数，实际为 -5",
    ]);
  });
});
