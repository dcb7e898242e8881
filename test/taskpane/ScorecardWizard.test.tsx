/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  buildReviews,
  buildScorecards,
  DEFAULT_BANDS,
  scorecardRows,
  type KpiActuals,
  type KpiDefinition,
  type Review,
} from "../../src/engine/scorecards";
import type { SalesPlanError } from "../../src/kernel/errors";
import { catalogues, type Strings } from "../../src/taskpane/i18n";
import { ScorecardWizard } from "../../src/taskpane/wizards/ScorecardWizard";
import { sampleTables, type SampleCell } from "../browser/sample-workbook";
import { fakeActions } from "./fakeActions";
import { choose, renderWithStrings, type, writeAfterPreview } from "./render";

jest.setTimeout(180000);

/** The machine is shared: give each read of the workbook time. */
const SLOW = { timeout: 15000 };

const SUGGESTED = ["Visits", "Calls", "ProposalQuality", "CollectionRate", "Revenue", "Collection"];

async function openWizard(strings: Strings = catalogues.en) {
  const fake = fakeActions();
  renderWithStrings(<ScorecardWizard actions={fake.actions} />, strings);
  await screen.findByRole("group", { name: "Visits" }, SLOW);
  return fake;
}

/** The KPI cards (an open picker's option groups are named by their label element, not aria-label). */
const kpiNames = () =>
  [...document.querySelectorAll('[role="group"][aria-label]')].map((g) => g.getAttribute("aria-label"));

/** The message Fluent's Field shows beside a control (its aria-describedby). */
function messageOf(element: HTMLElement): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

test("suggests KPIs from Activities and Actuals, needs targets, previews bands and writes SalesScorecard", async () => {
  const { excel } = await openWizard();
  expect(kpiNames()).toEqual(SUGGESTED);
  // The suggested KPIs have no targets yet: nothing is marked wrong until the user tries to go on.
  expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);

  // Keep three KPIs: remove from the end so the row numbers stay put.
  for (const row of [6, 4, 3]) fireEvent.click(screen.getByRole("button", { name: `Remove KPI ${row}` }));
  // The KPI cards (a step's details element is a group too).
  expect(screen.getAllByRole("group").filter((g) => g.tagName !== "DETAILS")).toHaveLength(3);
  // Preview now marks the three blank targets and lists them, each a link to its box.
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  const summary = screen.getByText("3 fields to fix").closest(".fui-MessageBar") as HTMLElement;
  expect(
    within(summary)
      .getAllByRole("button")
      .map((b) => b.textContent),
  ).toEqual(["Visits: Target", "Calls: Target", "Revenue: Target"]);
  expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(3);
  type("Visits: Target", "25");
  type("Calls: Target", "80");
  type("Revenue: Target", "90000");
  await choose("Calls: Direction", "Less is better");
  expect(screen.getByRole("combobox", { name: "Revenue: Kind" }).textContent).toMatch(/Result/);

  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  const table = await screen.findByRole("table", { name: "Preview of SalesScorecard" }, SLOW);
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual(["Rep", "Period", "Score", "Band", "Rank"]);
  // Names beside the IDs, as a manager checks them (issue 18 item 8).
  const firstRow = within(table).getAllByRole("row")[1];
  expect(within(firstRow).getAllByRole("cell")[0].textContent).toBe("Ann Lee (R01)");
  const totals = screen.getByRole("list", { name: "Totals" });
  const counts = within(totals)
    .getAllByText(/^Band /)
    .map((li) => Number((li.textContent ?? "").replace(/.*: /, "")));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(18);

  await writeAfterPreview("Write SalesScorecard", { preview: false });
  await screen.findByText(/Written: SalesScorecard \(18 rows, new\)/, {}, SLOW);
  expect(excel.workbook.tables.map((t) => t.name)).toContain("SalesScorecard");
  // Written, the review can be opened.
  expect((await screen.findByRole("combobox", { name: "Rep" }, SLOW)).textContent).toBe("Ann Lee (R01)");
});

test("the Add KPI picker offers the unused columns and measures, takes a typed name and refuses duplicates", async () => {
  await openWizard();
  const picker = () => screen.getByRole("combobox", { name: "KPI to add" });
  const addButton = () => screen.getByRole("button", { name: "Add KPI" });

  // Everything suggested is in use: the list is empty. Remove Calls and Collection, and they come back.
  fireEvent.click(picker());
  expect(screen.queryAllByRole("option")).toHaveLength(0);
  fireEvent.click(screen.getByRole("button", { name: "Remove KPI 6" }));
  fireEvent.click(screen.getByRole("button", { name: "Remove KPI 2" }));
  expect(kpiNames()).toEqual(["Visits", "ProposalQuality", "CollectionRate", "Revenue"]);
  fireEvent.click(picker());
  const groups = await screen.findAllByRole("group", { name: /columns|measures/ });
  expect(
    groups.map((g) => [
      g.getAttribute("aria-label") ?? g.textContent,
      within(g)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ]),
  ).toEqual([
    [expect.stringMatching(/Activities columns/), ["Calls"]],
    [expect.stringMatching(/Actuals measures/), ["Collection"]],
  ]);
  fireEvent.click(screen.getByRole("option", { name: "Calls" }));
  expect((picker() as HTMLInputElement).value).toBe("Calls");
  fireEvent.click(addButton());
  expect(kpiNames()).toEqual(["Visits", "ProposalQuality", "CollectionRate", "Revenue", "Calls"]);
  // Added back as a process KPI with an empty target, like a suggested one.
  expect(screen.getByRole("combobox", { name: "Calls: Kind" }).textContent).toMatch(/Process/);
  expect((screen.getByRole("textbox", { name: "Calls: Target" }) as HTMLInputElement).value).toBe("");
  expect((picker() as HTMLInputElement).value).toBe("");

  // A name already on the card, in any case or spacing, is refused beside the field.
  fireEvent.change(picker(), { target: { value: "revenue " } });
  expect(messageOf(picker())).toMatch(/revenue is already a KPI/);
  expect((addButton() as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(addButton());
  expect(kpiNames()).toHaveLength(5);

  // Nothing typed: say what to do.
  fireEvent.change(picker(), { target: { value: "" } });
  fireEvent.click(addButton());
  expect(messageOf(picker())).toMatch(/Choose or type the KPI to add first/);

  // A typed name the tables do not hold is added, with a warning that the preview will stop there.
  fireEvent.change(picker(), { target: { value: "Meetings" } });
  fireEvent.click(addButton());
  expect(kpiNames()).toEqual(["Visits", "ProposalQuality", "CollectionRate", "Revenue", "Calls", "Meetings"]);
  const meetings = within(screen.getByRole("group", { name: "Meetings" })).getByRole("textbox", {
    name: /KPI \(Activities column/,
  });
  expect(messageOf(meetings)).toMatch(/Not an Activities column or an Actuals measure/);

  // Enter adds a typed name that matches nothing listed.
  fireEvent.change(picker(), { target: { value: "Pipeline" } });
  fireEvent.keyDown(picker(), { key: "Enter" });
  expect(kpiNames()).toEqual([
    "Visits",
    "ProposalQuality",
    "CollectionRate",
    "Revenue",
    "Calls",
    "Meetings",
    "Pipeline",
  ]);
  fireEvent.click(screen.getByRole("button", { name: "Remove KPI 7" }));

  // Renaming a KPI to one already there is an error on the renamed one, and blocks the preview.
  fireEvent.change(meetings, { target: { value: "VISITS" } });
  fireEvent.blur(meetings);
  const renamed = within(screen.getByRole("group", { name: "VISITS" })).getByRole("textbox", {
    name: /KPI \(Activities column/,
  });
  expect(messageOf(renamed)).toMatch(/VISITS is already a KPI/);
  expect(
    messageOf(within(screen.getByRole("group", { name: "Visits" })).getByRole("textbox", { name: /KPI \(/ })),
  ).toBe("");
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  const summary = screen.getByText(/^\d+ fields to fix$/).closest(".fui-MessageBar") as HTMLElement;
  expect(within(summary).getByText(/VISITS is already a KPI/)).toBeTruthy();
});

test("each KPI is a compact row with an edit panel; one slider balances process against result", async () => {
  await openWizard();
  // A KPI without a target opens its panel by itself, and cannot be closed while it needs one.
  const visits = screen.getByRole("group", { name: "Visits" });
  expect(within(visits).getByRole("button", { name: "Done with Visits" })).toHaveProperty("disabled", true);
  type("Visits: Target", "25");
  type("Visits: Weight", "20");
  // Valid now: it stays open while the user works in it, and closes to one line on "Done".
  expect(within(visits).getByRole("textbox", { name: "Visits: Target" })).toBeTruthy();
  fireEvent.click(within(visits).getByRole("button", { name: "Done with Visits" }));
  expect(within(visits).queryByRole("textbox", { name: "Visits: Target" })).toBeNull();
  expect(visits.querySelector('[data-field="kpi-facts"]')!.textContent).toBe(
    "Process · More is better · Target 25 · Weight 20",
  );
  fireEvent.click(within(visits).getByRole("button", { name: "Edit Visits" }));
  expect(within(visits).getByRole("textbox", { name: "Visits: Target" })).toHaveProperty("value", "25");
  // A KPI still missing its target stays open beside it.
  expect(
    within(screen.getByRole("group", { name: "Calls" })).getByRole("textbox", { name: "Calls: Target" }),
  ).toBeTruthy();

  // The slider sets both group weights at once, so they always add up to 100.
  const slider = screen.getByRole("slider", { name: /^Process \d+% · Result \d+%$/ });
  fireEvent.change(slider, { target: { value: "30" } });
  expect(screen.getByRole("textbox", { name: "Process weight" })).toHaveProperty("value", "30");
  expect(screen.getByRole("textbox", { name: "Result weight" })).toHaveProperty("value", "70");
  expect(screen.getByRole("slider", { name: "Process 30% · Result 70%" })).toBeTruthy();
  // Typing one figure moves the slider too.
  type("Process weight", "45");
  expect(screen.getByRole("slider", { name: "Process 45% · Result 55%" })).toBeTruthy();
});

test("group weights must add up to 100 and band minimums must differ; a band above 0 leaves low scores without one", async () => {
  await openWizard();
  for (const row of [6, 4, 3]) fireEvent.click(screen.getByRole("button", { name: `Remove KPI ${row}` }));
  type("Visits: Target", "25");
  type("Calls: Target", "80");
  type("Revenue: Target", "90000");
  const preview = () => screen.getByRole("button", { name: "Preview" }) as HTMLButtonElement;
  // Once Preview was tried, the summary of fields to fix stands while any field is wrong.
  const toFix = () => screen.queryByText(/^\d+ fields? to fix$/);

  type("Process weight", "50");
  expect(messageOf(screen.getByRole("textbox", { name: "Result weight" }))).toMatch(
    "Process weight and result weight must add up to 100%, now 110%",
  );
  fireEvent.click(preview());
  expect(toFix()).not.toBeNull();
  type("Result weight", "50");
  expect(messageOf(screen.getByRole("textbox", { name: "Result weight" }))).toBe("");
  expect(toFix()).toBeNull();
  // Off, the KPI weights alone count: no sum to check.
  type("Process weight", "10");
  fireEvent.click(screen.getByRole("switch", { name: "Weigh process against result" }));
  expect(screen.queryByRole("textbox", { name: "Result weight" })).toBeNull();
  expect(toFix()).toBeNull();
  fireEvent.click(screen.getByRole("switch", { name: "Weigh process against result" }));
  type("Process weight", "40");
  type("Result weight", "60");

  // The engine refuses a minimum given twice: the second one says so.
  type("Band 2 minimum score", "100");
  expect(messageOf(screen.getByRole("textbox", { name: "Band 2 minimum score" }))).toBe(
    "Another band already starts at 100",
  );
  expect(messageOf(screen.getByRole("textbox", { name: "Band 1 minimum score" }))).toBe("");
  fireEvent.click(preview());
  expect(toFix()).not.toBeNull();
  type("Band 2 minimum score", "85");

  // The lowest band starting above 0 is a warning (the preview still runs), and the engine agrees:
  // the scores below it get no band, so the band counts no longer cover every row.
  type("Band 4 minimum score", "60");
  expect(messageOf(screen.getByRole("textbox", { name: "Band 4 minimum score" }))).toBe(
    "Scores below 60 get no band",
  );
  fireEvent.click(screen.getByRole("button", { name: "Bands: Remove row 4" }));
  expect(messageOf(screen.getByRole("textbox", { name: "Band 3 minimum score" }))).toMatch(
    /^Scores below 70 get no band/,
  );
  type("Band 3 minimum score", "90");
  expect(messageOf(screen.getByRole("textbox", { name: "Band 3 minimum score" }))).toBe("");
  expect(messageOf(screen.getByRole("textbox", { name: "Band 2 minimum score" }))).toMatch(
    /^Scores below 85 get no band/,
  );
  expect(toFix()).toBeNull();
  fireEvent.click(preview());
  const totals = await screen.findByRole("list", { name: "Totals" }, SLOW);
  const counts = within(totals)
    .getAllByText(/^Band /)
    .map((li) => Number((li.textContent ?? "").replace(/.*: /, "")));
  const banded = counts.reduce((a, b) => a + b, 0);
  expect(banded).toBeLessThan(18);
  const expected = engineScorecard().rows.filter((r) => r.score !== null && r.score >= 85).length;
  expect(banded).toBe(expected);
});

// ---- the review, against the engine for the same sample data ----

const KPIS: readonly KpiDefinition[] = [
  { name: "Visits", kind: "process", weight: 1, direction: "up" },
  { name: "Calls", kind: "process", weight: 1, direction: "up" },
  { name: "Revenue", kind: "result", weight: 1, direction: "up" },
];
const TARGETS: Record<string, number> = { Visits: 25, Calls: 80, Revenue: 90000 };

function records(name: string): Record<string, SampleCell>[] {
  const [header, ...rows] = sampleTables.find((t) => t.name === name)!.values;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

/** The engine's scorecards and reviews for the sample team, built straight from the sample's cells. */
function engineScorecard() {
  const revenue = new Map<string, number>();
  for (const r of records("Actuals"))
    if (r.Measure === "Revenue") revenue.set(`${r.RepID}|${r.Period}`, Number(r.Amount));
  const actuals: KpiActuals[] = records("Activities").map((r) => ({
    rep: String(r.RepID),
    period: String(r["期间"]),
    values: { Visits: r.Visits, Calls: r.Calls, Revenue: revenue.get(`${r.RepID}|${r["期间"]}`) ?? 0 },
  }));
  const result = buildScorecards({
    plan: {
      kpis: KPIS,
      groupWeights: { process: 40, result: 60 },
      cap: 1.2,
      bands: DEFAULT_BANDS,
      missing: "zero",
    },
    reps: records("Reps").map((r) => ({
      rep: String(r.RepID),
      name: String(r.Name),
      region: String(r["区域"]),
      team: String(r.Manager),
    })),
    targets: KPIS.map((k) => ({ kpi: k.name, target: TARGETS[k.name] })),
    actuals,
  });
  return { rows: scorecardRows(result), reviews: buildReviews(result) };
}

async function previewThreeKpis(strings: Strings): Promise<void> {
  for (const row of [6, 4, 3])
    fireEvent.click(screen.getByRole("button", { name: fill(strings.removeKpi, row) }));
  for (const [kpi, target] of Object.entries(TARGETS)) type(`${kpi}: ${strings.kpiTarget}`, String(target));
  fireEvent.click(screen.getByRole("button", { name: strings.previewButton }));
  const name = strings.previewTableLabel.replace("{table}", "SalesScorecard");
  await screen.findByRole("table", { name }, SLOW);
}

function fill(template: string, row: number): string {
  return template.replace("{row}", String(row));
}

const one = (locale: string) => (n: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);

function expectCardMatches(card: HTMLElement, review: Review, strings: Strings, locale: "en" | "zh") {
  const f = one(strings.numberLocale);
  const { rows } = engineScorecard();
  const row = rows.find((r) => r.rep === review.rep && r.period === review.period)!;
  expect(card.querySelector('[data-field="score"]')!.textContent).toBe(f(review.score!));
  expect(card.querySelector('[data-field="band"]')!.textContent).toBe(review.band);
  const scored = rows.filter((r) => r.period === row.period && r.score !== null);
  const ranks = within(card).getByRole("list", { name: strings.reviewRanks });
  expect(
    within(ranks)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([
    strings.reviewRankTeam
      .replace("{rank}", String(review.teamRank))
      .replace("{size}", String(scored.filter((r) => r.team === row.team).length))
      .replace("{team}", row.team),
    strings.reviewRankRegion
      .replace("{rank}", String(review.regionRank))
      .replace("{size}", String(scored.filter((r) => r.region === row.region).length))
      .replace("{region}", row.region),
  ]);
  // Above the median is a strength, below it not; a KPI over its own target but under the team says so.
  for (const [title, list] of [
    [strings.reviewStrongest, review.strongest.filter((k) => k.gap > 0)],
    [strings.reviewBelowMedian, review.weakest.filter((k) => k.gap < 0)],
  ] as const) {
    if (list.length === 0) {
      expect(within(card).queryByRole("list", { name: title })).toBeNull();
      continue;
    }
    const items = within(card).getByRole("list", { name: title });
    // Each KPI has a bar against the team median, named with both figures.
    expect(
      within(items)
        .getAllByRole("img")
        .map((i) => i.getAttribute("aria-label")),
    ).toEqual(
      list.map((k) =>
        fill(strings.reviewBarLabel, 0)
          .replace("{kpi}", k.kpi)
          .replace("{achievement}", f(k.achievement * 100))
          .replace("{median}", f(k.teamMedian * 100)),
      ),
    );
    expect(
      within(items)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(
      list.map(
        (k) =>
          // Full-width parentheses in Chinese.
          `${strings.reviewKpiLine.replace("{kpi}", k.kpi).replace("{achievement}", f(k.achievement * 100))}${strings.reviewOpen}${strings.reviewKpiMedian.replace("{median}", f(k.teamMedian * 100))}${k.gap < 0 && k.achievement >= 1 ? strings.listSep + strings.reviewAboveTarget : ""}${strings.reviewClose}`,
      ),
    );
  }
  const suggestions = within(card).getByRole("list", { name: strings.reviewSuggestions });
  expect(
    within(suggestions)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(review.suggestions.map((s) => `${s.kpi}${strings.reviewSeparator}${s[locale]}`));
}

test("opens a rep's review after the preview: the engine's score, band, ranks, KPIs, trend and coaching", async () => {
  const strings = catalogues.en;
  await openWizard();
  expect(screen.getByText(strings.reviewIntro)).toBeTruthy();
  await previewThreeKpis(strings);

  // Reps by name and id, in the order of the rows; the period defaults to the rep's latest.
  const repBox = await screen.findByRole("combobox", { name: "Rep" }, SLOW);
  expect(repBox.textContent).toBe("Ann Lee (R01)");
  expect(screen.getByRole("combobox", { name: "Period" }).textContent).toBe("2026-03 (latest)");
  fireEvent.click(repBox);
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
    "Ann Lee (R01)",
    "Bo Chen (R02)",
    "Cai Wu (R03)",
    "Dee Park (R04)",
    "Eli Sato (R05)",
    "Fay Zhou (R06)",
  ]);
  fireEvent.click(screen.getByRole("option", { name: "Eli Sato (R05)" }));
  await choose("Period", "2026-02");
  fireEvent.click(screen.getByRole("button", { name: "Open review" }));
  const card = await screen.findByRole("region", { name: "Review of Eli Sato for 2026-02" }, SLOW);

  const { reviews } = engineScorecard();
  const review = reviews.find((r) => r.rep === "R05" && r.period === "2026-02")!;
  expect(review.strongest.length + review.weakest.length).toBeGreaterThan(0);
  expectCardMatches(card, review, strings, "en");
  const trend = review.trend!;
  const f = one("en-US");
  const change = trend.change!;
  // The score's trend as a sparkline over the rep's periods so far, named with every score.
  const history = engineScorecard().rows.filter((r) => r.rep === "R05" && r.period <= "2026-02");
  expect(card.querySelector('[data-field="sparkline"]')!.getAttribute("aria-label")).toBe(
    `Score by period: ${history.map((r) => `${r.period} ${f(r.score!)}`).join(" and ")}`,
  );
  expect(card.querySelector('[data-field="trend"]')!.textContent).toBe(
    (change > 0 ? strings.trendUp : strings.trendDown)
      .replace("{change}", f(Math.abs(change)))
      .replace("{previous}", f(trend.previousScore!))
      .replace("{period}", "2026-01"),
  );

  // The latest period of another rep, and a first period has no trend.
  await choose("Rep", "Ann Lee (R01)");
  await choose("Period", "2026-01");
  fireEvent.click(screen.getByRole("button", { name: "Open review" }));
  const first = await screen.findByRole("region", { name: "Review of Ann Lee for 2026-01" }, SLOW);
  expectCardMatches(
    first,
    reviews.find((r) => r.rep === "R01" && r.period === "2026-01")!,
    strings,
    "en",
  );
  expect(first.querySelector('[data-field="trend"]')!.textContent).toBe(strings.trendFirst);
  expect(first.querySelector('[data-field="sparkline"]')).toBeNull();

  // Changing an option makes the review out of date: it goes until the next preview.
  type("Visits: Target", "30");
  await waitFor(() => expect(screen.queryByRole("region", { name: /Review of/ })).toBeNull());
  expect(screen.getByText(strings.reviewIntro)).toBeTruthy();
});

test("the review speaks the pane's language: coaching suggestions in Chinese", async () => {
  const strings = catalogues.zh;
  await openWizard(strings);
  await previewThreeKpis(strings);
  await screen.findByRole("combobox", { name: strings.reviewRep }, SLOW);
  await choose(strings.reviewRep, "Cai Wu（R03）");
  fireEvent.click(screen.getByRole("button", { name: strings.openReview }));
  const card = await screen.findByRole("region", { name: "Cai Wu 2026-03 的面谈报告" }, SLOW);
  const review = engineScorecard().reviews.find((r) => r.rep === "R03" && r.period === "2026-03")!;
  expect(review.suggestions.length).toBeGreaterThan(0);
  expectCardMatches(card, review, strings, "zh");
});

test("reviewRep says which rep or period has no scorecard, in both languages", async () => {
  const { actions } = fakeActions();
  const options = {
    kpis: KPIS.map((k) => ({
      name: k.name,
      kind: k.kind,
      direction: k.direction ?? "up",
      weight: k.weight,
      cap: null,
      target: TARGETS[k.name],
    })),
    groupWeights: { process: 40, result: 60 },
    cap: 1.2,
    bands: DEFAULT_BANDS,
  };
  expect((await actions.scorecardReps(options, {})).find((r) => r.rep === "R03")).toEqual({
    rep: "R03",
    name: "Cai Wu",
    periods: ["2026-01", "2026-02", "2026-03"],
  });
  const latest = await actions.reviewRep(options, {}, "R03", null);
  expect(latest.period).toBe("2026-03");
  const failure = (rep: string, period: string | null) =>
    actions.reviewRep(options, {}, rep, period).then(
      () => null,
      (error: SalesPlanError) => [error.format("en"), error.format("zh")],
    );
  expect(await failure("R99", null)).toEqual([
    "Rep R99 has no row in the scorecard",
    "销售代表 R99 在绩效评分中没有数据",
  ]);
  expect(await failure("R03", "2025-12")).toEqual([
    "Rep R03 has no scorecard for period 2025-12",
    "销售代表 R03 在期间 2025-12 没有绩效评分",
  ]);
});
