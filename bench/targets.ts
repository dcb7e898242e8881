/**
 * Targets benchmarks: TARGETSPLIT of a million weights, and the full company -> 50 regions ->
 * 10,000 reps -> 12 months plan against the same plan built from native Excel formulas (the
 * SUMPRODUCT/ROUND sheet with a residue correction a planner builds without the add-in),
 * evaluated by HyperFormula.
 */
import type { RawCellContent } from "hyperformula";
import { planTargets, splitTotal, type RepInput } from "../src/engine/targets";
import { seededRandom, timeMs, timeNativeSheet, type BenchRow } from "./harness";

const REGIONS = 50;
const REPS = 10_000;
const COMPANY_TARGET = 1_234_567_890;
const SEASONALITY = [6, 7, 9, 8, 8, 9, 7, 7, 9, 8, 9, 13];
const MONTH_COLUMNS = "HIJKLMNOPQRS".split("");

function regionName(g: number): string {
  return `Region ${String(g + 1).padStart(2, "0")}`;
}

/** Reps sorted by region (as a planner's sheet would be), last year's sales in cents. */
function makeReps(): RepInput[] {
  const random = seededRandom(3);
  return Array.from({ length: REPS }, (_, i) => ({
    repId: `R${String(i + 1).padStart(5, "0")}`,
    name: `Rep ${i + 1}`,
    region: regionName(Math.floor((i * REGIONS) / REPS)),
    lastYearSales: Math.round((20_000 + random() * 980_000) * 100) / 100,
  }));
}

/**
 * The native-formula plan. Regions: sales by SUMPRODUCT, target by ROUND of the share, the
 * rounding residue to the first region; reps: ROUND of the share of the region's target, the
 * region's residue to its first rep; months: ROUND by the seasonality weights, the last month takes
 * what is left so each rep's months add up.
 */
function nativeSheets(reps: readonly RepInput[]): Record<string, RawCellContent[][]> {
  const last = REPS + 1;
  const repRange = (column: string) => `Reps!$${column}$2:$${column}$${last}`;
  const regions: RawCellContent[][] = [["Region", "Sales", "Rounded", "Target", "Residue"]];
  for (let g = 0; g < REGIONS; g++) {
    const r = g + 2;
    regions.push([
      regionName(g),
      `=SUMPRODUCT((${repRange("B")}=A${r})*${repRange("C")})`,
      `=ROUND(Params!$B$1*B${r}/SUM($B$2:$B$${REGIONS + 1}),0)`,
      `=C${r}+IF(ROW()=2,Params!$B$1-SUM($C$2:$C$${REGIONS + 1}),0)`,
      `=D${r}-SUMPRODUCT((${repRange("B")}=A${r})*${repRange("F")})`,
    ]);
  }
  const lookup = (column: string, r: number) =>
    `INDEX(Regions!$${column}$2:$${column}$${REGIONS + 1},MATCH(B${r},Regions!$A$2:$A$${REGIONS + 1},0))`;
  const sheet: RawCellContent[][] = [
    [
      "RepID",
      "Region",
      "Sales",
      "RegionTarget",
      "RegionSales",
      "Rounded",
      "Annual",
      ...SEASONALITY,
      "=SUM(H1:S1)",
    ],
  ];
  reps.forEach((rep, i) => {
    const r = i + 2;
    const months = MONTH_COLUMNS.map((c, m) =>
      m < 11 ? `=ROUND($G${r}*${c}$1/$T$1,0)` : `=$G${r}-SUM(H${r}:R${r})`,
    );
    sheet.push([
      rep.repId,
      rep.region,
      rep.lastYearSales ?? 0,
      `=${lookup("D", r)}`,
      `=${lookup("B", r)}`,
      `=ROUND(D${r}*C${r}/E${r},0)`,
      `=F${r}+IF(B${r}<>B${r - 1},${lookup("E", r)},0)`,
      ...months,
    ]);
  });
  return { Params: [["Company target", COMPANY_TARGET]], Regions: regions, Reps: sheet };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // Each case in its own function, so the million weights are garbage before the plan is timed.
  rows.push(...benchSplit());
  rows.push(...benchPlan());
  return rows;
}

function benchSplit(): BenchRow[] {
  const rows: BenchRow[] = [];
  // TARGETSPLIT of 1,000,000 weights (sales in cents), to cents.
  const random = seededRandom(1);
  const weights = Array.from({ length: 1_000_000 }, () => Math.round(random() * 100_000_000) / 100);
  let parts: number[] = [];
  const splitMs = timeMs(() => {
    parts = splitTotal(98_765_432_109.87, weights, { decimals: 2 });
  });
  const cents = parts.reduce((sum, p) => sum + Math.round(p * 100), 0);
  if (cents !== 9_876_543_210_987) throw new Error(`TARGETSPLIT lost units: ${cents}`);
  rows.push({
    area: "targets",
    name: "TARGETSPLIT 1,000,000 weights",
    engineMs: splitMs,
    goal: { engineMs: 1000 },
  });
  const hugeMs = timeMs(() => splitTotal(999_999_999_999_999, weights, { decimals: 2 }), 3);
  rows.push({
    area: "targets",
    name: "TARGETSPLIT 1,000,000 weights, total 1e15 to cents",
    engineMs: hugeMs,
    note: "1e17 units: above 2^53, so the quotient's head goes through BigInt",
  });

  return rows;
}

function benchPlan(): BenchRow[] {
  // Company -> 50 regions -> 10,000 reps -> 12 months, engine and native formulas.
  const reps = makeReps();
  const input = {
    reps,
    regions: Array.from({ length: REGIONS }, (_, g) => ({ region: regionName(g) })),
    companyTarget: COMPANY_TARGET,
    regionBasis: "history" as const,
    repBasis: "history" as const,
    fiscalYear: { startYear: 2026, startMonth: 1 },
    seasonality: SEASONALITY,
  };
  let plan = planTargets(input);
  const planMs = timeMs(() => {
    plan = planTargets(input);
  });
  const numbersMs = timeMs(() => planTargets({ ...input, rows: false }));
  const native = timeNativeSheet(nativeSheets(reps), 3);

  // The two must agree: the whole target is placed, and reps other than a region's first (which
  // takes the native sheet's residue) differ by at most a few units of rounding.
  const repsSheet = native.hf.getSheetId("Reps") as number;
  const cell = (row: number, col: number) => native.hf.getCellValue({ sheet: repsSheet, row, col }) as number;
  let nativeTotal = 0;
  for (let i = 0; i < REPS; i++) nativeTotal += cell(i + 1, 6);
  const engineTotal = plan.reps.reduce((sum, r) => sum + r.annual, 0);
  if (nativeTotal !== COMPANY_TARGET || engineTotal !== COMPANY_TARGET)
    throw new Error(`totals differ: native ${nativeTotal}, engine ${engineTotal}`);
  let worst = 0;
  for (let i = 1; i < REPS; i += 97) {
    if (i % (REPS / REGIONS) === 0) continue;
    worst = Math.max(worst, Math.abs(cell(i + 1, 6) - plan.reps[i].annual));
    const months = Array.from({ length: 12 }, (_, m) => cell(i + 1, 7 + m));
    if (months.reduce((a, b) => a + b, 0) !== cell(i + 1, 6))
      throw new Error(`native months of rep ${i} do not add up`);
  }
  if (worst > 3) throw new Error(`engine and native formulas differ by ${worst} on a rep`);
  native.hf.destroy();

  return [
    {
      area: "targets",
      name: "split company > 50 regions > 10,000 reps > 12 months",
      engineMs: numbersMs,
      nativeMs: native.ms,
      goal: { ratio: 20, engineMs: 200 },
      note: "planTargets with rows: false: every level's numbers (regions, reps, months, quarters), as the native sheet computes them",
    },
    {
      area: "targets",
      name: "same plan plus 120,000 SalesTargets rows",
      engineMs: planMs,
      nativeMs: native.ms,
      goal: { ratio: 20 },
      note: `${plan.rows.length} row objects (most of this time is allocating them); native sheet ${REPS * 14 + REGIONS * 4} formulas; annual targets agree within ${worst} on a sample`,
    },
  ];
}
