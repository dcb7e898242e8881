/**
 * The custom functions through the built bundle, against the engine alone on the same data: what a
 * user's cell costs on top of the maths (argument parsing, result shaping). And the task pane's
 * download, gzipped.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { splitTotal } from "../src/engine/targets";
import { distDir, loadFunctions } from "./bundle";
import { seededRandom, timeMs, type BenchRow } from "./harness";

const WEIGHTS = 1_000_000;
const TOTAL = 98_765_432_109.87;

export async function run(): Promise<BenchRow[]> {
  return [...benchTargetSplit(), ...benchBundleSize()];
}

function benchTargetSplit(): BenchRow[] {
  const targetSplit = loadFunctions().get("TARGETSPLIT");
  if (!targetSplit) throw new Error("the bundle does not associate TARGETSPLIT");
  const random = seededRandom(1);
  const flat = Array.from({ length: WEIGHTS }, () => Math.round(random() * 100_000_000) / 100);
  // A column of a million cells, as Excel passes a range: one array per row.
  const column = flat.map((w) => [w]);
  let engine: number[] = [];
  let cell: number[][] = [];
  const engineMs = timeMs(() => {
    engine = splitTotal(TOTAL, flat, { decimals: 2 });
  });
  const bundleMs = timeMs(() => {
    cell = targetSplit(TOTAL, column, 2) as number[][];
  });
  if (cell.length !== WEIGHTS || cell.some((row, i) => row.length !== 1 || row[0] !== engine[i]))
    throw new Error("TARGETSPLIT through the bundle differs from the engine");
  return [
    {
      area: "functions",
      name: "TARGETSPLIT 1,000,000 weights in a cell (bundle)",
      engineMs: bundleMs,
      baseMs: engineMs,
      goal: { maxOverBase: 3 },
      note: "base: the engine's splitTotal on the same weights; the bundle adds parsing a 1,000,000 x 1 range and shaping the spill",
    },
  ];
}

const gzipKb = (file: string): number => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

function benchBundleSize(): BenchRow[] {
  const pane = path.join(distDir, "taskpane.js");
  const rows: BenchRow[] = [
    { area: "bundle", name: "dist/taskpane.js, gzip", engineMs: 0, kb: gzipKb(pane), goal: { maxKb: 300 } },
  ];
  // The jobs worker loads only when a run starts, so it is not part of the pane's first download.
  const worker = path.join(distDir, "jobs.worker.js");
  if (fs.existsSync(worker))
    rows.push({
      area: "bundle",
      name: "dist/jobs.worker.js, gzip",
      engineMs: 0,
      kb: gzipKb(worker),
      note: "loaded when the first job runs, not with the pane",
    });
  return rows;
}
