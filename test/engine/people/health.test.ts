import { teamHealth, type HealthMonth, type HealthRep } from "../../../src/engine/people";
import { serialOf } from "../../../src/kernel/calendar";

// Mia leads Ann, Bo and Cy (hired January, mentored by Ann); Max leads Di (hired February, no
// mentor) and Ed.
const reps: HealthRep[] = [
  { rep: "R1", manager: "Mia", hireDate: serialOf(2020, 1, 10), mentor: "" },
  { rep: "R2", manager: "Mia", hireDate: null, mentor: "" },
  { rep: "R3", manager: "Mia", hireDate: serialOf(2026, 1, 15), mentor: "R1" },
  { rep: "R4", manager: "Max", hireDate: serialOf(2026, 2, 1), mentor: "" },
  { rep: "R5", manager: "Max", hireDate: serialOf(2019, 6, 1), mentor: "" },
];
const m = (rep: string, period: string, attainment: number | null): HealthMonth => ({
  rep,
  period,
  attainment,
});

test("team health per manager and period: a worked example", () => {
  const rows = teamHealth({
    reps,
    months: [
      m("R1", "2026-03", 1.1),
      m("R2", "2026-03", 0.79),
      m("R3", "2026-03", 0.9),
      m("R4", "2026-02", 0.5),
      m("R5", "2026-02", 1.2),
      m("R4", "2026-03", 0.95),
      m("R5", "2026-03", null),
    ],
    reviews: [
      { rep: "R1", period: "2026-03" },
      { rep: "R1", period: "2026-03" },
      { rep: "R2", period: "2026-03" },
      { rep: "R4", period: "2026-03" },
    ],
    development: [
      { rep: "R1", due: serialOf(2026, 3, 15), done: true },
      { rep: "R2", due: serialOf(2026, 3, 20), done: false },
      { rep: "R3", due: null, done: false },
      { rep: "R4", due: serialOf(2026, 2, 10), done: true },
    ],
  });
  expect(rows).toEqual([
    // Max, February: Di 50% and Ed 120%; Di's February item done; no reviews; Di (month 1) unmentored.
    {
      manager: "Max",
      period: "2026-02",
      reps: 2,
      at80: 0.5,
      oneToOne: 0,
      developmentOnTime: 1,
      mentoring: 0,
    },
    // Max, March: Ed has no attainment, so the share is over Di alone; nothing due.
    {
      manager: "Max",
      period: "2026-03",
      reps: 2,
      at80: 1,
      oneToOne: 0.5,
      developmentOnTime: null,
      mentoring: 0,
    },
    // Mia, March: Bo 79% is under 80%; two reviews of Ann count once; one of two items done; Cy mentored.
    {
      manager: "Mia",
      period: "2026-03",
      reps: 3,
      at80: 2 / 3,
      oneToOne: 2 / 3,
      developmentOnTime: 0.5,
      mentoring: 1,
    },
  ]);
});

test("a team with no newcomers has no mentoring figure, and no attainments no share", () => {
  expect(teamHealth({ reps, months: [m("R1", "2026-03", null)], reviews: [], development: [] })).toEqual([
    {
      manager: "Mia",
      period: "2026-03",
      reps: 1,
      at80: null,
      oneToOne: 0,
      developmentOnTime: null,
      mentoring: null,
    },
  ]);
});

test("the team's practice: each Activities KPI's median over the team's reps that logged it", () => {
  const rows = teamHealth({
    reps,
    months: [m("R1", "2026-03", 1), m("R2", "2026-03", 1), m("R3", "2026-03", 1), m("R5", "2026-03", 1)],
    reviews: [],
    development: [],
    practice: {
      kpis: ["Visits", "Calls", "Demos"],
      rows: [
        // Mia's team: Visits 20, 30, 25 -> 25; Calls 70 and 90 (Cy logged none) -> 80; no Demos at all.
        { rep: "R1", period: "2026-03", values: { Visits: 20, Calls: 70, Demos: null } },
        { rep: "R2", period: "2026-03", values: { Visits: 30, Calls: 90, Demos: null } },
        { rep: "R3", period: "2026-03", values: { Visits: 25, Calls: null, Demos: null } },
        // Max's team: Ed alone.
        { rep: "R5", period: "2026-03", values: { Visits: 12, Calls: 40, Demos: 2 } },
        // A month with no attainment row adds nothing.
        { rep: "R5", period: "2026-01", values: { Visits: 99, Calls: 99, Demos: 99 } },
      ],
    },
  });
  expect(rows.map((r) => [r.manager, r.period, r.practice])).toEqual([
    [
      "Max",
      "2026-03",
      [
        { kpi: "Visits", median: 12, reps: 1 },
        { kpi: "Calls", median: 40, reps: 1 },
        { kpi: "Demos", median: 2, reps: 1 },
      ],
    ],
    [
      "Mia",
      "2026-03",
      [
        { kpi: "Visits", median: 25, reps: 3 },
        { kpi: "Calls", median: 80, reps: 2 },
      ],
    ],
  ]);
});
