/** The end-to-end benchmark's files: the input workbook it writes and the checks on the output. */
import type { DemoCompany } from "../src/cli/demo/company";
import { isNotFound } from "../src/jobs";
import { repsSpec } from "../src/workbook/inputs";
import type { InputTableSpec } from "../src/workbook/inputs";
import type { OutputTable } from "../src/workbook/outputs";
import type { ParsedTable } from "../src/workbook/parse";
import { XlsxPackageHost } from "../src/workbook/xlsx/package-host";

/** The company's input tables in a new workbook, written as the demo writes them. */
export async function writeInputWorkbook(file: string, tables: readonly OutputTable[]): Promise<void> {
  const host = XlsxPackageHost.create();
  await host.writeTables(tables);
  await host.save(file);
}

const table = (name: string, columns: readonly string[]): InputTableSpec => ({
  name,
  columns: columns.map((key) => ({ key, aliases: [key], kind: "text" as const, required: false })),
});

const cents = (t: ParsedTable, key: string): number =>
  t.rows.reduce((s, r) => s + Math.round(Number(r.values[key] ?? 0) * 100), 0);

/**
 * Reopen the output and check what a reader would: every rep is in it, targets add up to the
 * regions' targets, each payout row's net is payout + adjustments, a scorecard row per activity row.
 */
export async function checkRunOutput(
  file: string,
  company: DemoCompany,
): Promise<{ ok: boolean; summary: string }> {
  const host = await XlsxPackageHost.open(file);
  const problems: string[] = [];
  const read = async (spec: InputTableSpec): Promise<ParsedTable> => {
    const t = await host.readTable(spec);
    if (isNotFound(t) || t.problems.length)
      problems.push(`${spec.name}: ${t.problems[0]?.error.message ?? "missing"}`);
    return t;
  };
  const reps = await read(repsSpec);
  const targets = await read({
    ...table("SalesTargets", ["RepID", "Period"]),
    columns: [
      ...table("SalesTargets", ["RepID", "Period"]).columns,
      { key: "Target", aliases: ["Target"], kind: "number", required: true },
    ],
  });
  const payoutNumbers = ["Payout", "Adjustments", "NetPayout"].map((key) => ({
    key,
    aliases: [key],
    kind: "number" as const,
    required: false,
  }));
  const payouts = await read({
    name: "SalesPayouts",
    columns: [...table("SalesPayouts", ["RepID"]).columns, ...payoutNumbers],
  });
  const scorecard = await read(table("SalesScorecard", ["RepID", "Period", "Band"]));
  const regionCents = company.regions.reduce((s, r) => s + Math.round(r.Target * 100), 0);
  if (reps.rows.length !== company.reps.length) problems.push(`Reps: ${reps.rows.length} rows`);
  if (cents(targets, "Target") !== regionCents)
    problems.push("SalesTargets do not add up to the regions' targets");
  const badNet = payouts.rows.filter(
    (r) =>
      Math.round(Number(r.values.NetPayout ?? 0) * 100) !==
      Math.round(Number(r.values.Payout ?? 0) * 100) + Math.round(Number(r.values.Adjustments ?? 0) * 100),
  ).length;
  if (badNet) problems.push(`SalesPayouts: ${badNet} rows where net is not payout + adjustments`);
  if (scorecard.rows.length !== company.activities.length)
    problems.push(
      `SalesScorecard: ${scorecard.rows.length} rows for ${company.activities.length} activity rows`,
    );
  const summary = `reopened: ${targets.rows.length} target, ${payouts.rows.length} payout, ${scorecard.rows.length} scorecard rows`;
  return {
    ok: problems.length === 0,
    summary: problems.length ? `${summary}; ${problems.join("; ")}` : `${summary}, all add up`,
  };
}
