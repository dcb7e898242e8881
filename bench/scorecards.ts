import type { BenchRow } from "./harness";

/** Benchmarks for the scorecards engine against native formulas (filled in by the scorecards work). */
export async function run(): Promise<BenchRow[]> {
  return [];
}
