/**
 * `salesplan reviews` end to end over a small company whose Reps give each rep a language: one
 * file per rep scored in the month, in that rep's language, with the scorecard and trend as the
 * Activities say, last review's actions from ReviewNotes with their status, development and
 * mentoring; no other rep's ID or name in any XML part; bad input answered by name.
 */
import { execFileSync } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { demoPlan, demoScorecard } from "../../src/cli/demo/plans";
import { findSoffice, writePdfs } from "../../src/cli/pdf";
import { runPipeline } from "../../src/cli/pipeline";
import { noRunSettings, writeRunSettings } from "../../src/cli/settings";
import { XlsxPackageHost } from "../../src/workbook/xlsx/package-host";
import { entryBuffer, readZip } from "../../src/workbook/xlsx/zip";
import { cli as runCli, companyInLanguages, type Ran } from "./support";

jest.setTimeout(180_000);

let dir: string;
const NOW = new Date(Date.UTC(2026, 3, 2, 8, 0));
const cli = (...argv: string[]): Promise<Ran> => runCli(dir, NOW, ...argv);
const file = (name: string) => path.join(dir, name);
const { company, inputs } = companyInLanguages(12);
const PERIOD = "2026-03";
const scorecard = demoScorecard(90_000);

/** The small workbook with these tables changed (header row, then rows), saved as `name`. */
async function variant(name: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file("small.xlsx"));
  for (const [sheet, rows] of Object.entries(sheets)) {
    const old = wb.getWorksheet(sheet);
    if (old) wb.removeWorksheet(old.id);
    wb.addWorksheet(sheet).addRows(rows);
  }
  await wb.xlsx.writeFile(file(name));
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-reviews-"));
  const host = XlsxPackageHost.create();
  await host.writeTables(inputs, NOW);
  await runPipeline(host, {
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard,
    now: () => NOW,
    lang: "en",
  });
  await writeRunSettings(host, { ...noRunSettings, scorecard, lang: "en" });
  await host.save(file("small.xlsx"));
});

afterAll(async () => {
  if (!process.env.KEEP_REVIEWS) await fs.rm(dir, { recursive: true, force: true });
  else console.log(dir);
});

interface Sheet {
  ws: ExcelJS.Worksheet;
  texts: string[];
  /** Every row, empty ones too, as its eight cells' values. */
  rows: unknown[][];
}

async function open(name: string): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(name);
  const ws = wb.worksheets[0];
  const texts: string[] = [];
  const rows: unknown[][] = [];
  // Every row by number (eachRow leaves out the empty lines to write on).
  for (let r = 1; r <= ws.rowCount; r++)
    rows.push(Array.from({ length: 8 }, (_, c) => ws.getCell(r, c + 1).value));
  ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  return { ws, texts, rows };
}

/** The rows after the one whose first cell is `heading`, up to the next heading-like row. */
const after = (sheet: Sheet, heading: string): unknown[][] => {
  const at = sheet.rows.findIndex((r) => String(r[0]).startsWith(heading));
  return at < 0 ? [] : sheet.rows.slice(at + 1);
};

const activity = (rep: string, period: string) =>
  company.activities.find((a) => a.RepID === rep && a.Period === period) as unknown as Record<string, number>;
/** Where the PNGs to look at go, as the browser tests' screenshots. */
const resultsDir = path.resolve(__dirname, "../../test-results");
const scored = company.reps.filter((r) =>
  company.activities.some((a) => a.RepID === r.RepID && a.Period === PERIOD),
);

describe("salesplan reviews", () => {
  let ran: Ran;
  beforeAll(async () => {
    ran = await cli("reviews", "small.xlsx", "--period", PERIOD, "--out-dir", "rv");
  });

  it("writes a review per rep scored in the month, in the rep's language", async () => {
    expect(ran.err).toBe("");
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(new RegExp(`^Wrote ${scored.length} review\\(s\\) for ${PERIOD} to .*rv`));
    for (const rep of scored) {
      const i = company.reps.indexOf(rep);
      const { ws, texts } = await open(file(`rv/${rep.RepID}-${PERIOD}.xlsx`));
      expect(ws.name).toBe(i % 2 === 0 ? "Review" : "绩效面谈");
      expect(texts).toContain(i % 2 === 0 ? `One-to-one review ${PERIOD}` : `一对一绩效面谈 ${PERIOD}`);
      expect(texts).toContain(`${rep.RepID} ${rep.Name}`);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
      expect(ws.pageSetup.printArea).toMatch(/^A1:H\d+$/);
      // Values only: no formula anywhere.
      ws.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
    }
  });

  it("prints the scorecard's values and the KPI trend by month as Activities hold them", async () => {
    const rep = scored[0];
    const sheet = await open(file(`rv/${rep.RepID}-${PERIOD}.xlsx`));
    const header = sheet.rows.find((r) => r[0] === "KPI" && r[1] === "2026-01")!;
    expect(header.slice(1, 4)).toEqual(["2026-01", "2026-02", "2026-03"]);
    const trend = after(sheet, "KPI trend");
    const cf = (sheet.ws as unknown as { conditionalFormattings: { ref: string; rules: object[] }[] })
      .conditionalFormattings;
    for (const kpi of scorecard.kpis.filter((k) => k.kind === "process")) {
      const line = trend.find((r) => r[0] === kpi.name)!;
      expect(line.slice(1, 4)).toEqual(
        ["2026-01", "2026-02", "2026-03"].map((p) => activity(rep.RepID, p)[kpi.name]),
      );
      // Each month's cell carries a data bar from zero to the row's highest month.
      const r = sheet.rows.indexOf(line) + 1;
      const bar = cf.find((f) => f.ref === `B${r}:D${r}`);
      expect(bar?.rules[0]).toMatchObject({
        type: "dataBar",
        cfvo: [{ type: "num", value: 0 }, { type: "max" }],
      });
      const card = after(sheet, "Scorecard").find((r) => r[0] === kpi.name)!;
      expect(card[1]).toBe(activity(rep.RepID, PERIOD)[kpi.name]);
      expect(card[2]).toBe(kpi.target);
      expect(card[3]).toBeCloseTo(activity(rep.RepID, PERIOD)[kpi.name] / (kpi.target as number), 9);
    }
  });

  it("lists last review's actions with their status, and lines for new ones", async () => {
    const notes = inputs.find((t) => t.name === "ReviewNotes")!.rows;
    const rep = scored.find((r) => notes.some((n) => n.RepID === r.RepID && n.Period === "2026-02"))!;
    const note = notes.find((n) => n.RepID === rep.RepID && n.Period === "2026-02")!;
    const i = company.reps.indexOf(rep);
    const sheet = await open(file(`rv/${rep.RepID}-${PERIOD}.xlsx`));
    const heading = i % 2 === 0 ? "Last review (2026-02" : "上次面谈（2026-02";
    const rows = after(sheet, heading);
    const action = rows.find((r) => r[0] === note.Actions)!;
    expect(action).toBeDefined();
    // A date cell (exceljs reads it back as a Date).
    expect(action[6]).toEqual(new Date(Date.UTC(1899, 11, 30) + Number(note.Due) * 86_400_000));
    // The demo marks February's actions done.
    expect(action[7]).toBe(i % 2 === 0 ? "done" : "已完成");
    // Three lines to write new actions on, under their header.
    const fresh = after(sheet, i % 2 === 0 ? "New actions agreed" : "本次约定的新行动");
    expect(fresh[0][0]).toBe(i % 2 === 0 ? "Action" : "行动");
    expect(fresh.slice(1, 4).every((r) => r.every((v) => v === null))).toBe(true);
  });

  it("holds no other rep's ID or name in any XML part", async () => {
    for (const rep of scored) {
      const data = await fs.readFile(file(`rv/${rep.RepID}-${PERIOD}.xlsx`));
      const xml = readZip(data)
        .map((p) => entryBuffer(data, p).toString("utf8"))
        .join("\n");
      for (const other of company.reps) {
        if (other === rep) continue;
        expect(xml).not.toMatch(new RegExp(`(^|[^\\w])${other.RepID}([^\\w]|$)`));
        expect(xml).not.toContain(other.Name);
      }
    }
  });
});

describe("the printed review, as LibreOffice prints it", () => {
  const soffice = findSoffice();
  const pdftoppm = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].find((p) => existsSync(p));
  (soffice && pdftoppm ? it : it.skip)(
    soffice && pdftoppm
      ? "an en and a zh review print as a PDF, kept as PNGs in test-results to look at"
      : "an en and a zh review print as a PDF (skipped: soffice or pdftoppm is not installed)",
    async () => {
      await cli("reviews", "small.xlsx", "--period", PERIOD, "--out-dir", "rv-pdf");
      for (const lang of ["en", "zh"] as const) {
        // Reps alternate languages: even positions read English.
        const rep = scored.find((r) => (company.reps.indexOf(r) % 2 === 0) === (lang === "en"))!;
        const xlsx = file(`rv-pdf/${rep.RepID}-${PERIOD}.xlsx`);
        const io = {
          say: () => undefined,
          complain: (m: string) => {
            throw new Error(m);
          },
        };
        expect(await writePdfs([xlsx], file("rv-pdf"), io, lang)).toBe(0);
        const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
        expect((await fs.readFile(pdf)).toString("latin1").slice(0, 5)).toBe("%PDF-");
        await fs.mkdir(resultsDir, { recursive: true });
        const png = path.join(resultsDir, `people-review-sheet-${lang}`);
        execFileSync(pdftoppm!, ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, png]);
        expect((await fs.stat(`${png}.png`)).size).toBeGreaterThan(10_000);
      }
    },
  );
});

describe("development and mentoring on the review", () => {
  it("shows a completed development item's KPI before and after, and proposals for the KPIs below the median", async () => {
    const items = inputs.find((t) => t.name === "Development")!.rows;
    const kpis = new Set(scorecard.kpis.map((k) => k.name));
    const item = items.find(
      (d) => d.Status === "done" && kpis.has(String(d.KPI)) && scored.some((r) => r.RepID === d.RepID),
    )!;
    expect(item).toBeDefined();
    const rep = company.reps.find((r) => r.RepID === item.RepID)!;
    const en = company.reps.indexOf(rep) % 2 === 0;
    const sheet = await open(file(`rv/${rep.RepID}-${PERIOD}.xlsx`));
    const line = after(sheet, en ? "Development" : "能力发展").find((r) => r[0] === item.Skill)!;
    // Due in month M: before is M-1's value, after is the latest month from M up to March.
    const dueMonth = new Date(Date.UTC(1899, 11, 30) + Number(item.Due) * 86_400_000)
      .toISOString()
      .slice(0, 7);
    const previous = `2026-${String(Number(dueMonth.slice(5)) - 1).padStart(2, "0")}`;
    const kpi = String(item.KPI);
    const at = (p: string) =>
      en ? `${activity(rep.RepID, p)[kpi]} (${p})` : `${activity(rep.RepID, p)[kpi]}（${p}）`;
    expect(line[2]).toBe(kpi);
    expect(line[5]).toBe(at(previous));
    expect(line[7]).toBe(at(PERIOD));
    // Proposals: one per KPI under "below the team median", from the built-in suggestions.
    expect(sheet.texts).toContain(
      en ? "Proposed for the KPIs below the team median" : "针对低于团队中位数指标的建议发展项",
    );
  });

  it("gives a mentee their ramp against reps hired in the same quarter, and the mentor a line per mentee, naming neither", async () => {
    const mentees = inputs.find((t) => t.name === "Reps")!.rows.filter((r) => r.Mentor);
    expect(mentees.length).toBeGreaterThan(0);
    for (const mentee of mentees) {
      const rep = company.reps.find((r) => r.RepID === mentee.RepID)!;
      if (!scored.includes(rep)) continue;
      const own = await open(file(`rv/${rep.RepID}-${PERIOD}.xlsx`));
      const en = company.reps.indexOf(rep) % 2 === 0;
      expect(
        own.texts.some((t) =>
          t.startsWith(en ? "Ramp attainment since hire (month " : "入职以来的爬坡达成率（第 "),
        ),
      ).toBe(true);
      const mentor = company.reps.find((r) => r.RepID === mentee.Mentor)!;
      const theirs = await open(file(`rv/${mentor.RepID}-${PERIOD}.xlsx`));
      const mentorEn = company.reps.indexOf(mentor) % 2 === 0;
      expect(theirs.texts.some((t) => t.startsWith(mentorEn ? "Mentee hired in 2026-Q" : "2026-Q"))).toBe(
        true,
      );
    }
  });
});

describe("bad input, answered by name", () => {
  const reviewNotes = (due: unknown, rep = company.reps[0].RepID) => [
    ["RepID", "Period", "Actions", "Due", "Status"],
    [rep, "2026-02", "Call back", due, "open"],
  ];

  it("a rep the Reps table does not know (en and zh)", async () => {
    await variant("unknown-rep.xlsx", { ReviewNotes: reviewNotes(46081, "R999") });
    const en = await cli("reviews", "unknown-rep.xlsx", "--period", PERIOD, "--out-dir", "bad1");
    expect(en.code).toBe(1);
    expect(en.err).toContain("ReviewNotes row 2: rep R999 is not in the Reps table");
    const zh = await cli(
      "reviews",
      "unknown-rep.xlsx",
      "--period",
      PERIOD,
      "--out-dir",
      "bad1",
      "--lang",
      "zh",
    );
    expect(zh.err).toContain("ReviewNotes 第 2 行：销售代表 R999 不在 Reps 表中");
  });

  it("a mentor the Reps table does not know", async () => {
    const reps = inputs.find((t) => t.name === "Reps")!;
    const keys = reps.columns.map((c) => c.key);
    await variant("unknown-mentor.xlsx", {
      Reps: [
        keys,
        ...reps.rows.map((r, i) => keys.map((k) => (k === "Mentor" && i === 2 ? "R777" : (r[k] ?? null)))),
      ],
    });
    const ran = await cli("reviews", "unknown-mentor.xlsx", "--period", PERIOD, "--out-dir", "bad2");
    expect(ran.code).toBe(1);
    expect(ran.err).toContain(`Reps: mentor R777 of rep ${company.reps[2].RepID} is not in the Reps table`);
  });

  it("a due date that is not a date", async () => {
    await variant("bad-due.xlsx", { ReviewNotes: reviewNotes("next week") });
    const ran = await cli("reviews", "bad-due.xlsx", "--period", PERIOD, "--out-dir", "bad3");
    expect(ran.code).toBe(1);
    expect(ran.err).toMatch(/ReviewNotes.*Due.*next week/);
  });

  it("a KPI in CoachingLibrary that the scorecard does not have (en and zh); known ones replace the built-in suggestions", async () => {
    await variant("bad-library.xlsx", {
      CoachingLibrary: [
        ["KPI", "Language", "Suggestion"],
        ["Visits", "en", "Ride along twice a month."],
        ["Lunches", "en", "Buy lunch."],
      ],
    });
    const en = await cli("reviews", "bad-library.xlsx", "--period", PERIOD, "--out-dir", "bad4");
    expect(en.code).toBe(1);
    expect(en.err).toContain(
      "CoachingLibrary row 3: KPI 'Lunches' is neither a scorecard KPI nor an Activities column (Visits, Calls, ProposalQuality, CollectionRate, Revenue, Proposals)",
    );
    const zh = await cli(
      "reviews",
      "bad-library.xlsx",
      "--period",
      PERIOD,
      "--out-dir",
      "bad4",
      "--lang",
      "zh",
    );
    expect(zh.err).toContain(
      "CoachingLibrary 第 3 行：指标“Lunches”既不是评分卡指标，也不是 Activities 的列",
    );

    await variant("library.xlsx", {
      CoachingLibrary: [
        ["KPI", "Language", "Suggestion"],
        ["Visits", "en", "Ride along twice a month."],
        ["Visits", "zh", "每月两次陪访。"],
      ],
    });
    const ok = await cli("reviews", "library.xlsx", "--period", PERIOD, "--out-dir", "lib");
    expect(ok.code).toBe(0);
    for (const rep of scored) {
      const { texts } = await open(file(`lib/${rep.RepID}-${PERIOD}.xlsx`));
      // Only the library's suggestions: none of the built-in ones.
      expect(texts).not.toContain("Plan two more customer visits a week.");
      expect(texts).not.toContain("每周多安排两次客户拜访。");
    }
    const proposed = await Promise.all(scored.map((r) => open(file(`lib/${r.RepID}-${PERIOD}.xlsx`))));
    expect(
      proposed.some(
        (s) => s.texts.includes("Ride along twice a month.") || s.texts.includes("每月两次陪访。"),
      ),
    ).toBe(true);
  });

  it("a period that is not a month is a usage mistake", async () => {
    const ran = await cli("reviews", "small.xlsx", "--period", "2026-Q1", "--out-dir", "bad5");
    expect(ran.code).toBe(2);
    expect(ran.err).toContain("reviews are monthly, so '2026-Q1' must be a month such as 2026-03");
  });
});

describe("other reps named in free text", () => {
  it("print as [colleague] (［同事］ in Chinese), so the file still holds its rep only", async () => {
    // Reps at even places in Reps read English, odd ones Chinese.
    const at = (r: (typeof scored)[number]) => company.reps.indexOf(r);
    const en = scored.find((r) => at(r) % 2 === 0)!;
    const zh = scored.find((r) => at(r) % 2 === 1)!;
    const other = scored.find((r) => r !== en && r !== zh)!;
    const note = (rep: typeof en) => [
      rep.RepID,
      "2026-02",
      other.Name,
      `Joint visit with ${other.Name} (${other.RepID})`,
      `Ask ${other.RepID} for the template`,
      46081,
      "open",
    ];
    await variant("named.xlsx", {
      ReviewNotes: [
        ["RepID", "Period", "Reviewer", "Strengths", "Actions", "Due", "Status"],
        note(en),
        note(zh),
      ],
    });
    const ran = await cli("reviews", "named.xlsx", "--period", PERIOD, "--out-dir", "named");
    expect(ran.code).toBe(0);
    const english = await open(file(`named/${en.RepID}-${PERIOD}.xlsx`));
    expect(english.texts).toContain("Joint visit with [colleague] ([colleague])");
    expect(english.texts).toContain("Ask [colleague] for the template");
    // Due 2026-02-28, not done by March: overdue, with the Status as written.
    expect(english.texts).toContain("overdue");
    const chinese = await open(file(`named/${zh.RepID}-${PERIOD}.xlsx`));
    expect(chinese.texts).toContain("Joint visit with ［同事］ (［同事］)");
    expect(chinese.texts).toContain("已逾期");
    for (const rep of [en, zh]) {
      const data = await fs.readFile(file(`named/${rep.RepID}-${PERIOD}.xlsx`));
      const xml = readZip(data)
        .map((p) => entryBuffer(data, p).toString("utf8"))
        .join("\n");
      expect(xml).not.toContain(other.Name);
      expect(xml).not.toMatch(new RegExp(`(^|[^\\w])${other.RepID}([^\\w]|$)`));
    }
  });
});
