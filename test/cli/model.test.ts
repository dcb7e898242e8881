/**
 * `salesplan model` end to end over a small company: SalesPlanModel written with its audit row and
 * nothing else changed, the figures those of the model job over the same file (and the sum of the
 * engine's per-rep examples at 100%), a second plan side by side, Chinese, help, bad input named.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoPlan } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { runPipeline } from "../../src/cli/pipeline";
import { assembleTargets, examplePayouts, modelJob, readModelTables } from "../../src/jobs";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";
import { cli as runCli, tables, type Ran } from "./support";

jest.setTimeout(120_000);

let dir: string;
const NOW = new Date(Date.UTC(2026, 0, 2, 8, 0));
const cli = (...argv: string[]): Promise<Ran> => runCli(dir, NOW, ...argv);
const file = (name: string) => path.join(dir, name);
const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps: 6 });
const HEADERS = [
  ...["Scenario", "Basis", "Plan", "Version", "Reps", "Revenue", "Payout", "CostOfSales", "AboveCap"],
  ...["PayoutP10", "PayoutP50", "PayoutP90", "PayoutMax"],
];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-model-"));
  const host = XlsxPackageHost.create();
  await host.writeTables(companyTables(company), NOW);
  await host.save(file("noplan.xlsx"));
  await runPipeline(host, {
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard: null,
    now: () => NOW,
    lang: "en",
  });
  await host.save(file("small.xlsx"));
  // A richer version of the plan, as a plan file: Revenue's rates half as high again.
  const [revenue, ...rest] = demoPlan.measures;
  const method = revenue.method as Extract<typeof revenue.method, { kind: "tiers" }>;
  const richer = { ...method, tiers: method.tiers.map((t) => ({ ...t, rate: t.rate * 1.5 })) };
  const v2 = { ...demoPlan, version: "2.0", measures: [{ ...revenue, method: richer }, ...rest] };
  await fs.writeFile(file("v2.json"), JSON.stringify(v2));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("salesplan model", () => {
  it("writes SalesPlanModel with its audit row: the model job's figures, the engine's per rep", async () => {
    const ran = await cli("model", "small.xlsx", "--scenarios", "0.8,1,1.2", "-o", "out.xlsx");
    expect(ran.err).toBe("");
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^100% {2}FY2026 Field Sales 1\.0: [\d,.]+ to 6 reps, cost of sales [\d.]+%/m);
    expect(ran.out).toMatch(/^Wrote SalesPlanModel \(3 rows, 2026, basis scaled\) to .*out\.xlsx$/m);

    const before = await tables(file("small.xlsx"));
    const after = await tables(file("out.xlsx"));
    const written = after.get("SalesPlanModel")!;
    expect(written.sheet).toBe("SalesPlanModel");
    expect(written.headers).toEqual(HEADERS);
    // Every other table as it was, and one audit row more.
    for (const [name, t] of before) if (name !== "SalesAudit") expect(after.get(name)?.rows).toEqual(t.rows);
    const audit = after.get("SalesAudit")!;
    expect(audit.rows).toHaveLength(before.get("SalesAudit")!.rows.length + 1);
    expect(audit.rows.at(-1)![audit.headers.indexOf("Action")]).toBe("model");

    // The same job over the same file, in the test.
    const host = await XlsxPackageHost.open(file("small.xlsx"));
    const inputs = await readModelTables((spec) => host.readTable(spec));
    const job = modelJob(inputs, { plans: [demoPlan], scenarios: [0.8, 1, 1.2], basis: "scaled" });
    expect(written.rows).toEqual(job.outputs[0].rows.map((r) => HEADERS.map((h) => r[h] ?? null)));
    expect(written.rows.map((r) => r[4])).toEqual([6, 6, 6]);

    // At 100%: the sum of the engine's run for each rep alone (the plan letters' examples).
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
    const { targets } = assembleTargets(
      demoPlan,
      {},
      inputs as Parameters<typeof assembleTargets>[2],
      months,
    );
    const value = (v: unknown) => (typeof v === "number" ? v : null);
    const reps = inputs.reps.rows.map((r) => ({
      id: String(r.values.RepID),
      ...(r.values.Role ? { role: String(r.values.Role) } : {}),
      targetIncentive: value(r.values.TargetIncentive),
      hireDate: value(r.values.HireDate),
      endDate: value(r.values.EndDate),
    }));
    const cents = reps.reduce(
      (s, rep) => s + Math.round(examplePayouts(demoPlan, rep, targets, 1).paid * 100),
      0,
    );
    expect(written.rows[1][HEADERS.indexOf("Payout")]).toBe(cents / 100);
  });

  it("models a second plan side by side (--compare plan.json), in Chinese", async () => {
    const ran = await cli(
      "model",
      "small.xlsx",
      "--scenarios",
      "1",
      "--compare",
      "v2.json",
      "--lang",
      "zh",
      "-o",
      "zh.xlsx",
    );
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^100% {2}FY2026 Field Sales 2\.0：向 6 名销售支付 [\d,.]+，销售成本率/m);
    expect(ran.out).toMatch(/已将 SalesPlanModel（2 行，2026 年，测算基础 按目标）写入/);
    const t = (await tables(file("zh.xlsx"))).get("SalesPlanModel")!;
    expect(t.rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      [1, "按目标", "1.0"],
      [1, "按目标", "2.0"],
    ]);
    // The richer plan costs more.
    expect(Number(t.rows[1][6])).toBeGreaterThan(Number(t.rows[0][6]));
    const audit = (await tables(file("zh.xlsx"))).get("SalesAudit")!;
    expect(audit.rows.at(-1)![audit.headers.indexOf("Action")]).toBe("成本测算");
  });

  it("--json prints the rows", async () => {
    const ran = await cli("model", "small.xlsx", "--scenarios", "0.9", "--json", "-o", "json.xlsx");
    expect(ran.code).toBe(0);
    const json = JSON.parse(ran.out) as { ok: boolean; rows: { Scenario: number; Reps: number }[] };
    expect(json.ok).toBe(true);
    expect(json.rows.map((r) => [r.Scenario, r.Reps])).toEqual([[0.9, 6]]);
  });

  it("names bad input: a scenario, a basis, no plan, an option of another command", async () => {
    let ran = await cli("model", "small.xlsx", "--scenarios", "0.8,abc", "-o", "bad.xlsx");
    expect(ran.code).toBe(2);
    expect(ran.err).toMatch(/Scenario "abc" is not a number above 0/);
    ran = await cli("model", "small.xlsx", "--scenarios", "0", "-o", "bad.xlsx", "--lang", "zh");
    expect(ran.code).toBe(2);
    expect(ran.err).toMatch(/情景“0”不是大于 0 的数字/);
    ran = await cli("model", "small.xlsx", "--basis", "budget", "-o", "bad.xlsx");
    expect(ran.code).toBe(2);
    ran = await cli("model", "noplan.xlsx", "-o", "bad.xlsx");
    expect(ran.code).toBe(1);
    expect(ran.err).toMatch(/No incentive plan in this workbook/);
    ran = await cli("run", "small.xlsx", "--scenarios", "1", "-o", "bad.xlsx");
    expect(ran.code).toBe(2);
    expect(ran.err).toMatch(/Unknown option '--scenarios'/);
    await expect(fs.stat(file("bad.xlsx"))).rejects.toThrow();
  });

  it("--help in both languages", async () => {
    const en = await cli("model", "--help");
    expect(en.out).toMatch(/^salesplan model <in\.xlsx> -o <out\.xlsx>/);
    expect(en.out).toMatch(/--scenarios A,B,\.\.\. .*\(default: 0\.8,0\.9,1,1\.1,1\.2\)/);
    expect(en.out).toMatch(/--compare FILE/);
    const zh = await cli("model", "--help", "--lang", "zh");
    expect(zh.out).toMatch(/测算工作簿中奖金方案/);
  });
});
