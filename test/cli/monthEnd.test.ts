/**
 * Month-end end to end through the command line: close January, change a January actual, rerun:
 * January's ledger rows stay identical, a restatement line appears in the first open period, and
 * ledger + open periods = recomputed to the cent; approve and pay move forward only; statements
 * hold one rep's figures each.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { monthEndHelp } from "../../src/cli/monthEnd";
import { demoPlan } from "../../src/cli/demo/plans";
import { entryBuffer, readZip } from "../../src/workbook/xlsx/zip";
import { cli as runCli, otherRepsIn, tables, type Ran, type Table } from "./support";

jest.setTimeout(180_000);

let dir: string;
const NOW = new Date(Date.UTC(2026, 6, 1, 8, 30));
const LATER = new Date(Date.UTC(2026, 6, 2, 9, 0));
const cli = (...argv: string[]): Promise<Ran> => runCli(dir, NOW, ...argv);
const cliAt = (now: Date, ...argv: string[]): Promise<Ran> => runCli(dir, now, ...argv);

const column = (t: Table, header: string): unknown[] => t.rows.map((r) => r[t.headers.indexOf(header)]);
const cents = (values: unknown[]): number =>
  values.reduce<number>((s, v) => s + (typeof v === "number" ? Math.round(v * 100) : 0), 0);
const file = (name: string) => path.join(dir, name);

/**
 * Scale the first January Revenue actual row by `factor`, and the deal standing for it (the demo
 * credits Revenue from Deals: one deal per rep, month and product); returns its rep, old and new
 * amount.
 */
async function changeJanuaryActual(
  from: string,
  to: string,
  factor: number,
): Promise<{ rep: string; old: number; now: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file(from));
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name)!;
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => i + 2);
    return { rows, cell: (r: number, h: string) => ws.getCell(r, headers.indexOf(h)) };
  };
  const actuals = sheet("Actuals");
  const deals = sheet("Deals");
  const cell = actuals.cell;
  for (const r of actuals.rows) {
    if (String(cell(r, "Period").value).startsWith("2026-01") && cell(r, "Measure").value === "Revenue") {
      const rep = String(cell(r, "RepID").value);
      const old = Number(cell(r, "Amount").value);
      const now = Math.round(old * factor);
      cell(r, "Amount").value = now;
      const deal = deals.rows.filter((d) => {
        const at = (h: string) => deals.cell(d, h).value;
        const date = at("Date");
        return (
          at("RepID") === rep &&
          at("Measure") === "Revenue" &&
          at("Product") === cell(r, "Product").value &&
          date instanceof Date &&
          date.getUTCMonth() === 0
        );
      });
      expect(deal.map((d) => deals.cell(d, "Amount").value)).toEqual([old]);
      deals.cell(deal[0], "Amount").value = now;
      await wb.xlsx.writeFile(file(to));
      return { rep, old, now };
    }
  }
  throw new Error("no January Revenue actual");
}

/** The workbook without its SalesLedger sheet: nothing closed. */
async function withoutLedger(from: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file(from));
  wb.removeWorksheet(wb.getWorksheet("SalesLedger")!.id);
  await wb.xlsx.writeFile(file(to));
}

let demo: Map<string, Table>;
let demoClosed: Map<string, Table>;
let closed: Ran;
let closedTables: Map<string, Table>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-monthend-"));
  const ran = await cli("demo", "-o", "demo-closed.xlsx", "--quiet");
  if (ran.code !== 0) throw new Error(`demo failed: ${ran.err}`);
  demoClosed = await tables(file("demo-closed.xlsx"));
  // The month-end below starts from the demo with nothing closed: its ledger removed, run again.
  await withoutLedger("demo-closed.xlsx", "open.xlsx");
  const open = await cli("run", "open.xlsx", "-o", "demo.xlsx", "--quiet");
  if (open.code !== 0) throw new Error(`run failed: ${open.err}`);
  demo = await tables(file("demo.xlsx"));
  closed = await cli("close", "demo.xlsx", "--period", "2026-01", "--by", "Ana", "-o", "closed.xlsx");
  closedTables = await tables(file("closed.xlsx"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("the demo's month-end", () => {
  it("closes January and February: January paid, February approved, the rest open", () => {
    const ledger = demoClosed.get("SalesLedger")!;
    const status = new Map(ledger.rows.map((r) => [r[ledger.headers.indexOf("Period")], r]));
    expect([...status.keys()].sort()).toEqual(["2026-01", "2026-02"]);
    const at = (period: string, h: string) =>
      new Set(
        ledger.rows
          .filter((r) => r[ledger.headers.indexOf("Period")] === period)
          .map((r) => r[ledger.headers.indexOf(h)]),
      );
    expect([...at("2026-01", "Status"), ...at("2026-02", "Status")]).toEqual(["Paid", "Approved"]);
    expect([...at("2026-01", "ClosedBy"), ...at("2026-01", "ApprovedBy")]).toEqual([
      "Finance",
      "Sales Director",
    ]);
    const payouts = demoClosed.get("SalesPayouts")!;
    expect([...new Set(column(payouts, "Period"))].sort()).toEqual([
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    // Ledger + open months = what the inputs pay every month (the demo with nothing closed).
    expect(cents(column(ledger, "Amount")) + cents(column(payouts, "NetPayout"))).toBe(
      cents(column(demo.get("SalesPayouts")!, "NetPayout")),
    );
    const actions = column(demoClosed.get("SalesAudit")!, "Action").map(String);
    expect(actions.filter((a) => /^(close|approve|paid) /.test(a))).toEqual([
      "close 2026-01 by Finance",
      "close 2026-02 by Finance",
      "approve 2026-01 by Sales Director",
      "approve 2026-02 by Sales Director",
      "paid 2026-01 by Payroll",
    ]);
  });

  it("writes February's statements and every rep's plan letter with --out-dir", async () => {
    const ran = await cli("demo", "-o", "folders.xlsx", "--out-dir", "demo-files");
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^Statements for 2026-02 written to \S+statements: \d+ \(total [\d,.]+\)$/m);
    expect(ran.out).toMatch(
      // Each rep's letter is for their own plan: the line names all three.
      /^Plan letters written to \S+letters: 60 \(FY2026 Field Sales 1\.0, FY2026 Inside Sales 1\.0, FY2026 Sales Managers 1\.0; 2026\)$/m,
    );
    // The top rep's pay to date is what the ledger booked plus the open months.
    const top = /^ {2}1\. .* \((R\d+), .*\) ([\d,]+\.\d\d)/m.exec(ran.out)!;
    const ledger = demoClosed.get("SalesLedger")!;
    const payouts = demoClosed.get("SalesPayouts")!;
    const mine = (t: Table, h: string) =>
      t.rows.filter((r) => r[0] === top[1]).map((r) => r[t.headers.indexOf(h)]);
    expect(cents(mine(ledger, "Amount")) + cents(mine(payouts, "NetPayout"))).toBe(
      Math.round(Number(top[2].replace(/,/g, "")) * 100),
    );
    const statements = await fs.readdir(file("demo-files/statements"));
    expect(statements.length).toBeGreaterThan(50);
    expect(statements.every((f) => /^R\d+-2026-02\.xlsx$/.test(f))).toBe(true);
    const letters = await fs.readdir(file("demo-files/letters"));
    expect(letters).toHaveLength(60);
    // Each file holds its rep's figures only: no other rep's ID or name in any XML part.
    const reps = demoClosed.get("Reps")!;
    const people = reps.rows.map((r) => ({ RepID: String(r[0]), Name: String(r[1]) }));
    // (The search finds a rep: read as nobody's, a statement names its own rep.)
    expect(await otherRepsIn(file(`demo-files/statements/${statements[0]}`), "nobody", people)).not.toEqual(
      [],
    );
    for (const [folder, names] of [
      ["statements", statements],
      ["letters", letters],
    ] as const)
      for (const name of names) {
        const own = name.replace(/-(2026-02|plan-1\.0)\.xlsx$/, "");
        expect({
          name,
          others: await otherRepsIn(file(`demo-files/${folder}/${name}`), own, people),
        }).toEqual({
          name,
          others: [],
        });
      }
  });
});

describe("salesplan close", () => {
  it("appends January's lines to SalesLedger as Closed, with who and when, and lists open inquiries", () => {
    // The check's only remark on the demo: the two reps who have not acknowledged the plan.
    expect(closed.err).toMatch(
      /^warning: 2 rep\(s\) have not acknowledged plan FY2026 Field Sales version 1\.0 \(no Acknowledgements row\): \S+ \(R\d+\), \S+ \(R\d+\)\n$/,
    );
    expect(closed.code).toBe(0);
    expect(closed.out).toMatch(
      /^Closed 2026-01: \d+ ledger line\(s\) for 60 rep\(s\), total [\d,.]+; 0 restatement line\(s\)/,
    );
    expect(closed.out).toContain("Open inquiries for 2026-01: none");
    const ledger = closedTables.get("SalesLedger")!;
    expect(ledger.headers.slice(0, 14)).toEqual([
      "RepID",
      "Name",
      "Period",
      "Line",
      "Amount",
      "Currency",
      "Status",
      "ClosedAt",
      "ClosedBy",
      "ApprovedAt",
      "ApprovedBy",
      "PaidAt",
      "Run",
      "Explanation",
    ]);
    expect(new Set(column(ledger, "Period"))).toEqual(new Set(["2026-01"]));
    expect(new Set(column(ledger, "Status"))).toEqual(new Set(["Closed"]));
    expect(new Set(column(ledger, "ClosedBy"))).toEqual(new Set(["Ana"]));
    // The ledger books what January pays, to the cent.
    const payouts = demo.get("SalesPayouts")!;
    const january = payouts.rows.filter((r) => r[payouts.headers.indexOf("Period")] === "2026-01");
    expect(cents(column(ledger, "Amount"))).toBe(
      cents(january.map((r) => r[payouts.headers.indexOf("NetPayout")])),
    );
    const audit = closedTables.get("SalesAudit")!;
    expect(audit.rows[audit.rows.length - 1][audit.headers.indexOf("Action")]).toBe("close 2026-01 by Ana");
  });

  it("refuses to close January again, or March before February, in the user's language", async () => {
    const again = await cli("close", "closed.xlsx", "--period", "2026-01", "-o", "x.xlsx");
    expect(again.code).toBe(1);
    expect(again.err).toContain("2026-01 is already closed (Closed)");
    const skip = await cli("close", "closed.xlsx", "--period", "2026-03", "-o", "x.xlsx", "--lang", "zh");
    expect(skip.code).toBe(1);
    expect(skip.err).toContain("2026-02 尚未关账：请按顺序关账（先关 2026-02，再关 2026-03）");
    await expect(fs.access(file("x.xlsx"))).rejects.toThrow();
  });
});

describe("a restated January", () => {
  let rerun: Ran;
  let after: Map<string, Table>;
  let recomputed: Map<string, Table>;
  let changed: { rep: string; old: number; now: number };

  beforeAll(async () => {
    changed = await changeJanuaryActual("closed.xlsx", "changed.xlsx", 0.9);
    await changeJanuaryActual("demo.xlsx", "changed-open.xlsx", 0.9);
    rerun = await cli("run", "changed.xlsx", "-o", "rerun.xlsx", "--quiet");
    after = await tables(file("rerun.xlsx"));
    // The same change with nothing closed: what the plan pays now, every period.
    const open = await cli("run", "changed-open.xlsx", "-o", "recomputed.xlsx", "--quiet");
    expect(open.code).toBe(0);
    recomputed = await tables(file("recomputed.xlsx"));
  });

  it("leaves January's ledger rows exactly as closed", () => {
    expect(rerun.code).toBe(0);
    expect(after.get("SalesLedger")!.rows).toEqual(closedTables.get("SalesLedger")!.rows);
  });

  it("pays the difference as a restatement line in February, quoting old and new actual", () => {
    const payouts = after.get("SalesPayouts")!;
    expect(column(payouts, "Period")).not.toContain("2026-01");
    const restated = payouts.rows.filter((r) =>
      String(r[payouts.headers.indexOf("Measure")]).startsWith("restatement"),
    );
    expect(restated.length).toBeGreaterThan(0);
    const mine = restated.find(
      (r) =>
        r[0] === changed.rep &&
        r[payouts.headers.indexOf("Measure")] === `restatement 2026-01 Revenue (${demoPlan.name})`,
    )!;
    expect(mine[payouts.headers.indexOf("Period")]).toBe("2026-02");
    // Actuals holds a row per product: the measure's actual is their sum.
    const actuals = demo.get("Actuals")!;
    const h = (name: string) => actuals.headers.indexOf(name);
    const old =
      cents(
        actuals.rows
          .filter((r) => r[h("RepID")] === changed.rep && String(r[h("Period")]).startsWith("2026-01"))
          .filter((r) => r[h("Measure")] === "Revenue")
          .map((r) => r[h("Amount")]),
      ) / 100;
    const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 4 });
    expect(String(mine[payouts.headers.indexOf("Explanation")])).toMatch(
      new RegExp(
        `^restatement of 2026-01: Revenue \\(${demoPlan.name}\\) actual ${fmt(old)} → ${fmt(old - changed.old + changed.now)}: -[\\d,]+\\.\\d\\d$`,
      ),
    );
  });

  it("adds up: ledger + open periods = recomputed, to the cent", () => {
    const ledger = cents(column(after.get("SalesLedger")!, "Amount"));
    const open = cents(column(after.get("SalesPayouts")!, "NetPayout"));
    expect(ledger + open).toBe(cents(column(recomputed.get("SalesPayouts")!, "NetPayout")));
    expect(rerun.err).not.toContain("✗");
  });

  it("closes February with the restatement, and restates nothing more on the next run", async () => {
    const feb = await cli("close", "rerun.xlsx", "--period", "2026-02", "--by", "Ana", "-o", "feb.xlsx");
    expect(feb.code).toBe(0);
    expect(feb.out).toMatch(/; [1-9]\d* restatement line\(s\)/);
    const again = await cli("run", "feb.xlsx", "-o", "feb-run.xlsx", "--quiet");
    expect(again.code).toBe(0);
    const t = await tables(file("feb-run.xlsx"));
    const payouts = t.get("SalesPayouts")!;
    expect(column(payouts, "Measure").filter((m) => String(m).startsWith("restatement"))).toEqual([]);
    expect(cents(column(t.get("SalesLedger")!, "Amount")) + cents(column(payouts, "NetPayout"))).toBe(
      cents(column(recomputed.get("SalesPayouts")!, "NetPayout")),
    );
  });
});

describe("salesplan approve and paid", () => {
  it("move January forward only, each with a SalesAudit row naming who", async () => {
    const early = await cli("paid", "closed.xlsx", "--period", "2026-01", "-o", "p.xlsx");
    expect(early.code).toBe(1);
    expect(early.err).toContain("2026-01 is Closed: it must be Approved before it can be Paid");
    const approved = await cliAt(
      LATER,
      "approve",
      "closed.xlsx",
      "--period",
      "2026-01",
      "--by",
      "Lee",
      "-o",
      "approved.xlsx",
    );
    expect(approved.code).toBe(0);
    expect(approved.out).toMatch(/^2026-01 is now Approved: \d+ ledger line\(s\)/);
    const paid = await cliAt(
      LATER,
      "paid",
      "approved.xlsx",
      "--period",
      "2026-01",
      "--by",
      "Kim",
      "-o",
      "paid.xlsx",
    );
    expect(paid.code).toBe(0);
    const back = await cli("approve", "paid.xlsx", "--period", "2026-01", "-o", "back.xlsx");
    expect(back.code).toBe(1);
    expect(back.err).toContain("2026-01 is already Paid: a period's status moves forward only");
    const backZh = await cli(
      "approve",
      "paid.xlsx",
      "--period",
      "2026-01",
      "-o",
      "back.xlsx",
      "--lang",
      "zh",
    );
    expect(backZh.err).toContain("2026-01 已是已发放：期间状态只能向前推进");

    const t = await tables(file("paid.xlsx"));
    const ledger = t.get("SalesLedger")!;
    const before = closedTables.get("SalesLedger")!;
    expect(new Set(column(ledger, "Status"))).toEqual(new Set(["Paid"]));
    expect(new Set(column(ledger, "ApprovedBy"))).toEqual(new Set(["Lee"]));
    // Only the status columns moved: every other cell is as closed.
    const fixed = ["RepID", "Name", "Period", "Line", "Amount", "ClosedAt", "ClosedBy", "Run", "Explanation"];
    for (const h of fixed) expect(column(ledger, h)).toEqual(column(before, h));
    const audit = t.get("SalesAudit")!;
    const actions = column(audit, "Action").slice(-3);
    expect(actions).toEqual(["close 2026-01 by Ana", "approve 2026-01 by Lee", "paid 2026-01 by Kim"]);
  });
});

describe("salesplan statements", () => {
  it("writes one file per rep paid in the period, each holding that rep's figures only", async () => {
    const ran = await cli("statements", "closed.xlsx", "--period", "2026-01", "--out-dir", "st");
    expect(ran.code).toBe(0);
    const reps = demo.get("Reps")!;
    const ids = column(reps, "RepID").map(String);
    const names = column(reps, "Name").map(String);
    const files = (await fs.readdir(file("st"))).filter((f) => f.endsWith(".xlsx")).sort();
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => /-2026-01\.xlsx$/.test(f))).toBe(true);
    for (const f of files) {
      const own = f.replace(/-2026-01\.xlsx$/, "");
      const i = ids.indexOf(own);
      expect(i).toBeGreaterThanOrEqual(0);
      const data = await fs.readFile(file(path.join("st", f)));
      const parts = readZip(data);
      expect(
        parts.some((p) => p.name === "xl/sharedStrings.xml" || p.name.startsWith("xl/worksheets/")),
      ).toBe(true);
      const xml = parts.map((p) => entryBuffer(data, p).toString("utf8")).join("\n");
      expect(xml).toContain(own);
      ids.forEach((id, j) => {
        if (j === i) return;
        // Whole IDs and names only (R001 must not match inside R0010).
        expect(xml).not.toMatch(new RegExp(`(^|[^\\w])${id}([^\\w]|$)`));
        if (names[j] !== names[i]) expect(xml).not.toContain(names[j]);
      });
    }
  });
});

describe("month-end usage", () => {
  it("has --help per command, needs --period, and other commands refuse month-end options", async () => {
    for (const command of ["close", "approve", "paid", "statements"] as const) {
      const help = await cli(command, "--help");
      expect(help.code).toBe(0);
      expect(help.out).toBe(`${monthEndHelp[command].en}\n`);
      expect((await cli(command, "--help", "--lang", "zh")).out).toBe(`${monthEndHelp[command].zh}\n`);
    }
    const noPeriod = await cli("close", "demo.xlsx", "-o", "x.xlsx");
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.err).toContain("close needs --period");
    const badPeriod = await cli("approve", "demo.xlsx", "--period", "March", "-o", "x.xlsx");
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.err).toContain("Option --period: 'March' is not a payout period");
    const noDir = await cli("statements", "demo.xlsx", "--period", "2026-01");
    expect(noDir.err).toContain("statements needs a folder: --out-dir DIR");
    const stray = await cli("run", "demo.xlsx", "-o", "x.xlsx", "--period", "2026-01");
    expect(stray.code).toBe(2);
    expect(stray.err).toContain("Unknown option '--period'");
  });
});
