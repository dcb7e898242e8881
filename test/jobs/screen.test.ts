/**
 * The policy for odd input (README "Bad input and odd input"), on parsed tables: what is left out,
 * what is warned about (named by cell), and what stops the run.
 */
import { planYear, repsProblems, screenActuals } from "../../src/jobs";
import { actualsSpec, regionsSpec, repsSpec } from "../../src/workbook/inputs";
import type { ParsedTable } from "../../src/workbook/parse";
import { parsedTable } from "../support/tables";

const reps = parsedTable(repsSpec, [
  ["RepID", "Name", "Region", "HireDate", "EndDate"],
  ["R1", "Ann", "North", 45000, null],
  ["R2", "Bo", "North", 45000, null],
  ["R3", "Cy", "South", 46204, null], // hired 2026-07-01: no actuals expected before
]);

const actuals = (rows: (string | number)[][]): ParsedTable =>
  parsedTable(actualsSpec, [["RepID", "Period", "Measure", "Amount"], ...rows]);

const messages = (table: { warnings: readonly { error: { format(l: "en"): string } }[] }) =>
  table.warnings.map((w) => w.error.format("en"));

test("the plan year is the year most Actuals rows fall in; a stray row never moves it", () => {
  const t = actuals([
    ["R1", "2026-01", "Revenue", 1],
    ["R1", "2026-02", "Revenue", 1],
    ["R1", "2031-01", "Revenue", 1],
  ]);
  expect(planYear(t, 2000)).toBe(2026);
  expect(planYear(undefined, 2000)).toBe(2000);
});

test("rows outside the year and of unused or misspelled measures are left out with a warning naming the cell", () => {
  const t = actuals([
    ["R1", "2026-01", "Revenue", 10],
    ["R2", "2026-01", "Revenu", 20],
    ["R2", "2026-01", "Revenue", 5],
    ["R1", "2019-05", "Revenue", 30],
    ["R1", "2026-02", "Margin", 40],
    ["R2", "2026-02", "NewLogos", 1],
  ]);
  const s = screenActuals({ reps, actuals: t }, { year: 2026, usedMeasures: ["Revenue", "NewLogos"] });
  expect(s.problems).toEqual([]);
  expect(s.actuals.rows.map((r) => r.row)).toEqual([2, 4, 7]);
  expect(messages(s)).toEqual([
    "Actuals!B5 (Period): 2019-05 is outside the plan year 2026; 1 Actuals row(s) left out (sheet rows 5)",
    "Actuals!C3 (Measure): measure 'Revenu' is not one the plan or scorecard uses; did you mean Revenue? 1 row(s) left out (sheet rows 3)",
    "Actuals!C6 (Measure): measure 'Margin' is used by no plan measure, gate, SPIFF or scorecard KPI (used: Revenue, NewLogos); 1 row(s) left out (sheet rows 6)",
  ]);
  // R3 joins after the months with actuals: no warning for them.
  expect(s.reps.rows.map((r) => r.values.RepID)).toEqual(["R1", "R2", "R3"]);
});

test("a rep employed in the months with actuals but with none is warned about and left out", () => {
  const s = screenActuals(
    { reps, actuals: actuals([["R1", "2026-01", "Revenue", 10]]) },
    { year: 2026, usedMeasures: null },
  );
  expect(messages(s)).toEqual([
    "Reps!A3 (RepID): rep R2 has no Actuals rows in 2026 while employed; left out of payouts",
  ]);
  expect(s.reps.rows.map((r) => r.values.RepID)).toEqual(["R1", "R3"]);
});

test("an unknown rep stops the run at its real sheet row", () => {
  const t = actuals([
    ["R1", "2026-01", "Collection", 1],
    ["R999", "2026-01", "Revenue", 1],
  ]);
  const s = screenActuals({ reps, actuals: t }, { year: 2026, usedMeasures: ["Revenue"] });
  expect(s.problems.map((p) => p.error.format("en"))).toEqual([
    "Actuals!A3 (RepID): rep 'R999' is not in Reps",
  ]);
  expect(s.problems[0].error.format("zh")).toBe("Actuals!A3 (RepID)：销售代表“R999”不在 Reps 表中");
});

test("a leaver before their hire date and a region Regions lacks are named with dates as Excel shows them", () => {
  const bad = parsedTable(repsSpec, [
    ["RepID", "Name", "Region", "HireDate", "EndDate"],
    ["R1", "Ann", "North", 46174, 46112],
    ["R2", "Bo", "Atlantis", null, null],
  ]);
  const regions = parsedTable(regionsSpec, [
    ["Region", "Target"],
    ["North", 100],
  ]);
  expect(repsProblems(bad, regions).map((p) => p.error.format("en"))).toEqual([
    "Reps!E2 (EndDate): rep R1 leaves on 2026-03-31, before their hire date 2026-06-01",
    "Reps!C3 (Region): rep R2 is in region 'Atlantis', which Regions does not list (Regions has: North)",
  ]);
});
