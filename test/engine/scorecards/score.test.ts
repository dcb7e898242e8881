import fc from "fast-check";
import {
  achievementOf,
  bandCore,
  competitionRanks,
  median,
  medianInPlace,
  parseDirection,
  scoreCore,
  type Direction,
} from "../../../src/engine/scorecards";
import { SalesPlanError } from "../../../src/kernel/errors";

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof SalesPlanError) return `${e.kind}: ${e.message}`;
    throw e;
  }
  throw new Error("expected a SalesPlanError");
}

describe("scoreCore (SALES.SCORE)", () => {
  test("weight-averaged capped achievement times 100", () => {
    // Row 1: 0.9, 1.2 (capped from 1.5), target/value 10/8 = 1.25 -> 1.2; (2*0.9 + 1*1.2 + 1*1.2) / 4 = 1.05
    // Row 2: 0.5, 1, 10/20 = 0.5; (1 + 1 + 0.5) / 4 = 0.625
    const scores = scoreCore(
      [
        [90, 15, 8],
        [50, 10, 20],
      ],
      [
        [100, 10, 10],
        [100, 10, 10],
      ],
      [2, 1, 1],
      ["up", "up", "down"],
    );
    expect(scores[0]).toBeCloseTo(105, 12);
    expect(scores[1]).toBeCloseTo(62.5, 12);
  });

  test("the cap argument and the default of 1.2", () => {
    expect(scoreCore([[300]], [[100]], [1])).toEqual([120]);
    expect(scoreCore([[300]], [[100]], [1], null, 2)).toEqual([200]);
    expect(scoreCore([[0]], [[5]], [1], ["down"], 1.5)).toEqual([150]);
  });

  test("one row of targets applies to every rep", () => {
    expect(scoreCore([[5], [10], [20]], [[10]], [1])).toEqual([50, 100, 120]);
  });

  test.each([
    [() => scoreCore([[1, -2]], [[1, 1]], [1, 1]), "value: values: must not be negative, got -2 at column 2"],
    [
      () =>
        scoreCore(
          [
            [1, 2],
            [1, 2],
          ],
          [
            [1, 1],
            [1, 0],
          ],
          [1, 1],
        ),
      "value: targets: must be greater than 0, got 0 at row 2, column 2",
    ],
    [
      () => scoreCore([[1, 2]], [[1, 1]], [1, -1]),
      "value: weights: must not be negative, got -1 at column 2",
    ],
    [() => scoreCore([[1, 2]], [[1, 1]], [0, 0]), "value: weights: every weight is 0"],
    [() => scoreCore([[1, 2]], [[1, 1]], [1]), "value: weights: expected 1 x 2, got 1 x 1"],
    [() => scoreCore([[1, 2]], [[1, 1]], [1, 1], ["up"]), "value: directions: expected 1 x 2, got 1 x 1"],
    [
      () => scoreCore([[1], [2], [3]], [[1], [1]], [1]),
      "value: targets: must have the same shape as values (3 x 1), got 2 x 1",
    ],
    [() => scoreCore([[1]], [[1]], [1], null, 0), "value: cap: must be greater than 0, got 0"],
  ])("bad input %#", (run, message) => {
    expect(messageOf(run)).toBe(message);
  });

  test("parseDirection reads up/down in either language", () => {
    expect(["up", " Down ", "", "higher", "lower", "高", "低", "sideways"].map(parseDirection)).toEqual([
      "up",
      "down",
      "up",
      "up",
      "down",
      "up",
      "down",
      undefined,
    ]);
  });

  const caseArb = fc
    .record({
      kpis: fc.integer({ min: 1, max: 8 }),
      reps: fc.integer({ min: 1, max: 10 }),
      cap: fc.double({ min: 0.5, max: 3, noNaN: true }),
    })
    .chain(({ kpis, reps, cap }) =>
      fc.record({
        cap: fc.constant(cap),
        values: fc.array(
          fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: kpis, maxLength: kpis }),
          {
            minLength: reps,
            maxLength: reps,
          },
        ),
        targets: fc.array(
          fc.array(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), { minLength: kpis, maxLength: kpis }),
          {
            minLength: reps,
            maxLength: reps,
          },
        ),
        weights: fc
          .array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: kpis, maxLength: kpis })
          .filter((w) => w.reduce((a, b) => a + b, 0) > 0),
        directions: fc.array(fc.constantFrom<Direction>("up", "down"), { minLength: kpis, maxLength: kpis }),
      }),
    );

  test("property: every score lies within 0..100*cap", () => {
    fc.assert(
      fc.property(caseArb, ({ values, targets, weights, directions, cap }) => {
        for (const score of scoreCore(values, targets, weights, directions, cap)) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100 * cap * (1 + 1e-12));
        }
      }),
    );
  });

  test("property: flipping the direction swaps value and target", () => {
    fc.assert(
      fc.property(caseArb, ({ values, targets, weights, directions, cap }) => {
        // Values must be positive for target/value to be defined both ways.
        const positive = values.map((row) => row.map((v) => v + 1));
        const flipped = directions.map((d): Direction => (d === "up" ? "down" : "up"));
        const a = scoreCore(positive, targets, weights, directions, cap);
        const b = scoreCore(targets, positive, weights, flipped, cap);
        a.forEach((score, r) => expect(b[r]).toBeCloseTo(score, 9));
        for (let r = 0; r < positive.length; r++) {
          for (let k = 0; k < weights.length; k++) {
            expect(achievementOf(positive[r][k], targets[r][k], "down")).toBe(
              achievementOf(targets[r][k], positive[r][k], "up"),
            );
          }
        }
      }),
    );
  });

  test("property: more of an 'up' KPI never lowers the score, more of a 'down' KPI never raises it", () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0, max: 1e5, noNaN: true }), (c, extra) => {
        const before = scoreCore(c.values, c.targets, c.weights, c.directions, c.cap);
        const more = c.values.map((row) => row.map((v) => v + extra));
        const after = scoreCore(more, c.targets, c.weights, c.directions, c.cap);
        const allUp = c.directions.every((d) => d === "up");
        const allDown = c.directions.every((d) => d === "down");
        before.forEach((score, r) => {
          if (allUp) expect(after[r]).toBeGreaterThanOrEqual(score - 1e-9);
          if (allDown) expect(after[r]).toBeLessThanOrEqual(score + 1e-9);
        });
      }),
    );
  });
});

describe("bandCore (SALES.BAND)", () => {
  const bands = [
    { minimum: 0, label: "D" },
    { minimum: 70, label: "C" },
    { minimum: 85, label: "B" },
    { minimum: 100, label: "A" },
  ];

  test("the highest band whose minimum the score reaches; a score on a minimum takes that band", () => {
    expect(bandCore([[0, 69.99, 70, 84.9, 85, 99.999, 100, 120]], bands)).toEqual([
      ["D", "D", "C", "C", "B", "B", "A", "A"],
    ]);
    expect(bandCore([[101], [50]], bands)).toEqual([["A"], ["D"]]);
  });

  test("a score below every band is #N/A with a message in its own cell; a blank score stays blank", () => {
    const [[above], [below], [blank]] = bandCore([[80], [-5], [NaN]], bands);
    expect(above).toBe(bandCore([[80]], bands)[0][0]);
    expect(below).toBeInstanceOf(SalesPlanError);
    const error = below as SalesPlanError;
    expect(`${error.kind}: ${error.message}`).toBe(
      "na: scores: -5 is below the lowest band minimum 0 at row 2",
    );
    expect(blank).toBe("");
  });

  test("bad tables", () => {
    expect(messageOf(() => bandCore([[1]], []))).toBe("value: bands: the table has no rows");
    expect(
      messageOf(() =>
        bandCore(
          [[1]],
          [
            { minimum: 0, label: "A" },
            { minimum: 0, label: "B" },
          ],
        ),
      ),
    ).toBe("value: bands: minimum score 0 appears twice at row 2, column 1");
    expect(messageOf(() => bandCore([[1]], [{ minimum: 0, label: " " }]))).toBe(
      "value: bands: label is blank at column 2",
    );
  });

  test("property: a higher score never gets a lower band", () => {
    const rank = new Map([
      ["D", 0],
      ["C", 1],
      ["B", 2],
      ["A", 3],
    ]);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (x, y) => {
          const [[a, b]] = bandCore([[Math.min(x, y), Math.max(x, y)]], bands);
          expect(rank.get(String(b)) as number).toBeGreaterThanOrEqual(rank.get(String(a)) as number);
        },
      ),
    );
  });
});

describe("ranks and medians", () => {
  test("competition ranking: 1, 1, 3", () => {
    expect(competitionRanks([90, 95, 90, 80, 95])).toEqual([3, 1, 3, 5, 1]);
    expect(competitionRanks([])).toEqual([]);
  });

  test("median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  test("property: medianInPlace agrees with median on small and large slices", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 150 }),
        fc.nat(5),
        (xs, offset) => {
          const buffer = new Float64Array(offset + xs.length);
          buffer.set(xs, offset);
          expect(medianInPlace(buffer, offset, xs.length)).toBe(median(xs) ?? NaN);
        },
      ),
    );
  });

  test("property: rank order follows score order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }), (scores) => {
        const ranks = competitionRanks(scores);
        scores.forEach((s, i) => {
          expect(ranks[i]).toBe(scores.filter((t) => t > s).length + 1);
        });
      }),
    );
  });
});
