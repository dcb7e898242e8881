/**
 * `npm run bench -- pane`: the built task pane in headless Chromium writing 100,008 SalesTargets
 * rows to the in-memory Excel (100 ms per sync), timed. The browser work is
 * test/browser/progress.measure.ts, run here with jest (it needs the DOM's types and the browser
 * tests' Chromium); this reads back what it measured. Needs `npx webpack --mode production` and
 * Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { BenchRow } from "./harness";

const root = path.resolve(__dirname, "../..");
const measurements = path.join(root, "test-results/progress-measurements.json");

/** Issue 13's goal for the pane's own longest main-thread task while 100,000 rows are written. */
const LONGEST_TASK_GOAL_MS = 100;

interface Measured {
  readonly reps: number;
  readonly syncLatencyMs: number;
  readonly firstWriteMs: number;
  readonly written: { readonly rows: number; readonly total: number };
  readonly expected: { readonly rows: number; readonly total: number };
  readonly paneLongestTask: { readonly ms: number };
  readonly inMemoryExcelLongestTask: { readonly ms: number };
  readonly cancelClickHandledMs: number;
  readonly cancelToMessageMs: number;
  readonly cancelledInTime: boolean;
}

function runMeasure(): Promise<void> {
  const jest = path.join(root, "node_modules/jest/bin/jest.js");
  const args = [jest, "--runInBand", "--testMatch", "**/test/browser/progress.measure.ts"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`test/browser/progress.measure.ts failed (exit ${code})`)),
    );
  });
}

export async function run(): Promise<BenchRow[]> {
  fs.rmSync(measurements, { force: true });
  await runMeasure();
  const m = JSON.parse(fs.readFileSync(measurements, "utf8")) as Measured;
  const rows = `${m.written.rows} SalesTargets rows, ${m.syncLatencyMs} ms per sync`;
  return [
    {
      area: "pane",
      name: `write ${rows} (in-memory Excel)`,
      engineMs: m.firstWriteMs,
      check: {
        label: "all rows written",
        met: m.written.rows === m.expected.rows && m.written.total === m.expected.total,
      },
    },
    {
      area: "pane",
      name: "longest main-thread task of the pane's own",
      engineMs: m.paneLongestTask.ms,
      goal: { engineMs: LONGEST_TASK_GOAL_MS },
      note: `each long task by stage in test-results/progress-measurements.json; the in-memory Excel's own longest: ${m.inMemoryExcelLongestTask.ms} ms`,
    },
    { area: "pane", name: "Cancel clicked while writing: click handled", engineMs: m.cancelClickHandledMs },
    {
      area: "pane",
      name: "Cancel clicked while writing: to 'nothing changed'",
      engineMs: m.cancelToMessageMs,
      check: { label: "tables left as they were", met: m.cancelledInTime },
    },
  ];
}
