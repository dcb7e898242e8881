/**
 * The demo's people tables: mentors for the newcomers, award rules, one-to-one review notes,
 * development items and the coaching library, derived from the company without drawing on its
 * random stream (so every other demo table stays as it was).
 */
import { serialOf } from "../../kernel/calendar";
import type { OutputRow, OutputTable } from "../../workbook/outputs";
import { defaultCoachingRows } from "../../jobs";
import type { DemoCompany } from "./company";
import { demoColumn as c } from "./columns";

/**
 * Each rep hired within the plan year gets a mentor, the longest-serving of their manager and the
 * manager's other reps, except every third newcomer (so team health shows a gap to close).
 */
export function demoMentors(company: DemoCompany): Map<string, string> {
  const start = serialOf(company.options.year, 1, 1);
  const mentors = new Map<string, string>();
  let newcomer = 0;
  for (const rep of company.reps) {
    if (rep.HireDate < start) continue;
    if (newcomer++ % 3 === 2) continue;
    const senior = company.reps
      // The manager is a rep too (the region's lead), and may mentor.
      .filter(
        (r) =>
          (r.Manager === rep.Manager || r.Name === rep.Manager) && r.HireDate < start && r.EndDate === null,
      )
      .sort((a, b) => a.HireDate - b.HireDate)[0];
    if (senior) mentors.set(rep.RepID, senior.RepID);
  }
  return mentors;
}

// The notes' free text in the demo's language; kinds, rules and statuses stay the keys readers parse.
const TEXT = {
  en: {
    strengths: ["Prepares every visit", "Strong follow-up", "Clear proposals", "Good customer rapport"],
    gaps: ["Few new contacts", "Proposals late", "Collection slow", "Calls below plan"],
    actions: ["Two joint visits", "Proposal template", "Weekly collection call", "Call block each morning"],
    skills: ["Prospecting", "Proposal writing", "Negotiation", "Collections"],
    awards: ["Top score", "Most improved", "Rookie of the month", "President's Club"],
  },
  zh: {
    strengths: ["每次拜访都有准备", "跟进有力", "方案清晰", "客户关系好"],
    gaps: ["新客户接触少", "方案交付迟", "回款慢", "通话量低于计划"],
    actions: ["两次陪同拜访", "使用方案模板", "每周回款电话", "每天上午集中通话"],
    skills: ["客户开发", "方案撰写", "商务谈判", "回款管理"],
    awards: ["最高得分", "进步最快", "月度新人奖", "总裁俱乐部"],
  },
} as const;
const KINDS = ["course", "practice", "joint visit", "mentoring"];
const KPIS = ["Visits", "ProposalQuality", "Proposals", "CollectionRate"];

export function peopleTables(company: DemoCompany, language: "en" | "zh" = "en"): OutputTable[] {
  const text = TEXT[language];
  const periods = [...new Set(company.activities.map((a) => a.Period))].sort();
  const recent = periods.slice(-2);
  const active = (period: string) =>
    new Set(company.activities.filter((a) => a.Period === period).map((a) => a.RepID));
  const ymd = (period: string, day: number) =>
    serialOf(Number(period.slice(0, 4)), Number(period.slice(5, 7)), day);
  const reviews: OutputRow[] = [];
  // Three in four reps reviewed in each of the last two months.
  for (const period of recent) {
    const here = active(period);
    company.reps.forEach((rep, i) => {
      if (!here.has(rep.RepID) || (i + periods.indexOf(period)) % 4 === 3) return;
      reviews.push({
        RepID: rep.RepID,
        Period: period,
        Date: ymd(period, 10 + (i % 15)),
        Reviewer: rep.Manager,
        Strengths: text.strengths[i % 4],
        Gaps: text.gaps[(i + 1) % 4],
        Actions: text.actions[(i + 1) % 4],
        Owner: rep.Name,
        Due: ymd(period, 28),
        Status: period === recent[0] ? "done" : "open",
      });
    });
  }
  // A development item for every other rep, due in one of the last two months, most of them done.
  const development: OutputRow[] = [];
  const mentors = demoMentors(company);
  company.reps.forEach((rep, i) => {
    if (i % 2 === 1 || rep.EndDate !== null) return;
    const k = (i / 2) % 4;
    const period = recent[(i / 2) % recent.length];
    development.push({
      RepID: rep.RepID,
      Level: mentors.has(rep.RepID) ? "new hire" : "experienced",
      Skill: text.skills[k],
      Kind: KINDS[k],
      Mentor: mentors.get(rep.RepID) ?? "",
      Due: ymd(period, 20),
      Status: i % 6 === 4 ? "open" : "done",
      KPI: KPIS[k],
    });
  });
  return [
    {
      name: "Recognition",
      columns: [
        c("Award", "text", 22),
        c("Rule", "text", 14),
        c("Count", "integer"),
        c("Minimum", "number"),
        c("GateMet", "boolean"),
        c("NoOpenClawback", "boolean", 16),
        c("MinTenure", "integer", 11),
        c("Cash", "money"),
      ],
      rows: [
        {
          Award: text.awards[0],
          Rule: "top score",
          Count: 3,
          GateMet: true,
          NoOpenClawback: true,
          Cash: 500,
        },
        { Award: text.awards[1], Rule: "most improved", Count: 1, NoOpenClawback: true, Cash: 300 },
        { Award: text.awards[2], Rule: "rookie", Count: 1, Minimum: 0.5 },
        {
          Award: text.awards[3],
          Rule: "club",
          Minimum: 1,
          GateMet: true,
          NoOpenClawback: true,
          MinTenure: 6,
        },
      ],
    },
    {
      name: "ReviewNotes",
      columns: [
        c("RepID", "text", 9),
        c("Period", "text", 10),
        c("Date", "date"),
        c("Reviewer", "text", 12),
        c("Strengths", "text", 24),
        c("Gaps", "text", 22),
        c("Actions", "text", 26),
        c("Owner", "text", 12),
        c("Due", "date"),
        c("Status", "text", 9),
      ],
      rows: reviews,
    },
    {
      name: "Development",
      columns: [
        c("RepID", "text", 9),
        c("Level", "text", 12),
        c("Skill", "text", 18),
        c("Kind", "text", 12),
        c("Mentor", "text", 9),
        c("Due", "date"),
        c("Status", "text", 9),
        c("KPI", "text", 16),
      ],
      rows: development,
    },
    {
      // The built-in suggestions as an editable table, both languages, so a manager starts from them.
      name: "CoachingLibrary",
      columns: [c("KPI", "text", 16), c("Language", "text", 10), c("Suggestion", "text", 70)],
      rows: defaultCoachingRows(),
    },
  ];
}
