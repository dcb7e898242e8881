/**
 * The review's record (issue 16): the notes' checks named by field in en and zh, the save into
 * ReviewNotes (that rep's rows of that period replaced, every other row kept, last time's actions
 * marked done, the table's own headers kept) through the Office.js host in few syncs and all or
 * nothing, and the next review opening with last time's actions and the trend since.
 */
import {
  checkReviewEntry,
  entryMessages,
  reviewNotesJob,
  reviewNotesSpec,
  reviewView,
  savedReview,
  writeJob,
  type ReviewEntry,
  type ScorecardOptions,
} from "../../src/jobs";
import { serialOf } from "../../src/kernel/calendar";
import { activitiesSpec, repsSpec } from "../../src/workbook/inputs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { seedSample } from "../browser/sample-workbook";
import { FakeExcel } from "../support/fake-excel";

/** A save's round trips to Excel: the read of ReviewNotes and the guarded write (inspect, stage, commit). */
const SAVE_SYNCS = 6;
const AT = new Date(Date.UTC(2026, 2, 20, 9));
const DAY = serialOf(2026, 3, 20);

const entry = (over: Partial<ReviewEntry> = {}): ReviewEntry => ({
  rep: "R02",
  period: "2026-02",
  reviewer: "Mia",
  strengths: "Warm follow-ups",
  gaps: "Few proposals",
  actions: [
    { action: "Two proposals a week", owner: "Bo Chen", due: "2026-03-31" },
    { action: "Join a senior's visits", owner: "Mia", due: "2026年3月15日" },
  ],
  ...over,
});

const options: ScorecardOptions = {
  kpis: [
    { name: "Visits", kind: "process", direction: "up", weight: 50, cap: null, target: 25 },
    { name: "Revenue", kind: "result", direction: "up", weight: 50, cap: null, target: 90000 },
  ],
  groupWeights: null,
  cap: 1.2,
  bands: [
    { minimum: 0, label: "C" },
    { minimum: 90, label: "A" },
  ],
};

function sample() {
  const excel = new FakeExcel();
  seedSample(excel);
  return { excel, host: new OfficeWorkbookHost({ run: excel.run }) };
}

test("each problem is named by its field and the action's number, in en and zh", () => {
  const bad = entry({
    actions: [
      { action: "Call dormant accounts", owner: "", due: "next week" },
      { action: "", owner: "Mia", due: "" },
    ],
  });
  expect(checkReviewEntry(bad).map((p) => p.field)).toEqual([
    "action.0.owner",
    "action.0.due",
    "action.1.action",
    "action.1.due",
  ]);
  expect(entryMessages(bad)["action.0.due"]).toEqual({
    en: "Action 1 ('Call dormant accounts'): the due date 'next week' is not a date; write it as 2026-04-30",
    zh: "行动 1（“Call dormant accounts”）：截止日期“next week”不是日期；请写成 2026-04-30 这样的格式",
  });
  expect(entryMessages(entry({ strengths: " ", gaps: "", actions: [] })).entry.en).toBe(
    "Nothing to save for R02 in 2026-02: write strengths, gaps or an agreed action",
  );
  expect(() => reviewNotesJob(undefined, bad, DAY)).toThrow(
    "Action 1 ('Call dormant accounts'): name its owner",
  );
  expect(checkReviewEntry(entry())).toEqual([]);
});

test("a save writes one row per action into ReviewNotes through the Office host, in few syncs", async () => {
  const { excel, host } = sample();
  excel.syncs = 0;
  const result = reviewNotesJob(await host.readTable(reviewNotesSpec), entry(), DAY);
  const report = await writeJob(host, result, { at: AT, language: "en" });
  // One read (absent table) and the guarded write: inspect, stage, commit.
  expect(excel.syncs).toBeLessThanOrEqual(SAVE_SYNCS);
  expect(report.tables.find((t) => t.name === "ReviewNotes")).toMatchObject({ rows: 2, created: true });
  const notes = await host.readTable(reviewNotesSpec);
  expect(notes.problems).toEqual([]);
  expect(
    notes.rows.map((r) => [r.values.RepID, r.values.Period, r.values.Actions, r.values.Due, r.values.Status]),
  ).toEqual([
    ["R02", "2026-02", "Two proposals a week", serialOf(2026, 3, 31), "open"],
    ["R02", "2026-02", "Join a senior's visits", serialOf(2026, 3, 15), "open"],
  ]);
  expect(notes.rows[0].values.Date).toBe(DAY);
  expect(savedReview(notes, "R02", "2026-02")).toEqual({
    reviewer: "Mia",
    strengths: "Warm follow-ups",
    gaps: "Few proposals",
    actions: [
      { action: "Two proposals a week", owner: "Bo Chen", due: "2026-03-31", done: false },
      { action: "Join a senior's visits", owner: "Mia", due: "2026-03-15", done: false },
    ],
  });
});

test("saving again replaces that rep's rows of that period, keeps the rest, marks last time's actions done", async () => {
  const { host } = sample();
  const save = async (e: ReviewEntry) =>
    writeJob(host, reviewNotesJob(await host.readTable(reviewNotesSpec), e, DAY), { at: AT, language: "en" });
  await save(entry());
  await save(entry({ rep: "R01", actions: [{ action: "Mentor Cai", owner: "Ann Lee", due: "2026-03-31" }] }));
  await save(
    entry({
      period: "2026-03",
      actions: [{ action: "Close two deals", owner: "Bo Chen", due: "2026-04-30" }],
      previous: { period: "2026-02", done: [false, true] },
    }),
  );
  // R02's February edited: one action now, the other rows as they were.
  await save(entry({ actions: [{ action: "Two proposals a week", owner: "Bo Chen", due: "2026-03-31" }] }));
  const rows = (await host.readTable(reviewNotesSpec)).rows.map((r) => [
    r.values.RepID,
    r.values.Period,
    r.values.Actions,
    r.values.Status,
  ]);
  expect(rows).toEqual([
    ["R02", "2026-02", "Two proposals a week", "open"],
    ["R01", "2026-02", "Mentor Cai", "open"],
    ["R02", "2026-03", "Close two deals", "open"],
  ]);
});

test("a user's ReviewNotes with Chinese headers keeps them; one with other columns is refused by name", async () => {
  const { excel, host } = sample();
  const headers = ["工号", "期间", "日期", "面谈人", "优势", "不足", "行动", "负责人", "截止日期", "状态"];
  excel.addTable("面谈", "ReviewNotes", 0, 0, [
    headers,
    ["R04", "2026-01", DAY - 60, "Raj", "Calm", "Slow", "Visit 3 clinics", "Dee Park", DAY - 40, "done"],
  ]);
  await writeJob(host, reviewNotesJob(await host.readTable(reviewNotesSpec), entry(), DAY), {
    at: AT,
    language: "zh",
  });
  const after = await host.readTable(reviewNotesSpec);
  expect(after.sheet).toBe("面谈");
  expect(after.columns.map((c) => c.header)).toEqual(headers);
  expect(after.rows).toHaveLength(3);

  const other = sample();
  other.excel.addTable("Notes", "ReviewNotes", 0, 0, [
    [...headers, "Mood"],
    ["R04", "2026-01", DAY - 60, "Raj", "Calm", "Slow", "Visit", "Dee Park", DAY - 40, "done", "fine"],
  ]);
  const before = other.excel.state();
  await expect(
    writeJob(other.host, reviewNotesJob(await other.host.readTable(reviewNotesSpec), entry(), DAY), {
      at: AT,
      language: "en",
    }),
  ).rejects.toThrow(/ReviewNotes/);
  expect(other.excel.state()).toBe(before);
});

test("whichever sync of a save fails, ReviewNotes stays as it was", async () => {
  const first = sample();
  const saveOn = async (host: OfficeWorkbookHost) =>
    writeJob(host, reviewNotesJob(await host.readTable(reviewNotesSpec), entry(), DAY), {
      at: AT,
      language: "en",
    });
  await saveOn(first.host);
  first.excel.syncs = 0;
  await saveOn(first.host);
  const syncs = first.excel.syncs;
  let failures = 0;
  for (let sync = 1; sync <= syncs; sync++) {
    const { excel, host } = sample();
    await saveOn(host);
    const before = excel.state({ formats: false });
    excel.syncs = 0;
    excel.failures = [{ sync, afterActions: 0 }];
    const failed = await saveOn(host).then(
      () => false,
      () => true,
    );
    if (failed) expect(excel.state({ formats: false })).toBe(before);
    if (failed) failures++;
  }
  // Every sync up to the commit fails the save; only a commit Excel ran whole (the answer lost) stands.
  expect(failures).toBeGreaterThanOrEqual(syncs - 1);
});

test("the next review opens with last time's actions and their status, and the trend since", async () => {
  const { host } = sample();
  await writeJob(
    host,
    reviewNotesJob(await host.readTable(reviewNotesSpec), entry({ period: "2026-01" }), DAY),
    {
      at: AT,
      language: "en",
    },
  );
  const inputs = {
    reps: await host.readTable(repsSpec),
    activities: await host.readTable(activitiesSpec),
    reviewNotes: await host.readTable(reviewNotesSpec),
  };
  const view = reviewView(inputs, { ...options, kpis: [options.kpis[0]] }, "R02", "2026-03");
  expect(view.last?.period).toBe("2026-01");
  // Due 2026-03-31 and 2026-03-15: by the end of March, not done -> overdue.
  expect(view.last?.actions.map((a) => [a.action, a.state])).toEqual([
    ["Two proposals a week", "overdue"],
    ["Join a senior's visits", "overdue"],
  ]);
  expect(view.since.periods).toEqual(["2026-01", "2026-02", "2026-03"]);
  expect(view.since.kpis[0].kpi).toBe("Visits");
  expect(view.since.kpis[0].achievements).toHaveLength(3);
  expect(view.saved).toBeNull();
});
