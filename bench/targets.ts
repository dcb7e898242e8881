import type { BenchRow } from "./harness";

/** Benchmarks for the targets engine against native formulas (filled in by the targets work). */
export async function run(): Promise<BenchRow[]> {
  return [];
}
