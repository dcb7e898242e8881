/**
 * PRODUCT.md "Organisations" through the payouts job (the run both the pane and the CLI use): deals
 * credited into Actuals (a 60/40 split and an overlay), a two-level team roll-up paid by an
 * override, and a rep paid in HKD shown in the reporting currency, each against the same rule
 * written as native formulas in HyperFormula; bad input named, in English and Chinese.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { stopsWith } from "../support/stops";
import { serialOf } from "../../src/kernel/calendar";
import { planFromRows, type Plan } from "../../src/engine/incentives";
import { payoutsJob, type PayoutJobResult } from "../../src/jobs/payouts";
import type { ParsedTable, ParsedValue } from "../../src/workbook/parse";
import type { OutputRow } from "../../src/workbook/outputs";

function table(name: string, rows: readonly Record<string, ParsedValue>[]): ParsedTable {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return {
    name,
    sheet: name,
    table: name,
    columns: keys.map((key, index) => ({
      key,
      header: key,
      index,
      spec: { key, aliases: [key], kind: "text", required: false },
    })),
    rows: rows.map((values, i) => ({ row: i + 2, values })),
    rowCount: rows.length,
    problems: [],
  };
}

/** Revenue at a flat 10% commission, paid monthly in USD; TeamRevenue (when asked) a 2% override. */
function plan(withOverride = false): Plan {
  return planFromRows({
    plan: [
      { Parameter: "Name", Item: "", Value: "Field" },
      { Parameter: "Version", Item: "", Value: "1" },
      { Parameter: "Currency", Item: "", Value: "USD" },
      { Parameter: "Method", Item: "Revenue", Value: "tiers" },
      ...(withOverride
        ? [
            { Parameter: "Override", Item: "TeamRevenue", Value: 0.02 },
            { Parameter: "Source", Item: "TeamRevenue", Value: "Revenue" },
          ]
        : []),
    ],
    tiers: [{ Measure: "Revenue", From: 0, Rate: 0.1 }],
  });
}

const march = (day: number) => serialOf(2026, 3, day);

function run(
  inputs: Partial<Record<"reps" | "actuals" | "deals" | "repCurrencies" | "fxRates", ParsedTable>>,
  p: Plan = plan(),
  language: "en" | "zh" = "en",
): PayoutJobResult {
  return payoutsJob(
    { reps: inputs.reps ?? reps(), ...inputs },
    { plan: p, measureTargets: { Revenue: 100000, TeamRevenue: 0 }, language, year: 2026 },
  );
}

const reps = (managers: Record<string, string> = {}) =>
  table(
    "Reps",
    ["R1", "R2", "R3", "M1", "M0"].map((id) => ({
      RepID: id,
      Name: id === "M0" ? "Mia Boss" : `Rep ${id}`,
      Region: "North",
      Manager: managers[id] ?? "",
    })),
  );

const payoutRows = (result: PayoutJobResult) => result.outputs[0].rows;
const rowOf = (rows: readonly OutputRow[], rep: string, measure = "Revenue") =>
  rows.find((r) => r.RepID === rep && r.Measure === measure && r.Period === "2026-03")!;

function sheet(cells: RawCellContent[][]): HyperFormula {
  return HyperFormula.buildFromArray(cells, { licenseKey: "gpl-v3" });
}

describe("deals and crediting", () => {
  const deals: Record<string, ParsedValue>[] = [
    { DealID: "D-1001", Date: march(10), RepID: "R1", Amount: 50000, Split: 0.6, Measure: "Revenue" },
    { DealID: "D-1001", Date: march(10), RepID: "R2", Amount: 50000, Split: 0.4, Measure: "Revenue" },
    {
      DealID: "D-1001",
      Date: march(10),
      RepID: "R3",
      Amount: 50000,
      Split: 1,
      Measure: "Revenue",
      Overlay: true,
    },
    { DealID: "D-1002", Date: march(20), RepID: "R1", Amount: 20000, Split: null, Measure: "Revenue" },
    { DealID: "D-1003", Date: march(21), RepID: "M1", Amount: 1000, Split: 1, Measure: "Revenue" },
    { DealID: "D-1004", Date: march(22), RepID: "M0", Amount: 1000, Split: 1, Measure: "Revenue" },
  ];

  test("a 60/40 split and an overlay credit Amount x Split, as SUMIFS over Amount x Split does", () => {
    const rows = payoutRows(run({ deals: table("Deals", deals) }));
    // The deals as a sheet: RepID, Amount, Split (blank = 100%), and each rep's credited actual and payout.
    const hf = sheet([
      ...deals.map((d, i): RawCellContent[] => [d.RepID, d.Amount, d.Split ?? 1, `=B${i + 1}*C${i + 1}`]),
      ...["R1", "R2", "R3"].map((rep, i): RawCellContent[] => [
        rep,
        `=SUMIFS(D1:D6,A1:A6,"${rep}")`,
        `=ROUND(B${i + 7}*10%,2)`,
      ]),
    ]);
    ["R1", "R2", "R3"].forEach((rep, i) => {
      const row = rowOf(rows, rep);
      expect(row.Actual).toBeCloseTo(hf.getCellValue({ sheet: 0, row: 6 + i, col: 1 }) as number, 9);
      expect(row.NetPayout).toBe(hf.getCellValue({ sheet: 0, row: 6 + i, col: 2 }));
    });
    expect(rowOf(rows, "R1").Actual).toBe(50000);
    expect(rowOf(rows, "R2").Actual).toBe(20000);
    expect(rowOf(rows, "R3").Actual).toBe(50000);
    expect(rowOf(rows, "R1").Explanation).toContain(
      "Actual from 2 deal(s): D-1001 60% of 50,000, D-1002 100% of 20,000.",
    );
    expect(rowOf(rows, "R3").Explanation).toContain("D-1001 overlay 100% of 50,000");
    const zh = payoutRows(run({ deals: table("Deals", deals) }, plan(), "zh"));
    expect(rowOf(zh, "R1").Explanation).toContain(
      "实际值来自 2 笔交易：D-1001 占 50,000 的 60%，D-1002 占 20,000 的 100%。",
    );
  });

  test("without Deals the rows and explanations are as before", () => {
    const actuals = table("Actuals", [
      { RepID: "R1", Period: "2026-03", Measure: "Revenue", Amount: 50000 },
      { RepID: "R2", Period: "2026-03", Measure: "Revenue", Amount: 20000 },
    ]);
    const rows = payoutRows(
      run({
        reps: table(
          "Reps",
          reps()
            .rows.slice(0, 2)
            .map((r) => r.values),
        ),
        actuals,
      }),
    );
    expect(rowOf(rows, "R1").Explanation).not.toContain("deal");
    expect(Object.keys(rowOf(rows, "R1"))).not.toContain("Currency");
  });

  test("splits that do not add up to 100% stop the run naming the deal and the sum (en, zh)", () => {
    const bad = deals.map((d) => (d.RepID === "R2" ? { ...d, Split: 0.3 } : d));
    const error = stopsWith(() => run({ deals: table("Deals", bad) }));
    expect(error.en).toBe(
      "Deals: the splits of deal D-1001 add up to 90% apart from overlay rows, not 100% (sheet rows 2, 3, 4)",
    );
    expect(error.zh).toContain("交易 D-1001 的分成比例（叠加行除外）合计为 90%");
  });

  test("a rep Deals names that Reps does not have is named with the sheet row (en, zh)", () => {
    const bad = [
      ...deals,
      { DealID: "D-1009", Date: march(3), RepID: "R9", Amount: 10, Split: 1, Measure: "Revenue" },
    ];
    const error = stopsWith(() => run({ deals: table("Deals", bad) }));
    expect(error.en).toBe("Deals row 8: rep 'R9' of deal D-1009 is not in Reps");
    expect(error.zh).toBe("Deals 第 8 行：交易 D-1009 的销售代表“R9”不在 Reps 表中");
  });

  test("a deal's misspelled measure or a date outside the plan year names the Deals cell (en, zh)", () => {
    const odd = [
      ...deals,
      { DealID: "D-1010", Date: march(4), RepID: "R2", Amount: 10, Split: 1, Measure: "Revenu" },
      { DealID: "D-1011", Date: march(5), RepID: "R2", Amount: 20, Split: 1, Measure: "Revenu" },
      { DealID: "D-1012", Date: serialOf(2031, 1, 5), RepID: "R3", Amount: 30, Split: 1, Measure: "Revenue" },
    ];
    // Actuals as a workbook has them: its Revenue rows are replaced by the deals' (not named).
    const actuals = table("Actuals", [{ RepID: "R1", Period: "2026-03", Measure: "Revenue", Amount: 1 }]);
    const warned = run({ deals: table("Deals", odd), actuals }).warnings ?? [];
    const measure = warned.find((w) => w.error.format("en").includes("Revenu'"))!;
    // Both deals of R2's March make one credited amount; the warning counts and lists their rows.
    expect(measure.error.format("en")).toBe(
      "Deals!F8 (Measure): measure 'Revenu' is not one the plan or scorecard uses; did you mean Revenue? 2 row(s) left out (sheet rows 8, 9)",
    );
    expect(measure.error.format("zh")).toBe(
      "Deals!F8 (Measure)：指标“Revenu”不是方案或评分卡使用的指标；是否应为 Revenue？已略过 2 行（工作表行 8, 9）",
    );
    expect(measure).toMatchObject({ sheet: "Deals", table: "Deals", row: 8, column: 6, cell: "F8" });
    const year = warned.find((w) => w.error.format("en").includes("2031"))!;
    expect(year.error.format("en")).toBe(
      "Deals!B10 (Date): 2031-01 is outside the plan year 2026; 1 Deals row(s) left out (sheet rows 10)",
    );
    expect(year.error.format("zh")).toContain("已略过 Deals 的 1 行（工作表行 10）");
  });
});

describe("managers: team measures and overrides", () => {
  // M0 <- M1 <- R1, R2; M0 <- R3 (named by name); M1 and M0 sell too.
  const lines = { R1: "M1", R2: "m1", R3: "M0", M1: "Mia Boss" };
  const own = { R1: 50000, R2: 20000, R3: 30000, M1: 1000, M0: 500 };
  const actuals = table(
    "Actuals",
    Object.entries(own).map(([rep, amount]) => ({
      RepID: rep,
      Period: "2026-03",
      Measure: "Revenue",
      Amount: amount,
    })),
  );

  test("a two-level roll-up pays the override on everyone under the manager, as SUMIFS does", () => {
    const rows = payoutRows(run({ reps: reps(lines), actuals }, plan(true)));
    const ids = Object.keys(own);
    const managerOf = (id: string) => (lines as Record<string, string>)[id] ?? "";
    // Rep, manager (as RepID), own actual; then each manager's team actual and override.
    const hf = sheet([
      ...ids.map((id): RawCellContent[] => [
        id,
        managerOf(id).toUpperCase().replace("MIA BOSS", "M0"),
        own[id as keyof typeof own],
      ]),
      ["M1", '=SUMIFS(C1:C5,B1:B5,"M1")', "=ROUND(B6*2%,2)"],
      ["M0", '=SUMIFS(C1:C5,B1:B5,"M0")+B6', "=ROUND(B7*2%,2)"],
    ]);
    const value = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    const m1 = rowOf(rows, "M1", "TeamRevenue");
    const m0 = rowOf(rows, "M0", "TeamRevenue");
    expect(m1.Actual).toBe(value(5, 1));
    expect(m1.NetPayout).toBe(value(5, 2));
    expect(m0.Actual).toBe(value(6, 1));
    expect(m0.NetPayout).toBe(value(6, 2));
    expect(m0.Actual).toBe(101000);
    // Targets roll up the same way: four reps under M0 at 100,000 each.
    expect(m0.Target).toBe(400000);
    expect(m1.Target).toBe(200000);
    expect(m0.Explanation).toContain("Team of 4 rep(s) reporting to Mia Boss (M0)");
    // The managers' own revenue is still paid on their own figures.
    expect(rowOf(rows, "M1").Actual).toBe(1000);
  });

  test("the override round-trips through SalesPlan rows as a team commission table", () => {
    const p = plan(true);
    const team = p.measures.find((x) => x.name === "TeamRevenue")!;
    expect(team).toMatchObject({
      on: "team",
      source: "Revenue",
      method: { kind: "tiers", tiers: [{ from: 0, rate: 0.02 }] },
    });
  });

  test("a member paid in another currency counts in the manager's at the month's rate, to the cent", () => {
    // R1 is paid in HKD (50,000 HKD at 0.128 = 6,400 USD); everyone else, M1 and M0 too, in USD.
    const currencies = table("Reps", [{ RepID: "R1", Currency: "HKD" }]);
    const fxRates = table("FxRates", [{ Currency: "HKD", Period: "2026-03", Rate: 0.128 }]);
    const rows = payoutRows(
      run({ reps: reps(lines), actuals, repCurrencies: currencies, fxRates }, plan(true)),
    );
    const hf = sheet([[50000, "=ROUND(A1*0.128,2)", "=B1+20000", "=C1+30000+1000"]]);
    const value = (col: number) => hf.getCellValue({ sheet: 0, row: 0, col });
    expect(rowOf(rows, "M1", "TeamRevenue").Actual).toBe(value(2));
    expect(rowOf(rows, "M0", "TeamRevenue").Actual).toBe(value(3));
    expect(rowOf(rows, "M0", "TeamRevenue").Actual).toBe(57400);
    // R1's own row stays in HKD.
    expect(rowOf(rows, "R1")).toMatchObject({ Actual: 50000, Currency: "HKD" });
  });

  test("a reporting loop stops the run naming the reps in it (en, zh)", () => {
    const error = stopsWith(() => run({ reps: reps({ ...lines, M0: "R1" }), actuals }, plan(true)));
    expect(error.en).toMatch(/reporting loop.*: R1 -> M1 -> M0$/);
    expect(error.zh).toMatch(/汇报循环.*：R1 -> M1 -> M0$/);
  });
});

describe("currencies", () => {
  const actuals = table("Actuals", [
    { RepID: "R1", Period: "2026-03", Measure: "Revenue", Amount: 12345.67 },
    { RepID: "R2", Period: "2026-03", Measure: "Revenue", Amount: 20000 },
  ]);
  const twoReps = table(
    "Reps",
    reps()
      .rows.slice(0, 2)
      .map((r) => r.values),
  );
  const currencies = table("Reps", [
    { RepID: "R1", Currency: "HKD" },
    { RepID: "R2", Currency: "" },
  ]);
  const rates = table("FxRates", [
    { Currency: "HKD", Period: "2026-03", Rate: 0.128 },
    { Currency: "HKD", Period: "2026-02", Rate: 0.1279 },
  ]);

  test("a payout in HKD rounds in HKD, then in USD at the month's rate, as ROUND(ROUND(..)*rate) does", () => {
    const result = run({ reps: twoReps, actuals, repCurrencies: currencies, fxRates: rates });
    const rows = payoutRows(result);
    const hf = sheet([[12345.67, "=ROUND(A1*10%,2)", "=ROUND(B1*0.128,2)"]]);
    const r1 = rowOf(rows, "R1");
    expect(r1.NetPayout).toBe(hf.getCellValue({ sheet: 0, row: 0, col: 1 }));
    expect(r1.PayoutReporting).toBe(hf.getCellValue({ sheet: 0, row: 0, col: 2 }));
    expect([r1.Currency, r1.NetPayout, r1.PayoutReporting]).toEqual(["HKD", 1234.57, 158.02]);
    expect(r1.Explanation).toContain("In USD at 0.128 per HKD (2026-03): 1,234.57 HKD = 158.02 USD.");
    expect(rowOf(rows, "R2")).toMatchObject({ Currency: "USD", NetPayout: 2000, PayoutReporting: 2000 });
    expect(result.outputs[0].columns.map((c) => c.key).slice(-3)).toEqual([
      "Currency",
      "PayoutReporting",
      "Explanation",
    ]);
    expect(result.totals.find((t) => t.id === "payoutNetReporting")!.value).toBe(2158.02);
    const zh = payoutRows(
      run({ reps: twoReps, actuals, repCurrencies: currencies, fxRates: rates }, plan(), "zh"),
    );
    expect(rowOf(zh, "R1").Explanation).toContain(
      "按 2026-03 汇率 1 HKD = 0.128 USD 折算：1,234.57 HKD = 158.02 USD。",
    );
  });

  test("a month the HKD rep was not employed says no '0 HKD = 0 USD' conversion (en, zh)", () => {
    // R1 (paid in HKD) leaves on 10 February; R2's March actual makes March a paid month.
    const leaver = table(
      "Reps",
      twoReps.rows.map((r) =>
        r.values.RepID === "R1" ? { ...r.values, EndDate: serialOf(2026, 2, 10) } : r.values,
      ),
    );
    const months = table("Actuals", [
      { RepID: "R1", Period: "2026-02", Measure: "Revenue", Amount: 5000 },
      { RepID: "R2", Period: "2026-03", Measure: "Revenue", Amount: 20000 },
    ]);
    for (const language of ["en", "zh"] as const) {
      const rows = payoutRows(
        run({ reps: leaver, actuals: months, repCurrencies: currencies, fxRates: rates }, plan(), language),
      );
      const of = (period: string) => rows.find((r) => r.RepID === "R1" && r.Period === period)!;
      expect(of("2026-03")).toMatchObject({ Currency: "HKD", NetPayout: 0, PayoutReporting: 0 });
      expect(of("2026-03").Explanation).not.toContain("HKD =");
      expect(of("2026-03").Explanation).toContain(language === "en" ? "not employed" : "2026-03");
      // February, when R1 was employed, still converts: 500 HKD at 0.1279.
      expect(of("2026-02").Explanation).toContain("500 HKD = 63.95 USD");
    }
  });

  test("a missing rate is an error naming the currency and the period (en, zh)", () => {
    const error = stopsWith(() =>
      run({
        reps: twoReps,
        actuals,
        repCurrencies: currencies,
        fxRates: table(
          "FxRates",
          rates.rows.slice(1).map((r) => r.values),
        ),
      }),
    );
    expect(error.en).toBe(
      "FxRates has no rate for HKD in 2026-03 (rep R1 is paid in HKD; reporting currency USD)",
    );
    expect(error.zh).toBe("FxRates 中没有 HKD 在 2026-03 的汇率（销售代表 R1 以 HKD 支付；报告币种 USD）");
  });
});
