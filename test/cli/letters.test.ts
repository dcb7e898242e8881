/**
 * `salesplan letters` over a small company whose Reps table gives each rep a language: one letter
 * per rep, in that rep's language, holding their own targets by month (as SalesTargets has them),
 * the plan's rules and example payouts the engine computes for them, page set up to print; a PDF
 * beside each where LibreOffice is installed; no other rep's ID or name in any XML part.
 */
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoPlan } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { findSoffice } from "../../src/cli/pdf";
import { runPipeline } from "../../src/cli/pipeline";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";
import { entryBuffer, readZip } from "../../src/workbook/xlsx/zip";
import { cli as runCli, tables, type Ran } from "./support";

jest.setTimeout(180_000);

let dir: string;
const NOW = new Date(Date.UTC(2026, 0, 2, 8, 0));
const cli = (...argv: string[]): Promise<Ran> => runCli(dir, NOW, ...argv);
const file = (name: string) => path.join(dir, name);
const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps: 6 });
const zh = (i: number) => i % 2 === 1;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-letters-"));
  const host = XlsxPackageHost.create();
  const inputs = companyTables(company).map((t) =>
    t.name === "Reps"
      ? {
          ...t,
          columns: [...t.columns, { key: "Language", header: "Language", kind: "text" as const }],
          rows: t.rows.map((r, i) => ({ ...r, Language: zh(i) ? "zh-CN" : "en" })),
        }
      : t,
  );
  await host.writeTables(inputs, NOW);
  await runPipeline(host, {
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard: null,
    now: () => NOW,
    lang: "en",
  });
  await host.save(file("small.xlsx"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sheetOf(name: string): Promise<{ ws: ExcelJS.Worksheet; rows: unknown[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(name);
  expect(wb.worksheets).toHaveLength(1);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws.eachRow((row, r) => {
    rows[r - 1] = Array.from({ length: 5 }, (_, c) => row.getCell(c + 1).value);
  });
  return { ws, rows: Array.from(rows, (r) => r ?? []) };
}

const HEADINGS = [
  ...["Your targets by month", "How the plan pays", "Example payouts for the year", "Acknowledgement"],
  ...["您的月度目标", "方案计算规则", "全年奖金示例", "确认"],
];

/** The rows after a heading up to the next one. */
function section(rows: unknown[][], heading: string): unknown[][] {
  const start = rows.findIndex((r) => r[0] === heading);
  expect(start).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i > start && HEADINGS.includes(String(r[0])));
  return rows.slice(start + 1, end);
}

const letterFile = (repId: string) => file(`lt/${repId}-plan-1.0.xlsx`);

describe("salesplan letters", () => {
  let ran: Ran;
  beforeAll(async () => {
    ran = await cli("letters", "small.xlsx", "--out-dir", "lt", "--pdf");
  });

  it("writes a letter per rep with their own targets by month, the rules and the examples", async () => {
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^Plan letters written to .*lt: 6 \(FY2026 Field Sales 1\.0; 2026\)$/m);
    const targets = (await tables(file("small.xlsx"))).get("SalesTargets")!;
    const at = (h: string) => targets.headers.indexOf(h);
    for (const [i, rep] of company.reps.entries()) {
      if (zh(i)) continue;
      const { ws, rows } = await sheetOf(letterFile(rep.RepID));
      expect(ws.name).toBe("Plan letter");
      expect(rows[0][0]).toBe("Incentive plan letter 2026");
      expect(rows).toContainEqual(["Rep", `${rep.RepID} ${rep.Name}`, null, null, null]);
      // Each month's target: the rep's SalesTargets rows summed over products, to the cent.
      const months = section(rows, "Your targets by month").filter((r) => /^2026-\d\d$/.test(String(r[0])));
      expect(months).toHaveLength(12);
      for (const [month, revenue, collection] of months) {
        const own = targets.rows.filter((r) => r[at("RepID")] === rep.RepID && r[at("Period")] === month);
        const cents = own.reduce((s, r) => s + Math.round(Number(r[at("Target")]) * 100), 0);
        expect(Math.round(Number(revenue) * 100)).toBe(cents);
        expect(collection).toBe(revenue);
      }
      const rules = section(rows, "How the plan pays").map((r) => r[0]);
      expect(rules).toContain("Paid monthly in CNY.");
      expect(rules).toContain(
        "Collection (100% of your target incentive): paid on a curve by attainment (80% pays 50%; 100% pays 100%; 120% pays 150%), on a straight line between the points and along the last slope beyond them.",
      );
      expect(rules).toContain("SPIFF New logo: 2,000 for each unit of NewLogos.");
      const examples = section(rows, "Example payouts for the year");
      expect(examples[1].slice(0, 4)).toEqual([
        "Measure",
        "80% of target",
        "100% of target",
        "120% of target",
      ]);
      const paid = examples.find((r) => r[0] === "Total paid")!;
      // More attainment never pays less; the rows above add up to the total, to the cent.
      expect(Number(paid[1])).toBeLessThanOrEqual(Number(paid[2]));
      expect(Number(paid[2])).toBeLessThanOrEqual(Number(paid[3]));
      for (const c of [1, 2, 3]) {
        const parts = examples
          .filter((r) => ["Revenue", "Collection", "Draw, caps and proration"].includes(String(r[0])))
          .reduce((s, r) => s + Math.round(Number(r[c]) * 100), 0);
        expect(parts).toBe(Math.round(Number(paid[c]) * 100));
      }
      expect(rows.slice(-3).map((r) => r[0])).toEqual(["Signature", "Name", "Date"]);
      expect(ws.pageSetup.orientation).toBe("portrait");
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.printArea).toBe(`A1:D${rows.length}`);
    }
  });

  it("writes a zh rep's letter in Chinese with the same figures", async () => {
    const [en, cn] = [company.reps[0], company.reps[1]];
    const { ws, rows } = await sheetOf(letterFile(cn.RepID));
    expect(ws.name).toBe("奖金方案确认书");
    expect(rows[0][0]).toBe("2026 年度奖金方案确认书");
    expect(rows).toContainEqual(["销售代表", `${cn.RepID} ${cn.Name}`, null, null, null]);
    const rules = section(rows, "方案计算规则").map((r) => String(r[0]));
    expect(rules).toContain("按月以 CNY 发放。");
    expect(rules).toContain("专项奖励 New logo：NewLogos 每单位 2,000。");
    expect(rules.every((r) => /[\u4e00-\u9fff]/.test(r))).toBe(true);
    const examples = section(rows, "全年奖金示例");
    expect(examples[1].slice(0, 4)).toEqual(["指标", "目标的 80%", "目标的 100%", "目标的 120%"]);
    expect(rows.slice(-3).map((r) => r[0])).toEqual(["签名", "姓名", "日期"]);
    // The English letter's layout, row for row: only the words differ.
    const other = await sheetOf(letterFile(en.RepID));
    expect(rows.length).toBe(other.rows.length);
  });

  it("holds no other rep's ID or name in any XML part", async () => {
    for (const [i, rep] of company.reps.entries()) {
      const data = await fs.readFile(letterFile(rep.RepID));
      const parts = readZip(data);
      expect(parts.length).toBeGreaterThan(3);
      const xml = parts.map((p) => entryBuffer(data, p).toString("utf8")).join("\n");
      expect(xml).toContain(rep.Name);
      company.reps.forEach((other, j) => {
        if (j === i) return;
        expect(xml).not.toMatch(new RegExp(`(^|[^\\w])${other.RepID}([^\\w]|$)`));
        expect(xml).not.toContain(other.Name);
      });
    }
  });

  const soffice = findSoffice();
  (soffice ? it : it.skip)(
    soffice
      ? "writes a one-page PDF beside each with --pdf"
      : "writes a one-page PDF beside each with --pdf (skipped: LibreOffice's soffice is not installed)",
    async () => {
      expect(ran.out).toContain("Wrote 6 PDF(s) beside them with LibreOffice");
      for (const rep of company.reps) {
        const pdf = (await fs.readFile(letterFile(rep.RepID).replace(/\.xlsx$/, ".pdf"))).toString("latin1");
        expect(pdf.slice(0, 5)).toBe("%PDF-");
        expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      }
    },
  );
});

describe("salesplan letters refuses", () => {
  it("without --out-dir, or with a month-end option it does not take (usage, exit 2)", async () => {
    const noDir = await cli("letters", "small.xlsx");
    expect(noDir.code).toBe(2);
    expect(noDir.err).toContain("letters needs a folder: --out-dir DIR");
    const period = await cli("letters", "small.xlsx", "--out-dir", "x", "--period", "2026-01");
    expect(period.code).toBe(2);
    expect(period.err).toContain("Unknown option '--period'");
    expect(existsSync(file("x"))).toBe(false);
  });

  it("a workbook without a plan, in the language asked (exit 1)", async () => {
    const host = XlsxPackageHost.create();
    await host.writeTables(companyTables(company).slice(0, 2), NOW);
    await host.save(file("noplan.xlsx"));
    const ran = await cli("letters", "noplan.xlsx", "--out-dir", "np", "--lang", "zh");
    expect(ran.code).toBe(1);
    expect(ran.err).toContain("此工作簿中没有奖金方案（SalesPlan 表）：请先保存方案，再生成奖金方案确认书");
  });
});
