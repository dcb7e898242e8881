/** A large SalesPayouts output (the 100,000-row tests): every row adds up, payout + adjustments = net. */
import { payoutColumns, type OutputTable } from "../../src/workbook/outputs";

/** `n` rows; `bump` changes every Actual, for a rerun that differs. */
export function payoutTable(n: number, bump = 0): OutputTable {
  return {
    name: "SalesPayouts",
    columns: payoutColumns,
    rows: Array.from({ length: n }, (_, i) => ({
      RepID: `R${String(i + 1).padStart(6, "0")}`,
      Name: i % 3 === 0 ? `销售代表 ${i}` : `Sales Rep ${i}`,
      Period: "2026-03",
      Measure: i % 2 ? "Revenue" : "Collection",
      Actual: 100000 + i + bump,
      Target: 95000,
      Attainment: (100000 + i) / 95000,
      Rate: 0.05,
      Payout: 5000 + i / 100,
      Adjustments: -250,
      NetPayout: 4750 + i / 100,
      Explanation: `Revenue ${100000 + i} of 95,000 (105.3%): 5% marginal above the 80% gate; capped at 200%; draw 250 recovered.`,
    })),
  };
}
