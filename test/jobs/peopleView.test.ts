/**
 * The pane's honour roll and team health (issue 16): the people job over the workbook with the
 * scorecard and SalesPayouts as written gives the figures `salesplan run` wrote into
 * SalesHonourRoll and SalesTeamHealth, with reasons in both languages.
 */
import { defaultDemoOptions, generateCompany } from "../../src/cli/demo/company";
import { demoPlan, demoScorecard } from "../../src/cli/demo/plans";
import { companyTables } from "../../src/cli/demo/tables";
import { runPipeline } from "../../src/cli/pipeline";
import { peopleSpecs, peopleTables, peopleView } from "../../src/jobs";
import { activitiesSpec, actualsSpec, repsSpec } from "../../src/workbook/inputs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { outputSchemas, writtenSpec } from "../../src/workbook/schema";
import { FakeExcel } from "../support/fake-excel";
import { createHostActions } from "../../src/taskpane/hostActions";

jest.setTimeout(60_000);

const NOW = new Date(Date.UTC(2026, 3, 2, 8));

test("the view holds the figures the run wrote, each winner with its reason in en and zh", async () => {
  const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps: 8 });
  const excel = new FakeExcel();
  const host = new OfficeWorkbookHost({ run: excel.run });
  await host.writeTables(companyTables(company), NOW);
  const scorecard = demoScorecard(50000);
  await runPipeline(host, {
    targets: { source: "regions" },
    products: company.products,
    plan: demoPlan,
    scorecard,
    now: () => NOW,
    lang: "en",
  });
  const inputs = {
    reps: await host.readTable(repsSpec),
    activities: await host.readTable(activitiesSpec),
    actuals: await host.readTable(actualsSpec),
  };
  excel.syncs = 0;
  const tables = peopleTables(await host.readTables(peopleSpecs.map((spec) => ({ spec }))));
  // The people side's seven tables in one batch.
  expect(excel.syncs).toBeLessThanOrEqual(3);
  const view = peopleView(inputs, scorecard, tables);

  const honours = (await host.readTable(writtenSpec(outputSchemas.SalesHonourRoll, false))).rows;
  expect(view.honours.length).toBeGreaterThan(0);
  expect(
    view.honours.map((h) => [h.period, h.award.en, h.rank, h.rep, h.value, h.reason.en, h.cash]),
  ).toEqual(
    honours.map((r) => [
      r.values.Period,
      r.values.Award,
      r.values.Rank,
      r.values.RepID,
      r.values.Value,
      r.values.Reason,
      r.values.Cash ?? 0,
    ]),
  );
  // The same lines in Chinese (the demo's Recognition names its awards in one language).
  expect(view.honours.every((h) => /[\u4e00-\u9fff]/.test(h.reason.zh))).toBe(true);

  const health = (await host.readTable(writtenSpec(outputSchemas.SalesTeamHealth, false))).rows;
  expect(view.health.map((h) => [h.manager, h.period, h.reps, h.at80, h.oneToOne, h.practice?.en])).toEqual(
    health.map((r) => [
      r.values.Manager ?? "",
      r.values.Period,
      r.values.Reps,
      r.values.At80Share ?? null,
      r.values.OneToOneCoverage ?? null,
      r.values.Practice,
    ]),
  );
  // The team's shared practice, as the run wrote it, in both languages.
  expect(view.health[0].practice?.en).toMatch(/^team medians: Visits [\d.]+/);
  expect(view.health[0].practice?.zh).toMatch(/^团队中位数：Visits [\d.]+/);
  expect(view.note.en).toBe("Indicators for the conversation, not a verdict on people");
});

test("the pane's people write pays the honour roll's cash into SalesPayouts, as `salesplan run` does", async () => {
  const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps: 8 });
  const excel = new FakeExcel();
  const host = new OfficeWorkbookHost({ run: excel.run });
  await host.writeTables(companyTables(company), NOW);
  const scorecard = demoScorecard(50000);
  const run = (withScorecard: boolean) =>
    runPipeline(host, {
      targets: { source: "regions" },
      products: company.products,
      plan: demoPlan,
      scorecard: withScorecard ? scorecard : null,
      now: () => NOW,
      lang: "en",
    });
  const payouts = async () =>
    (await host.readTable(writtenSpec(outputSchemas.SalesPayouts, false))).rows.map((r) => r.values);
  // Payouts first, with no honour roll yet: no award is paid.
  await run(false);
  const awarded = (rows: readonly Record<string, unknown>[]) =>
    rows.filter((r) => String(r.Explanation).includes("honour roll award"));
  expect(awarded(await payouts())).toEqual([]);

  // The pane writes the honour roll: SalesPayouts gets its cash in the same write.
  const written = await createHostActions(host, () => NOW).writePeople(scorecard, {});
  expect(written.tables.map((t) => t.name)).toEqual([
    "SalesHonourRoll",
    "SalesTeamHealth",
    "SalesPayouts",
    "SalesAudit",
  ]);
  const roll = (await host.readTable(writtenSpec(outputSchemas.SalesHonourRoll, false))).rows;
  const cash = roll.filter((r) => r.values.Rank !== null && Number(r.values.Cash) > 0);
  expect(cash.length).toBeGreaterThan(0);
  const fromPane = await payouts();
  expect(awarded(fromPane)).not.toEqual([]);
  expect(written.totals.find((t) => t.id === "payoutAwards")!.value).toBe(
    cash.reduce((s, r) => s + Number(r.values.Cash), 0),
  );

  // The command line over the same workbook writes the same SalesPayouts.
  await run(true);
  expect(await payouts()).toEqual(fromPane);
  // Written again with the same awards, the pane leaves SalesPayouts alone.
  const again = await createHostActions(host, () => NOW).writePeople(scorecard, {});
  expect(again.tables.map((t) => t.name)).toEqual(["SalesHonourRoll", "SalesTeamHealth", "SalesAudit"]);
});
