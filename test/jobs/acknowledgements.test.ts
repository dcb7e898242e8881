/**
 * The optional Acknowledgements table in the workbook check: reps with no row for the current plan
 * version are listed by name; a rep not in Reps and a date that is not a date are named by table,
 * sheet row and value, in English and Chinese; none of it is an error (a close is not stopped).
 */
import { demoPlan } from "../../src/cli/demo/plans";
import { insidePlan, planAssignmentsTable } from "../../src/cli/demo/assignments";
import { serialOf } from "../../src/kernel/calendar";
import { acknowledgementMessages, checkWorkbook, planTables, sameVersion } from "../../src/jobs";
import type { OutputTable } from "../../src/workbook/outputs";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";

const NOW = new Date(Date.UTC(2026, 0, 5, 9, 0));
const text = (key: string) => ({ key, header: key, kind: "text" as const });

const reps: OutputTable = {
  name: "Reps",
  columns: [text("RepID"), text("Name"), text("Region")],
  rows: [
    { RepID: "R01", Name: "Ana Lee", Region: "North" },
    { RepID: "R02", Name: "王芳", Region: "North" },
    { RepID: "R03", Name: "Bo Chen", Region: "South" },
    { RepID: "R04", Name: "Dee Park", Region: "South" },
  ],
};

function acknowledgements(rows: Record<string, string | number | Date>[]): OutputTable {
  return {
    name: "Acknowledgements",
    columns: [
      text("RepID"),
      text("Plan"),
      { key: "Version", header: "Version", kind: "number" },
      text("Date"),
    ],
    rows,
  };
}

const PLAN = "FY2026 Field Sales";
/** One Acknowledgements row: a rep, the date as typed, the version (default 1) and plan name. */
const ack = (RepID: string, Date: string, Version = 1, Plan = PLAN) => ({ RepID, Plan, Version, Date });

async function checks(tables: OutputTable[]) {
  const host = XlsxPackageHost.create();
  await host.writeTables([reps, ...planTables(demoPlan), ...tables], NOW);
  const { checks } = await checkWorkbook(host);
  return checks.filter(
    (c) => c.error.template.en.includes("cknowledg") || c.error.params.table === "Acknowledgements",
  );
}

test("lists by name the reps with no row for the plan's current version; older versions do not count", async () => {
  const found = await checks([
    acknowledgements([
      // Excel turns a typed 1.0 into the number 1: still version "1.0".
      ack("R01", "2026-01-03"),
      ack("R03", "2026/1/4", 1, ""),
      ack("R02", "2025-12-01", 0.9),
    ]),
  ]);
  expect(found.map((c) => [c.severity, c.error.format("en")])).toEqual([
    [
      "warning",
      "2 rep(s) have not acknowledged plan FY2026 Field Sales version 1.0 (no Acknowledgements row): 王芳 (R02), Dee Park (R04)",
    ],
  ]);
  expect(found[0].error.format("zh")).toBe(
    "2 名销售代表尚未确认方案 FY2026 Field Sales 版本 1.0（Acknowledgements 表中没有对应行）：王芳（R02），Dee Park（R04）",
  );
});

test("a rep not in Reps and a date that is not a date are named by table, sheet row and value", async () => {
  const found = await checks([
    acknowledgements([
      ack("R01", "yesterday"),
      ack("R09", "2026-01-03"),
      ack("R02", "2026-01-03"),
      ack("R03", "2026-01-03"),
      ack("R04", "2026-01-03"),
    ]),
  ]);
  expect(found.every((c) => c.severity === "warning")).toBe(true);
  expect(found.map((c) => c.error.format("en"))).toEqual([
    "Acknowledgements (sheet Acknowledgements, row 2): Acknowledgements!D2 (Date): 'yesterday' is not a date (use a date cell, 2026-03-01, 2026/3/1 or 2026年3月1日); the row is not counted",
    "Acknowledgements (sheet Acknowledgements, row 3): RepID 'R09' is not in Reps; the row is not counted",
    // R01's only row was not a date: not acknowledged.
    "1 rep(s) have not acknowledged plan FY2026 Field Sales version 1.0 (no Acknowledgements row): Ana Lee (R01)",
  ]);
  expect(found.map((c) => c.error.format("zh")).slice(0, 2)).toEqual([
    "Acknowledgements（工作表 Acknowledgements，第 2 行）：Acknowledgements!D2 (Date)：“yesterday”不是日期（请用日期单元格、2026-03-01、2026/3/1 或 2026年3月1日）；该行不计入",
    "Acknowledgements（工作表 Acknowledgements，第 3 行）：工号“R09”不在 Reps 表中；该行不计入",
  ]);
});

test("everyone acknowledged: no warning; no Acknowledgements table: no warning either", async () => {
  const all = reps.rows.map((r) => ack(String(r.RepID), "2026-01-03"));
  expect(await checks([acknowledgements(all)])).toEqual([]);
  expect(await checks([])).toEqual([]);
});

test("many reps missing: the first twenty by name, the rest counted", async () => {
  const many: OutputTable = {
    ...reps,
    rows: Array.from({ length: 25 }, (_, i) => ({
      RepID: `M${i + 1}`,
      Name: `Rep ${i + 1}`,
      Region: "North",
    })),
  };
  const host = XlsxPackageHost.create();
  await host.writeTables([many, ...planTables(demoPlan), acknowledgements([])], NOW);
  const { checks } = await checkWorkbook(host);
  const listed = checks.filter((c) => c.error.template === acknowledgementMessages.missingMore);
  expect(listed).toHaveLength(1);
  const text = listed[0].error.format("en");
  expect(text).toMatch(/^25 rep\(s\) have not acknowledged .*: Rep 1 \(M1\), .*Rep 20 \(M20\) and 5 more$/);
  expect(text).not.toContain("M21");
});

test("versions: a typed 1.0 read back as 1, a leading v, and text versions compare as written", () => {
  expect(sameVersion("v1.0", "1")).toBe(true);
  expect(sameVersion("1.0", "1.01")).toBe(false);
  expect(sameVersion("2026-A", "2026-a")).toBe(true);
  expect(sameVersion("2026-A", "2026-B")).toBe(false);
});

test("under several plans each rep acknowledges every plan PlanAssignments puts them on, one warning per plan", async () => {
  const INSIDE = insidePlan.name;
  const host = XlsxPackageHost.create();
  const on = (RepID: string, Plan: string, From: number | null = null, To: number | null = null) => ({
    RepID,
    Plan,
    From,
    To,
    Region: null,
    Manager: null,
  });
  await host.writeTables(
    [
      reps,
      ...planTables([demoPlan, insidePlan]),
      planAssignmentsTable([
        on("R01", PLAN),
        on("R02", INSIDE),
        // R03 moves to inside sales on 16 March: both plans.
        on("R03", PLAN, null, serialOf(2026, 3, 15)),
        on("R03", INSIDE, serialOf(2026, 3, 16)),
        on("R04", INSIDE),
      ]),
      acknowledgements([
        ack("R01", "2026-01-03"),
        // R02 signed the field plan, which they are not on.
        ack("R02", "2026-01-03"),
        ack("R03", "2026-01-04"),
        ack("R04", "2026-01-05", 1, INSIDE),
      ]),
    ],
    NOW,
  );
  const { checks } = await checkWorkbook(host);
  const found = checks.filter((c) => c.error.template === acknowledgementMessages.missing);
  expect(found.map((c) => [c.severity, c.error.format("en")])).toEqual([
    [
      "warning",
      `2 rep(s) have not acknowledged plan ${INSIDE} version 1.0 (no Acknowledgements row): 王芳 (R02), Bo Chen (R03)`,
    ],
  ]);
  expect(found[0].error.format("zh")).toBe(
    `2 名销售代表尚未确认方案 ${INSIDE} 版本 1.0（Acknowledgements 表中没有对应行）：王芳（R02），Bo Chen（R03）`,
  );
});
