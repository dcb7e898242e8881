/**
 * The people job over parsed tables: plan gates and clawbacks read from this run's payouts and
 * Adjustments decide eligibility; unknown reps and mentors and a due date that is not a date are
 * answered by name in en and zh.
 */
import { SalesPlanError } from "../../src/kernel/errors";
import type { Plan } from "../../src/engine/incentives";
import {
  adjustmentsSpec,
  developmentSpec,
  peopleJob,
  reviewNotesSpec,
  type PeopleInputs,
} from "../../src/jobs";
import { activitiesSpec, repsSpec, type InputTableSpec } from "../../src/workbook/inputs";
import { parseTable, type ParsedTable } from "../../src/workbook/parse";
import type { RawCell } from "../../src/workbook/types";

const table = (spec: InputTableSpec, headers: string[], rows: RawCell[][]): ParsedTable =>
  parseTable({ sheet: spec.name, table: undefined, headerRow: 0, firstColumn: 0, headers, rows }, spec);

const reps = (mentor = "R1") =>
  table(
    repsSpec,
    ["RepID", "Name", "Region", "Manager", "HireDate", "Mentor"],
    [
      ["R1", "Ann", "North", "Mia", "2020-01-10", null],
      ["R2", "Bo", "North", "Mia", "2021-05-03", null],
      ["R3", "Cy", "North", "Mia", "2026-02-01", mentor],
    ],
  );

// Revenue is paid; a gate needs 80% of the collection target. Bo scores best but misses the gate.
const plan = {
  name: "P",
  measures: [{ name: "Revenue" }],
  gates: [{ measure: "Collection", minimum: 0.8, on: "attainment" }],
} as unknown as Plan;
const pay = (rep: string, measure: string, actual: number, target: number) => ({
  RepID: rep,
  Period: "2026-03",
  Measure: measure,
  Actual: actual,
  Target: target,
  Attainment: actual / target,
});
const base: PeopleInputs = {
  reps: reps(),
  scorecard: [
    { RepID: "R1", Period: "2026-03", Score: 90 },
    { RepID: "R2", Period: "2026-03", Score: 95 },
    { RepID: "R3", Period: "2026-03", Score: 80 },
  ],
  payouts: [
    pay("R1", "Revenue", 100, 100),
    pay("R1", "Collection", 90, 100),
    pay("R2", "Revenue", 120, 100),
    pay("R2", "Collection", 70, 100),
    pay("R3", "Revenue", 60, 100),
    pay("R3", "Collection", 90, 100),
    { RepID: "R3", Period: "2026-03", Measure: "Adjustments", Payout: 0, Adjustments: -50, NetPayout: -50 },
  ],
};

const message = (run: () => unknown): [string, string] => {
  try {
    run();
  } catch (e) {
    if (e instanceof SalesPlanError) return [e.format("en"), e.format("zh")];
    throw e;
  }
  throw new Error("no error");
};

test("the gate comes from the gate measure's attainment in SalesPayouts; a clawback from Adjustments", () => {
  const adjustments = table(
    adjustmentsSpec,
    ["RepID", "Period", "Kind", "Amount"],
    [["R1", "2026-03", "追回", 300]],
  );
  const result = peopleJob({ ...base, adjustments }, { plan, language: "en" });
  const roll = result.outputs[0].rows.filter((r) => r.Award === "Top score");
  // Default top score: gate met and no open clawback. Bo (gate 70%) and Ann (clawback) are skipped.
  expect(roll.map((r) => [r.Rank, r.RepID, r.Reason])).toEqual([
    [1, "R3", "score 80.0 in 2026-03, rank 1 of 3 scored reps"],
    [null, "R2", "skipped although placed (95.0): the plan gate was not met in 2026-03"],
    [null, "R1", "skipped although placed (90.0): an open clawback in 2026-03"],
  ]);
  // Team health: Revenue attainment 100%, 120%, 60%: two of three at 80%+; Cy mentored.
  expect(result.outputs[1].rows).toEqual([
    {
      Manager: "Mia",
      Period: "2026-03",
      Reps: 3,
      At80Share: 2 / 3,
      OneToOneCoverage: 0,
      DevelopmentOnTime: null,
      MentoringCoverage: 1,
      // No Activities given: no practice to summarise.
      Practice: null,
      Note: "Indicators for the conversation, not a verdict on people",
    },
  ]);
  expect(result.action).toBe("people");
});

test("the team's practice from Activities: each KPI's team median, in words, en and zh", () => {
  const activities = table(
    activitiesSpec,
    ["RepID", "Period", "Visits", "ProposalQuality"],
    [
      ["R1", "2026-03", 20, 3.5],
      ["R2", "2026-03", 31, 4.25],
      ["R3", "2026-03", 24, null],
    ],
  );
  const en = peopleJob({ ...base, activities }, { plan, language: "en" });
  // Visits 20, 24, 31 -> 24; ProposalQuality 3.5 and 4.25 -> 3.875, to two decimals 3.88.
  expect(en.outputs[1].rows[0].Practice).toBe("team medians: Visits 24, ProposalQuality 3.88");
  expect(en.inputs.map((t) => t.name)).toContain("Activities");
  const zh = peopleJob({ ...base, activities }, { plan, language: "zh" });
  expect(zh.outputs[1].rows[0].Practice).toBe("团队中位数：Visits 24，ProposalQuality 3.88");
});

test("an unknown rep in ReviewNotes or Development, and an unknown mentor, are named", () => {
  const notes = table(reviewNotesSpec, ["RepID", "Period"], [["R9", "2026-03"]]);
  expect(message(() => peopleJob({ ...base, reviewNotes: notes }, { plan, language: "en" }))).toEqual([
    "ReviewNotes row 2: rep R9 is not in the Reps table",
    "ReviewNotes 第 2 行：销售代表 R9 不在 Reps 表中",
  ]);
  const items = table(
    developmentSpec,
    ["工号", "截止日期"],
    [
      ["R1", "2026-03-20"],
      ["X1", "2026-03-20"],
    ],
  );
  expect(message(() => peopleJob({ ...base, development: items }, { plan, language: "en" }))[0]).toBe(
    "Development row 3: rep X1 is not in the Reps table",
  );
  expect(message(() => peopleJob({ ...base, reps: reps("R7") }, { plan, language: "en" }))).toEqual([
    "Reps: mentor R7 of rep R3 is not in the Reps table",
    "Reps：销售代表 R3 的导师 R7 不在 Reps 表中",
  ]);
});

test("a due date that is not a date stops the job, naming the cell", () => {
  const items = table(developmentSpec, ["RepID", "Due"], [["R1", "next week"]]);
  const [en, zh] = message(() => peopleJob({ ...base, development: items }, { plan, language: "en" }));
  expect(en).toMatch(/Development.*Due.*next week/);
  expect(zh).toMatch(/Development.*Due.*next week/);
});
