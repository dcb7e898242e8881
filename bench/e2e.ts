/**
 * End to end: the demo company scaled to N reps with a year of Actuals and Activities, written
 * to an .xlsx, then `salesplan run` with targets, payouts and scorecards in a child process (so
 * its peak memory is its own), then the output reopened and checked. Prints each stage (read,
 * compute, write, save) and the peak memory at 1,000, 5,000 and 10,000 reps.
 *
 * E2E_BENCH_REPS=1000,5000 picks the sizes; E2E_BENCH_50K=1 adds the 50,000-rep run (minutes; January to August, see asOfMonth).
 */
import { spawn } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";
import { generateCompany } from "../src/cli/demo/company";
import { demoPlan, demoScorecard } from "../src/cli/demo/plans";
import { planTables } from "../src/jobs/plan";
import { companyTables } from "../src/cli/demo/tables";
import type { Stage } from "../src/cli/stats";
import type { BenchRow } from "./harness";
import { checkRunOutput, writeInputWorkbook } from "./e2e-files";

const GOAL_10K = { engineMs: 30_000, peakMB: 1_536 };

function sizes(): number[] {
  const listed = process.env.E2E_BENCH_REPS?.split(",").map((s) => Number(s.trim()));
  const base = listed?.every((n) => Number.isInteger(n) && n > 0) ? listed : [1_000, 5_000, 10_000];
  return process.env.E2E_BENCH_50K ? [...base, 50_000] : base;
}

/**
 * A full year of actuals, except at 50,000 reps: a year of their payouts (about 1.33 million rows)
 * is more than an Excel sheet holds (1,048,576), which the run refuses before writing anything; the
 * 50,000-rep run pays January to August (about 0.89 million rows) instead.
 */
const asOfMonth = (reps: number): number => (reps > 40_000 ? 8 : 12);

interface ChildStats {
  readonly stages: Record<Stage, number>;
  readonly cpuMs: number;
  readonly peakMB: number;
}

/** `salesplan run` in a child process; its SALESPLAN_STATS line, or the failure. */
function runCli(args: readonly string[]): Promise<ChildStats> {
  const bin = path.resolve(__dirname, "..", "..", "bin", "salesplan.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, SALESPLAN_STATS: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = err.split("\n").find((l) => l.startsWith("SALESPLAN_STATS "));
      if (code !== 0 || !line) reject(new Error(`salesplan run exited ${code}: ${err.slice(-2000)}`));
      else resolve(JSON.parse(line.slice("SALESPLAN_STATS ".length)) as ChildStats);
    });
  });
}

const fmtS = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export async function run(): Promise<BenchRow[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-e2e-bench-"));
  const rows: BenchRow[] = [];
  const perRep: { reps: number; ms: number }[] = [];
  try {
    for (const n of sizes()) {
      const company = generateCompany({ seed: 2026, year: 2026, asOfMonth: asOfMonth(n), reps: n });
      const reps = company.reps.length;
      const input = path.join(dir, `in-${n}.xlsx`);
      const output = path.join(dir, `out-${n}.xlsx`);
      const cardFile = path.join(dir, "scorecard.json");
      const monthly = Math.round(company.regions.reduce((s, r) => s + r.Target, 0) / 12 / reps / 1000) * 1000;
      await fs.writeFile(cardFile, JSON.stringify(demoScorecard(monthly)));
      const generated = performance.now();
      // The plan is kept in the workbook (SalesPlan, SalesPlanTiers), as a user's would be.
      await writeInputWorkbook(input, [...companyTables(company), ...planTables(demoPlan)]);
      const bytes = (await fs.stat(input)).size;
      console.log(
        `  ${reps} reps: inputs written in ${fmtS(performance.now() - generated)} (${(bytes / 1e6).toFixed(1)} MB); running salesplan run...`,
      );
      const started = performance.now();
      let stats: ChildStats;
      try {
        stats = await runCli(["run", input, "-o", output, "--scorecard", cardFile, "--quiet"]);
      } catch (error) {
        const ms = performance.now() - started;
        console.log(`  ${reps} reps: FAILED after ${fmtS(ms)}: ${(error as Error).message}`);
        rows.push({
          area: "e2e",
          name: `salesplan run, ${reps.toLocaleString("en")} reps`,
          engineMs: ms,
          check: { label: "completes", met: false },
          note: `failed: ${(error as Error).message.slice(0, 300)}`,
        });
        continue;
      }
      const ms = performance.now() - started;
      const check = await checkRunOutput(output, company);
      const s = stats.stages;
      console.log(
        `  ${reps} reps: ${fmtS(ms)} (read ${fmtS(s.read)}, compute ${fmtS(s.compute)}, write ${fmtS(s.write)}, save ${fmtS(s.save)}; CPU ${fmtS(stats.cpuMs)}), peak ${stats.peakMB} MB; ${check.summary}`,
      );
      // Growth is judged on CPU time: on a shared machine wall time is mostly waiting for a core.
      perRep.push({ reps, ms: stats.cpuMs });
      const growth =
        perRep.length > 1
          ? // Per-rep CPU time at this size against the smallest size, with 25% for noise.
            stats.cpuMs / reps / (perRep[0].ms / perRep[0].reps)
          : undefined;
      rows.push({
        area: "e2e",
        name: `salesplan run, ${reps.toLocaleString("en")} reps`,
        engineMs: ms,
        peakMB: stats.peakMB,
        goal: n === 10_000 ? GOAL_10K : undefined,
        check: {
          label:
            growth === undefined
              ? "output checks"
              : `output checks, <=1.25x per-rep CPU of ${perRep[0].reps}`,
          met: check.ok && (growth === undefined || growth <= 1.25),
        },
        note: `read ${fmtS(s.read)}, compute ${fmtS(s.compute)}, write ${fmtS(s.write)}, save ${fmtS(s.save)}; CPU ${fmtS(stats.cpuMs)} (wall time includes waiting for a core on a shared machine); input ${(bytes / 1e6).toFixed(1)} MB; ${check.summary}${growth === undefined ? "" : `; per-rep CPU time ${growth.toFixed(2)}x the ${perRep[0].reps}-rep run's`}`,
      });
      await fs.rm(input, { force: true });
      await fs.rm(output, { force: true });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return rows;
}
