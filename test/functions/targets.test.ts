/**
 * SALES.TARGETSPLIT, GROUPSPLIT, SEASONALITY, CATCHUP and RAMP through the built bundle, as Excel
 * loads it, and as formulas in HyperFormula with spilled results.
 */
import { ArraySize, DetailedCellError } from "hyperformula";
import { excelErrorFrom, loadBundle } from "../support/bundle";
import { createSheet } from "../support/hyperformula";

const serial = (y: number, m: number, d: number): number =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

describe("targets functions through the bundle", () => {
  const bundle = loadBundle();

  test("metadata: PRODUCT.md's names, order and optional arguments", () => {
    const byId = new Map(bundle.metadata.functions.map((f) => [f.id, f]));
    const signature = (id: string) =>
      byId.get(id)?.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(signature("TARGETSPLIT")).toEqual(["total", "weights", "[decimals]", "[minimum]"]);
    expect(signature("GROUPSPLIT")).toEqual([
      "group_totals",
      "member_groups",
      "member_weights",
      "[decimals]",
    ]);
    expect(signature("SEASONALITY")).toEqual(["history", "[basis]"]);
    expect(signature("CATCHUP")).toEqual(["target", "actuals", "profile", "[decimals]"]);
    expect(signature("RAMP")).toEqual([
      "quota",
      "hire_date",
      "period_start",
      "period_end",
      "[ramp]",
      "[end_date]",
    ]);
    for (const id of ["TARGETSPLIT", "GROUPSPLIT", "SEASONALITY", "CATCHUP"])
      expect(byId.get(id)?.result.dimensionality).toBe("matrix");
  });

  test("TARGETSPLIT: exact parts in the shape of the weights", () => {
    expect(bundle.call("TARGETSPLIT", 100, [[1], [1], [1]], null, null)).toEqual([[34], [33], [33]]);
    expect(bundle.call("TARGETSPLIT", 100, [[1, 1, 1]], 2, null)).toEqual([[33.34, 33.33, 33.33]]);
    expect(
      bundle.call(
        "TARGETSPLIT",
        10000,
        [
          [1, null],
          [0, 1],
        ],
        -3,
        null,
      ),
    ).toEqual([
      [5000, 0],
      [0, 5000],
    ]);
    expect(bundle.call("TARGETSPLIT", 100, [[1], [1], [2]], null, 20)).toEqual([[30], [30], [40]]);
    expect(bundle.call("TARGETSPLIT", 1.005, [[1]], 2, null)).toEqual([[1.01]]);
  });

  test("TARGETSPLIT errors name the argument and position", () => {
    expect(
      excelErrorFrom(() => bundle.call("TARGETSPLIT", 10, [[1], [2], ["abc"]], null, null)).message,
    ).toBe("weights: expected a number but found text 'abc' at row 3");
    expect(excelErrorFrom(() => bundle.call("TARGETSPLIT", 10, [[1], [-2]], null, null)).message).toBe(
      "weights: must not be negative, got -2 at row 2",
    );
    expect(excelErrorFrom(() => bundle.call("TARGETSPLIT", 10, [[0], [null]], null, null)).message).toMatch(
      /^weights: every weight is 0 or blank/,
    );
    expect(excelErrorFrom(() => bundle.call("TARGETSPLIT", 10, [[1, 1]], null, 6)).message).toBe(
      "minimum: 2 × 6 = 12 is more than the total 10",
    );
    expect(
      excelErrorFrom(() => bundle.call("TARGETSPLIT", 10, [[1, { code: "#N/A" }]], null, null)).message,
    ).toBe("weights: Excel error #N/A at column 2");
    const error = excelErrorFrom(() => bundle.call("TARGETSPLIT", 10, [[1]], 1.5, null));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^decimals: must be a whole number/);
  });

  test("GROUPSPLIT: one column, one row per member", () => {
    const groups = [
      ["North", 100],
      ["South", 50],
    ];
    expect(
      bundle.call("GROUPSPLIT", groups, [["North"], ["South"], ["north"]], [[1], [1], [3]], null),
    ).toEqual([[25], [50], [75]]);
    expect(
      excelErrorFrom(() => bundle.call("GROUPSPLIT", groups, [["North"], ["East"]], [[1], [1]], null))
        .message,
    ).toBe("member_groups: group 'East' is not in group_totals at row 2");
    expect(excelErrorFrom(() => bundle.call("GROUPSPLIT", groups, [["North"]], [[1]], null)).message).toBe(
      "group_totals: group 'South' has a total of 50 but no member with a weight at row 2",
    );
    expect(
      excelErrorFrom(() => bundle.call("GROUPSPLIT", [["North"]], [["North"]], [[1]], null)).message,
    ).toBe("group_totals: expected 2 columns (group, total), got 1 x 1");
    // the expected shape is phrased in the user's language too, not left in English
    const zh = loadBundle({ displayLanguage: "zh-CN" });
    expect(excelErrorFrom(() => zh.call("GROUPSPLIT", [["North"]], [["North"]], [[1]], null)).message).toBe(
      "group_totals：应为 2 列（组、总额），实际为 1 x 1",
    );
  });

  test("SEASONALITY: one row of shares", () => {
    const profile = bundle.call(
      "SEASONALITY",
      [
        [10, 20, 30, 40],
        [null, null, null, null],
        [20, 40, 60, 80],
      ],
      null,
    ) as number[][];
    expect(profile).toHaveLength(1);
    [0.1, 0.2, 0.3, 0.4].forEach((v, i) => expect(profile[0][i]).toBeCloseTo(v, 12));
    const recent = bundle.call(
      "SEASONALITY",
      [
        [1, 1],
        [1, 3],
      ],
      "Recent",
    ) as number[][];
    expect(recent[0][0]).toBeCloseTo((0.5 + 2 * 0.25) / 3, 12);
    expect(excelErrorFrom(() => bundle.call("SEASONALITY", [[1, 1]], "latest")).message).toBe(
      "basis: unknown option 'latest' (expected average, recent)",
    );
  });

  test("CATCHUP: actuals kept, gap by profile, in the shape of actuals", () => {
    expect(bundle.call("CATCHUP", 120, [[10, 12, null, null]], [[1, 1, 1, 2]], null)).toEqual([
      [10, 12, 33, 65],
    ]);
    expect(bundle.call("CATCHUP", 20, [[10], [12], [""]], [[1], [1], [1]], null)).toEqual([[10], [12], [0]]);
  });

  test("RAMP: days employed times the tenure month's factor", () => {
    const ramp = [[0.25, 0.5, 0.75, 1]];
    const hire = serial(2026, 3, 16);
    expect(bundle.call("RAMP", 12000, hire, serial(2026, 4, 1), serial(2026, 4, 30), ramp, null)).toBe(6000);
    expect(bundle.call("RAMP", 3100, hire, serial(2026, 3, 1), serial(2026, 3, 31), ramp, null)).toBeCloseTo(
      400,
      9,
    );
    expect(
      bundle.call(
        "RAMP",
        3000,
        serial(2020, 1, 1),
        serial(2026, 4, 1),
        serial(2026, 4, 30),
        null,
        serial(2026, 4, 10),
      ),
    ).toBe(1000);
    expect(excelErrorFrom(() => bundle.call("RAMP", 1, null, 1, 2, null, null)).message).toBe(
      "hire_date: a value is required",
    );
  });

  test("messages follow Office's display language", () => {
    const zh = loadBundle({ displayLanguage: "zh-CN" });
    expect(excelErrorFrom(() => zh.call("TARGETSPLIT", 10, [[1], [-2]], null, null)).message).toBe(
      "weights：不能为负数，实际为 -2（第 2 行）",
    );
  });

  test("zh-CN metadata covers every targets function", () => {
    const zh = require("../../dist/functions.zh-CN.json") as {
      functions: { id: string; description: string }[];
    };
    for (const id of ["TARGETSPLIT", "GROUPSPLIT", "SEASONALITY", "CATCHUP", "RAMP"])
      expect(zh.functions.find((f) => f.id === id)?.description).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("targets functions in a sheet", () => {
  // A fresh ArraySize: the argument's own size is marked as a reference, which HyperFormula does not spill.
  const like = (size: ArraySize) => new ArraySize(size.width, size.height);
  const shapes = {
    TARGETSPLIT: (s: readonly ArraySize[]) => like(s[1]),
    CATCHUP: (s: readonly ArraySize[]) => like(s[1]),
    SEASONALITY: (s: readonly ArraySize[]) => new ArraySize(s[0].width, 1),
    GROUPSPLIT: (s: readonly ArraySize[]) => new ArraySize(1, s[1].width * s[1].height),
  };

  test("TARGETSPLIT spills down its weights and recalculates", () => {
    const sheet = createSheet(
      [
        [1000, 1, "=SALES.TARGETSPLIT(A1,B1:B3)"],
        [null, 1],
        [null, 1],
        [null, null, "=SUM(C1:C3)"],
      ],
      { shapes },
    );
    expect(sheet.range("C1", 3, 1)).toEqual([[334], [333], [333]]);
    expect(sheet.value("C4")).toBe(1000);
    sheet.hf.setCellContents({ sheet: 0, row: 2, col: 1 }, [[2]]);
    expect(sheet.range("C1", 3, 1)).toEqual([[250], [250], [500]]);
  });

  test("GROUPSPLIT, SEASONALITY and CATCHUP spill", () => {
    const sheet = createSheet(
      [
        ["North", 100, "North", 1, "=SALES.GROUPSPLIT(A1:B2,C1:C3,D1:D3)"],
        ["South", 50, "South", 1],
        [null, null, "North", 3],
        [10, 20, 30, 40],
        [20, 40, 60, 80],
        ["=SALES.SEASONALITY(A4:D5)"],
        [10, 12, null, null],
        ["=SALES.CATCHUP(120,A7:D7,{1,1,1,2})"],
      ],
      { shapes },
    );
    expect(sheet.range("E1", 3, 1)).toEqual([[25], [50], [75]]);
    const profile = sheet.range("A6", 1, 4)[0] as number[];
    [0.1, 0.2, 0.3, 0.4].forEach((v, i) => expect(profile[i]).toBeCloseTo(v, 12));
    expect(sheet.range("A8", 1, 4)).toEqual([[10, 12, 33, 65]]);
  });

  test("RAMP in a cell, and a text weight as #VALUE! with the message", () => {
    const sheet = createSheet(
      [
        [
          12000,
          serial(2026, 3, 16),
          serial(2026, 4, 1),
          serial(2026, 4, 30),
          0.25,
          0.5,
          "=SALES.RAMP(A1,B1,C1,D1,E1:F1)",
        ],
        [100, "abc", "=SALES.TARGETSPLIT(A2,B2:B3)"],
        [null, 1],
      ],
      { shapes },
    );
    expect(sheet.value("G1")).toBe(6000);
    const error = sheet.value("C2") as DetailedCellError;
    expect(error).toBeInstanceOf(DetailedCellError);
    expect(error.value).toBe("#VALUE!");
    expect(error.message).toBe("weights: expected a number but found text 'abc' at row 1");
  });
});
