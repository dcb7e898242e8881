/**
 * Golden cases from published commission-plan documentation: one JSON file per case in
 * test/fixtures/incentives/, each with its source and, where the source's numbers needed reading,
 * how they were read. Adding a case is adding a file.
 */
import fs from "fs";
import path from "path";
import { SalesPlanError } from "../../../src/kernel/errors";
import {
  computePayouts,
  drawCore,
  payoutCurveCore,
  tieredCore,
  type PayoutInput,
  type TierMode,
} from "../../../src/engine/incentives";
import { roundMoney } from "../../../src/kernel/money";

const dir = path.join(__dirname, "../../fixtures/incentives");

interface Source {
  url: string;
  title: string;
}
interface TieredCase {
  input: { tiers: [number, number][]; mode: TierMode; values: number[] };
  expected: { results: number[] };
}
interface DrawCase {
  input: { earnings: number[]; draw: number; recoverable: boolean };
  expected: { periods: { pay: number; balance: number }[] };
}
interface CurveCase {
  input: { curve: [number, number][]; targetIncentive?: number; attainments: number[] };
  /** The payouts, or the message (en) refusing the curve. */
  expected: { results: number[] } | { error: string };
}
interface PayoutsCase {
  input: PayoutInput;
  expected: { rows: Record<string, unknown>[] };
}
type Fixture = {
  description: string;
  source: Source;
  interpretation?: string;
} & (
  | ({ kind: "tiered" } & (TieredCase | { cases: TieredCase[] }))
  | ({ kind: "draw" } & (DrawCase | { cases: DrawCase[] }))
  | ({ kind: "curve" } & (CurveCase | { cases: CurveCase[] }))
  | ({ kind: "payouts" } & PayoutsCase)
);

const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
const fixtures = files.map(
  (file) => [file, JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Fixture] as const,
);

function casesOf<T extends object>(fixture: T | { cases: T[] }): T[] {
  return "cases" in fixture ? fixture.cases : [fixture];
}

test("the fixtures cover the cases the issue asks for", () => {
  const kinds = new Set(fixtures.map(([, f]) => f.kind));
  expect(kinds).toEqual(new Set(["tiered", "draw", "curve", "payouts"]));
  expect(files.length).toBeGreaterThanOrEqual(8);
});

describe.each(fixtures)("%s", (_file, fixture) => {
  test("cites its source", () => {
    expect(fixture.description.length).toBeGreaterThan(20);
    expect(fixture.source.url).toMatch(/^https?:\/\/\S+$/);
    expect(fixture.source.title.length).toBeGreaterThan(5);
  });

  test(fixture.description, () => {
    switch (fixture.kind) {
      case "tiered":
        for (const c of casesOf<TieredCase>(fixture)) {
          const tiers = c.input.tiers.map(([from, rate]) => ({ from, rate }));
          const results = c.input.values.map((value) => roundMoney(tieredCore(value, tiers, c.input.mode)));
          expect(results).toEqual(c.expected.results);
        }
        break;
      case "draw":
        for (const c of casesOf<DrawCase>(fixture))
          expect(drawCore(c.input.earnings, c.input.draw, c.input.recoverable)).toEqual(c.expected.periods);
        break;
      case "curve":
        for (const c of casesOf<CurveCase>(fixture)) {
          const curve = c.input.curve.map(([attainment, payout]) => ({ attainment, payout }));
          const pay = (a: number) => roundMoney(payoutCurveCore(a, curve, c.input.targetIncentive ?? 1));
          if ("error" in c.expected) {
            const message = (() => {
              try {
                c.input.attainments.forEach(pay);
              } catch (error) {
                if (error instanceof SalesPlanError) return error.format("en");
                throw error;
              }
              return "no error";
            })();
            expect(message).toBe(c.expected.error);
          } else expect(c.input.attainments.map(pay)).toEqual(c.expected.results);
        }
        break;
      case "payouts": {
        const result = computePayouts(fixture.input);
        expect(result.rows).toHaveLength(fixture.expected.rows.length);
        fixture.expected.rows.forEach((expected, i) => {
          const row = result.rows[i];
          for (const [key, value] of Object.entries(expected))
            expect([key, row[key as keyof typeof row]]).toEqual([key, value]);
        });
        break;
      }
    }
  });
});
