/**
 * Every SALES function fed extreme doubles (±1e308, 5e-324, -0, the largest double), text, blanks,
 * booleans, huge and all-blank ranges: each answer is either finite numbers in the promised shape
 * or an Excel error (with a message where Excel shows one, and never a bug's message). The
 * wrappers are called directly at 10,000 runs per function; the built bundle, as Excel loads it,
 * gets a smaller run of the same property.
 */
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import {
  CustomFunctionError,
  installCustomFunctionsGlobal,
  loadBundle,
  readMetadata,
} from "../support/bundle";

installCustomFunctionsGlobal();

type Cell = number | string | boolean | null;
type Grid = Cell[][];
type Call = (id: string, ...args: unknown[]) => unknown;

const EXTREMES = [1e308, -1e308, 5e-324, -5e-324, 0, -0, 1, -1, 0.5, 2, 12, 100, 1e-308, 46023];
const extreme = fc.constantFrom(...EXTREMES, Number.MAX_VALUE, -Number.MAX_VALUE);
const number = fc.oneof(
  { weight: 3, arbitrary: extreme },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: number },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("abc", "", "up", "down", "retro", "A", "#N/A", "=A1", "1e308") },
  { weight: 1, arbitrary: fc.boolean() },
);
const scalar = fc.oneof(
  cell,
  cell.map((c) => [[c]]),
);
const optional = fc.oneof(fc.constant(null), scalar);

/** A range: usually small and mixed, sometimes huge and filled with one extreme, or all blank. */
function range(
  options: { rows?: number; columns?: number; of?: fc.Arbitrary<Cell> } = {},
): fc.Arbitrary<Grid> {
  const of = options.of ?? cell;
  const rows = options.rows !== undefined ? fc.constant(options.rows) : fc.integer({ min: 1, max: 6 });
  const columns =
    options.columns !== undefined ? fc.constant(options.columns) : fc.integer({ min: 1, max: 6 });
  const mixed = fc
    .tuple(rows, columns)
    .chain(([r, c]) =>
      fc.array(fc.array(of, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    );
  const huge = fc
    .tuple(fc.constantFrom(...EXTREMES, null), fc.integer({ min: 200, max: 600 }))
    .map(([value, n]) => {
      const r = options.rows ?? (options.columns !== undefined ? n : 1);
      const c = options.columns ?? (options.rows !== undefined ? n : n);
      return Array.from({ length: r }, () => new Array<Cell>(c).fill(value));
    });
  return fc.oneof({ weight: 9, arbitrary: mixed }, { weight: 1, arbitrary: huge });
}

const size = (g: unknown): [number, number] =>
  Array.isArray(g) && Array.isArray(g[0]) ? [g.length, (g[0] as unknown[]).length] : [1, 1];
const cells = (g: unknown): number => size(g)[0] * size(g)[1];

interface Case {
  readonly id: string;
  readonly args: fc.Arbitrary<unknown[]>;
  /** The result's shape [rows, columns] for these arguments; undefined for a single number. */
  readonly shape?: (args: unknown[]) => [number, number];
  /** Cells may be text labels (BAND) as well as numbers. */
  readonly labels?: boolean;
}

const cases: readonly Case[] = [
  {
    id: "TARGETSPLIT",
    args: fc.tuple(scalar, range(), optional, optional),
    shape: (a) => size(a[1]),
  },
  {
    id: "GROUPSPLIT",
    args: fc
      .integer({ min: 1, max: 8 })
      .chain((n) =>
        fc.tuple(
          range({ columns: 2, of: fc.oneof(fc.constantFrom("N", "S", "E"), cell) }),
          range({ rows: n, columns: 1, of: fc.oneof(fc.constantFrom("N", "S"), cell) }),
          range({ rows: n, columns: 1 }),
          optional,
        ),
      ),
    shape: (a) => [cells(a[1]), 1],
  },
  { id: "SEASONALITY", args: fc.tuple(range(), optional), shape: (a) => [1, size(a[0])[1]] },
  {
    id: "CATCHUP",
    args: fc
      .tuple(fc.integer({ min: 1, max: 12 }), scalar, optional)
      .chain(([n, target, decimals]) =>
        fc.tuple(
          fc.constant(target),
          range({ rows: 1, columns: n }),
          range({ rows: 1, columns: n }),
          fc.constant(decimals),
        ),
      ),
    shape: (a) => size(a[1]),
  },
  {
    id: "RAMP",
    args: fc.tuple(scalar, scalar, scalar, scalar, fc.oneof(fc.constant(null), range({ rows: 1 })), optional),
  },
  { id: "PACE", args: fc.tuple(scalar, scalar, scalar, scalar) },
  { id: "TIERED", args: fc.tuple(scalar, range({ columns: 2 }), optional) },
  { id: "PAYOUTCURVE", args: fc.tuple(scalar, range({ columns: 2 }), optional, optional) },
  {
    id: "SCORE",
    args: fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
      .chain(([reps, kpis]) =>
        fc.tuple(
          range({ rows: reps, columns: kpis }),
          fc.oneof(range({ rows: reps, columns: kpis }), range({ rows: 1, columns: kpis })),
          range({ rows: 1, columns: kpis }),
          fc.oneof(fc.constant(null), range({ rows: 1, columns: kpis })),
          optional,
        ),
      ),
    shape: (a) => [size(a[0])[0], 1],
  },
  {
    id: "BAND",
    args: fc.tuple(range(), range({ columns: 2, of: fc.oneof(fc.constantFrom("A", "B", "C"), cell) })),
    shape: (a) => size(a[0]),
    labels: true,
  },
  { id: "DRAW", args: fc.tuple(range(), scalar, optional), shape: (a) => [cells(a[0]), 2] },
];

const CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);

/** Why an answer is unacceptable, or undefined when it is fine. */
function fault(c: Case, args: unknown[], run: () => unknown): string | undefined {
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    if (!(error instanceof CustomFunctionError)) return `threw ${String(error)}`;
    return excelErrorFault(error);
  }
  if (!c.shape)
    return typeof value === "number" && Number.isFinite(value) ? undefined : `returned ${String(value)}`;
  const [rows, columns] = c.shape(args);
  if (!Array.isArray(value) || value.length !== rows)
    return `expected ${rows} rows, got ${JSON.stringify(value)}`;
  for (const row of value as unknown[]) {
    if (!Array.isArray(row) || row.length !== columns)
      return `expected ${columns} columns, got ${JSON.stringify(row)}`;
    for (const v of row) {
      if (v instanceof CustomFunctionError && c.labels) {
        const why = excelErrorFault(v);
        if (why) return why;
      } else if (typeof v === "number" ? !Number.isFinite(v) : !(c.labels && typeof v === "string")) {
        return `cell ${String(v)}`;
      }
    }
  }
  return undefined;
}

function excelErrorFault(error: CustomFunctionError): string | undefined {
  if (!CODES.has(error.code)) return `unexpected error code ${error.code}`;
  const needsMessage = error.code === "#VALUE!" || error.code === "#N/A";
  if (needsMessage && error.message.trim() === "") return `${error.code} without a message`;
  // guard() prefixes a bug (anything but a SalesPlanError) with "SalesPlan:".
  if (error.message.startsWith("SalesPlan:")) return `a bug: ${error.message}`;
  return undefined;
}

function property(c: Case, call: Call, numRuns: number): void {
  fc.assert(
    fc.property(c.args, (args) => {
      const why = fault(c, args, () => call(c.id, ...args));
      if (why) throw new Error(`${c.id}(${JSON.stringify(args).slice(0, 300)}): ${why}`);
    }),
    { numRuns, seed: 1717 },
  );
}

const direct: Record<string, (...args: never[]) => unknown> = {
  TARGETSPLIT: functions.targetSplit,
  GROUPSPLIT: functions.groupSplit,
  SEASONALITY: functions.seasonality,
  CATCHUP: functions.catchup,
  RAMP: functions.ramp,
  PACE: functions.pace,
  TIERED: functions.tiered,
  PAYOUTCURVE: functions.payoutCurve,
  SCORE: functions.score,
  BAND: functions.band,
  DRAW: functions.draw,
};

describe("every SALES function over extreme input (10,000 cases each)", () => {
  test("the table covers every function the bundle's metadata declares", () => {
    const declared = readMetadata().functions.map((f) => f.id);
    expect(cases.map((c) => c.id).sort()).toEqual([...declared].sort());
  });

  test.each(cases.map((c) => [c.id, c] as const))("%s", (_, c) => {
    property(c, (id, ...args) => (direct[id] as (...a: unknown[]) => unknown)(...args), 10_000);
  });
});

describe("the issue's overflow examples give #NUM!", () => {
  const num = (id: string, ...args: unknown[]) => {
    try {
      return { value: (direct[id] as (...a: unknown[]) => unknown)(...args) };
    } catch (error) {
      return { code: (error as CustomFunctionError).code };
    }
  };
  test.each([
    ["PACE", [1e308, 1, 1, 1e308]],
    ["PACE", [1, 1, 5e-324, 1]],
    ["RAMP", [1000, 46000, 46023, 46053, [[1e308, 1e308]]]],
    ["CATCHUP", [-5e-324, [[1e308, 1e308, 1e308]], [[1, 1, 1]], null]],
    ["TIERED", [1e308, [[0, 1e308]]]],
    ["DRAW", [[[0], [0]], 1e308]],
    ["SCORE", [[[1e308]], [[5e-324]], [[1]], null, 1e308]],
  ])("%s(%j)", (id, args) => {
    expect(num(id, ...(args as unknown[]))).toEqual({ code: "#NUM!" });
  });

  test("SEASONALITY({1e308,1e308}) is {0.5,0.5}, which sums to 1", () => {
    expect(num("SEASONALITY", [[1e308, 1e308]])).toEqual({ value: [[0.5, 0.5]] });
    expect(num("SEASONALITY", [[1e308, 1e308, 0, 1e308]])).toEqual({ value: [[1 / 3, 1 / 3, 0, 1 / 3]] });
  });
});

describe("the built bundle over extreme input", () => {
  let bundle: ReturnType<typeof loadBundle>;
  beforeAll(() => {
    bundle = loadBundle();
  });
  test.each(cases.map((c) => [c.id, c] as const))("%s through dist/functions.js", (_, c) => {
    property(c, (id, ...args) => bundle.call(id, ...args), 1000);
  });
});
