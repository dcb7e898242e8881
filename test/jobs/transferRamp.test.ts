/**
 * A transfer is not a joiner (PRODUCT.md "Organisations", targets over PlanAssignments): a rep moved
 * to another region is employed there from the move but ramped by tenure since the real HireDate.
 * A rep hired years ago carries the days-prorated, unramped target in each region (checked against
 * native formulas in HyperFormula); a joiner moved in their 2nd month keeps their ramp position; and
 * the two stints add up to what the rep would carry unmoved.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { serialOf } from "../../src/kernel/calendar";
import { defaultTargetOptions, targetsJob, type TargetOptions } from "../../src/jobs/targets";
import type { JobResult } from "../../src/jobs/job";
import { inputSpecs } from "../../src/jobs";
import { planAssignmentsSpec } from "../../src/jobs/assignments";
import type { RawCell } from "../../src/workbook/types";
import { parsedTable } from "../support/tables";

const day = (month: number, d: number, year = 2026) => serialOf(year, month, d);
const RAMP = [0.25, 0.5, 0.75];

/** R1 and R2 in North, R3 in South; each region 120,000 shared equally (60,000 a rep). */
const reps = (hire: number | null) =>
  parsedTable(inputSpecs.Reps, [
    ["RepID", "Name", "Region", "HireDate"],
    ["R1", "Ann Field", "North", hire],
    ["R2", "Cy North", "North", null],
    ["R3", "Di South", "South", null],
  ]);
const options: TargetOptions = {
  ...defaultTargetOptions,
  fiscalYear: 2026,
  source: "regions",
  basis: "equal",
  ramp: RAMP,
};
/** R1 moved from North to South on `move` (no PlanAssignments when null). */
const targets = (hire: number | null, move: number | null): JobResult => {
  const rows: RawCell[][] = [
    ["RepID", "Plan", "From", "To", "Region"],
    ["R1", "Field", null, move === null ? null : move - 1, null],
    ...(move === null ? [] : [["R1", "Inside", move, null, "South"]]),
  ];
  return targetsJob(
    {
      reps: reps(hire),
      regions: parsedTable(inputSpecs.Regions, [
        ["Region", "Target"],
        ["North", 120000],
        ["South", 120000],
      ]),
      planAssignments: move === null ? undefined : parsedTable(planAssignmentsSpec, rows),
    },
    options,
  );
};
/** R1's twelve monthly targets in a region (0 in months off it). */
const months = (result: JobResult, region: string): number[] =>
  result.outputs[0].rows.filter((r) => r.RepID === "R1" && r.Region === region).map((r) => Number(r.Target));

describe("a transfer is not a joiner", () => {
  test("a rep hired years ago, moved on 16 March, carries March by days, unramped, in each region", () => {
    const result = targets(day(5, 10, 2019), day(3, 16));
    // The same rule as native formulas: 60,000 a year, a twelfth a month, March by days employed.
    const hf = HyperFormula.buildFromArray(
      [
        [60000, "=A1/12"],
        ["=ROUND(B1*(DATE(2026,3,15)-DATE(2026,3,1)+1)/DAY(EOMONTH(DATE(2026,3,1),0)),0)"],
        ["=ROUND(B1*(DATE(2026,3,31)-DATE(2026,3,16)+1)/DAY(EOMONTH(DATE(2026,3,1),0)),0)"],
      ],
      { licenseKey: "gpl-v3" },
    );
    const cell = (row: number, col = 0) => Number(hf.getCellValue({ sheet: 0, row, col }));
    const full = cell(0, 1);
    const zeros = (n: number) => Array<number>(n).fill(0);
    expect(months(result, "North")).toEqual([full, full, cell(1), ...zeros(9)]);
    expect(months(result, "South")).toEqual([0, 0, cell(2), ...Array<number>(9).fill(full)]);
    hf.destroy();
    // Each region still adds up (what R1 does not carry is unassigned).
    for (const total of result.totals.filter((t) => t.expected !== undefined))
      expect(total.value).toBe(total.expected);
  });

  test("a rep with no HireDate moved mid-year is ramped long ago", () => {
    const result = targets(null, day(3, 16));
    expect(months(result, "South").slice(2, 5)).toEqual([Math.round((5000 * 16) / 31), 5000, 5000]);
  });

  test("a joiner hired 10 February and moved 16 March keeps their ramp position across the move", () => {
    const result = targets(day(2, 10), day(3, 16));
    // Tenure month 1 is February (25%), 2 March (50%) in both regions, 3 April (75%), then 100%.
    expect(months(result, "North").slice(0, 4)).toEqual([
      0,
      Math.round((5000 * 0.25 * 19) / 28),
      Math.round((5000 * 0.5 * 15) / 31),
      0,
    ]);
    expect(months(result, "South").slice(0, 6)).toEqual([
      0,
      0,
      Math.round((5000 * 0.5 * 16) / 31),
      5000 * 0.75,
      5000,
      5000,
    ]);
  });

  test("property: the two stints add up to the unmoved rep's target, month by month (± rounding)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(null), fc.integer({ min: day(1, 1, 2024), max: day(12, 1) })),
        fc.integer({ min: day(1, 2), max: day(12, 31) }),
        (hire, move) => {
          fc.pre(hire === null || move > hire);
          const moved = targets(hire, move);
          const unmoved = months(targets(hire, null), "North");
          const north = months(moved, "North");
          const south = months(moved, "South");
          unmoved.forEach((m, i) => expect(Math.abs(north[i] + south[i] - m)).toBeLessThanOrEqual(1));
        },
      ),
      { numRuns: 60 },
    );
  });
});
