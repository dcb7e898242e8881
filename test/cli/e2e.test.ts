/**
 * End to end: `salesplan demo` and `salesplan run` write real .xlsx files; exceljs opens them again
 * and every table is checked.
 */
import { promises as fs, existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { acknowledgementMessages, checkWorkbook } from "../../src/jobs";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";
import { cli as runCli, tables, type Ran, type Table } from "./support";

jest.setTimeout(120_000);

let dir: string;
const NOW = new Date(Date.UTC(2026, 6, 1, 8, 30));
const cli = (...argv: string[]): Promise<Ran> => runCli(dir, NOW, ...argv);

const cents = (values: unknown[]): number =>
  values.reduce<number>((s, v) => s + (typeof v === "number" ? Math.round(v * 100) : 0), 0);
const column = (t: Table, header: string): unknown[] => t.rows.map((r) => r[t.headers.indexOf(header)]);

let demo: Ran;
let demoFile: string;
let demoTables: Map<string, Table>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-cli-"));
  demoFile = path.join(dir, "demo.xlsx");
  const started = Date.now();
  demo = await cli("demo", "-o", "demo.xlsx");
  console.log(`salesplan demo took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (demo.code !== 0) throw new Error(`demo failed: ${demo.err}`);
  demoTables = await tables(demoFile);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The demo's audit: a run, its first months closed, approved and one paid, the run again, the model. */
const DEMO_AUDIT = [
  ...["targets", "payouts", "scorecards", "people"],
  ...["close 2026-01 by Finance", "close 2026-02 by Finance"],
  ...["approve 2026-01 by Sales Director", "approve 2026-02 by Sales Director", "paid 2026-01 by Payroll"],
  ...["targets", "payouts", "scorecards", "people", "model"],
];

describe("salesplan demo", () => {
  it("exits 0 and prints totals that reconcile, the top and bottom reps and the file", () => {
    expect(demo.err).toMatch(/\[15\/16\] close 2026-01, 2026-02 into SalesLedger, approve, pay the first\n/);
    expect(demo.err).toMatch(/\[16\/16\] save demo\.xlsx/);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/^SalesPlan demo: 60 reps in 6 regions, FY2026, actuals to 2026-06/);
    expect(demo.out).toMatch(
      /Targets: company target [\d,.]+; sum of rows [\d,.]+ ✓; 6\/6 regions reconcile/,
    );
    expect(demo.out).toMatch(/Payouts: gross [\d,.]+ \+ adjustments -?[\d,.]+ = net [\d,.]+ ✓/);
    // The managers' plan adds the team measures (demo/plans.ts managerPlan).
    expect(demo.out).toMatch(
      /^ {2}gross [\d,.]+ = Revenue [\d,.]+ \+ Collection [\d,.]+ \+ TeamRevenue [\d,.]+ \+ TeamOverride [\d,.]+$/m,
    );
    // The honour roll's cash, paid inside the adjustments (people.test.ts checks where): the awards
    // of the open periods SalesPayouts holds, the closed months' being in SalesLedger.
    const awards = /^ {2}of which honour roll awards ([1-9][\d,]*\.\d\d)$/m.exec(demo.out);
    const paid = column(demoTables.get("SalesPayouts")!, "Explanation").flatMap((e) =>
      [...String(e).matchAll(/honour roll award “[^”]*” ([\d,.]+)/g)].map((m) =>
        Number(m[1].replace(/,/g, "")),
      ),
    );
    expect(cents([Number(awards?.[1].replace(/,/g, ""))])).toBe(cents(paid));
    expect(demo.out).toMatch(/Top reps/);
    expect(demo.out).toMatch(/Bottom reps/);
    expect(demo.out).toContain(`Wrote ${demoFile}`);
    expect(demo.out).not.toContain("✗");
  });

  it("prints payout figures that add up as printed: per measure to gross, per row kind to adjustments, to net", () => {
    const amounts = (text: string) =>
      [...text.matchAll(/(-?[\d,]+\.\d{2})/g)].map((m) => cents([Number(m[1].replace(/,/g, ""))]));
    const line = (re: RegExp) => demo.out.split("\n").find((l) => re.test(l))!;
    const [gross, adjustments, net] = amounts(line(/^Payouts: /));
    expect(gross + adjustments).toBe(net);
    const [grossAgain, ...measures] = amounts(line(/^ {2}gross /));
    expect(grossAgain).toBe(gross);
    expect(measures).toHaveLength(4);
    expect(measures.reduce((a, b) => a + b, 0)).toBe(gross);
    const [adjustmentsAgain, ...kinds] = amounts(line(/^ {2}adjustments /));
    expect(adjustmentsAgain).toBe(adjustments);
    expect(kinds.reduce((a, b) => a + b, 0)).toBe(adjustments);
    // and they are the table's own sums
    const p = demoTables.get("SalesPayouts")!;
    expect([gross, adjustments, net]).toEqual(
      ["Payout", "Adjustments", "NetPayout"].map((h) => cents(column(p, h))),
    );
  });

  it("writes every table PRODUCT.md names, each on its own sheet, with the promised columns", () => {
    const expected: Record<string, string[]> = {
      Reps: [
        "RepID",
        "Name",
        "Region",
        "Manager",
        "HireDate",
        "EndDate",
        "TargetIncentive",
        "LastYearSales",
        "Potential",
        "Mentor",
        "Currency",
      ],
      Regions: ["Region", "Target"],
      Actuals: ["RepID", "Period", "Measure", "Amount", "Product"],
      SalesTargets: ["RepID", "Name", "Region", "Product", "Period", "Target"],
      SalesPayouts: [
        "RepID",
        "Name",
        "Period",
        // Several plans (PlanAssignments): each row's plan.
        "Plan",
        "Measure",
        "Actual",
        "Target",
        "Attainment",
        "Rate",
        "Payout",
        "Adjustments",
        "NetPayout",
        // A few reps are paid in HKD: each row's currency and its net in the plan's CNY.
        "Currency",
        "PayoutReporting",
        "Explanation",
      ],
      FxRates: ["Currency", "Period", "Rate"],
      Deals: ["DealID", "Date", "RepID", "Amount", "Split", "Measure", "Product", "Overlay"],
      PlanAssignments: ["RepID", "Plan", "From", "To", "Region", "Manager"],
      SalesScorecard: [
        "RepID",
        "Name",
        "Period",
        "Visits",
        "Calls",
        "ProposalQuality",
        "CollectionRate",
        "Revenue",
        "Score",
        "Band",
        "Rank",
      ],
      SalesHonourRoll: ["Period", "Award", "Rank", "RepID", "Name", "Region", "Value", "Reason", "Cash"],
      SalesTeamHealth: [
        "Manager",
        "Period",
        "Reps",
        "At80Share",
        "OneToOneCoverage",
        "DevelopmentOnTime",
        "MentoringCoverage",
        "Practice",
        "Note",
      ],
      SalesPlan: ["Plan", "Version", "Measure", "Parameter", "Value", "Text"],
      SalesPlanTiers: ["Plan", "Version", "Measure", "Kind", "Point", "From", "Rate"],
      SalesAudit: [
        "Time",
        "Action",
        "Plan",
        "Version",
        "InputRows",
        "OutputRows",
        "Totals",
        "InputHash",
        "Language",
      ],
    };
    for (const [name, headers] of Object.entries(expected)) {
      const t = demoTables.get(name);
      expect(t?.sheet).toBe(name);
      expect(t?.headers).toEqual(headers);
      expect(t?.ref.startsWith("A1:")).toBe(true);
      expect(t!.rows.length).toBeGreaterThan(0);
    }
    expect(demoTables.get("Activities")?.headers.slice(0, 2)).toEqual(["RepID", "Period"]);
    // finance finds the results in the same order in every workbook
    const order = [...demoTables.values()]
      .map((t) => t.sheet)
      .filter((s) => s.startsWith("Sales") && s !== "SalesHistory");
    expect(order).toEqual([
      "SalesTargets",
      "SalesPayouts",
      "SalesScorecard",
      "SalesPlan",
      "SalesPlanTiers",
      "SalesAudit",
      // The people tables come after the audit: new sheets not in the finance order go last.
      "SalesHonourRoll",
      "SalesTeamHealth",
      // The demo closes its first months into the ledger.
      "SalesLedger",
      // The demo's plan cost model at five scenarios (salesplan model's defaults), last.
      "SalesPlanModel",
    ]);
    // The field and inside-sales plans side by side, each over the 60 reps.
    const model = demoTables.get("SalesPlanModel")!;
    const of = (h: string) => model.headers.indexOf(h);
    expect(model.rows.map((r) => [r[of("Scenario")], r[of("Plan")], r[of("Reps")]])).toEqual(
      [0.8, 0.9, 1, 1.1, 1.2].flatMap((scenario) => [
        [scenario, "FY2026 Field Sales", 60],
        [scenario, "FY2026 Inside Sales", 60],
      ]),
    );
  });

  it("pays field, inside-sales and managers' plans by PlanAssignments: two mid-month transfers, team roll-ups", () => {
    const reps = demoTables.get("Reps")!;
    const assignments = demoTables.get("PlanAssignments")!;
    const payouts = demoTables.get("SalesPayouts")!;
    const at = (t: Table, r: unknown[], h: string) => r[t.headers.indexOf(h)];
    const plans = ["FY2026 Field Sales", "FY2026 Inside Sales", "FY2026 Sales Managers"];
    expect(new Set(column(demoTables.get("SalesPlan")!, "Plan"))).toEqual(new Set(plans));
    expect(new Set(column(assignments, "RepID"))).toEqual(new Set(column(reps, "RepID")));
    // Exactly two moves, each on the 16th, to another plan, region and manager (a rep, by name).
    const moves = assignments.rows.filter((r) => at(assignments, r, "From") instanceof Date);
    expect(moves).toHaveLength(2);
    const names = new Set(column(reps, "Name"));
    for (const move of moves) {
      const id = move[0];
      const from = at(assignments, move, "From") as Date;
      expect(from.getUTCDate()).toBe(16);
      const before = assignments.rows.find((r) => r[0] === id && r !== move)!;
      expect((at(assignments, before, "To") as Date).getTime()).toBe(from.getTime() - 86_400_000);
      expect(at(assignments, before, "Plan")).not.toBe(at(assignments, move, "Plan"));
      const rep = reps.rows.find((r) => r[0] === id)!;
      expect(at(assignments, move, "Region")).not.toBe(at(reps, rep, "Region"));
      expect(names.has(at(assignments, move, "Manager"))).toBe(true);
      // The month of the move is paid on both plans, each for its days.
      const period = `2026-${String(from.getUTCMonth() + 1).padStart(2, "0")}`;
      const month = payouts.rows.filter((r) => r[0] === id && at(payouts, r, "Period") === period);
      expect(new Set(month.map((r) => at(payouts, r, "Plan")))).toEqual(
        new Set([at(assignments, before, "Plan"), at(assignments, move, "Plan")]),
      );
      expect(
        month.some((r) => /15 of the 31 days|15 of the 30 days/.test(String(at(payouts, r, "Explanation")))),
      ).toBe(true);
      // A transfer is not a joiner: the new region's target is not ramped from the move (it was,
      // and R013 read 207% in March and 241% in April on its full actuals).
      const next = `2026-${String(from.getUTCMonth() + 2).padStart(2, "0")}`;
      const revenue = payouts.rows.filter(
        (r) =>
          r[0] === id &&
          [period, next].includes(String(at(payouts, r, "Period"))) &&
          at(payouts, r, "Measure") === "Revenue",
      );
      expect(revenue.length).toBeGreaterThanOrEqual(3);
      for (const r of revenue) expect(Number(at(payouts, r, "Attainment"))).toBeLessThan(1.6);
    }
    // Managers are the reps others report to; each is on the managers' plan and paid on the team.
    const managerOf = new Map(reps.rows.map((r) => [r[0], at(reps, r, "Manager")]));
    for (const move of moves) managerOf.set(move[0], at(assignments, move, "Manager"));
    const byName = new Map(reps.rows.map((r) => [at(reps, r, "Name"), r[0]]));
    const managers = reps.rows.filter((r) => [...managerOf.values()].includes(at(reps, r, "Name")));
    expect(managers.length).toBeGreaterThanOrEqual(6);
    const june = (id: unknown, measure: string) =>
      payouts.rows.find(
        (r) => r[0] === id && at(payouts, r, "Period") === "2026-06" && at(payouts, r, "Measure") === measure,
      );
    // Everyone under a manager in June, directly or through a lead (no move falls in June).
    const under = (boss: unknown): unknown[] => {
      const direct = [...managerOf].filter(([, m]) => byName.get(m) === boss).map(([id]) => id);
      return direct.flatMap((id) => [id, ...under(id)]);
    };
    const fx = demoTables.get("FxRates")!;
    const juneHkd = Number(fx.rows.find((r) => r[0] === "HKD" && r[1] === "2026-06")![2]);
    expect(reps.rows.filter((r) => at(reps, r, "Currency") === "HKD").length).toBeGreaterThan(0);
    let twoLevels = 0;
    for (const manager of managers) {
      const id = manager[0];
      expect(assignments.rows.filter((r) => r[0] === id).map((r) => at(assignments, r, "Plan"))).toEqual([
        plans[2],
      ]);
      const team = under(id);
      if (team.some((m) => under(m).length > 0)) twoLevels++;
      // A member paid in HKD counts in CNY at June's rate, to the cent (the managers are paid in CNY).
      const revenue = team.map((m) => {
        const row = june(m, "Revenue") ?? [];
        const actual = Number(at(payouts, row, "Actual") ?? 0);
        return at(payouts, row, "Currency") === "HKD" ? Math.round(actual * juneHkd * 100) / 100 : actual;
      });
      const teamRevenue = june(id, "TeamRevenue")!;
      expect(cents([at(payouts, teamRevenue, "Actual")])).toBe(cents(revenue));
      const override = june(id, "TeamOverride")!;
      expect(at(payouts, override, "Payout")).toBe(
        Math.round(Number(at(payouts, teamRevenue, "Actual")) * 0.1) / 100,
      );
    }
    expect(twoLevels).toBe(1);
  });

  it("writes Acknowledgements of each plan a rep is on for every rep but the two latest joiners, whom the workbook check names", async () => {
    const acks = demoTables.get("Acknowledgements")!;
    const reps = demoTables.get("Reps")!;
    const assignments = demoTables.get("PlanAssignments")!;
    expect(acks.headers).toEqual(["RepID", "Plan", "Version", "Date"]);
    const signed = new Set(column(acks, "RepID"));
    const unsigned = reps.rows.filter((r) => !signed.has(r[0]));
    expect(unsigned).toHaveLength(2);
    // One row per plan a signed rep is on (the two movers sign both plans).
    const pairs = (t: Table) => t.rows.filter((r) => signed.has(r[0])).map((r) => `${r[0]} ${r[1]}`);
    expect(pairs(acks).sort()).toEqual(pairs(assignments).sort());
    expect(acks.rows).toHaveLength(reps.rows.length - 2 + 2);
    const { checks } = await checkWorkbook(await XlsxPackageHost.open(demoFile));
    const listed = checks.filter((c) => c.error.template === acknowledgementMessages.missing);
    expect(listed.map((c) => c.severity)).toEqual(listed.map(() => "warning"));
    // One warning per plan the two are on, naming them.
    const planOf = (id: unknown) => assignments.rows.find((r) => r[0] === id)![1];
    const plans = [...new Set(unsigned.map((r) => planOf(r[0])))];
    expect(listed.map((c) => c.error.format("en"))).toEqual(
      plans.map((plan) => {
        const on = unsigned.filter((r) => planOf(r[0]) === plan);
        return (
          `${on.length} rep(s) have not acknowledged plan ${String(plan)} version 1.0 (no Acknowledgements row): ` +
          on.map((r) => `${r[1]} (${r[0]})`).join(", ")
        );
      }),
    );
    expect(checks.filter((c) => c.severity === "error")).toEqual([]);
  });

  it("reconciles SalesPayouts in both currencies: what the run recorded is the table's reporting sum (open periods only)", async () => {
    const { reconciliation } = await checkWorkbook(await XlsxPackageHost.open(demoFile));
    const currencies = reconciliation!.currencies!;
    expect(currencies.lines.map((l) => l.currency).sort()).toEqual(["CNY", "HKD"]);
    expect(currencies.recorded).toBe(currencies.reporting);
    expect(currencies.agrees).toBe(true);
    // The summary's reporting line is that same figure.
    const line = /^ {2}net in the reporting currency \(.*\) ([\d,.]+)$/m.exec(demo.out);
    expect(Number(line?.[1].replace(/,/g, ""))).toBe(currencies.reporting);
  });

  it("reconciles to the cent: totals rows, targets to regions, net = payout + adjustments", () => {
    for (const name of ["SalesTargets", "SalesPayouts"]) {
      const t = demoTables.get(name)!;
      expect(t.totals?.[0]).toBe("Total");
      t.headers.forEach((h, i) => {
        const total = t.totals?.[i];
        if (typeof total === "number") expect(Math.round(total * 100)).toBe(cents(column(t, h)));
      });
    }
    expect(cents(column(demoTables.get("SalesTargets")!, "Target"))).toBe(
      cents(column(demoTables.get("Regions")!, "Target")),
    );
    const p = demoTables.get("SalesPayouts")!;
    for (const row of p.rows) {
      const [payout, adjustments, net] = ["Payout", "Adjustments", "NetPayout"].map((h) =>
        Number(row[p.headers.indexOf(h)] ?? 0),
      );
      expect(Math.round(net * 100)).toBe(Math.round(payout * 100) + Math.round(adjustments * 100));
    }
    // money is stored rounded to cents
    expect(
      column(p, "NetPayout").every(
        (v) => typeof v !== "number" || Math.abs(v * 100 - Math.round(v * 100)) < 1e-6,
      ),
    ).toBe(true);
  });

  it("keeps one audit row per run with counts, totals and a hash of the inputs", () => {
    const audit = demoTables.get("SalesAudit")!;
    expect(column(audit, "Action")).toEqual(DEMO_AUDIT);
    for (const hash of column(audit, "InputHash")) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(String(column(audit, "InputRows")[0])).toContain("Reps=60");
    expect(String(column(audit, "Totals")[1])).toMatch(/SalesPayouts\.NetPayout=\d+\.\d{2}/);
    expect(column(audit, "Plan")[1]).toBe("FY2026 Field Sales");
  });
});

describe("salesplan demo --lang zh", () => {
  it("labels totals and adjustments rows and names audit actions in Chinese; a rerun keeps the language", async () => {
    const zh = await cli("demo", "-o", "zh.xlsx", "--lang", "zh", "--quiet");
    expect(zh.code).toBe(0);
    const out = await tables(path.join(dir, "zh.xlsx"));
    for (const name of ["SalesTargets", "SalesPayouts"]) expect(out.get(name)!.totals?.[0]).toBe("合计");
    const repIds = new Set(column(out.get("SalesTargets")!, "RepID"));
    expect(repIds.has("（未分配）")).toBe(true);
    expect(repIds.has("(unassigned)")).toBe(false);
    const measures = new Set(column(out.get("SalesPayouts")!, "Measure"));
    expect(measures.has("调整")).toBe(true);
    expect(measures.has("Adjustments")).toBe(false);
    const audit = out.get("SalesAudit")!;
    expect(column(audit, "Action")).toEqual([
      ...["目标", "奖金", "评分卡", "人员"],
      ...["关账 2026-01（财务部）", "关账 2026-02（财务部）"],
      ...["审批 2026-01（销售总监）", "审批 2026-02（销售总监）", "发放 2026-01（薪酬组）"],
      ...["目标", "奖金", "评分卡", "人员", "成本测算"],
    ]);
    expect(new Set(column(audit, "Language"))).toEqual(new Set(["zh"]));
    // No --lang: the workbook's language is kept, and the tables come out the same.
    const again = await cli("run", "zh.xlsx", "-o", "zh2.xlsx", "--quiet");
    expect(again.code).toBe(0);
    const rerun = await tables(path.join(dir, "zh2.xlsx"));
    for (const name of ["SalesTargets", "SalesPayouts", "SalesScorecard"])
      expect(rerun.get(name)).toEqual(out.get(name));
    expect(column(rerun.get("SalesAudit")!, "Action").slice(DEMO_AUDIT.length)).toEqual([
      "目标",
      "奖金",
      "评分卡",
      "人员",
    ]);
    // A failure speaks the kept language too.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "zh.xlsx"));
    wb.getWorksheet("Reps")!.getCell("G3").value = "lots";
    await wb.xlsx.writeFile(path.join(dir, "zh-bad.xlsx"));
    const bad = await cli("run", "zh-bad.xlsx", "-o", "zh-bad-out.xlsx");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("Reps!G3 (TargetIncentive)：应为数字，但找到文本“lots”");
  });
});

describe("salesplan run", () => {
  it("reruns over the demo's output, and over that output, and writes the demo's tables unchanged", async () => {
    // No options: the product split, the year and the scorecard come from the workbook.
    const first = await cli("run", "demo.xlsx", "-o", "rerun.xlsx", "--quiet");
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    const second = await cli("run", "rerun.xlsx", "-o", "rerun2.xlsx", "--quiet");
    expect(second.code).toBe(0);
    const once = await tables(path.join(dir, "rerun.xlsx"));
    const twice = await tables(path.join(dir, "rerun2.xlsx"));
    const names = [...demoTables.keys()].filter((n) => n !== "SalesAudit");
    expect(names).toEqual(expect.arrayContaining(["SalesTargets", "SalesPayouts", "SalesScorecard"]));
    for (const again of [once, twice]) {
      expect([...again.keys()].sort()).toEqual([...demoTables.keys()].sort());
      for (const name of names)
        expect({ name, ...again.get(name) }).toEqual({ name, ...demoTables.get(name) });
    }
    // 2,244 with everyone in one region all year; the two reps who move region mid-month add their
    // 3 products x 12 months in the region joined (72), and the regions they leave keep the rest of
    // their months as unassigned rows (48). A transfer is not ramped in the region joined, so 华东's
    // May, unassigned only for R013's ramp when a move counted as a hire, has no such row (-3).
    expect(once.get("SalesTargets")!.rows).toHaveLength(2361);
    expect(column(twice.get("SalesAudit")!, "Action")).toEqual([
      ...DEMO_AUDIT,
      ...["targets", "payouts", "scorecards", "people"],
      ...["targets", "payouts", "scorecards", "people"],
    ]);
    // same inputs, same hash
    expect(column(twice.get("SalesAudit")!, "InputHash")[DEMO_AUDIT.length + 4]).toBe(
      column(demoTables.get("SalesAudit")!, "InputHash")[0],
    );
    // The options live on the very hidden sheet README promises.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "rerun2.xlsx"));
    expect(wb.getWorksheet("SalesPlanSettings")?.state).toBe("veryHidden");
  });

  it("an option given replaces the kept one and is kept: products, --lang zh, --scorecard none; --json", async () => {
    const ran = await cli("run", "demo.xlsx", "-o", "split.xlsx", "--products", "Cloud=1", "--lang", "zh");
    expect(ran.code).toBe(0);
    // Progress, summary and audit actions in Chinese.
    expect(ran.err).toContain("[1/15] 打开 demo.xlsx\n[2/15] 读取 Reps\n");
    expect(ran.err).toContain("[7/15] 目标\n[8/15] 写入 SalesTargets\n[9/15] 奖金\n");
    expect(ran.err).toContain("[15/15] 保存 split.xlsx");
    expect(ran.out).toMatch(/^奖金：应发 [\d,.]+ \+ 调整 -?[\d,.]+ = 实发 [\d,.]+ ✓$/m);
    // The ranking's rep in full-width brackets after the Chinese name, as the pane writes them.
    expect(ran.out).toMatch(/^ {2}1\. \S+（R\d+，\S+） [\d,]+\.\d\d, [\d.]+$/m);
    expect(ran.out).not.toMatch(/^ {2}\d+\. .*\(R\d+, /m);
    const split = await tables(path.join(dir, "split.xlsx"));
    const audit = split.get("SalesAudit")!;
    expect(column(audit, "Action").slice(DEMO_AUDIT.length)).toEqual(["目标", "奖金", "评分卡", "人员"]);
    expect(column(audit, "Language")).toEqual([...DEMO_AUDIT.map(() => "en"), ...["zh", "zh", "zh", "zh"]]);

    const again = await cli("run", "split.xlsx", "-o", "split2.xlsx", "--json");
    expect(again.err).toBe("");
    const summary = JSON.parse(again.out) as {
      language: string;
      tables: { name: string; rows: number }[];
      skipped: string[];
      payouts: { gross: number; adjustments: number; net: number; byMeasure: { amount: number }[] };
    };
    expect(summary.language).toBe("zh");
    // 748 with no one moving region; the two movers' 12 months in the region joined (24) and the
    // regions they leave keeping the rest as unassigned rows (16); no unramped transfer's May (-1).
    expect(summary.tables).toContainEqual({ name: "SalesTargets", rows: 787 });
    expect(summary.skipped).toEqual([]);
    const { gross, adjustments, net, byMeasure } = summary.payouts;
    expect(cents([gross]) + cents([adjustments])).toBe(cents([net]));
    expect(cents(byMeasure.map((m) => m.amount))).toBe(cents([gross]));
    const out = await tables(path.join(dir, "split2.xlsx"));
    expect(new Set(column(out.get("SalesTargets")!, "Product"))).toEqual(new Set(["Cloud"]));
    const none = await cli(
      "run",
      "split2.xlsx",
      "-o",
      "none.xlsx",
      "--json",
      "--scorecard",
      "none",
      "--lang",
      "en",
    );
    expect(JSON.parse(none.out).skipped).toEqual([
      "scorecards: no --scorecard, and the workbook keeps no scorecard definition; SalesScorecard is left as an earlier run wrote it",
    ]);
  });

  it("reports every bad input cell with its sheet and cell, exits 1 and writes nothing", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(demoFile);
    const reps = wb.getWorksheet("Reps")!;
    reps.getCell("G3").value = "lots";
    reps.getCell("E4").value = "3/1/2026";
    await wb.xlsx.writeFile(path.join(dir, "bad.xlsx"));
    const ran = await cli("run", "bad.xlsx", "-o", "bad-out.xlsx");
    expect(ran.code).toBe(1);
    expect(ran.err).toContain("2 problem(s) in the input tables; nothing was written");
    expect(ran.err).toContain("Reps!G3 (TargetIncentive): expected a number but found text 'lots'");
    expect(ran.err).toContain("Reps!E4 (HireDate): '3/1/2026' is not a date");
    expect(existsSync(path.join(dir, "bad-out.xlsx"))).toBe(false);
    const zh = await cli("run", "bad.xlsx", "-o", "bad-out.xlsx", "--lang", "zh");
    expect(zh.err).toContain("Reps!G3 (TargetIncentive)：应为数字，但找到文本“lots”");
  });

  it("stops at a table it did not create and leaves no output", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Reps");
    ws.addTable({
      name: "Reps",
      ref: "A1",
      columns: [{ name: "工号" }, { name: "姓名" }, { name: "大区" }, { name: "市场潜力" }],
      rows: [["R1", "李雷", "华东", 5000]],
    });
    const regions = wb.addWorksheet("Regions");
    regions.addTable({
      name: "Regions",
      ref: "A1",
      columns: [{ name: "区域" }, { name: "目标" }],
      rows: [["华东", 1000]],
    });
    wb.addWorksheet("Budget").addTable({
      name: "SalesTargets",
      ref: "B2",
      columns: [{ name: "Owner" }, { name: "Amount" }],
      rows: [["me", 1]],
    });
    await wb.xlsx.writeFile(path.join(dir, "foreign.xlsx"));
    const ran = await cli("run", "foreign.xlsx", "-o", "foreign-out.xlsx", "--year", "2026");
    expect(ran.code).toBe(1);
    expect(ran.err).toContain("Table 'SalesTargets' on sheet 'Budget' was not created by SalesPlan");
    expect(existsSync(path.join(dir, "foreign-out.xlsx"))).toBe(false);
  });

  it("stops at the user's own SalesTargets made after the demo; the user's row survives", async () => {
    // PRODUCT.md: the record names SalesTargets, but on another sheet with other columns it is not ours.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(demoFile);
    wb.removeWorksheet(wb.getWorksheet("SalesTargets")!.id);
    wb.addWorksheet("Mine").addTable({
      name: "SalesTargets",
      ref: "A3",
      columns: [{ name: "Mine" }, { name: "Notes" }],
      rows: [["keep", "me"]],
    });
    await wb.xlsx.writeFile(path.join(dir, "mine.xlsx"));
    const ran = await cli("run", "mine.xlsx", "-o", "mine-out.xlsx");
    expect(ran.code).toBe(1);
    expect(ran.err).toContain(
      "Table 'SalesTargets' on sheet 'Mine' was not created by SalesPlan (its columns are Mine, Notes)",
    );
    expect(existsSync(path.join(dir, "mine-out.xlsx"))).toBe(false);
    const zh = await cli("run", "mine.xlsx", "-o", "mine-out.xlsx", "--lang", "zh");
    expect(zh.err).toContain("工作表“Mine”上的表“SalesTargets”不是 SalesPlan 创建的");
    const kept = (await tables(path.join(dir, "mine.xlsx"))).get("SalesTargets")!;
    expect([kept.sheet, kept.headers, kept.rows]).toEqual(["Mine", ["Mine", "Notes"], [["keep", "me"]]]);
  });

  it("runs targets from a company total over a minimal Chinese workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("销售").addTable({
      name: "Reps",
      ref: "A1",
      columns: [{ name: "员工号" }, { name: "姓名" }, { name: "大区" }, { name: "去年销售额" }],
      rows: [
        ["R1", "李雷", "华东", 1200],
        ["R2", "韩梅", "华东", 600],
        ["R3", "王五", "华北", 1200],
      ],
    });
    await wb.xlsx.writeFile(path.join(dir, "min.xlsx"));
    const unmapped = await cli(
      "run",
      "min.xlsx",
      "-o",
      "min-out.xlsx",
      "--target",
      "1200000",
      "--year",
      "2027",
    );
    expect(unmapped.code).toBe(1);
    expect(unmapped.err).toContain("Reps: column 'RepID' not found");
    const ran = await cli(
      "run",
      "min.xlsx",
      "-o",
      "min-out.xlsx",
      "--target",
      "1200000",
      "--year",
      "2027",
      "--map",
      "Reps.RepID=员工号",
    );
    expect(ran.err).toContain("[");
    expect(ran.code).toBe(0);
    expect(ran.out).toContain("sum of rows 1,200,000.00 ✓");
    expect(ran.out).toContain(
      "Skipped: payouts: no plan (SalesPlan table or --plan); scorecards: no --scorecard",
    );
    const out = await tables(path.join(dir, "min-out.xlsx"));
    expect(out.get("SalesTargets")!.rows).toHaveLength(36);
    expect(column(out.get("SalesTargets")!, "Period")[0]).toBe("2027-01");
    // The mapping, the company total and the year are kept: a bare rerun writes the same targets.
    const rerun = await cli("run", "min-out.xlsx", "-o", "min-rerun.xlsx", "--quiet");
    expect(rerun.err).toBe("");
    expect(rerun.code).toBe(0);
    const again = await tables(path.join(dir, "min-rerun.xlsx"));
    expect(again.get("SalesTargets")).toEqual(out.get("SalesTargets"));
  });

  it("exits 1 for a missing workbook and 2 for usage mistakes", async () => {
    const missing = await cli("run", "nope.xlsx", "-o", "x.xlsx");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("File not found");
    expect((await cli("run", "demo.xlsx")).code).toBe(2);
    expect((await cli("run", "demo.xlsx", "-o", "out.csv")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
    const bad = await cli("demo", "--seed");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Option --seed needs a value");
    expect((await cli("--help")).code).toBe(0);
  });
});
