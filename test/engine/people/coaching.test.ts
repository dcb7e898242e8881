import {
  coachingLibrary,
  defaultCoachingRows,
  developmentOutcome,
  proposeDevelopment,
} from "../../../src/engine/people";
import { SalesPlanError } from "../../../src/kernel/errors";
import { DEFAULT_COACHING, type KpiComparison } from "../../../src/engine/scorecards";
import { serialOf } from "../../../src/kernel/calendar";

const KPIS = ["Visits", "Calls", "ProposalQuality", "Revenue"];
const row = (row: number, kpi: string, language: string, suggestion: string) => ({
  row,
  kpi,
  language,
  suggestion,
});

/** The message a call fails with, in both languages. */
function failure(run: () => unknown): { en: string; zh: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof SalesPlanError) return { en: error.format("en"), zh: error.format("zh") };
    throw error;
  }
  throw new Error("did not fail");
}

describe("CoachingLibrary", () => {
  test("rows become one tip per KPI with its en and zh suggestion; KPI names match like headers", () => {
    const tips = coachingLibrary(
      [
        row(2, "visits", "en", "Ride along twice a month."),
        row(3, "Visits", "zh-CN", "每月两次陪访。"),
        row(4, "Calls", "English", "Call before ten."),
        // One language only: the other says the same.
        row(5, "Proposal Quality", "中文", "方案先给经理看。"),
        // Two rows of one KPI and language read together.
        row(6, "Calls", "", "Log every call."),
      ],
      KPIS,
    );
    expect(tips).toEqual([
      { kpi: "Visits", en: "Ride along twice a month.", zh: "每月两次陪访。" },
      { kpi: "Calls", en: "Call before ten. Log every call.", zh: "Call before ten. Log every call." },
      { kpi: "ProposalQuality", en: "方案先给经理看。", zh: "方案先给经理看。" },
    ]);
  });

  test("an unknown KPI, a language other than en or zh, a blank suggestion: answered by row, en and zh", () => {
    expect(
      failure(() => coachingLibrary([row(2, "Visits", "en", "x"), row(3, "Lunches", "en", "y")], KPIS)),
    ).toEqual({
      en: "CoachingLibrary row 3: KPI 'Lunches' is neither a scorecard KPI nor an Activities column (Visits, Calls, ProposalQuality, Revenue)",
      zh: "CoachingLibrary 第 3 行：指标“Lunches”既不是评分卡指标，也不是 Activities 的列（Visits, Calls, ProposalQuality, Revenue）",
    });
    expect(failure(() => coachingLibrary([row(7, "Calls", "fr", "Appelez")], KPIS))).toEqual({
      en: "CoachingLibrary row 7, KPI 'Calls': Language 'fr' is neither en nor zh",
      zh: "CoachingLibrary 第 7 行，指标“Calls”：语言“fr”既不是 en 也不是 zh",
    });
    expect(failure(() => coachingLibrary([row(4, "Revenue", "zh", "  ")], KPIS)).en).toBe(
      "CoachingLibrary row 4, KPI 'Revenue': the Suggestion is blank",
    );
  });

  test("the built-in suggestions as rows read back as the built-in table", () => {
    const rows = defaultCoachingRows();
    expect(rows).toHaveLength(DEFAULT_COACHING.length * 2);
    const kpis = DEFAULT_COACHING.map((t) => t.kpi);
    const back = coachingLibrary(
      rows.map((r, i) => row(i + 2, r.KPI, r.Language, r.Suggestion)),
      kpis,
    );
    expect(back).toEqual(DEFAULT_COACHING);
  });
});

describe("development proposed for the KPIs below the team median", () => {
  const weak = (kpi: string, achievement: number, teamMedian: number): KpiComparison => ({
    kpi,
    kind: "process",
    value: achievement * 10,
    achievement,
    teamMedian,
    gap: achievement - teamMedian,
  });
  const weakest = [weak("Visits", 0.6, 1.05), weak("Lunches", 0.7, 0.9), weak("Revenue", 1.12, 1.25)];

  test("one proposal per weak KPI the library covers, weakest first, in the rep's language", () => {
    const library = [{ kpi: "Revenue", en: "Push the three largest deals.", zh: "推动三个最大商机。" }];
    expect(proposeDevelopment(weakest, library, "zh")).toEqual([
      { kpi: "Revenue", suggestion: "推动三个最大商机。", achievement: 1.12, teamMedian: 1.25 },
    ]);
  });

  test("without a CoachingLibrary the built-in suggestions stand in", () => {
    expect(proposeDevelopment(weakest, null, "en").map((p) => [p.kpi, p.suggestion])).toEqual([
      ["Visits", "Plan two more customer visits a week."],
      ["Revenue", "Review the pipeline weekly and push the three largest deals to a next step."],
    ]);
  });
});

describe("a completed item's KPI before and after", () => {
  const values = [
    { period: "2026-01", value: 18 },
    { period: "2026-02", value: 21 },
    { period: "2026-03", value: 26 },
    { period: "2026-04", value: 30 },
  ];

  test("before: the last month before the due month; after: the latest month from it up to the review", () => {
    // Due 20 February, reviewed in March: before is January's 18, after is March's 26 (April is later).
    expect(developmentOutcome(serialOf(2026, 2, 20), values, "2026-03")).toEqual({
      before: { period: "2026-01", value: 18 },
      after: { period: "2026-03", value: 26 },
    });
  });

  test("an item due in the review's month shows that month as after; one due before any value has no before", () => {
    expect(developmentOutcome(serialOf(2026, 3, 31), values, "2026-03").after).toEqual({
      period: "2026-03",
      value: 26,
    });
    expect(developmentOutcome(serialOf(2025, 12, 1), values, "2026-02")).toEqual({
      before: null,
      after: { period: "2026-02", value: 21 },
    });
    expect(developmentOutcome(serialOf(2026, 5, 1), values, "2026-04").after).toBeNull();
  });
});
