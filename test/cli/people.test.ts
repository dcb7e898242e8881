/**
 * The people tables from the command line: `salesplan demo` writes SalesHonourRoll and
 * SalesTeamHealth from its own scorecard and payouts; a Recognition table and ReviewNotes added to
 * the workbook change them on `salesplan run`; a rule it does not know stops the run by name.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { cli as runCli, tables, type Ran, type Table } from "./support";

jest.setTimeout(120_000);

let dir: string;
const NOW = new Date(Date.UTC(2026, 6, 1, 8, 30));
const cli = (...argv: string[]): Promise<Ran> => runCli(dir, NOW, ...argv);
const column = (t: Table, header: string): unknown[] => t.rows.map((r) => r[t.headers.indexOf(header)]);
const records = (t: Table): Record<string, unknown>[] =>
  t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));

let demo: Map<string, Table>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-people-"));
  const ran = await cli("demo", "-o", "demo.xlsx", "--quiet");
  if (ran.code !== 0) throw new Error(`demo failed: ${ran.err}`);
  demo = await tables(path.join(dir, "demo.xlsx"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A copy of the demo's workbook with these sheets (header row, then rows) in place of its own. */
async function withSheets(file: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "demo.xlsx"));
  for (const [name, rows] of Object.entries(sheets)) {
    // The demo's own table of that name goes: these rows replace it.
    const old = wb.getWorksheet(name);
    if (old) wb.removeWorksheet(old.id);
    wb.addWorksheet(name).addRows(rows);
  }
  await wb.xlsx.writeFile(path.join(dir, file));
}

test("the demo writes the honour roll and team health from its own scorecard and payouts", () => {
  const roll = demo.get("SalesHonourRoll")!;
  expect(roll.headers).toEqual([
    "Period",
    "Award",
    "Rank",
    "RepID",
    "Name",
    "Region",
    "Value",
    "Reason",
    "Cash",
  ]);
  const scorecard = records(demo.get("SalesScorecard")!);
  const rows = records(roll);
  const periods = [...new Set(scorecard.map((r) => String(r.Period)))].sort();
  for (const period of periods) {
    // The top score's rank-1 winners hold the best score of the reps the roll did not skip.
    const skipped = new Set(
      rows
        .filter((r) => r.Period === period && r.Award === "Top score" && r.Rank === null)
        .map((r) => r.RepID),
    );
    const best = Math.max(
      ...scorecard.filter((r) => r.Period === period && !skipped.has(r.RepID)).map((r) => Number(r.Score)),
    );
    const first = rows.filter((r) => r.Period === period && r.Award === "Top score" && r.Rank === 1);
    expect(first.length).toBeGreaterThan(0);
    for (const w of first) {
      expect(w.Value).toBeCloseTo(best, 6);
      expect(String(w.Reason)).toMatch(new RegExp(`^score [\\d.]+ in ${period}, rank 1`));
    }
  }
  // Every rep's distance to the club line in the latest month, in words.
  const latest = periods[periods.length - 1];
  const club = rows.filter((r) => r.Period === latest && r.Award === "President's Club");
  expect(club.length).toBeGreaterThan(10);
  for (const r of club)
    expect(String(r.Reason)).toMatch(
      r.Rank === null ? /short of the club line|skipped/ : /above the club line/,
    );

  const health = demo.get("SalesTeamHealth")!;
  // Its columns are checked with every other table in e2e.test.ts.
  // The teams add up to the reps with a score or a payout row in each month (SalesPayouts holds the
  // open months: the demo's closed ones are in SalesLedger).
  const payouts = records(demo.get("SalesPayouts")!);
  for (const period of periods) {
    const reps = records(health)
      .filter((r) => r.Period === period)
      .reduce((s, r) => s + Number(r.Reps), 0);
    const seen = new Set([...scorecard, ...payouts].filter((r) => r.Period === period).map((r) => r.RepID));
    expect(reps).toBe(seen.size);
  }
  expect(new Set(column(health, "Note"))).toEqual(
    new Set(["Indicators for the conversation, not a verdict on people"]),
  );
  // The demo runs, closes its first months, and runs again with them left to the ledger.
  const run = ["targets", "payouts", "scorecards", "people"];
  expect(column(demo.get("SalesAudit")!, "Action").filter((a) => run.includes(String(a)))).toEqual([
    ...run,
    ...run,
  ]);
});

test("the honour roll's cash awards reach SalesPayouts as adjustments, each named where it is paid", () => {
  const winners = records(demo.get("SalesHonourRoll")!).filter((r) => Number(r.Cash) > 0 && r.Rank !== null);
  expect(winners.length).toBeGreaterThan(5);
  const payouts = records(demo.get("SalesPayouts")!);
  // The demo's closed months paid theirs into SalesLedger, each on its own line.
  const ledger = records(demo.get("SalesLedger")!);
  const closed = new Set(ledger.map((r) => r.Period));
  for (const w of winners) {
    const award = `honour roll award “${String(w.Award)}, rank ${Number(w.Rank)} in ${String(w.Period)}”`;
    if (closed.has(w.Period)) {
      const lines = ledger.filter(
        (r) => r.RepID === w.RepID && r.Period === w.Period && r.Line === "honour roll award",
      );
      expect(lines.map((r) => String(r.Explanation)).join("; ")).toContain(award);
      continue;
    }
    const row = payouts.find(
      (r) => r.RepID === w.RepID && r.Period === w.Period && r.Measure === "Adjustments",
    );
    expect(String(row?.Explanation)).toContain(`${award} ${Number(w.Cash)}`);
  }
  // Every award paid is a winner's: as many as the roll pays.
  const paid = [...payouts, ...ledger].flatMap(
    (r) => String(r.Explanation).match(/honour roll award “/g) ?? [],
  );
  expect(paid).toHaveLength(winners.length);
});

test("a Recognition table and ReviewNotes change the tables; zh reasons with --lang zh", async () => {
  const scorecard = records(demo.get("SalesScorecard")!);
  const latest = scorecard
    .map((r) => String(r.Period))
    .sort()
    .pop()!;
  const rep = String(scorecard.find((r) => r.Period === latest)!.RepID);
  await withSheets("rules.xlsx", {
    Recognition: [
      ["奖项", "规则", "名额", "现金奖励"],
      ["季度之星", "最高得分", 2, 300],
    ],
    ReviewNotes: [
      ["RepID", "Period", "Reviewer", "Strengths"],
      [rep, latest, "Lee", "Prepares every visit"],
    ],
  });
  const ran = await cli("run", "rules.xlsx", "-o", "rules-out.xlsx", "--quiet", "--lang", "zh");
  expect(ran.err).toBe("");
  expect(ran.code).toBe(0);
  const out = await tables(path.join(dir, "rules-out.xlsx"));
  const roll = records(out.get("SalesHonourRoll")!);
  expect(new Set(roll.map((r) => r.Award))).toEqual(new Set(["季度之星"]));
  for (const r of roll.filter((x) => x.Rank !== null)) {
    expect(Number(r.Rank)).toBeLessThanOrEqual(2);
    expect(r.Cash).toBe(300);
    expect(String(r.Reason)).toMatch(/得分 [\d.]+，\d+ 名有得分的代表中排名第 \d.*现金奖励 300\.00$/);
  }
  const team = records(out.get("SalesTeamHealth")!).filter(
    (r) => r.Period === latest && Number(r.OneToOneCoverage) > 0,
  );
  expect(team).toHaveLength(1);
  expect(team[0].OneToOneCoverage).toBeCloseTo(1 / Number(team[0].Reps), 9);
  expect(team[0].Note).toBe("供沟通参考的指标，不是对人的评判");
  // The second pass: the workbook's old honour roll (the demo's awards) is replaced by this run's
  // in SalesPayouts too, so only 季度之星's cash is paid.
  // The demo's closed months keep the awards they booked: the change is paid as restatements.
  const payouts = records(out.get("SalesPayouts")!);
  const explanations = payouts.map((r) => String(r.Explanation));
  expect(explanations.filter((e) => e.includes("Top score"))).toEqual([]);
  const paid = explanations.flatMap(
    (e) => e.match(/荣誉榜奖金“季度之星，第 \d 名（\d{4}-\d\d）” 300/g) ?? [],
  );
  const open = new Set(payouts.map((r) => r.Period));
  expect(paid).toHaveLength(roll.filter((r) => r.Rank !== null && open.has(r.Period)).length);
  const restated = payouts.map((r) => String(r.Measure)).filter((m) => m.endsWith(" honour roll award"));
  expect(new Set(restated)).toEqual(
    new Set(["restatement 2026-01 honour roll award", "restatement 2026-02 honour roll award"]),
  );
});

test("an award rule it does not know and a review of an unknown rep are answered by name", async () => {
  await withSheets("bad-rule.xlsx", {
    Recognition: [
      ["Award", "Rule", "Count"],
      ["Star", "best dressed", 1],
    ],
  });
  const bad = await cli("run", "bad-rule.xlsx", "-o", "never.xlsx", "--quiet");
  expect(bad.code).toBe(1);
  expect(bad.err).toContain(
    "Recognition row 2, award 'Star': unknown rule 'best dressed' (expected top score, most improved, rookie or club)",
  );
  await withSheets("bad-rep.xlsx", {
    ReviewNotes: [
      ["RepID", "Period"],
      ["NOBODY", "2026-03"],
    ],
  });
  const zh = await cli("run", "bad-rep.xlsx", "-o", "never.xlsx", "--quiet", "--lang", "zh");
  expect(zh.code).toBe(1);
  expect(zh.err).toContain("ReviewNotes 第 2 行：销售代表 NOBODY 不在 Reps 表中");
  await expect(fs.access(path.join(dir, "never.xlsx"))).rejects.toThrow();
});

test("the demo fills the people tables: mentors, award rules, review notes, development items", () => {
  const reps = records(demo.get("Reps")!);
  const mentored = reps.filter((r) => r.Mentor);
  expect(mentored.length).toBeGreaterThan(0);
  for (const r of mentored) expect(reps.some((m) => m.RepID === r.Mentor)).toBe(true);
  expect(column(demo.get("Recognition")!, "Award")).toEqual([
    "Top score",
    "Most improved",
    "Rookie of the month",
    "President's Club",
  ]);
  expect(demo.get("ReviewNotes")!.rows.length).toBeGreaterThan(0);
  expect(demo.get("Development")!.rows.length).toBeGreaterThan(0);
  // The demo's own rules drive its roll: a rookie, cash for the top scores, indicators filled in.
  const roll = records(demo.get("SalesHonourRoll")!);
  expect(roll.some((r) => r.Award === "Rookie of the month" && r.Rank === 1)).toBe(true);
  expect(roll.filter((r) => r.Award === "Top score" && r.Rank !== null).every((r) => r.Cash === 500)).toBe(
    true,
  );
  const health = records(demo.get("SalesTeamHealth")!);
  expect(health.some((r) => Number(r.OneToOneCoverage) > 0)).toBe(true);
  expect(health.some((r) => typeof r.DevelopmentOnTime === "number")).toBe(true);
  expect(health.some((r) => typeof r.MentoringCoverage === "number")).toBe(true);
  // Every team's practice from the demo's Activities columns, as team medians.
  for (const r of health) expect(String(r.Practice)).toMatch(/^team medians: Visits [\d.]+, Calls [\d.]+/);
});
