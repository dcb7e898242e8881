/**
 * The benchmark harness: times the engine and the same job done with native Excel formulas in
 * HyperFormula (what a user without the add-in would build), and prints times and ratios.
 * Times are medians of several runs after a warm-up, in one process, on the same data.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { performance } from "perf_hooks";

export interface BenchRow {
  readonly area: string;
  readonly name: string;
  readonly engineMs: number;
  /** The native-formula sheet on the same data, where there is one. */
  readonly nativeMs?: number;
  /** The same work done by the engine alone, for a row that times a layer over it (the bundle). */
  readonly baseMs?: number;
  /** A size in KB (gzip) instead of a time, for a row about a download. */
  readonly kb?: number;
  /**
   * Goals from the issues: engine at least `ratio` times faster, and under `engineMs`; at most
   * `maxOverBase` times `baseMs`; at most `maxKb`; peak memory within `peakMB`.
   */
  readonly goal?: {
    readonly ratio?: number;
    readonly engineMs?: number;
    readonly maxOverBase?: number;
    readonly maxKb?: number;
    readonly peakMB?: number;
  };
  /** Peak resident memory of the process that did the work, where measured. */
  readonly peakMB?: number;
  /** A goal the row checks itself (growth between rows, a read-back check): its label and outcome. */
  readonly check?: { readonly label: string; readonly met: boolean };
  readonly note?: string;
}

/** Median wall time of `fn` in ms, after `warmup` unmeasured runs. */
export function timeMs(fn: () => void, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Time a native-formula sheet: HyperFormula parses and evaluates every formula when built, as
 * Excel does on a full recalculation. Returns the time and the sheet, so the caller can check
 * that the formulas give the same answers as the engine.
 */
export function timeNativeSheet(
  sheets: Record<string, RawCellContent[][]>,
  runs = 3,
): { ms: number; hf: HyperFormula } {
  let hf: HyperFormula | undefined;
  const ms = timeMs(
    () => {
      hf?.destroy();
      hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
    },
    runs,
    0,
  );
  return { ms, hf: hf! };
}

/** A small seeded random generator, so every run benchmarks the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fmt(ms: number | undefined): string {
  return ms === undefined ? "-" : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

/** Print the rows as a table; returns false when a goal is missed. */
export function printReport(rows: readonly BenchRow[]): boolean {
  let allMet = true;
  const lines = [["area", "case", "engine ms", "native ms", "ratio", "peak MB", "goal", "met"]];
  for (const row of rows) {
    const ratio = row.nativeMs !== undefined ? row.nativeMs / row.engineMs : undefined;
    const goals: string[] = [];
    let met = true;
    if (row.goal?.ratio !== undefined) {
      goals.push(`>=${row.goal.ratio}x`);
      met &&= ratio !== undefined && ratio >= row.goal.ratio;
    }
    if (row.goal?.engineMs !== undefined) {
      goals.push(`<${row.goal.engineMs} ms`);
      met &&= row.engineMs < row.goal.engineMs;
    }
    const overBase = row.baseMs !== undefined ? row.engineMs / row.baseMs : undefined;
    if (row.goal?.maxOverBase !== undefined) {
      goals.push(`<=${row.goal.maxOverBase}x base`);
      met &&= overBase !== undefined && overBase <= row.goal.maxOverBase;
    }
    if (row.goal?.maxKb !== undefined) {
      goals.push(`<=${row.goal.maxKb} KB`);
      met &&= row.kb !== undefined && row.kb <= row.goal.maxKb;
    }
    if (row.goal?.peakMB !== undefined) {
      goals.push(`<=${row.goal.peakMB} MB`);
      met &&= row.peakMB !== undefined && row.peakMB <= row.goal.peakMB;
    }
    if (row.check) {
      goals.push(row.check.label);
      met &&= row.check.met;
    }
    allMet &&= met;
    lines.push([
      row.area,
      row.name,
      row.kb !== undefined ? `${row.kb.toFixed(0)} KB` : fmt(row.engineMs),
      row.baseMs !== undefined ? `base ${fmt(row.baseMs)}` : fmt(row.nativeMs),
      ratio !== undefined
        ? `${ratio.toFixed(1)}x`
        : overBase !== undefined
          ? `${overBase.toFixed(1)}x base`
          : "-",
      row.peakMB === undefined ? "-" : String(row.peakMB),
      goals.join(", ") || "-",
      goals.length ? (met ? "yes" : "NO") : "-",
    ]);
  }
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  for (const line of lines) console.log(line.map((cell, i) => cell.padEnd(widths[i])).join("  "));
  for (const row of rows.filter((r) => r.note)) console.log(`note (${row.area}, ${row.name}): ${row.note}`);
  return allMet;
}
