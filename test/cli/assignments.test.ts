/**
 * `salesplan run` over a workbook whose SalesPlan holds two plans and whose PlanAssignments moves
 * two reps mid-month: SalesPayouts names each row's plan, a moved rep's month is paid on both,
 * the plans are written back whole, and the month closes and reconciles like any other.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoPlan } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { insidePlan, planAssignments, planAssignmentsTable } from "../../src/cli/demo/assignments";
import { hkdReps } from "../../src/cli/demo/organisation";
import { buildLetters, planTables, type Letter, type PayoutOptions } from "../../src/jobs";
import { createHostActions } from "../../src/taskpane/hostActions";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";
import { cli as runCli, tables, type Table } from "./support";

jest.setTimeout(120_000);

let dir: string;
const NOW = new Date(Date.UTC(2026, 3, 2, 8, 0));
const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps: 8 });
const file = (name: string) => path.join(dir, name);
const rows = planAssignments(
  company.reps.map((r) => ({ id: r.RepID, region: r.Region, manager: r.Manager })),
  { plans: [demoPlan.name, insidePlan.name], transfers: 2, year: 2026 },
);
const moved = rows.filter((r) => r.To !== null).map((r) => r.RepID);

const column = (t: Table, header: string) => t.rows.map((r) => r[t.headers.indexOf(header)]);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-assign-"));
  const host = XlsxPackageHost.create();
  await host.writeTables(
    [...companyTables(company), ...planTables([demoPlan, insidePlan]), planAssignmentsTable(rows)],
    NOW,
  );
  await host.save(file("in.xlsx"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("salesplan run with PlanAssignments", () => {
  it("pays each rep by the plans they are on, a moved rep's month on both", async () => {
    expect(moved).toHaveLength(2);
    const ran = await runCli(dir, NOW, "run", "in.xlsx", "-o", "out.xlsx", "--quiet");
    expect(ran.err).toBe("");
    expect(ran.code).toBe(0);
    const out = await tables(file("out.xlsx"));
    const payouts = out.get("SalesPayouts")!;
    expect(payouts.headers.slice(0, 5)).toEqual(["RepID", "Name", "Period", "Plan", "Measure"]);
    expect(new Set(column(payouts, "Plan"))).toEqual(new Set([demoPlan.name, insidePlan.name]));
    // The first mover goes on 16 February: February is paid on both plans, March on the new one.
    const first = moved[0];
    const plansIn = (period: string) =>
      new Set(
        payouts.rows
          .filter((r) => r[0] === first && r[payouts.headers.indexOf("Period")] === period)
          .map((r) => r[payouts.headers.indexOf("Plan")]),
      );
    expect(plansIn("2026-01")).toEqual(new Set([demoPlan.name]));
    expect(plansIn("2026-02")).toEqual(new Set([demoPlan.name, insidePlan.name]));
    expect(plansIn("2026-03")).toEqual(new Set([insidePlan.name]));
    // Targets follow the region: a moved rep has rows in the region they left and the one they joined.
    const targets = out.get("SalesTargets")!;
    for (const row of rows.filter((r) => r.From !== null)) {
      const own = company.reps.find((r) => r.RepID === row.RepID)!.Region;
      const regions = new Set(
        targets.rows.filter((r) => r[0] === row.RepID).map((r) => r[targets.headers.indexOf("Region")]),
      );
      expect(regions).toEqual(new Set([own, row.Region]));
    }
    // SalesPlan keeps both plans.
    expect(new Set(column(out.get("SalesPlan")!, "Plan"))).toEqual(new Set([demoPlan.name, insidePlan.name]));
  });

  it("closes a month paid on two plans, and reruns leave it as booked", async () => {
    const january = await runCli(dir, NOW, "close", "out.xlsx", "--period", "2026-01", "-o", "jan.xlsx");
    expect(january.err).toBe("");
    const closed = await runCli(dir, NOW, "close", "jan.xlsx", "--period", "2026-02", "-o", "closed.xlsx");
    expect(closed.err).toBe("");
    expect(closed.code).toBe(0);
    const ledger = (await tables(file("closed.xlsx"))).get("SalesLedger")!;
    const inFebruary = ledger.rows.filter((r) => r[ledger.headers.indexOf("Period")] === "2026-02");
    const amounts = inFebruary.map((r) => r[ledger.headers.indexOf("Amount")] as number);
    const payouts = (await tables(file("out.xlsx"))).get("SalesPayouts")!;
    const february = payouts.rows.filter((r) => r[payouts.headers.indexOf("Period")] === "2026-02");
    const net = february.map((r) => r[payouts.headers.indexOf("NetPayout")] as number);
    const cents = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0);
    expect(cents(amounts)).toBe(cents(net));
    // The first mover's February is booked on two lines, each naming its plan.
    const lines = inFebruary
      .filter((r) => r[0] === moved[0])
      .map((r) => r[ledger.headers.indexOf("Line")])
      .filter((line) => String(line).startsWith("Revenue"));
    expect(lines).toEqual([`Revenue (${demoPlan.name})`, `Revenue (${insidePlan.name})`]);
    const again = await runCli(dir, NOW, "run", "closed.xlsx", "-o", "again.xlsx", "--quiet");
    expect(again.code).toBe(0);
    const after = (await tables(file("again.xlsx"))).get("SalesLedger")!;
    expect(after.rows).toEqual(ledger.rows);
  });

  it("restates a closed month on the plan and in the currency its line was paid in", async () => {
    // January's deals of the first mover (on the field plan then) and of a rep paid in HKD, raised.
    const hkd = [...hkdReps(company)][0];
    expect(hkd).toBeDefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("closed.xlsx"));
    const deals = wb.getWorksheet("Deals")!;
    let raised = 0;
    deals.eachRow((row) => {
      const id = String(row.getCell(1).value);
      if ([moved[0], hkd].some((rep) => id.startsWith(`D-202601-${rep}-`))) {
        row.getCell(4).value = (row.getCell(4).value as number) + 10_000;
        raised++;
      }
    });
    expect(raised).toBeGreaterThan(1);
    await wb.xlsx.writeFile(file("restated.xlsx"));
    const ran = await runCli(dir, NOW, "run", "restated.xlsx", "-o", "re.xlsx", "--quiet");
    expect(ran.code).toBe(0);
    const payouts = (await tables(file("re.xlsx"))).get("SalesPayouts")!;
    const at = (r: unknown[], header: string) => r[payouts.headers.indexOf(header)];
    const restated = payouts.rows.filter((r) => String(at(r, "Measure")).startsWith("restatement 2026-01"));
    const of = (rep: string) =>
      restated.filter((r) => r[0] === rep && /Revenue/.test(String(at(r, "Measure"))));
    expect(of(moved[0]).length).toBeGreaterThan(0);
    expect(of(hkd).length).toBeGreaterThan(0);
    for (const r of restated) {
      // Paid in March, the first open month: on the plan the restated line names, in the rep's currency.
      expect(at(r, "Period")).toBe("2026-03");
      const named = /\(([^()]+)\)$/.exec(String(at(r, "Measure")))?.[1];
      expect([at(r, "Measure"), at(r, "Plan")]).toEqual([at(r, "Measure"), named ?? at(r, "Plan")]);
      expect(at(r, "Plan")).not.toBe("");
      expect(at(r, "Currency")).toBe(r[0] === hkd ? "HKD" : "CNY");
      expect(typeof at(r, "PayoutReporting")).toBe("number");
    }
    // The mover's January line was the field plan's, though March pays them on inside sales.
    expect(new Set(of(moved[0]).map((r) => at(r, "Plan")))).toEqual(new Set([demoPlan.name]));
    const [row] = of(hkd);
    expect(String(at(row, "Explanation"))).toMatch(
      /\. In CNY at [\d.]+ per HKD \(2026-03\): .* HKD = .* CNY\.$/,
    );
  });

  it("writes each rep's letter for the plan they end the year on, a mover's for the plan joined", async () => {
    const letters = await buildLetters(await XlsxWorkbookHost.open(file("out.xlsx")), {
      lang: "en",
      now: NOW,
    });
    const planIn = (letter: Letter) => letter.rows.find((r) => r.cells[0] === "Plan")!.cells[1];
    const expected = (id: string) => `${rows.filter((r) => r.RepID === id).pop()!.Plan} 1.0`;
    expect(letters.map((l) => [l.repId, planIn(l)])).toEqual(
      letters.map((l) => [l.repId, expected(l.repId)]),
    );
    expect(new Set(letters.map(planIn))).toEqual(new Set([`${demoPlan.name} 1.0`, `${insidePlan.name} 1.0`]));
    for (const id of moved) {
      const joined = rows.find((r) => r.RepID === id && r.From !== null)!.Plan;
      expect(planIn(letters.find((l) => l.repId === id)!)).toBe(`${joined} 1.0`);
    }
  });

  it("the pane's payouts over the same workbook pay what the command line paid, every plan", async () => {
    // The pane edits one plan (the wizard's); the others come from SalesPlan.
    const host = await XlsxWorkbookHost.open(file("out.xlsx"));
    const options: PayoutOptions = { plan: demoPlan, measureTargets: {}, year: 2026, language: "en" };
    await createHostActions(host, () => NOW).writePayouts(options, {});
    await host.save(file("pane.xlsx"));
    const pane = (await tables(file("pane.xlsx"))).get("SalesPayouts")!;
    const cli = (await tables(file("out.xlsx"))).get("SalesPayouts")!;
    expect(pane.headers).toEqual(cli.headers);
    expect(pane.rows).toEqual(cli.rows);
  });
});
