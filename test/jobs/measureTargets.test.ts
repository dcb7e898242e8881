/**
 * Targets per measure (PRODUCT.md, "Plan semantics, exactly"): MeasureTargets (RepID or Role) and
 * SalesTargets rows with a Measure give each measure its own target per rep and month; the plan's
 * flat number, then SalesTargets' rows with no Measure, are the fallback. Bad rows name the table,
 * its sheet, the row and the value, in English and Chinese.
 */
import { SalesPlanError } from "../../src/kernel/errors";
import { measureTargetsSpec, payoutsJob, salesTargetsSpec } from "../../src/jobs";
import { actualsSpec, repsSpec } from "../../src/workbook/inputs";
import type { RawCell } from "../../src/workbook/types";
import { twoMeasurePlan } from "../support/plans";
import { parsedTable } from "../support/tables";

const plan = twoMeasurePlan();
const months = ["2026-01", "2026-02"];
const reps = parsedTable(repsSpec, [
  ["RepID", "Name", "Region", "Role"],
  ["R1", "Ann", "East", "AE"],
  ["R2", "Bo", "East", "AE"],
  ["R3", "Cy", "West", "SE"],
]);
const actuals = parsedTable(actualsSpec, [
  ["RepID", "Period", "Measure", "Amount"],
  ...["R1", "R2", "R3"].flatMap((rep) =>
    months.flatMap((p) => [
      [rep, p, "Revenue", 60000],
      [rep, p, "Collection", 60000],
    ]),
  ),
]);
/** SalesTargets as the targets job writes it (no Measure): 100,000 a month each, in two products. */
const general = ["R1", "R2", "R3"].flatMap((rep) =>
  months.flatMap((p) => [
    [rep, "Cloud", p, 60000, ""],
    [rep, "Devices", p, 40000, ""],
  ]),
);
const salesTargets = (extra: RawCell[][] = []) =>
  parsedTable(salesTargetsSpec, [["RepID", "Product", "Period", "Target", "Measure"], ...general, ...extra]);
const measureTargets = (rows: RawCell[][], headers = ["RepID", "Role", "Period", "Measure", "Target"]) =>
  parsedTable(measureTargetsSpec, [headers, ...rows]);

function targetOf(result: ReturnType<typeof payoutsJob>, rep: string, period: string, measure: string) {
  const row = result.outputs[0].rows.find(
    (r) => r.RepID === rep && r.Period === period && r.Measure === measure,
  );
  return row?.Target;
}

describe("each measure its own target per rep and month", () => {
  const tables = {
    reps,
    actuals,
    salesTargets: salesTargets([
      // SalesTargets with a Measure column: R3's Collection in February, over two products.
      ["R3", "Cloud", "2026-02", 40000, "Collection"],
      ["R3", "Devices", "2026-02", 30000, "Collection"],
    ]),
    measureTargets: measureTargets([
      ["R1", "", "2026-01", "Collection", 50000],
      ["", "AE", "2026-01", "Collection", 80000],
      ["", "AE", "2026-02", "Collection", 80000],
      ["R2", "", "2026-01", "Revenue", 50000],
      ["R1", "", "2026-01", "Visits", 20], // not a plan measure: left alone
    ]),
  };

  test("a rep's row beats the role's, which beats SalesTargets' measure rows, then the fallback", () => {
    const result = payoutsJob(tables, { plan, measureTargets: {} });
    expect(
      [
        ["R1", "2026-01", "Collection"], // MeasureTargets, RepID
        ["R1", "2026-02", "Collection"], // MeasureTargets, Role AE
        ["R2", "2026-01", "Collection"], // Role AE
        ["R3", "2026-01", "Collection"], // SE has no row: SalesTargets without Measure
        ["R3", "2026-02", "Collection"], // SalesTargets' Collection rows, summed
        ["R1", "2026-01", "Revenue"], // SalesTargets without Measure, summed over products
        ["R2", "2026-01", "Revenue"], // MeasureTargets, RepID
      ].map(([rep, p, m]) => targetOf(result, rep, p, m)),
    ).toEqual([50000, 80000, 80000, 100000, 70000, 100000, 50000]);
    expect(result.inputs.map((t) => t.name)).toEqual(["Reps", "Actuals", "MeasureTargets", "SalesTargets"]);
  });

  test("worked example: R2's Revenue 60,000 against its own 50,000 pays 2,800, not 800", () => {
    // Curve (50% -> 25%, 100% -> 100%, 150% -> 200%); 24,000 a year = 2,000 a month, all of it on
    // Revenue (Collection is a commission rate table: it has no weight).
    // 120% of 50,000: 100% + 20 x (100/50) = 140%, 2,000 x 1.4 = 2,800.
    // Against SalesTargets' 100,000: 60%: 25% + 10 x (75/50) = 40%, 2,000 x 0.4 = 800.
    const payout = (result: ReturnType<typeof payoutsJob>, rep: string) =>
      result.outputs[0].rows.find((r) => r.RepID === rep && r.Period === "2026-01" && r.Measure === "Revenue")
        ?.Payout;
    const result = payoutsJob(tables, { plan, measureTargets: {} });
    expect(payout(result, "R2")).toBe(2800);
    expect(payout(result, "R1")).toBe(800);
  });

  test("the plan's flat number stays the fallback, before SalesTargets' rows with no Measure", () => {
    const result = payoutsJob(tables, { plan, measureTargets: { Collection: 90000 } });
    expect(targetOf(result, "R3", "2026-01", "Collection")).toBe(90000);
    expect(targetOf(result, "R3", "2026-02", "Collection")).toBe(70000);
    expect(targetOf(result, "R1", "2026-01", "Collection")).toBe(50000);
    const flatOnly = payoutsJob(
      { reps, actuals },
      { plan, measureTargets: { Revenue: 80000, Collection: 90000 } },
    );
    expect(targetOf(flatOnly, "R1", "2026-02", "Revenue")).toBe(80000);
  });

  test("MeasureTargets alone (no SalesTargets) is enough for the measures it covers", () => {
    const only = measureTargets([
      ...["AE", "SE"].flatMap((role) => months.map((p) => ["", role, p, "Collection", 75000])),
    ]);
    const result = payoutsJob(
      { reps, actuals, measureTargets: only },
      { plan, measureTargets: { Revenue: 100000 } },
    );
    expect(targetOf(result, "R3", "2026-02", "Collection")).toBe(75000);
    expect(() => payoutsJob({ reps, actuals, measureTargets: only }, { plan, measureTargets: {} })).toThrow(
      "Revenue: no target",
    );
  });
});

describe("a MeasureTargets measure one slip from a plan measure", () => {
  test("is named with its rows (did you mean), while another plan's measure is left alone", () => {
    const rows = measureTargets([
      ["R1", "", "2026-01", "Colection", 75000],
      ["R1", "", "2026-02", "Colection", 75000],
      ["R2", "", "2026-01", "Visits", 20],
    ]);
    const result = payoutsJob(
      { reps, actuals, measureTargets: rows },
      { plan, measureTargets: { Revenue: 100000, Collection: 90000 } },
    );
    // The slip does not reach the payouts: the flat number stays R1's Collection target...
    expect(targetOf(result, "R1", "2026-01", "Collection")).toBe(90000);
    // ...and is said, by sheet row, in both languages; Visits (a scorecard's) gets no warning.
    const slips = (result.warnings ?? []).filter((w) => w.table === rows.name);
    expect(slips).toHaveLength(1);
    expect(slips[0].row).toBe(2);
    expect(slips[0].error.format("en")).toContain(
      "did you mean Collection? 2 row(s) left out (sheet rows 2, 3)",
    );
    expect(slips[0].error.format("zh")).toContain("是否应为 Collection？");
  });
});

describe("bad per-measure targets name the table, sheet, row and value", () => {
  const run =
    (extra: { measureTargets?: RawCell[][]; headers?: string[]; salesTargets?: RawCell[][] }) => () =>
      payoutsJob(
        {
          reps,
          actuals,
          salesTargets: salesTargets(extra.salesTargets),
          measureTargets: extra.measureTargets && measureTargets(extra.measureTargets, extra.headers),
        },
        { plan, measureTargets: {} },
      );
  test.each([
    [
      "unknown rep",
      { measureTargets: [["R9", "", "2026-01", "Collection", 1]] },
      "MeasureTargets (sheet MeasureTargets) row 2: rep 'R9' is not in Reps",
      "MeasureTargets（工作表 MeasureTargets）第 2 行：销售代表“R9”不在 Reps 表中",
    ],
    [
      "unknown role",
      { measureTargets: [["", "CSM", "2026-01", "Collection", 1]] },
      "MeasureTargets (sheet MeasureTargets) row 2: role 'CSM' is no rep's Role in Reps",
      "MeasureTargets（工作表 MeasureTargets）第 2 行：角色“CSM”不是 Reps 表中任何销售代表的 Role",
    ],
    [
      "duplicate",
      {
        measureTargets: [
          ["", "AE", "2026-01", "Collection", 1],
          ["R1", "", "2026-01", "Collection", 2],
          ["", "ae", "2026-01", "collection", 3],
        ],
      },
      "MeasureTargets (sheet MeasureTargets) row 4: 'ae, 2026-01, collection' repeats row 2",
      "MeasureTargets（工作表 MeasureTargets）第 4 行：“ae, 2026-01, collection”与第 2 行重复",
    ],
    [
      "bad period",
      { measureTargets: [["R1", "", "2026-13", "Collection", 1]] },
      "MeasureTargets!C2 (Period): '2026-13' is not a month",
      "MeasureTargets!C2 (Period)",
    ],
    [
      "both a rep and a role",
      { measureTargets: [["R1", "AE", "2026-01", "Collection", 1]] },
      "MeasureTargets (sheet MeasureTargets) row 2: RepID 'R1' and Role 'AE': give one of them",
      "MeasureTargets（工作表 MeasureTargets）第 2 行：同时给出了 RepID“R1”和 Role“AE”：只能给出其一",
    ],
    [
      "no RepID or Role column",
      { measureTargets: [["2026-01", "Collection", 1]], headers: ["Period", "Measure", "Target"] },
      "MeasureTargets (sheet MeasureTargets): needs a RepID or a Role column",
      "MeasureTargets（工作表 MeasureTargets）：需要 RepID（工号）列或 Role（角色）列",
    ],
    [
      "SalesTargets measure row for an unknown rep",
      { salesTargets: [["R7", "Cloud", "2026-01", 5, "Collection"]] },
      "SalesTargets (sheet SalesTargets) row 14: rep 'R7' is not in Reps",
      "SalesTargets（工作表 SalesTargets）第 14 行：销售代表“R7”不在 Reps 表中",
    ],
    [
      "SalesTargets measure row repeated",
      {
        salesTargets: [
          ["R1", "Cloud", "2026-01", 5, "Collection"],
          ["R1", "Cloud", "2026-01", 6, "Collection"],
        ],
      },
      "SalesTargets (sheet SalesTargets) row 15: 'R1, Cloud, 2026-01, Collection' repeats row 14",
      "SalesTargets（工作表 SalesTargets）第 15 行：“R1, Cloud, 2026-01, Collection”与第 14 行重复",
    ],
  ])("%s", (_name, extra, en, zh) => {
    let e: unknown;
    try {
      run(extra)();
    } catch (thrown) {
      e = thrown;
    }
    if (!(e instanceof SalesPlanError)) throw new Error(`expected a SalesPlanError, got ${String(e)}`);
    expect(e.format("en")).toContain(en);
    expect(e.format("zh")).toContain(zh);
  });
});
