/** SALES.SCORE and SALES.BAND through the built bundle, as Excel loads it, and as formulas in HyperFormula. */
import { DetailedCellError } from "hyperformula";
import { CustomFunctionError, excelErrorFrom, loadBundle } from "../support/bundle";
import { ArraySize, createSheet } from "../support/hyperformula";

const bands = [
  [0, "D"],
  [70, "C"],
  [85, "B"],
  [100, "A"],
];

describe("SALES.SCORE through the bundle", () => {
  const bundle = loadBundle();
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as number[][];

  test("one weighted, capped score per row", () => {
    // Row 1: 90/100 = 0.9, 15/10 = 1.5 -> 1.2, 10/8 = 1.25 -> 1.2: (2*0.9 + 1.2 + 1.2) / 4 = 1.05
    // Row 2: 0.5, 1, 10/20 = 0.5: (1 + 1 + 0.5) / 4 = 0.625
    const scores = plain(
      bundle.call(
        "SCORE",
        [
          [90, 15, 8],
          [50, 10, 20],
        ],
        [[100, 10, 10]],
        [[2, 1, 1]],
        [["up", "up", "down"]],
        null,
      ),
    );
    expect(scores).toHaveLength(2);
    expect(scores[0][0]).toBeCloseTo(105, 12);
    expect(scores[1][0]).toBeCloseTo(62.5, 12);
  });

  test("cap defaults to 1.2; directions default to up", () => {
    expect(plain(bundle.call("SCORE", [[300, 100]], [[100, 100]], [[1, 1]], null, null))[0][0]).toBeCloseTo(
      110,
      12,
    );
    expect(plain(bundle.call("SCORE", [[300, 100]], [[100, 100]], [[1, 1]], null, 2))).toEqual([[150]]);
    expect(
      plain(bundle.call("SCORE", [[300, 100]], [[100, 100]], [[1, 1]], [[null, "down"]], [[3]])),
    ).toEqual([[200]]);
  });

  test("bad arguments give #VALUE! naming the argument and cell", () => {
    const call = (...args: unknown[]) => excelErrorFrom(() => bundle.call("SCORE", ...args));
    const text = call(
      [
        [1, 2],
        ["abc", 3],
      ],
      [[1, 1]],
      [[1, 1]],
      null,
      null,
    );
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toBe("values: expected a number but found text 'abc' at row 2, column 1");
    expect(call([[1, null]], [[1, 1]], [[1, 1]], null, null).message).toBe(
      "values: a value is required at column 2",
    );
    expect(call([[1, 2]], [[1, 0]], [[1, 1]], null, null).message).toBe(
      "targets: must be greater than 0, got 0 at column 2",
    );
    expect(call([[1, 2]], [[1, 1]], [[1], [1]], null, null).message).toBe(
      "weights: expected one row, got 2 x 1",
    );
    expect(call([[1, 2]], [[1, 1]], [[1, 1]], [["up", "sideways"]], null).message).toBe(
      "directions: unknown direction 'sideways' at column 2 (expected up or down)",
    );
    expect(call([[1, 2]], [[1, 1]], [[0, 0]], null, null).message).toBe("weights: every weight is 0");
    expect(call([[1, 2]], [[1, 1]], [[1, 1]], null, "big").message).toBe(
      "cap: expected a number but found text 'big'",
    );
    expect(call([[1, 2]], [[1, 1]], [[1, 1]], null, -1).message).toBe("cap: must be greater than 0, got -1");
  });

  test("messages follow Office's display language", () => {
    const zh = loadBundle({ displayLanguage: "zh-CN" });
    expect(
      excelErrorFrom(() => zh.call("SCORE", [[1, 2]], [[1, 1]], [[1, 1]], [["up", "x"]], null)).message,
    ).toBe("directions：未知方向“x”（第 2 列）（应为 up 或 down）");
  });

  test("metadata: PRODUCT.md's names and order, optional flags", () => {
    const meta = bundle.metadata.functions.find((f) => f.id === "SCORE");
    expect(meta?.parameters.map((p) => [p.name, !!p.optional])).toEqual([
      ["values", false],
      ["targets", false],
      ["weights", false],
      ["directions", true],
      ["cap", true],
    ]);
    expect(meta?.result.dimensionality).toBe("matrix");
  });
});

describe("SALES.BAND through the bundle", () => {
  const bundle = loadBundle();
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown[][];

  test("the highest band each score reaches; blank scores stay blank", () => {
    expect(plain(bundle.call("BAND", [[115], [84], [85], [0], [null]], bands))).toEqual([
      ["A"],
      ["C"],
      ["B"],
      ["D"],
      [""],
    ]);
    expect(plain(bundle.call("BAND", [[69.99, 100]], bands))).toEqual([["D", "A"]]);
  });

  test("labels may be numbers; blank rows in the table are skipped; order does not matter", () => {
    const table = [
      [90, 1],
      [null, null],
      [0, 3],
      [60, 2],
    ];
    expect(plain(bundle.call("BAND", [[95, 60, 10]], table))).toEqual([[1, 2, 3]]);
  });

  test("errors", () => {
    // Only the score below every band is #N/A; the others keep their labels.
    const [[first], [below]] = bundle.call(
      "BAND",
      [[50], [40]],
      [
        [45, "C"],
        [80, "A"],
      ],
    ) as [[string], [CustomFunctionError]];
    expect(first).toBe("C");
    expect(below).toBeInstanceOf(CustomFunctionError);
    expect(below.code).toBe("#N/A");
    expect(below.message).toBe("scores: 40 is below the lowest band minimum 45 at row 2");
    expect(excelErrorFrom(() => bundle.call("BAND", [["x"]], bands)).message).toBe(
      "scores: expected a number but found text 'x'",
    );
    expect(excelErrorFrom(() => bundle.call("BAND", [[1]], [[0, "A", 1]])).message).toBe(
      "bands: expected 2 columns, got 1 x 3",
    );
    expect(
      excelErrorFrom(() =>
        bundle.call(
          "BAND",
          [[1]],
          [
            [0, "A"],
            ["ten", "B"],
          ],
        ),
      ).message,
    ).toBe("bands: expected a number but found text 'ten' at row 2, column 1");
    expect(excelErrorFrom(() => bundle.call("BAND", [[1]], [[0, null]])).message).toBe(
      "bands: label is blank at column 2",
    );
    expect(excelErrorFrom(() => bundle.call("BAND", [[1]], [[null, null]])).message).toBe(
      "bands: the table has no rows",
    );
  });

  test("metadata", () => {
    const meta = bundle.metadata.functions.find((f) => f.id === "BAND");
    expect(meta?.parameters.map((p) => p.name)).toEqual(["scores", "bands"]);
    expect(meta?.result.dimensionality).toBe("matrix");
  });
});

describe("SALES.SCORE and SALES.BAND in a sheet", () => {
  // SCORE spills one column, one row per rep; BAND spills the shape of its scores.
  const shapes = {
    SCORE: (sizes: readonly ArraySize[]) => new ArraySize(1, sizes[0].height),
    BAND: (sizes: readonly ArraySize[]) => new ArraySize(sizes[0].width, sizes[0].height),
  };
  // Rows 1-3: three reps x three KPIs; row 5: targets; row 6: weights; row 7: directions; A9:B12: bands.
  const cells = [
    [90, 15, 8, "=SALES.SCORE(A1:C3,A5:C5,A6:C6,A7:C7)", "=SALES.BAND(D1:D3,A9:B12)"],
    [50, 10, 20],
    [100, 10, 10],
    [],
    [100, 10, 10],
    [2, 1, 1],
    ["up", "up", "down"],
    [],
    ...bands,
  ];

  test("scores and bands spill and recalculate when an input changes", () => {
    const sheet = createSheet(cells, { shapes });
    const scores = sheet.range("D1", 3, 1).map((row) => row[0] as number);
    expect(scores[0]).toBeCloseTo(105, 9);
    expect(scores[1]).toBeCloseTo(62.5, 9);
    expect(scores[2]).toBeCloseTo(100, 9);
    expect(sheet.range("E1", 3, 1)).toEqual([["A"], ["D"], ["A"]]);
    sheet.hf.setCellContents({ sheet: 0, row: 2, col: 0 }, [[80]]);
    // (2*0.8 + 1 + 1) / 4 = 0.9
    expect(sheet.value("D3")).toBeCloseTo(90, 9);
    expect(sheet.value("E3")).toBe("B");
  });

  test("a score below every band is #N/A in its own cell; the others keep their bands", () => {
    const sheet = createSheet(
      [
        [50, "=SALES.BAND(A1:A2,C1:D2)", 45, "C"],
        [40, null, 80, "A"],
      ],
      { shapes },
    );
    expect(sheet.value("B1")).toBe("C");
    const below = sheet.value("B2") as DetailedCellError;
    expect(below).toBeInstanceOf(DetailedCellError);
    expect(below.value).toBe("#N/A");
    expect(below.message).toBe("scores: 40 is below the lowest band minimum 45 at row 2");
  });

  test("a text cell gives #VALUE! with the message", () => {
    // Without the BAND over D1:D3: HyperFormula 3.5 throws "Unknown array" reading an errored spill.
    const sheet = createSheet([[90, "n/a", 8, cells[0][3]], ...cells.slice(1)], { shapes });
    const value = sheet.value("D1") as DetailedCellError;
    expect(value).toBeInstanceOf(DetailedCellError);
    expect(value.value).toBe("#VALUE!");
    expect(value.message).toBe("values: expected a number but found text 'n/a' at row 1, column 2");
  });

  test("the same score built from native formulas agrees (the bench's formula)", () => {
    // MIN caps per KPI, then the weighted average: what a user would write without the add-in.
    const sheet = createSheet(
      [
        [...cells[0].slice(0, 4), "=100*(A6*MIN(A1/A5,1.2)+B6*MIN(B1/B5,1.2)+C6*MIN(C5/C1,1.2))/SUM(A6:C6)"],
        ...cells.slice(1),
      ],
      { shapes },
    );
    expect(sheet.value("E1")).toBeCloseTo(sheet.value("D1") as number, 9);
  });
});
