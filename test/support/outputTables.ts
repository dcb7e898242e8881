/** Output tables as jobs hand them to a host, for the Office host's tests (text Excel could misread, totals, an audit row). */
import { auditColumns, payoutColumns, targetColumns, type OutputTable } from "../../src/workbook/outputs";

export const NOW = new Date(Date.UTC(2026, 2, 31, 9));

export const targets = (n: number, value = 100): OutputTable => ({
  name: "SalesTargets",
  columns: targetColumns,
  rows: Array.from({ length: n }, (_, i) => ({
    RepID: i === 0 ? "001" : `R${i + 1}`,
    Name: ['=HYPERLINK("x")', "-Li", "+1 area", "@sum"][i % 4],
    Region: "华东",
    Product: "Widgets",
    Period: "2026-03",
    Target: value + i / 100,
  })),
});

export const payouts = (n: number): OutputTable => ({
  name: "SalesPayouts",
  columns: payoutColumns,
  rows: Array.from({ length: n }, (_, i) => ({
    RepID: `R${i + 1}`,
    Name: `Rep ${i + 1}`,
    Period: "2026-03",
    Measure: "Revenue",
    Actual: 120000 + i,
    Target: 100000,
    Attainment: 1.2,
    Rate: 0.05,
    Payout: 6000.005 + i,
    Adjustments: -100,
    NetPayout: 5900.005 + i,
    Explanation: `Revenue 120,${String(i).padStart(3, "0")} of 100,000 (120%): 5% on the slice above the gate; SPIFF 0; draw repaid 100.`,
  })),
});

export const audit = (action: string, at = NOW): OutputTable => ({
  name: "SalesAudit",
  columns: auditColumns,
  mode: "append",
  rows: [{ Time: at, Action: action, Plan: "FY26", Version: "1", InputHash: "ab".repeat(32) }],
});
