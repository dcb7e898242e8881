/**
 * SALES.TIERED, PAYOUTCURVE and DRAW through the built bundle, as Excel loads it, and as formulas
 * in HyperFormula.
 */
import { ArraySize, DetailedCellError } from "hyperformula";
import { excelErrorFrom, loadBundle } from "../support/bundle";
import { createSheet } from "../support/hyperformula";

const tiers = [
  [0, 0.08],
  [150000, 0.12],
  [180000, 0.16],
];
const curve = [
  [0.5, 0.25],
  [1, 1],
  [1.5, 2],
];

describe("incentives functions through the bundle", () => {
  const bundle = loadBundle();

  test("metadata: PRODUCT.md's names, order and optional arguments", () => {
    const byId = new Map(bundle.metadata.functions.map((f) => [f.id, f]));
    const signature = (id: string) =>
      byId.get(id)?.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(signature("TIERED")).toEqual(["value", "tiers", "[mode]"]);
    expect(signature("PAYOUTCURVE")).toEqual(["attainment", "curve", "[target_incentive]", "[cap]"]);
    expect(signature("DRAW")).toEqual(["earnings", "draw", "[recoverable]"]);
    expect(byId.get("DRAW")?.result.dimensionality).toBe("matrix");
    expect(byId.get("TIERED")?.result.dimensionality).not.toBe("matrix");
  });

  test("TIERED: marginal by default, retro on request, bounds inclusive below", () => {
    expect(bundle.call("TIERED", 195000, tiers, null)).toBeCloseTo(18000, 9);
    expect(bundle.call("TIERED", 195000, tiers, "retro")).toBeCloseTo(31200, 9);
    expect(bundle.call("TIERED", 150000, tiers, "RETRO")).toBeCloseTo(18000, 9);
    // a range drawn larger than the table: trailing blank rows are ignored
    expect(bundle.call("TIERED", 195000, [...tiers, [null, null]], "marginal")).toBeCloseTo(18000, 9);
  });

  test("PAYOUTCURVE: linear, 0 below the first point, last slope beyond, times target incentive, capped", () => {
    expect(bundle.call("PAYOUTCURVE", 0.4, curve, null, null)).toBe(0);
    expect(bundle.call("PAYOUTCURVE", 0.92, curve, 3000, null)).toBeCloseTo(2640, 9);
    expect(bundle.call("PAYOUTCURVE", 2, curve, 1000, null)).toBeCloseTo(3000, 9);
    expect(bundle.call("PAYOUTCURVE", 2, curve, 1000, 2500)).toBe(2500);
  });

  test("DRAW: pay and balance per period", () => {
    expect(bundle.call("DRAW", [[2750], [3000], [1500], [2375], [3000], [2750]], 2000, null)).toEqual([
      [2750, 0],
      [3000, 0],
      [2000, 500],
      [2000, 125],
      [2875, 0],
      [2750, 0],
    ]);
    expect(bundle.call("DRAW", [[500], [null], [3000]], 1500, false)).toEqual([
      [1500, 0],
      [1500, 0],
      [3000, 0],
    ]);
  });

  test("#VALUE! with a message for bad tables", () => {
    const unsorted = excelErrorFrom(() =>
      bundle.call(
        "TIERED",
        1,
        [
          [0, 0.1],
          [200, 0.2],
          [100, 0.3],
        ],
        null,
      ),
    );
    expect(unsorted.code).toBe("#VALUE!");
    expect(unsorted.message).toBe("tiers: bounds must be ascending, but 100 follows 200 at row 3, column 1");
    expect(
      excelErrorFrom(() =>
        bundle.call(
          "TIERED",
          1,
          [
            [0, "8%x"],
            [100, 0.2],
          ],
          null,
        ),
      ).message,
    ).toBe("tiers: expected a number but found text '8%x' at row 1, column 2");
    expect(excelErrorFrom(() => bundle.call("TIERED", 1, [[0, 0.1, 5]], null)).message).toBe(
      "tiers: expected 2 columns (lower bound, rate), got 3",
    );
    expect(excelErrorFrom(() => bundle.call("TIERED", 1, tiers, "progressive")).message).toBe(
      "mode: unknown option 'progressive' (expected marginal, retro)",
    );
    expect(excelErrorFrom(() => bundle.call("PAYOUTCURVE", 1, [[1], [2]], null, null)).message).toBe(
      "curve: expected 2 columns (attainment, payout), got 1",
    );
    expect(
      excelErrorFrom(() =>
        bundle.call(
          "PAYOUTCURVE",
          1,
          [
            [1, 1],
            [0.5, 2],
          ],
          null,
          null,
        ),
      ).message,
    ).toBe("curve: bounds must be ascending, but 0.5 follows 1 at row 2, column 1");
    // A falling curve (issue 12's last segment 150% -> 1.2, 200% -> 1.1 paid 0.9 at 300%) is
    // refused, naming the point, so more attainment never pays less.
    const falling = [
      [0.5, 0.25],
      [1, 1],
      [1.5, 1.2],
      [2, 1.1],
    ];
    const refused = excelErrorFrom(() => bundle.call("PAYOUTCURVE", 3, falling, null, null));
    expect(refused.code).toBe("#VALUE!");
    expect(refused.message).toBe(
      "curve: the payout falls from 1.2 to 1.1 at row 4, column 2, so more attainment would pay less",
    );
    expect(excelErrorFrom(() => bundle.call("DRAW", [[1], ["x"]], 100, null)).message).toBe(
      "earnings: expected a number but found text 'x' at row 2",
    );
    expect(excelErrorFrom(() => bundle.call("DRAW", [[1]], -1, null)).message).toBe(
      "draw: must not be negative, got -1",
    );
    expect(excelErrorFrom(() => bundle.call("DRAW", [[1]], 100, "maybe")).message).toBe(
      "recoverable: unknown option 'maybe' (expected TRUE, FALSE)",
    );
  });

  test("messages follow Office's display language", () => {
    const zh = loadBundle({ displayLanguage: "zh-CN" });
    expect(
      excelErrorFrom(() =>
        zh.call(
          "TIERED",
          1,
          [
            [0, 0.1],
            [0, 0.2],
          ],
          null,
        ),
      ).message,
    ).toBe("tiers：下限 0 出现两次，两个档位重叠（第 2 行第 1 列）");
  });

  test("zh-CN metadata covers every incentives function", () => {
    const zh = require("../../dist/functions.zh-CN.json") as {
      functions: { id: string; description: string }[];
    };
    for (const id of ["TIERED", "PAYOUTCURVE", "DRAW"])
      expect(zh.functions.find((f) => f.id === id)?.description).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("incentives functions in a sheet", () => {
  const shapes = {
    DRAW: (s: readonly ArraySize[]) => new ArraySize(2, s[0].width * s[0].height),
  };

  test("TIERED and PAYOUTCURVE in cells, recalculating when a rate changes", () => {
    const sheet = createSheet(
      [
        [0, 0.08, 195000, "=SALES.TIERED(C1,A1:B3)", '=SALES.TIERED(C1,A1:B3,"retro")'],
        [150000, 0.12, 0.92, "=SALES.PAYOUTCURVE(C2,A5:B7,3000)", "=SALES.PAYOUTCURVE(2,A5:B7,1000,2500)"],
        [180000, 0.16],
        [],
        [0.5, 0.25],
        [1, 1],
        [1.5, 2],
      ],
      { shapes },
    );
    expect(sheet.value("D1")).toBeCloseTo(18000, 6);
    expect(sheet.value("E1")).toBeCloseTo(31200, 6);
    expect(sheet.value("D2")).toBeCloseTo(2640, 6);
    expect(sheet.value("E2")).toBe(2500);
    sheet.hf.setCellContents({ sheet: 0, row: 2, col: 1 }, [[0.2]]);
    expect(sheet.value("D1")).toBeCloseTo(18600, 6); // 15,000 x 20% instead of 16%
  });

  test("DRAW spills pay and balance; a text rate is #VALUE! with its message", () => {
    const sheet = createSheet(
      [[1500, "=SALES.DRAW(A1:A3,2000)"], [2375], [3000], [0, "abc", "=SALES.TIERED(100,A4:B4)"]],
      { shapes },
    );
    expect(sheet.range("B1", 3, 2)).toEqual([
      [2000, 500],
      [2000, 125],
      [2875, 0],
    ]);
    const error = sheet.value("C4") as DetailedCellError;
    expect(error).toBeInstanceOf(DetailedCellError);
    expect(error.value).toBe("#VALUE!");
    expect(error.message).toBe("tiers: expected a number but found text 'abc' at column 2");
  });
});
