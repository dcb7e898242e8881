/**
 * `salesplan reviews` over the Chinese demo: every text the review writes is in Chinese, the demo's
 * CoachingLibrary (the built-in suggestions in both languages) is read for the proposals, and
 * each file holds its rep only.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { DEFAULT_COACHING } from "../../src/engine/scorecards";
import { entryBuffer, readZip } from "../../src/workbook/xlsx/zip";
import { cli as runCli, tables, type Ran } from "./support";

jest.setTimeout(180_000);

let dir: string;
const NOW = new Date(Date.UTC(2026, 6, 1, 8, 30));
const cli = (...argv: string[]): Promise<Ran> => runCli(dir, NOW, ...argv);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-reviews-zh-"));
  const ran = await cli("demo", "-o", "demo.xlsx", "--quiet", "--lang", "zh");
  if (ran.code !== 0) throw new Error(`demo failed: ${ran.err}`);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("the zh demo's reviews: Chinese throughout, the demo's coaching library, one rep a file", async () => {
  const demo = await tables(path.join(dir, "demo.xlsx"));
  const library = demo.get("CoachingLibrary")!;
  expect(library.headers).toEqual(["KPI", "Language", "Suggestion"]);
  expect(library.rows).toHaveLength(DEFAULT_COACHING.length * 2);
  const scorecard = demo.get("SalesScorecard")!;
  const period = String(
    scorecard.rows
      .map((r) => r[scorecard.headers.indexOf("Period")])
      .sort()
      .pop(),
  );
  const ran = await cli("reviews", "demo.xlsx", "--period", period, "--out-dir", "rv");
  expect(ran.code).toBe(0);
  const scored = scorecard.rows
    .filter((r) => r[scorecard.headers.indexOf("Period")] === period)
    .map((r) => String(r[scorecard.headers.indexOf("RepID")]));
  expect(ran.out).toBe(`已将 ${period} 的 ${scored.length} 份绩效面谈写入 ${path.join(dir, "rv")}\n`);
  const reps = demo.get("Reps")!;
  const ids = reps.rows.map((r) => String(r[0]));
  const names = reps.rows.map((r) => String(r[1]));
  const zhTips = new Set(DEFAULT_COACHING.map((t) => t.zh));
  let proposals = 0;
  for (const rep of scored) {
    const file = path.join(dir, "rv", `${rep}-${period}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("绩效面谈");
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts[0]).toBe(`一对一绩效面谈 ${period}`);
    // The review's own labels are Chinese: no English heading of the English review.
    for (const en of ["Scorecard", "Below the team median", "New actions agreed", "Signatures"])
      expect(texts.some((t) => t.startsWith(en))).toBe(false);
    proposals += texts.filter((t) => zhTips.has(t)).length;
    const data = await fs.readFile(file);
    const xml = readZip(data)
      .map((p) => entryBuffer(data, p).toString("utf8"))
      .join("\n");
    ids.forEach((id, i) => {
      if (id === rep) return;
      expect(xml).not.toMatch(new RegExp(`(^|[^\\w])${id}([^\\w]|$)`));
      expect(xml).not.toContain(names[i]);
    });
  }
  // Someone is below the team median on a KPI the library coaches.
  expect(proposals).toBeGreaterThan(0);
});
