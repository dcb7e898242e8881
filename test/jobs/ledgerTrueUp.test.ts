/**
 * A true-up after closed periods reads what SalesLedger says was paid. Worked example (5% of Revenue
 * from the first yuan, true-up on the year to date, a recoverable draw of 2,000 a month):
 * - R1 sells 100,000 in January: 5,000 is closed into the ledger. January is then restated to
 *   98,000 and February sells 60,000: earned to date 158,000 x 5% = 7,900; paid before as booked
 *   5,000, so February pays 2,900 (not 7,900 - 4,900 = 3,000 with a -100 restatement line).
 * - February is closed at 2,900; January is restated again to 99,000 and March sells 50,000:
 *   209,000 x 5% = 10,450 - 7,900 booked = 2,550.
 * - R2 sells 20,000, 30,000 and 90,000 (1,000, 1,500, 4,500 earned): the draw tops January and
 *   February up to 2,000 (owed 1,000 + 500), March repays the 1,500 from its 2,500 above the draw.
 *   January is then restated to 30,000 (1,500 earned, a 500 top-up): the ledger still says R2 owed
 *   1,000 after January, and a reprinted January statement says so; March pays the change in its
 *   true-up (+500), reverses 500 of January's top-up and repays the 1,000 still owed: 3,500.
 * At every step ledger + open periods = what the inputs pay every period now, to the cent.
 */
import { closePeriod, headersSpec, readLedger, recomputePayouts } from "../../src/jobs";
import { planTables } from "../../src/jobs/plan";
import { buildStatements } from "../../src/jobs/statements";
import { runPipeline } from "../../src/cli/pipeline";
import type { Plan } from "../../src/engine/incentives";
import { drawBalances } from "../../src/engine/ledger";
import { fromCents, toCents } from "../../src/kernel/money";
import type { OutputColumn, OutputTable } from "../../src/workbook/outputs";
import type { WorkbookHost } from "../../src/workbook/host";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";

const NOW = new Date(Date.UTC(2026, 3, 2, 8));
const plan: Plan = {
  name: "TrueUp",
  version: "1",
  currency: "CNY",
  frequency: "monthly",
  trueUp: true,
  negativeTrueUp: "clawback",
  measures: [
    {
      name: "Revenue",
      weight: 1,
      method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.05 }] },
    },
  ],
  draw: { amount: 2000, recoverable: true },
};

const col = (key: string, kind: OutputColumn["kind"] = "text"): OutputColumn => ({ key, header: key, kind });

function actuals(r1: readonly number[], r2: readonly number[]): OutputTable {
  const months = ["2026-01", "2026-02", "2026-03"];
  return {
    name: "Actuals",
    columns: [col("RepID"), col("Period"), col("Measure"), col("Amount", "number")],
    rows: [
      ...r1.map((Amount, i) => ({ RepID: "R1", Period: months[i], Measure: "Revenue", Amount })),
      ...r2.map((Amount, i) => ({ RepID: "R2", Period: months[i], Measure: "Revenue", Amount })),
    ],
  };
}

async function workbook(): Promise<WorkbookHost> {
  const host = XlsxWorkbookHost.create();
  await host.writeTables(
    [
      {
        name: "Reps",
        columns: [col("RepID"), col("Name"), col("Region")],
        rows: [
          { RepID: "R1", Name: "Ana", Region: "North" },
          { RepID: "R2", Name: "Bo", Region: "North" },
        ],
      },
      actuals([100_000], [20_000]),
      {
        name: "SalesTargets",
        columns: [col("RepID"), col("Period"), col("Target", "money")],
        rows: ["R1", "R2"].flatMap((RepID) =>
          ["2026-01", "2026-02", "2026-03"].map((Period) => ({ RepID, Period, Target: 100_000 })),
        ),
      },
      ...planTables(plan),
    ],
    NOW,
  );
  return host;
}

const cents = (xs: readonly unknown[]) => xs.reduce<bigint>((s, x) => s + toCents(Number(x ?? 0)), 0n);

/** Run payouts as the command line does; SalesPayouts as written. */
async function payouts(host: WorkbookHost, lang: "en" | "zh" = "en") {
  await runPipeline(host, {
    year: 2026,
    targets: null,
    products: [],
    plan,
    scorecard: null,
    now: () => NOW,
    lang,
  });
  return (await host.readTable(headersSpec("SalesPayouts"))).rows.map((r) => ({ ...r.values }));
}

/** Ledger + open periods against what the inputs pay every period now, to the cent. */
async function reconciles(host: WorkbookHost, rows: readonly Record<string, unknown>[]) {
  const ledger = await readLedger(host);
  const recomputed = (await recomputePayouts(host)).job.engine.totals.net;
  expect(fromCents(cents(ledger.map((l) => l.amount)) + cents(rows.map((r) => r.NetPayout)))).toBe(
    recomputed,
  );
}

const row = (rows: readonly Record<string, unknown>[], rep: string, period: string, measure: string) =>
  rows.find((r) => r.RepID === rep && r.Period === period && r.Measure === measure);

test("a restated January is paid in February's true-up, paid before read from the ledger", async () => {
  const host = await workbook();
  await payouts(host);
  await closePeriod(host, { period: "2026-01", by: "Ana", now: NOW, lang: "en" });
  const january = await readLedger(host);
  expect(january.filter((l) => l.repId === "R1").map((l) => [l.line, l.amount])).toEqual([["Revenue", 5000]]);

  await host.writeTables([actuals([98_000, 60_000], [20_000, 30_000])], NOW);
  const feb = await payouts(host);
  expect(await readLedger(host)).toEqual(january);
  const revenue = row(feb, "R1", "2026-02", "Revenue")!;
  expect(Number(revenue.NetPayout)).toBe(2900);
  expect(String(revenue.Explanation)).toMatch(
    /\. This period: earned to date 7,900 - paid before as booked in SalesLedger 5,000 = 2,900$/,
  );
  // The true-up paid January's change: no restatement line repeats it.
  expect(feb.filter((r) => String(r.Measure).startsWith("restatement"))).toEqual([]);
  await reconciles(host, feb);

  await closePeriod(host, { period: "2026-02", by: "Ana", now: NOW, lang: "en" });
  const february = (await readLedger(host)).filter((l) => l.period === "2026-02" && l.repId === "R1");
  expect(february.map((l) => [l.line, l.amount])).toEqual([["Revenue", 2900]]);

  const drawOwed = async (period: string) => {
    const statement = (await buildStatements(host, { period, lang: "en", now: NOW })).find(
      (x) => x.repId === "R2",
    )!;
    return statement.rows.find((r) => r.cells[0] === `Draw balance owed after ${period}`)?.cells[2];
  };
  expect([await drawOwed("2026-01"), await drawOwed("2026-02")]).toEqual([1000, 1500]);

  await host.writeTables([actuals([99_000, 60_000, 50_000], [30_000, 30_000, 90_000])], NOW);
  const mar = await payouts(host);
  expect(Number(row(mar, "R1", "2026-03", "Revenue")!.NetPayout)).toBe(2550);
  await reconciles(host, mar);
  expect(mar.filter((r) => r.RepID === "R2").map((r) => [r.Measure, Number(r.NetPayout)])).toEqual([
    ["Revenue", 5000],
    ["Adjustments", -1000],
    ["restatement 2026-01 draw top-up", -500],
  ]);
  // The draw carried into March is what the ledger booked (1,000 + 500 owed after February): the
  // balance the inputs give now (500 + 500) plus the January top-up the restatement takes back.
  const booked = drawBalances(await readLedger(host), "2026-02", new Map()).get("R2");
  const { job } = await recomputePayouts(host);
  const now = job.engine.rows.find((r) => r.repId === "R2" && r.period === "2026-02" && r.kind === "total")!;
  expect([booked, now.drawBalance]).toEqual([1500, 1000]);
  expect(booked).toBe(
    now.drawBalance - Number(row(mar, "R2", "2026-03", "restatement 2026-01 draw top-up")!.NetPayout),
  );
  // As booked: R2 owed 1,000 after January, whatever January would pay now.
  expect([await drawOwed("2026-01"), await drawOwed("2026-03")]).toEqual([1000, 0]);
  const zh = await payouts(host, "zh");
  expect(String(row(zh, "R1", "2026-03", "Revenue")!.Explanation)).toMatch(
    /。本期：年初至今应得 10,450 - SalesLedger 已入账的此前已付 7,900 = 2,550$/,
  );
});
