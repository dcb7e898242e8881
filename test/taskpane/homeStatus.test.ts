import { homeStatus, type HomeFacts } from "../../src/taskpane/wizards/homeStatus";
import type { AuditEntry } from "../../src/jobs";

const audit = (action: string): AuditEntry => ({
  time: 46000,
  action,
  detail: "",
  plan: "",
  version: "",
  inputRows: "",
  outputRows: "",
  totals: "",
});

const facts = (over: Partial<HomeFacts> = {}): HomeFacts => ({
  targetsRows: 144,
  actualMonths: ["2026-01", "2026-03", "2026-02"],
  frequency: "monthly",
  periods: [],
  audit: [],
  today: new Date(2026, 10, 27),
  ...over,
});

const states = (f: HomeFacts) => homeStatus(f).items.map((i) => [i.id, i.state, i.text]);

describe("the home tab's month status", () => {
  test("works on Actuals' latest month; payouts not run come next, the rest waits", () => {
    const status = homeStatus(facts());
    expect(status).toMatchObject({ month: "2026-03", period: "2026-03", fromActuals: true });
    expect(states(facts())).toEqual([
      ["targets", "done", "homeTargetsDone"],
      ["payouts", "todo", "homePayoutsTodo"],
      ["monthEnd", "waiting", "homeOpen"],
      ["publish", "waiting", "homeNotPublished"],
    ]);
    expect(status.items.map((i) => i.go)).toEqual([
      { wizard: "targets", step: "options" },
      { wizard: "incentives", step: "preview" },
      { wizard: "publish", step: "monthEnd" },
      { wizard: "publish", step: "publish" },
    ]);
  });

  test("without targets, targets come first and payouts wait", () => {
    expect(states(facts({ targetsRows: null })).slice(0, 2)).toEqual([
      ["targets", "todo", "homeTargetsTodo"],
      ["payouts", "waiting", "homePayoutsTodo"],
    ]);
    expect(states(facts({ targetsRows: 0 }))[0]).toEqual(["targets", "todo", "homeTargetsTodo"]);
  });

  test("follows the ledger: open, closed, approved, paid", () => {
    const at = (status: "Closed" | "Approved" | "Paid" | null) =>
      states(facts({ periods: [{ period: "2026-03", status }] }))[2];
    expect(at(null)).toEqual(["monthEnd", "todo", "homeOpen"]);
    expect(at("Closed")).toEqual(["monthEnd", "todo", "homeClosed"]);
    expect(at("Approved")).toEqual(["monthEnd", "todo", "homeApproved"]);
    expect(at("Paid")).toEqual(["monthEnd", "done", "homePaid"]);
    // Another period's payouts are not this one's.
    expect(states(facts({ periods: [{ period: "2026-02", status: "Paid" }] }))[1]).toEqual([
      "payouts",
      "todo",
      "homePayoutsTodo",
    ]);
  });

  test("published only when no payouts run came after the last publish", () => {
    const run = { periods: [{ period: "2026-03", status: null }] } as const;
    expect(states(facts({ ...run, audit: [audit("publish"), audit("payouts")] }))[3]).toEqual([
      "publish",
      "done",
      "homePublished",
    ]);
    expect(states(facts({ ...run, audit: [audit("payouts"), audit("publish")] }))[3]).toEqual([
      "publish",
      "todo",
      "homeNotPublished",
    ]);
    // Other runs in between do not matter.
    expect(states(facts({ ...run, audit: [audit("scorecards"), audit("publish")] }))[3][1]).toBe("done");
  });

  test("a quarterly plan works on the quarter; no Actuals: this calendar month", () => {
    expect(homeStatus(facts({ frequency: "quarterly" }))).toMatchObject({
      month: "2026-03",
      period: "2026-Q1",
    });
    const none = homeStatus(facts({ actualMonths: [], today: new Date(2026, 1, 10) }));
    expect(none).toMatchObject({ month: "2026-02", period: "2026-02", fromActuals: false });
  });
});
