import { hireQuarter, mentoringLines, rampAttainment, type RampMonth } from "../../../src/engine/people";
import { serialOf } from "../../../src/kernel/calendar";

const m = (rep: string, period: string, actual: number | null, target: number | null): RampMonth => ({
  rep,
  period,
  actual,
  target,
});

test("ramp attainment: actual over ramped target from the hire month to the period", () => {
  const months = [
    m("N1", "2025-12", 999, 999), // before the hire month: not counted
    m("N1", "2026-01", 10_000, 25_000),
    m("N1", "2026-02", 40_000, 50_000),
    m("N1", "2026-03", 90_000, 75_000),
    m("N1", "2026-04", 1, 1), // after the period: not counted
  ];
  // (10,000 + 40,000 + 90,000) / (25,000 + 50,000 + 75,000) = 140,000 / 150,000
  expect(rampAttainment(months, serialOf(2026, 1, 15), "2026-03")).toBeCloseTo(140 / 150, 12);
  expect(rampAttainment([m("N1", "2026-01", 5, null)], serialOf(2026, 1, 15), "2026-03")).toBeNull();
  expect(hireQuarter(serialOf(2026, 3, 31))).toBe("2026-Q1");
  expect(hireQuarter(serialOf(2026, 4, 1))).toBe("2026-Q2");
});

describe("a mentor's line: the mentee's ramp against reps hired in the same quarter", () => {
  // Q1 2026 hires: N1 (mentored by S1), N2, N3, N4; N5 hired in Q2 (mentored by S1); S1 a veteran.
  const reps = [
    { rep: "S1", hireDate: serialOf(2018, 5, 1), mentor: "" },
    { rep: "N1", hireDate: serialOf(2026, 1, 5), mentor: "S1" },
    { rep: "N2", hireDate: serialOf(2026, 2, 1), mentor: "" },
    { rep: "N3", hireDate: serialOf(2026, 3, 2), mentor: "" },
    { rep: "N4", hireDate: serialOf(2026, 1, 20), mentor: "" },
    { rep: "N5", hireDate: serialOf(2026, 4, 1), mentor: "S1" },
  ];
  const months = [
    m("S1", "2026-03", 100, 100),
    m("N1", "2026-02", 30, 50),
    m("N1", "2026-03", 60, 50), // N1: 90 / 100 = 90%
    m("N2", "2026-02", 20, 40),
    m("N2", "2026-03", 20, 40), // N2: 40 / 80 = 50%
    m("N3", "2026-03", 35, 50), // N3: 70%
    m("N4", "2026-03", 80, 100), // N4: 80%
  ];

  test("worked example: N1 at 90% against the median 70% of N2, N3, N4 (50%, 70%, 80%)", () => {
    const lines = mentoringLines(reps, months, "2026-03");
    expect(lines).toEqual([
      {
        mentor: "S1",
        mentee: "N1",
        hireQuarter: "2026-Q1",
        tenure: 3,
        attainment: 0.9,
        cohortSize: 3,
        cohortMedian: 0.7,
      },
    ]);
    // N5 is not hired yet in March: no line.
  });

  test("with fewer than two others hired that quarter there is no comparison", () => {
    const lines = mentoringLines(reps, months, "2026-04");
    const n5 = lines.find((l) => l.mentee === "N5")!;
    expect(n5).toMatchObject({
      hireQuarter: "2026-Q2",
      tenure: 1,
      attainment: null,
      cohortSize: 0,
      cohortMedian: null,
    });
    const few = mentoringLines(
      reps.filter((r) => r.rep !== "N3" && r.rep !== "N4"),
      months,
      "2026-03",
    );
    expect(few[0]).toMatchObject({ mentee: "N1", cohortSize: 1, cohortMedian: null });
  });
});
