/** Per-rep preview summaries from every row a job writes: targets by fiscal quarter, payouts per rep. */
import { payoutsByRep, SUMMARY_REPS, targetsByQuarter } from "../../src/taskpane/previewSummary";

const month = (m: number) => `${m <= 12 ? 2026 : 2027}-${String(((m - 1) % 12) + 1).padStart(2, "0")}`;

test("targets sum per rep into fiscal quarters and the year; the unassigned part is its own line", () => {
  // A fiscal year from April 2026: April-June is Q1, January-March 2027 is Q4.
  const rows = [
    ...Array.from({ length: 12 }, (_, i) => ({
      RepID: "R1",
      Name: "Ann",
      Period: month(i + 4),
      Target: 100.1,
    })),
    ...Array.from({ length: 12 }, (_, i) => ({ RepID: "R2", Name: "Bo", Period: month(i + 4), Target: i })),
    { RepID: "(unassigned)", Name: null, Period: "2026-04", Target: 50 },
    // Outside the fiscal year: in the year's total, in no quarter.
    { RepID: "R2", Name: "Bo", Period: "2026-03", Target: 7 },
  ];
  const s = targetsByQuarter(rows, 2026, 4, 2);
  expect(s.spans).toEqual([
    "2026-04 – 2026-06",
    "2026-07 – 2026-09",
    "2026-10 – 2026-12",
    "2027-01 – 2027-03",
  ]);
  expect(s.rows.map((r) => [r.name, r.values, r.total])).toEqual([
    ["Ann", [300.3, 300.3, 300.3, 300.3], 1201.2],
    ["Bo", [3, 12, 21, 30], 73],
  ]);
  expect(s.repCount).toBe(2);
  expect(s.unassigned?.values).toEqual([50, 0, 0, 0]);
  expect(s.totals).toEqual([353.3, 312.3, 321.3, 330.3]);
  expect(s.total).toBe(1324.2);
  expect(targetsByQuarter(rows, 2026, 4, -3).decimals).toBe(0);
});

test("payouts sum per rep to the cent; reps beyond the first few still count in the totals", () => {
  const rows = Array.from({ length: SUMMARY_REPS + 3 }, (_, i) => [
    { RepID: `R${i}`, Name: `Rep ${i}`, Payout: 0.1, Adjustments: 0, NetPayout: 0.1 },
    { RepID: `R${i}`, Name: `Rep ${i}`, Payout: 0.2, Adjustments: -0.05, NetPayout: 0.15 },
  ]).flat();
  const s = payoutsByRep(rows);
  expect(s.rows).toHaveLength(SUMMARY_REPS);
  expect(s.repCount).toBe(SUMMARY_REPS + 3);
  expect(s.rows[0]).toEqual({ repId: "R0", name: "Rep 0", values: [0.3, -0.05], total: 0.25 });
  expect(s.totals).toEqual([4.5, -0.75]);
  expect(s.total).toBe(3.75);
});

test("payouts in different currencies give no total across reps", () => {
  const s = payoutsByRep([
    { RepID: "R1", Name: "Ann", Payout: 10, Adjustments: 0, NetPayout: 10, Currency: "USD" },
    { RepID: "R2", Name: "Bo", Payout: 80, Adjustments: 0, NetPayout: 80, Currency: "HKD" },
  ]);
  expect(s.rows.map((r) => r.currency)).toEqual(["USD", "HKD"]);
  expect(s.totals).toBeNull();
  expect(s.total).toBeNull();
});
