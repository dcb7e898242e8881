/**
 * Deal crediting over numbered columns (src/engine/organisation/intern.ts) gives what the plain
 * rule gives: Amount x Split summed per creditKey (rep and measure read case- and
 * space-insensitively), the rows behind each sum in input order, cells in first-seen order, and
 * the first deal in first-seen order whose splits are not whole named, wherever its rows sit.
 */
import fc from "fast-check";
import { SalesPlanError } from "../../../src/kernel/errors";
import { checkSplits, creditDeals, creditKey, type DealCredit } from "../../../src/engine/organisation";
import { numberCombined, numberRows, exactSpelling } from "../../../src/engine/organisation/intern";

/** The rule as written: one Map entry per creditKey, in first-seen order. */
function reference(deals: readonly DealCredit[]) {
  const out = new Map<
    string,
    { repId: string; period: string; measure: string; amount: number; deals: number[] }
  >();
  deals.forEach((d, i) => {
    const key = creditKey(d.repId, d.period, d.measure);
    const cell = out.get(key) ?? {
      repId: d.repId,
      period: d.period,
      measure: d.measure,
      amount: 0,
      deals: [],
    };
    cell.amount += d.amount * d.split;
    cell.deals.push(i);
    out.set(key, cell);
  });
  return out;
}

const deal = (dealId: string, repId: string, split: number, more: Partial<DealCredit> = {}): DealCredit => ({
  dealId,
  period: "2026-03",
  repId,
  amount: 1000,
  split,
  measure: "Revenue",
  overlay: false,
  row: 0,
  ...more,
});

/** Whole deals (one rep at 100%, or 60/40, or 100% plus an overlay) over spellings that credit together. */
const wholeDeals = fc
  .array(
    fc.record({
      kind: fc.constantFrom("one", "split", "overlay"),
      reps: fc.array(fc.constantFrom("R1", "r1", "R2", "Ｒ3", "ｒ3", "M1"), { minLength: 2, maxLength: 2 }),
      period: fc.constantFrom("2026-01", "2026-02", "2026-12"),
      measure: fc.constantFrom("Revenue", "revenue ", "New Logos", "newlogos", "销售 额", "销售额"),
      amount: fc.integer({ min: -100000, max: 1000000 }).map((c) => c / 100),
    }),
    { maxLength: 60 },
  )
  .map((specs) =>
    specs.flatMap((s, i): DealCredit[] => {
      const base = { period: s.period, measure: s.measure, amount: s.amount };
      if (s.kind === "one") return [deal(`D${i}`, s.reps[0], 1, base)];
      if (s.kind === "split")
        return [deal(`D${i}`, s.reps[0], 0.6, base), deal(`D${i}`, s.reps[1], 0.4, base)];
      return [deal(`D${i}`, s.reps[0], 1, base), deal(`D${i}`, s.reps[1], 1, { ...base, overlay: true })];
    }),
  );

describe("creditDeals", () => {
  it("sums what the plain rule sums, cell by cell and in the same order, rows behind each in input order", () => {
    fc.assert(
      fc.property(wholeDeals, fc.integer({ min: 0, max: 1000 }), (deals, seed) => {
        // Shuffle (deterministically) so a deal's rows are not always together.
        const shuffled = deals
          .map((d, i) => ({ d, k: (i * 7919 + seed) % 1009 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.d);
        const ours = creditDeals(shuffled);
        const theirs = reference(shuffled);
        expect([...ours.keys()]).toEqual([...theirs.keys()]);
        for (const [key, cell] of theirs) {
          const got = ours.get(key)!;
          expect(got.amount).toBe(cell.amount);
          expect(got.deals).toEqual(cell.deals);
          expect([got.repId, got.period, got.measure]).toEqual([cell.repId, cell.period, cell.measure]);
        }
      }),
    );
  });

  it("credits a 60/40 split and an overlay on top", () => {
    const credited = creditDeals([
      deal("D-1", "R1", 0.6, { amount: 50000 }),
      deal("D-2", "r1", 1, { amount: 10000, measure: "revenue" }),
      deal("D-1", "R2", 0.4, { amount: 50000 }),
      deal("D-1", "S9", 1, { amount: 50000, overlay: true }),
    ]);
    expect([...credited.values()].map((c) => [c.repId, c.amount, c.deals])).toEqual([
      ["R1", 40000, [0, 1]],
      ["R2", 20000, [2]],
      ["S9", 50000, [3]],
    ]);
  });

  it("names the first deal in first-seen order whose splits are not whole, even when its rows are apart", () => {
    const deals = [
      deal("D-1", "R1", 0.6, { row: 2 }),
      deal("D-2", "R1", 0.5, { row: 3 }),
      deal("D-1", "R2", 0.3, { row: 4 }),
      deal("D-2", "R2", 0.5, { row: 5 }),
      deal("D-3", "R2", 0.5, { row: 6 }),
    ];
    expect(() => checkSplits(deals)).toThrow(SalesPlanError);
    expect(() => checkSplits(deals)).toThrow(/D-1.*90%.*2, 4/);
    // The same DealID twice at 100% is 200%.
    expect(() => checkSplits([deal("D-7", "R1", 1, { row: 2 }), deal("D-7", "R1", 1, { row: 9 })])).toThrow(
      /D-7.*200%/,
    );
  });
});

describe("numbering", () => {
  it("numbers keys in first-seen order, through the table's growth", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `K${(i * 37) % 3001}`);
    const numbered = numberRows(keys.length, (i) => keys[i], exactSpelling);
    const seen = [...new Set(keys)];
    expect(numbered.count).toBe(3001);
    keys.forEach((k, i) => expect(numbered.ids[i]).toBe(seen.indexOf(k)));
    expect(Array.from(numbered.first).map((r) => keys[r])).toEqual(seen);
  });

  it("combines columns through a Map when the combinations are too many for a dense table", () => {
    const a = Array.from({ length: 300 }, (_, i) => `A${i}`);
    const b = Array.from({ length: 300 }, (_, i) => `B${(i * 7) % 300}`);
    const rows = 600;
    const key = (i: number) => [a[i % 300], b[i % 300]];
    const cols = [0, 1].map((c) => numberRows(rows, (i) => key(i)[c], exactSpelling));
    const combined = numberCombined(cols, rows);
    expect(combined.count).toBe(300);
    for (let i = 0; i < rows; i++) expect(combined.ids[i]).toBe(i % 300);
  });
});
