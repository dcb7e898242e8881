/**
 * Incentives benchmark: monthly payouts for 10,000 reps x 12 months x 3 measures (revenue on a
 * 4-tier marginal table with a cap, margin on a payout curve with a cap, a collection-rate gate)
 * and a recoverable draw, against the same plan built from native Excel formulas (SUMPRODUCT tier
 * maths, MIN caps, nested IF for the curve, a running draw balance) evaluated by HyperFormula.
 */
import type { RawCellContent } from "hyperformula";
import os from "os";
import { computePayouts, type MeasureAmount, type Plan, type Rep } from "../src/engine/incentives";
import { seededRandom, timeMs, timeNativeSheet, type BenchRow } from "./harness";

const REPS = 10_000;
const MONTHS = 12;
const TARGET_INCENTIVE = 60_000; // annual; 5,000 a month
const REVENUE_TIERS: [number, number][] = [
  [0, 0.02],
  [0.8, 0.04],
  [1, 0.06],
  [1.2, 0.08],
];
const REVENUE_CAP = 6_000;
const MARGIN_WEIGHT = 0.4;
const MARGIN_CAP = 4_000;
const GATE = 0.9;
const DRAW = 1_500;

const plan: Plan = {
  name: "Bench plan",
  version: "1",
  currency: "CNY",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  targetIncentive: TARGET_INCENTIVE,
  measures: [
    {
      name: "Revenue",
      weight: 1 - MARGIN_WEIGHT,
      method: {
        kind: "tiers",
        mode: "marginal",
        basis: "attainment",
        tiers: REVENUE_TIERS.map(([from, rate]) => ({ from, rate })),
      },
      cap: REVENUE_CAP,
    },
    {
      name: "Margin",
      weight: MARGIN_WEIGHT,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0.5, payout: 0.25 },
          { attainment: 1, payout: 1 },
          { attainment: 1.5, payout: 2 },
        ],
      },
      cap: MARGIN_CAP,
    },
  ],
  gates: [{ measure: "CollectionRate", minimum: GATE, on: "actual" }],
  draw: { amount: DRAW, recoverable: true },
};

interface RepMonth {
  revenueTarget: number;
  revenue: number;
  marginTarget: number;
  margin: number;
  collectionRate: number;
}

export function makeData(): { reps: Rep[]; months: RepMonth[][] } {
  const random = seededRandom(4);
  const reps: Rep[] = [];
  const months: RepMonth[][] = [];
  for (let r = 0; r < REPS; r++) {
    reps.push({ id: `R${String(r + 1).padStart(5, "0")}`, name: `Rep ${r + 1}` });
    const revenueTarget = 50_000 + Math.round(random() * 100_000);
    const marginTarget = Math.round(revenueTarget * 0.3);
    months.push(
      Array.from({ length: MONTHS }, () => ({
        revenueTarget,
        revenue: Math.round(revenueTarget * (0.4 + random() * 1.1)),
        marginTarget,
        margin: Math.round(marginTarget * (0.3 + random() * 1.3)),
        collectionRate: Math.round((0.8 + random() * 0.2) * 1000) / 1000,
      })),
    );
  }
  return { reps, months };
}

const monthKey = (m: number) => `2026-${String(m + 1).padStart(2, "0")}`;

export function engineInput(reps: Rep[], months: RepMonth[][]) {
  const targets: MeasureAmount[] = [];
  const actuals: MeasureAmount[] = [];
  reps.forEach((rep, r) =>
    months[r].forEach((month, m) => {
      const period = monthKey(m);
      targets.push({ repId: rep.id, period, measure: "Revenue", amount: month.revenueTarget });
      targets.push({ repId: rep.id, period, measure: "Margin", amount: month.marginTarget });
      actuals.push({ repId: rep.id, period, measure: "Revenue", amount: month.revenue });
      actuals.push({ repId: rep.id, period, measure: "Margin", amount: month.margin });
      actuals.push({ repId: rep.id, period, measure: "CollectionRate", amount: month.collectionRate });
    }),
  );
  return { plan, reps, targets, actuals };
}

/**
 * The workbook a comp analyst builds without the add-in: one sheet per month (HyperFormula, like
 * Excel, limits rows per sheet), one row per rep. Revenue pays by the classic marginal SUMPRODUCT
 * over differential rates (bounds scaled by the rep's target), MIN for the caps, nested IF for the
 * curve, IF for the gate, and a draw balance carried from the previous month's sheet. Amounts are
 * rounded to cents as finance would.
 */
function nativeSheets(reps: Rep[], months: RepMonth[][]): Record<string, RawCellContent[][]> {
  const tiers: RawCellContent[][] = REVENUE_TIERS.map(([from, rate], i) => [
    from,
    rate,
    i === 0 ? `=B${i + 1}` : `=B${i + 1}-B${i}`,
  ]);
  const params: RawCellContent[][] = [
    ["Monthly target incentive", TARGET_INCENTIVE / 12],
    ["Margin weight", MARGIN_WEIGHT],
    ["Revenue cap", REVENUE_CAP],
    ["Margin cap", MARGIN_CAP],
    ["Gate", GATE],
    ["Draw", DRAW],
  ];
  const sheets: Record<string, RawCellContent[][]> = { Params: params, Tiers: tiers };
  for (let m = 0; m < MONTHS; m++) {
    const sheet: RawCellContent[][] = [
      [
        "RepID",
        "Month",
        "RevTarget",
        "Revenue",
        "MarginTarget",
        "Margin",
        "CollectionRate",
        "RevPay",
        "MarginPay",
        "Earned",
        "Balance",
        "Pay",
      ],
    ];
    reps.forEach((rep, r) => {
      const month = months[r][m];
      const x = r + 2;
      const previous = m === 0 ? "0" : `${monthSheet(m - 1)}!K${x}`;
      const a = `(F${x}/E${x})`;
      sheet.push([
        rep.id,
        monthKey(m),
        month.revenueTarget,
        month.revenue,
        month.marginTarget,
        month.margin,
        month.collectionRate,
        `=ROUND(MIN(Params!$B$3,SUMPRODUCT((D${x}>Tiers!$A$1:$A$4*C${x})*(D${x}-Tiers!$A$1:$A$4*C${x})*Tiers!$C$1:$C$4)),2)`,
        `=ROUND(MIN(Params!$B$4,Params!$B$1*Params!$B$2*IF(${a}<0.5,0,IF(${a}<1,0.25+(${a}-0.5)*(1-0.25)/(1-0.5),1+(${a}-1)*(2-1)/(1.5-1)))),2)`,
        `=IF(G${x}>=Params!$B$5,H${x}+I${x},0)`,
        `=IF(J${x}<Params!$B$6,${previous}+Params!$B$6-J${x},${previous}-MIN(${previous},J${x}-Params!$B$6))`,
        `=IF(J${x}<Params!$B$6,Params!$B$6,J${x}-MIN(${previous},J${x}-Params!$B$6))`,
      ]);
    });
    sheets[monthSheet(m)] = sheet;
  }
  return sheets;
}

const monthSheet = (m: number) => `M${String(m + 1).padStart(2, "0")}`;

export async function run(): Promise<BenchRow[]> {
  const { reps, months } = makeData();
  const input = engineInput(reps, months);
  let result = computePayouts(input);
  const engineMs = timeMs(() => {
    result = computePayouts(input);
  });
  // CPU time too: on a shared machine wall time includes waiting for a core.
  const cpuTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    computePayouts(input);
    const used = process.cpuUsage(before);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  cpuTimes.sort((a, b) => a - b);
  const engineCpuMs = cpuTimes[2];
  // What a table writer pays on top: every row as an object (explanations stay lazy).
  const materialisedMs = timeMs(() => {
    const rows = computePayouts(input).rows;
    let net = 0;
    for (const row of rows) net += row.net;
    if (!Number.isFinite(net)) throw new Error("bad net");
  }, 3);
  const explainMs = timeMs(() => {
    for (let i = 0; i < 1000; i++) void result.row(i * 37).explanation;
  }, 3);

  const native = timeNativeSheet(nativeSheets(reps, months), 1);
  const sheetIds = Array.from({ length: MONTHS }, (_, m) => native.hf.getSheetId(monthSheet(m)) as number);
  // Check the two agree: every rep-month's pay to the cent.
  const perMeasure = plan.measures.length + 1;
  let mismatches = 0;
  let worst = 0;
  let nativeTotal = 0;
  let engineTotal = 0;
  for (let i = 0; i < REPS * MONTHS; i++) {
    const r = Math.floor(i / MONTHS);
    const nativePay = native.hf.getCellValue({ sheet: sheetIds[i % MONTHS], row: r + 1, col: 11 }) as number;
    const enginePay = result.row(i * perMeasure + perMeasure - 1).net;
    const difference = Math.abs(Math.round(nativePay * 100) - Math.round(enginePay * 100));
    if (difference > 0) mismatches++;
    worst = Math.max(worst, difference);
    nativeTotal += Math.round(nativePay * 100);
    engineTotal += Math.round(enginePay * 100);
  }
  native.hf.destroy();
  if (worst > 1 || mismatches > (REPS * MONTHS) / 1000)
    throw new Error(`engine and native formulas disagree: ${mismatches} rep-months, worst ${worst} cents`);

  const agreement =
    mismatches === 0
      ? "engine and native formulas agree on every rep-month's pay to the cent"
      : `engine and native formulas agree to the cent except ${mismatches} of ${REPS * MONTHS} rep-months (1 cent, float rounding at a half cent)`;
  return [
    {
      area: "incentives",
      name: "payouts 10,000 reps x 12 months x 3 measures (tiers, curve, gate, caps, draw)",
      engineMs,
      nativeMs: native.ms,
      goal: { ratio: 20, engineMs: 300 },
      note: `engine CPU time ${engineCpuMs.toFixed(0)} ms (median of 5), load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(
          ", ",
        )} on ${os.cpus().length} cores; ${result.length} payout rows; ${agreement}; totals ${engineTotal / 100} (engine) vs ${nativeTotal / 100} (native); explanations are built when read`,
    },
    {
      area: "incentives",
      name: "same, plus every row materialised as an object",
      engineMs: materialisedMs,
    },
    {
      area: "incentives",
      name: "1,000 explanations read",
      engineMs: explainMs,
    },
  ];
}
