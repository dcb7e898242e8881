/** `npm run bench`: every area's benchmark, one table, the ratios against native formulas. */
import os from "os";
import { printReport, type BenchRow } from "./harness";
import * as functions from "./functions";
import * as e2e from "./e2e";
import * as incentives from "./incentives";
import * as model from "./model";
import * as organisation from "./organisation";
import * as pane from "./pane";
import * as scorecards from "./scorecards";
import * as targets from "./targets";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const areas = { targets, incentives, model, scorecards, organisation, functions, pane, e2e };
  const rows: BenchRow[] = [];
  console.log(
    `SalesPlan benchmark — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ""}`,
  );
  for (const [name, area] of Object.entries(areas)) {
    if (only.length && !only.includes(name)) continue;
    console.log(`running ${name}...`);
    rows.push(...(await area.run()));
  }
  const met = printReport(rows);
  console.log(met ? "all goals met" : "some goals missed (see 'met')");
  // A missed goal fails the command, so a script or a person running it cannot overlook it.
  if (!met) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
