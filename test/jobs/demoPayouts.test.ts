/**
 * The demo company's payouts, built the way `salesplan demo` builds them (the demo company's
 * tables in an in-memory workbook, then the pipeline), in English and in Chinese: the SPIFF is
 * paid, and every explanation can be redone from the figures it quotes to the row's cents.
 */
import { generateCompany } from "../../src/cli/demo/company";
import { demoPlan, demoScorecard, managerPlan } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { demoAssignments, demoPlanTables, insidePlan } from "../../src/cli/demo/assignments";
import { runPipeline } from "../../src/cli/pipeline";
import type { Locale } from "../../src/kernel/messages";
import { XlsxWorkbookHost } from "../../src/workbook/xlsx/host";
import type { OutputRow, OutputTable } from "../../src/workbook/outputs";
import { cents, FIGURE, recompute, withoutConversion } from "../support/explanations";

const company = generateCompany();
const plans = [demoPlan, insidePlan, managerPlan];

async function demoPayouts(lang: Locale): Promise<OutputTable> {
  const host = XlsxWorkbookHost.create();
  const now = () => new Date("2026-07-01T09:00:00Z");
  // As the demo writes them: its three plans and PlanAssignments, the runs reading plans from there.
  await host.writeTables([...companyTables(company), ...demoPlanTables(company)], now());
  const annual = company.regions.reduce((s, r) => s + r.Target, 0);
  const result = await runPipeline(host, {
    targets: { source: "regions" },
    products: company.products,
    plan: null,
    scorecard: demoScorecard(Math.round(annual / 12 / company.reps.length / 1000) * 1000),
    now,
    lang,
  });
  const payouts = result.jobs.find((j) => j.action === "payouts")!;
  return payouts.outputs.find((o) => o.name === "SalesPayouts")!;
}

const runs = new Map<Locale, Promise<OutputTable>>();
const tableIn = (lang: Locale) => {
  if (!runs.has(lang)) runs.set(lang, demoPayouts(lang));
  return runs.get(lang)!;
};
const rowsIn = async (lang: Locale): Promise<readonly OutputRow[]> => (await tableIn(lang)).rows;

test("the demo pays the New logo SPIFF on NewLogos, a measure the plan pays no commission on (point 1)", async () => {
  const rows = await rowsIn("en");
  // The field plan has the SPIFF: its reps all year are paid every logo; reps never on it, none.
  const assignments = demoAssignments(company, {
    field: demoPlan,
    inside: insidePlan,
    managers: managerPlan,
  });
  const plansOf = (id: string) => new Set(assignments.filter((a) => a.RepID === id).map((a) => a.Plan));
  const field = (id: string) => plansOf(id).size === 1 && plansOf(id).has(demoPlan.name);
  const logos = company.actuals
    .filter((a) => a.Measure === "NewLogos" && field(a.RepID))
    .reduce((s, a) => s + a.Amount, 0);
  expect(logos).toBeGreaterThan(0);
  const spiff = (r: OutputRow) => r.Measure === "Adjustments" && /SPIFF New logo/.test(String(r.Explanation));
  expect(rows.filter((r) => spiff(r) && !plansOf(String(r.RepID)).has(demoPlan.name))).toEqual([]);
  const spiffRows = rows.filter((r) => spiff(r) && field(String(r.RepID)));
  expect(spiffRows.length).toBeGreaterThan(0);
  // Every unit is paid 2,000, in the rep's month: the sentences quote "SPIFF New logo n x 2,000".
  let paid = 0;
  for (const r of spiffRows) paid += Number(/SPIFF New logo (\d+) × 2,000/.exec(String(r.Explanation))![1]);
  expect(paid).toBe(logos);
});

test.each(["en", "zh"] as const)(
  "every explanation of the demo (%s) redone from its own figures gives the row's cents (point 8)",
  async (lang) => {
    const rows = await rowsIn(lang);
    expect(rows.length).toBeGreaterThan(500);
    for (const row of rows) {
      const sentence = String(row.Explanation);
      expect([sentence, cents(recompute(sentence))]).toEqual([sentence, cents(Number(row.NetPayout))]);
    }
  },
);

test("zh quotes the same figures as en, row by row, and no English words beside the names (point 10)", async () => {
  const [en, zh] = await Promise.all([rowsIn("en"), rowsIn("zh")]);
  expect(zh.length).toBe(en.length);
  const names = [
    // Plan and measure names are SalesPlan's own words (longest first: TeamRevenue before Revenue).
    ...plans.map((p) => p.name),
    ...plans.flatMap((p) => p.measures.map((m) => m.name)).sort((a, b) => b.length - a.length),
    ...(demoPlan.spiffs ?? []).map((s) => s.name),
    ...(demoPlan.gates ?? []).map((g) => g.measure),
    // Currency codes, as the workbook's FxRates and Reps write them.
    "HKD",
    demoPlan.currency,
  ];
  for (let i = 0; i < en.length; i++) {
    const [e, z] = [String(en[i].Explanation), String(zh[i].Explanation)];
    // The HKD reps' conversion sentence, and the deals behind an actual ("100% of 51,827" is
    // "51,827 的 100%"), quote their figures in another order in Chinese: the same figures, sorted.
    const [eo, zo] = [withoutConversion(e), withoutConversion(z)];
    const figures = (body: string) => [...(body.match(FIGURE) ?? [])].sort();
    expect([z, figures(zo.body), zo.conversion]).toEqual([z, figures(eo.body), eo.conversion]);
    expect([z, zh[i].NetPayout]).toEqual([z, en[i].NetPayout]);
    // Names and the reasons people typed are the workbook's own words, in whatever language.
    // Deal IDs (D-202606-R001-Cloud) are the Deals table's own words too.
    // So are RepIDs (a team's manager, "陈欣怡 (R010)").
    let bare = z
      .replace(/“[^”]*”/g, "")
      .replace(/D-\d{6}-R\d{3}-[A-Za-z]+/g, "")
      .replace(/\bR\d{3}\b/g, "");
    for (const name of names) bare = bare.split(name).join("");
    expect([z, /[A-Za-z]/.test(bare)]).toEqual([z, false]);
    // Full-width punctuation in Chinese.
    expect([z, /[:;]|, /.test(bare)]).toEqual([z, false]);
  }
  expect(new Set(zh.map((r) => r.Measure))).toEqual(
    new Set(["Revenue", "Collection", "TeamRevenue", "TeamOverride", "调整"]),
  );
});

test("months before a rep was hired read as not employed, in both languages (point 9)", async () => {
  const joiner = company.reps.find((r) => r.HireDate >= 46054)!; // hired after 2026-02-01
  for (const lang of ["en", "zh"] as const) {
    const january = (await rowsIn(lang)).filter((r) => r.RepID === joiner.RepID && r.Period === "2026-01");
    expect(january.length).toBeGreaterThan(0);
    for (const r of january)
      expect(r.Explanation).toBe(
        lang === "en"
          ? `${r.Measure}: not employed in 2026-01, so 0`
          : `${r.Measure}：2026-01 不在职，因此为 0`,
      );
  }
});

test("the demo pays a few reps in HKD: their rows name the currency and quote the month's rate", async () => {
  const rows = await rowsIn("en");
  const hkd = rows.filter((r) => r.Currency === "HKD");
  expect(new Set(hkd.map((r) => r.RepID)).size).toBe(3);
  expect(rows.filter((r) => r.Currency === "CNY").length).toBeGreaterThan(hkd.length);
  // A month the rep was not employed pays 0 and quotes no rate ("0 HKD = 0 CNY" says nothing).
  for (const r of hkd) {
    const idle = /: not employed in \d{4}-\d{2}, so 0$/.test(String(r.Explanation));
    if (idle) expect(r.NetPayout).toBe(0);
    const quoted = withoutConversion(String(r.Explanation)).conversion !== null;
    expect([r.RepID, r.Period, r.Measure, quoted]).toEqual([r.RepID, r.Period, r.Measure, !idle]);
  }
});

test("the demo credits revenue from Deals: a 60/40 split and an overlay on one deal", async () => {
  const deals = companyTables(company).find((t) => t.name === "Deals")!.rows;
  const shared = deals.filter((d) => d.Split !== 1 || d.Overlay === true);
  expect(shared.map((d) => [d.Split, d.Overlay])).toEqual([
    [0.6, false],
    [0.4, false],
    [1, true],
  ]);
  expect(new Set(shared.map((d) => d.DealID)).size).toBe(1);
  const rows = await rowsIn("en");
  for (const d of shared) {
    const row = rows.find((r) => r.RepID === d.RepID && r.Measure === "Revenue" && r.Period === "2026-06")!;
    expect(String(row.Explanation)).toContain(String(d.DealID));
  }
});
