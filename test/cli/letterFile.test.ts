/**
 * A plan letter's sheet for a wider plan (four measures paid quarterly): one column per measure, the
 * print area and the paragraphs spanning all of them, a plan name with "&" kept literal in the
 * footer, and the file name from the RepID and version (the year without a version).
 */
import type { Plan } from "../../src/engine/incentives";
import { buildLetters, planTables } from "../../src/jobs";
import { letterFileName, letterWorkbook } from "../../src/cli/letterFile";
import type { OutputTable } from "../../src/workbook/outputs";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";

const NOW = new Date(Date.UTC(2026, 0, 2));
const curve = [
  { attainment: 0, payout: 0 },
  { attainment: 1, payout: 1 },
];
const plan: Plan = {
  name: "R&D Sales",
  version: "",
  currency: "USD",
  frequency: "quarterly",
  trueUp: false,
  negativeTrueUp: "carry",
  targetIncentive: 40_000,
  measures: ["Revenue", "Margin", "Renewals", "Pipeline"].map((name) => ({
    name,
    weight: 0.25,
    method: { kind: "curve" as const, curve },
  })),
};

const text = (key: string) => ({ key, header: key, kind: "text" as const });
const tables: OutputTable[] = [
  {
    name: "Reps",
    columns: [text("RepID"), text("Name"), text("Region")],
    rows: [{ RepID: "A/1", Name: "Ana", Region: "N" }],
  },
  {
    name: "SalesTargets",
    columns: [text("RepID"), text("Period"), { key: "Target", header: "Target", kind: "money" }],
    rows: ["2026-01", "2026-02", "2026-03"].map((Period) => ({ RepID: "A/1", Period, Target: 10_000 })),
  },
  ...planTables(plan),
];

test("four measures: five columns, print area and paragraphs across them, the footer's & kept", async () => {
  const host = XlsxPackageHost.create();
  await host.writeTables(tables, NOW);
  const [letter] = await buildLetters(host, { lang: "en", now: NOW });
  expect(letter.columns).toBe(5);
  // A quarter at 100%: each measure's quarter of 40,000 / 4 quarters = 2,500.
  expect(letter.examples[1].measures.map((m) => m.amount)).toEqual([2_500, 2_500, 2_500, 2_500]);
  const ws = letterWorkbook(letter).worksheets[0];
  expect(ws.columns).toHaveLength(5);
  expect(ws.pageSetup.printArea).toBe(`A1:E${letter.rows.length}`);
  const rules = letter.rows.findIndex((r) => r.kind === "text");
  expect(ws.getCell(rules + 1, 5).isMerged).toBe(true);
  expect(ws.getCell(1, 5).isMerged).toBe(true);
  expect(ws.headerFooter.oddFooter).toBe("&LA/1 R&&D Sales&R&P / &N");
  // A RepID's "/" never makes a folder; no version: the plan year names the file.
  expect(letterFileName(letter)).toBe("A_1-plan-2026.xlsx");
});
