/**
 * `SALESPLAN_STATS=1`: time spent per stage of a run (read, compute, write, save) and the peak
 * memory, printed as one JSON line on stderr at the end, for the end-to-end benchmark.
 */
import { performance } from "perf_hooks";

export type Stage = "read" | "compute" | "write" | "save";

export class StageClock {
  private readonly ms: Record<Stage, number> = { read: 0, compute: 0, write: 0, save: 0 };
  private current: Stage | undefined;
  private since = performance.now();

  /** Charge the time since the last call to the stage then running, and start `stage`. */
  enter(stage: Stage | undefined): void {
    const now = performance.now();
    if (this.current) this.ms[this.current] += now - this.since;
    this.current = stage;
    this.since = now;
  }

  /** The stages in ms, the CPU time used (all threads) and the peak resident memory in MB. */
  report(): { readonly stages: Record<Stage, number>; readonly cpuMs: number; readonly peakMB: number } {
    this.enter(undefined);
    const stages = Object.fromEntries(Object.entries(this.ms).map(([k, v]) => [k, Math.round(v)])) as Record<
      Stage,
      number
    >;
    const usage = process.resourceUsage();
    // maxRSS is in kilobytes, CPU times in microseconds.
    return {
      stages,
      cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
      peakMB: Math.round(usage.maxRSS / 1024),
    };
  }
}
