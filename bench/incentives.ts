import type { BenchRow } from "./harness";

/** Benchmarks for the incentives engine against native formulas (filled in by the incentives work). */
export async function run(): Promise<BenchRow[]> {
  return [];
}
