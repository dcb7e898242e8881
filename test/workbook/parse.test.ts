import { matchHeaders, normaliseHeader } from "../../src/workbook/headers";
import { activitiesSpec, actualsSpec, repsSpec } from "../../src/workbook/inputs";
import { parseTable } from "../../src/workbook/parse";
import type { RawCell, RawTable } from "../../src/workbook/types";

const table = (headers: RawCell[], rows: RawCell[][], extra: Partial<RawTable> = {}): RawTable => ({
  sheet: "Reps",
  table: "Reps",
  headerRow: 0,
  firstColumn: 0,
  headers,
  rows,
  ...extra,
});

describe("header matching", () => {
  it("ignores case, spaces, underscores and full width", () => {
    expect(normaliseHeader(" Rep ID ")).toBe("repid");
    expect(normaliseHeader("Rep_ID")).toBe("repid");
    expect(normaliseHeader("ＲｅｐＩＤ")).toBe("repid");
  });
  it("matches Chinese headers", () => {
    const { columns, problems } = matchHeaders(table(["工号", "姓名", "大区", "入职日期"], []), repsSpec);
    expect(problems).toEqual([]);
    expect(columns.map((c) => [c.key, c.index])).toEqual([
      ["RepID", 0],
      ["Name", 1],
      ["Region", 2],
      ["HireDate", 3],
    ]);
  });
  it("says what is missing, with the headers it accepts and the ones present", () => {
    const { problems } = matchHeaders(table(["RepID", "Name"], []), repsSpec);
    expect(problems.map((p) => p.error.message)).toEqual([
      "Reps: column 'Region' not found (accepted headers: Region, 区域, 大区; headers present: RepID, Name)",
    ]);
    expect(problems[0].error.format("zh")).toContain("找不到列“Region”");
  });
  it("reports two headers matching one column as ambiguous, with their cells", () => {
    const { problems } = matchHeaders(
      table(["RepID", "Name", "区域", "大区"], [], { headerRow: 2, firstColumn: 1 }),
      repsSpec,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].error.message).toBe(
      "Reps: column 'Region' is ambiguous: headers '区域' (D3), '大区' (E3) all match; map one explicitly",
    );
  });
  it("takes an explicit mapping by header or position, and reports a bad one", () => {
    const raw = table(["ID", "Who", "区域", "大区"], []);
    const { columns, problems } = matchHeaders(raw, repsSpec, { RepID: "id", Name: 1, Region: "大区" });
    expect(problems).toEqual([]);
    expect(columns.map((c) => `${c.key}:${c.header}`)).toEqual(["RepID:ID", "Name:Who", "Region:大区"]);
    const bad = matchHeaders(raw, repsSpec, { RepID: "Nope", Name: 1, Region: 2, Colour: "x" });
    expect(bad.problems.map((p) => p.error.message)).toEqual([
      "Reps: the mapping names unknown column 'Colour' (known: RepID, Name, Region, Manager, HireDate, EndDate, Role, DrawBalance, TargetIncentive, LastYearSales, Potential, Mentor)",
      "Reps: the mapping for 'RepID' names header 'Nope', which is not in the table",
    ]);
  });
  it("turns other Activities headers into KPI columns, known ones under their English key", () => {
    const raw = table(["RepID", "期间", "拜访量", "回款率", "Demos", ""], [], {
      sheet: "Activities",
      table: "Activities",
    });
    const { columns, problems } = matchHeaders(raw, activitiesSpec);
    expect(problems).toEqual([]);
    expect(columns.map((c) => c.key)).toEqual(["RepID", "Period", "Visits", "CollectionRate", "Demos"]);
  });
  it("reports a KPI given twice", () => {
    const raw = table(["RepID", "Period", "Visits", "拜访量"], [], {
      sheet: "Activities",
      table: "Activities",
    });
    expect(matchHeaders(raw, activitiesSpec).problems[0].error.message).toBe(
      "Activities: header 'Visits' appears more than once (C1, D1)",
    );
  });
});

describe("parseTable", () => {
  const headers = ["RepID", "Name", "Region", "HireDate", "TargetIncentive"];
  it("reads every kind of value Excel gives", () => {
    const parsed = parseTable(
      table(headers, [
        [1001, "Li Lei", "East", 46082, 5000],
        ["R2", " Han Mei ", "West", "2026/3/1", "1200.5"],
        ["R3", "Wang", "North", "2026年3月2日", null],
        [null, "", null, null, null],
      ]),
      repsSpec,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rowCount).toBe(3);
    expect(parsed.rows.map((r) => r.values)).toEqual([
      { RepID: "1001", Name: "Li Lei", Region: "East", HireDate: 46082, TargetIncentive: 5000 },
      { RepID: "R2", Name: "Han Mei", Region: "West", HireDate: 46082, TargetIncentive: 1200.5 },
      { RepID: "R3", Name: "Wang", Region: "North", HireDate: 46083, TargetIncentive: null },
    ]);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });
  it("reports every bad cell with sheet, row and column, and keeps the bad rows out", () => {
    const parsed = parseTable(
      table(
        headers,
        [
          ["R1", "A", "East", { error: "#N/A" }, 10],
          ["R2", "B", "East", "3/1/2026", "1,200"],
          ["R3", true, "", 46082, -5],
          ["R4", "D", "East", 46082, "=A1"],
          ["R1", "E", "East", 46082, 1],
        ],
        { headerRow: 4, firstColumn: 2 },
      ),
      repsSpec,
    );
    expect(parsed.rows.map((r) => r.values.RepID)).toEqual(["R1"]);
    expect(parsed.problems.map((p) => `${p.cell} ${p.row}/${p.column} ${p.error.message}`)).toEqual([
      "F6 6/6 Reps!F6 (HireDate): Excel error #N/A",
      "F7 7/6 Reps!F7 (HireDate): '3/1/2026' is not a date (use a date cell, 2026-03-01, 2026/3/1 or 2026年3月1日)",
      "G7 7/7 Reps!G7 (TargetIncentive): expected a number but found text '1,200'",
      "D8 8/4 Reps!D8 (Name): expected text but found TRUE",
      "E8 8/5 Reps!E8 (Region): a value is required",
      "G8 8/7 Reps!G8 (TargetIncentive): must not be negative, got -5",
      "G9 9/7 Reps!G9 (TargetIncentive): text '=A1' looks like a formula",
    ]);
    expect(parsed.problems[0].error.format("zh")).toBe("Reps!F6 (HireDate)：包含 Excel 错误 #N/A");
  });
  it("reports duplicate keys with both rows", () => {
    const parsed = parseTable(
      table(headers, [
        ["R1", "A", "E", null, null],
        ["r1", "B", "E", null, null],
      ]),
      repsSpec,
    );
    expect(parsed.problems.map((p) => p.error.message)).toEqual([
      "Reps: RepID 'R1' appears more than once (rows 2, 3)",
    ]);
  });
  it("reads months as dates, serials or text into 2026-03", () => {
    const parsed = parseTable(
      table(
        ["RepID", "Period", "Measure", "Amount"],
        [
          ["R1", 46082, "Revenue", 1],
          ["R1", 46096, "Revenue", 2],
          ["R1", "2026-03", "Revenue", 3],
          ["R1", "2026年3月", "Revenue", 4],
          ["R1", "2026/3/1", "Revenue", 5],
          ["R1", "Mar-26", "Revenue", 6],
        ],
        { sheet: "Actuals", table: "Actuals" },
      ),
      actualsSpec,
    );
    expect(parsed.rows.map((r) => r.values.Period)).toEqual([
      "2026-03",
      "2026-03",
      "2026-03",
      "2026-03",
      "2026-03",
    ]);
    expect(parsed.problems.map((p) => p.cell)).toEqual(["B7"]);
  });
  it("reads percentages in ratio columns", () => {
    const parsed = parseTable(
      table(
        ["RepID", "Period", "回款率"],
        [
          ["R1", "2026-03", "95%"],
          ["R2", "2026-03", 0.9],
        ],
        { sheet: "Activities" },
      ),
      activitiesSpec,
    );
    expect(parsed.rows.map((r) => r.values.CollectionRate)).toEqual([0.95, 0.9]);
  });
});
