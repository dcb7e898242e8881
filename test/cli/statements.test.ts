/**
 * Statements from a small company whose Reps table gives each rep a language: one file per rep
 * paid, in that rep's language, with the period's and year-to-date lines adding up to the ledger,
 * page set up to print on one page, a PDF beside each where LibreOffice is installed (one per language
 * kept as an image in test-results/ to look at), and no other rep's ID or name in any XML part.
 */
import { execFileSync } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { demoPlan } from "../../src/cli/demo/plans";
import { runPipeline } from "../../src/cli/pipeline";
import { findSoffice } from "../../src/cli/pdf";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";
import { entryBuffer, readZip } from "../../src/workbook/xlsx/zip";
import { cli as runCli, companyInLanguages, tables, type Ran } from "./support";

jest.setTimeout(180_000);

let dir: string;
const NOW = new Date(Date.UTC(2026, 3, 2, 8, 0));
const cli = (...argv: string[]): Promise<Ran> => runCli(dir, NOW, ...argv);
const file = (name: string) => path.join(dir, name);
const { company, inputs } = companyInLanguages(6);
let closed: Ran;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-statements-"));
  const host = XlsxPackageHost.create();
  const text = (key: string) => ({ key, header: key, kind: "text" as const });
  const r = company.reps;
  const inquiries = {
    name: "Inquiries",
    columns: [
      text("RepID"),
      text("Period"),
      text("Measure"),
      text("Question"),
      text("Status"),
      text("Resolution"),
      { key: "Amount", header: "Amount", kind: "money" as const },
    ],
    rows: [
      {
        RepID: r[0].RepID,
        Period: "2026-01",
        Measure: "Revenue",
        Question: "Deal 88 missing?",
        Status: "Open",
      },
      {
        RepID: r[1].RepID,
        Period: "2026-02",
        Measure: "Revenue",
        Question: "Split of deal 42",
        Status: "Resolved",
        Resolution: "credited 50/50",
        Amount: 321.5,
      },
      { RepID: r[2].RepID, Period: "2026-02", Question: "Rate too low", Status: "Rejected", Amount: 99 },
    ],
  };
  await host.writeTables([...inputs, inquiries], NOW);
  await runPipeline(host, {
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard: null,
    now: () => NOW,
    lang: "en",
  });
  await host.save(file("small.xlsx"));
  closed = await cli("close", "small.xlsx", "--period", "2026-01", "--by", "Ana", "-o", "small.xlsx");
  if (closed.code !== 0) throw new Error(closed.err);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function cellsOf(name: string): Promise<{ ws: ExcelJS.Worksheet; texts: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(name);
  const ws = wb.worksheets[0];
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  return { ws, texts };
}

describe("salesplan statements", () => {
  let ran: Ran;
  beforeAll(async () => {
    ran = await cli("statements", "small.xlsx", "--period", "2026-01", "--out-dir", "st", "--pdf");
  });

  it("writes a statement per rep paid, in the rep's language, adding up to the ledger", async () => {
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^Statements for 2026-01 written to .*st: 6 \(total [\d,.]+\)/);
    const ledger = (await tables(file("small.xlsx"))).get("SalesLedger")!;
    const at = (h: string) => ledger.headers.indexOf(h);
    for (const [i, rep] of company.reps.entries()) {
      const { ws, texts } = await cellsOf(file(`st/${rep.RepID}-2026-01.xlsx`));
      expect(ws.name).toBe(i % 2 === 0 ? "Statement" : "对账单");
      expect(texts).toContain(i % 2 === 0 ? "Incentive statement 2026-01" : "奖金对账单 2026-01");
      expect(texts).toContain(`${rep.RepID} ${rep.Name}`);
      // The first total row is the period's: the rep's ledger lines, to the cent.
      const own = ledger.rows.filter((r) => r[at("RepID")] === rep.RepID);
      const expected = own.reduce((s, r) => s + Math.round(Number(r[at("Amount")]) * 100), 0);
      let total: number | undefined;
      ws.eachRow((row) => {
        if (total === undefined && [String(row.getCell(1).value)].some((v) => v === "Total" || v === "合计"))
          total = Number(row.getCell(3).value);
      });
      expect(Math.round(total! * 100)).toBe(expected);
      // Every explanation of the rep's January lines is on the statement: as booked (in English, the
      // language January was closed in), or the same sentence in Chinese for a Chinese-speaking rep.
      const explained: string[] = [];
      ws.eachRow((row) => {
        if (row.getCell(1).value === "2026-01") explained.push(String(row.getCell(4).value));
      });
      // Each line this period and in the year to date (adjustments once more in their own section).
      expect(explained.length).toBeGreaterThanOrEqual(own.length * 2);
      for (const r of own)
        if (i % 2 === 0) expect(texts).toContain(String(r[at("Explanation")]));
        else expect(texts).not.toContain(String(r[at("Explanation")]));
      for (const e of explained) expect(/[\u4e00-\u9fff]/.test(e)).toBe(i % 2 === 1);
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.printArea).toMatch(/^A1:D\d+$/);
    }
  });

  it("holds no other rep's ID or name in any XML part", async () => {
    for (const [i, rep] of company.reps.entries()) {
      const data = await fs.readFile(file(`st/${rep.RepID}-2026-01.xlsx`));
      const xml = readZip(data)
        .map((p) => entryBuffer(data, p).toString("utf8"))
        .join("\n");
      company.reps.forEach((other, j) => {
        if (j === i) return;
        expect(xml).not.toMatch(new RegExp(`(^|[^\\w])${other.RepID}([^\\w]|$)`));
        expect(xml).not.toContain(other.Name);
      });
    }
  });

  (findSoffice() ? it : it.skip)("writes a PDF beside each with --pdf", async () => {
    expect(ran.out).toContain("Wrote 6 PDF(s) beside them with LibreOffice");
    for (const rep of company.reps) {
      const pdf = file(`st/${rep.RepID}-2026-01.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const head = (await fs.readFile(pdf)).subarray(0, 5).toString("latin1");
      expect(head).toBe("%PDF-");
      // One page: the page setup fits the statement on one sheet of paper.
      const pages = (await fs.readFile(pdf)).toString("latin1").match(/\/Type\s*\/Page[^s]/g);
      expect(pages).toHaveLength(1);
    }
    // One statement per language as an image, to look at: test-results/b-ledger-statement-<lang>.png.
    for (const [i, lang] of [
      [0, "en"],
      [1, "zh"],
    ] as const) {
      const png = await pageImage(
        file(`st/${company.reps[i].RepID}-2026-01.pdf`),
        `b-ledger-statement-${lang}`,
      );
      const data = await fs.readFile(png);
      expect(data.subarray(1, 4).toString("latin1")).toBe("PNG");
      // Landscape, as the statement's page setup asks: wider than tall.
      expect(data.readUInt32BE(16)).toBeGreaterThan(data.readUInt32BE(20));
    }
  });
});

/**
 * The PDF's page as test-results/<name>.png: poppler's pdftoppm where installed, else LibreOffice's
 * own PNG export of the PDF.
 */
async function pageImage(pdf: string, name: string): Promise<string> {
  const out = path.resolve("test-results");
  await fs.mkdir(out, { recursive: true });
  const target = path.join(out, `${name}.png`);
  const pdftoppm = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].find((f) => existsSync(f));
  if (pdftoppm) {
    execFileSync(pdftoppm, ["-png", "-r", "80", "-singlefile", pdf, target.replace(/\.png$/, "")]);
    return target;
  }
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-png-"));
  execFileSync(findSoffice()!, [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--convert-to",
    "png",
    "--outdir",
    profile,
    pdf,
  ]);
  await fs.copyFile(path.join(profile, path.basename(pdf).replace(/\.pdf$/, ".png")), target);
  return target;
}

describe("an open period's statement", () => {
  it("is marked provisional and explains each line in the rep's own language", async () => {
    const ran = await cli("statements", "small.xlsx", "--period", "2026-02", "--out-dir", "open");
    expect(ran.code).toBe(0);
    for (const [i, rep] of company.reps.entries()) {
      const { ws, texts } = await cellsOf(file(`open/${rep.RepID}-2026-02.xlsx`));
      expect(texts).toContain(i % 2 === 0 ? "Open (provisional until closed)" : "未关账（关账前为暂定数）");
      const lines: string[] = [];
      ws.eachRow((row) => {
        if (row.getCell(1).value === "2026-02" && row.getCell(2).value === "Revenue")
          lines.push(String(row.getCell(4).value));
      });
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(/[\u4e00-\u9fff]/.test(line)).toBe(i % 2 === 1);
    }
  });
});

describe("Inquiries", () => {
  it("closing lists the period's open inquiries", () => {
    expect(closed.out).toContain("Open inquiries for 2026-01 (1):");
    expect(closed.out).toContain(
      `  open inquiry: ${company.reps[0].RepID} 2026-01 Revenue: Deal 88 missing?`,
    );
  });

  it("pays a resolved inquiry with an amount as an adjustment quoting it; a rejected one pays nothing", async () => {
    const feb = await cli("close", "small.xlsx", "--period", "2026-02", "-o", "feb.xlsx");
    expect(feb.code).toBe(0);
    const ledger = (await tables(file("feb.xlsx"))).get("SalesLedger")!;
    const at = (h: string) => ledger.headers.indexOf(h);
    const manual = ledger.rows.filter((row) => row[at("Line")] === "manual adjustment");
    expect(manual.map((row) => [row[at("RepID")], row[at("Period")], row[at("Amount")]])).toEqual([
      [company.reps[1].RepID, "2026-02", 321.5],
    ]);
    expect(String(manual[0][at("Explanation")])).toContain(
      'inquiry "Split of deal 42" resolved: credited 50/50',
    );
  });
});
