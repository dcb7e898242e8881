/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { defaultTargetOptions, NUMBER_FORMATS, type Letter } from "../../src/jobs";
import type { Plan } from "../../src/engine/incentives";
import { catalogues } from "../../src/taskpane/i18n";
import { checkPlanForm, examplePlanForm } from "../../src/taskpane/wizards/planForm";
import { PlanLetterStep } from "../../src/taskpane/wizards/PlanLetterStep";
import { REGISTRY_SHEET } from "../../src/workbook/ownership";
import type { FakeExcel } from "../support/fake-excel";
import { fakeActions } from "./fakeActions";
import { choose, renderWithStrings } from "./render";

jest.setTimeout(60000);

const plan = checkPlanForm(examplePlanForm, catalogues.en).plan as Plan;

/** The sample team with targets, the example plan saved, and R01 and R04 having signed its version. */
async function workbook(signed: readonly string[] = ["R01", "R04"]) {
  const made = fakeActions();
  await made.actions.writeTargets(
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  await made.actions.savePlan(plan);
  made.excel.addTable("Acknowledgements", "Acknowledgements", 0, 0, [
    ["RepID", "Plan", "Version", "Date"],
    ...signed.map((id) => [id, plan.name, plan.version, 46000]),
    // An older version does not count.
    ["R02", plan.name, "v0", 45900],
  ]);
  return made;
}

/** The PlanLetter sheet's cells as rows of values, blanks as null, over the letter's columns. */
function sheetRows(excel: FakeExcel, letter: Letter): unknown[][] {
  return excel.read("PlanLetter", 0, 0, letter.rows.length, letter.columns);
}

/** SalesAudit's rows as records. */
function auditRows(excel: FakeExcel): Record<string, unknown>[] {
  const t = excel.workbook.table("SalesAudit");
  if (!t) return [];
  const [header, ...rows] = excel.read(t.sheet.name, t.top, t.left, t.height, t.width);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** The letter's rows padded to its columns, as the sheet holds them. */
const expected = (letter: Letter) =>
  letter.rows.map((r) => Array.from({ length: letter.columns }, (_, c) => r.cells[c] ?? null));

test("lists who has not acknowledged, previews a rep's letter and writes it as the PlanLetter sheet in 3 syncs, then its SalesAudit row", async () => {
  const { actions, excel } = await workbook();
  renderWithStrings(<PlanLetterStep actions={actions} mappings={{}} />);
  fireEvent.click(screen.getByRole("button", { name: "Show reps" }));

  const status = await screen.findByRole("status", {
    name: `Acknowledgements of ${plan.name} ${plan.version}`,
  });
  expect(
    within(status).getByText(`Not yet acknowledged by 4 reps (${plan.name} ${plan.version}):`),
  ).toBeTruthy();
  const list = within(status).getByRole("list", { name: "Reps who have not acknowledged" });
  expect(
    within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Bo Chen (R02)", "Cai Wu (R03)", "Eli Sato (R05)", "Fay Zhou (R06)"]);

  await choose("Rep", "Bo Chen (R02)");
  fireEvent.click(screen.getByRole("button", { name: "Preview letter" }));
  const preview = await screen.findByRole("article", { name: "Plan letter for Bo Chen (R02)" });
  const letter = await actions.previewLetter("R02", {});
  expect(within(preview).getByRole("heading", { name: "Incentive plan letter 2026" })).toBeTruthy();
  expect(within(preview).getByText("Your targets by month")).toBeTruthy();
  expect(within(preview).getByRole("columnheader", { name: "120% of target" })).toBeTruthy();
  // The preview's example payouts are the job's, shown to the cent.
  const paid = within(preview).getByRole("rowheader", { name: "Total paid" }).closest("tr") as HTMLElement;
  const fmt = (v: number) =>
    v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  expect(
    within(paid)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(letter.examples.map((e) => fmt(e.paid)));
  expect(letter.examples.map((e) => e.attainment)).toEqual([0.8, 1, 1.2]);
  expect(letter.examples[2].paid).toBeGreaterThan(letter.examples[0].paid);

  // The write costs its reads plus 3 syncs: the look at the workbook (2) and one for the whole sheet;
  // then the SalesAudit row is appended, as every write's.
  const before = excel.syncs;
  await actions.previewLetter("R02", {});
  const reads = excel.syncs - before;
  const auditBefore = auditRows(excel).length;
  const beforeWrite = excel.syncs;
  fireEvent.click(screen.getByRole("button", { name: "Write PlanLetter sheet" }));
  await screen.findByText(/Wrote Bo Chen \(R02\)'s letter to the PlanLetter sheet \(\d+ rows, new\)/);
  const audit = auditRows(excel);
  expect(audit.length).toBe(auditBefore + 1);
  expect(audit[audit.length - 1]).toMatchObject({
    Action: "plan letter R02",
    Plan: plan.name,
    Version: plan.version,
    OutputRows: `PlanLetter=${letter.rows.length}`,
  });
  // The sheet's 3, then the audit row's append (4, as any one-row append to SalesAudit).
  expect(excel.syncs - beforeWrite - reads).toBe(3 + 4);

  // Values only, exactly the letter's rows; text kept as text, money in the money format.
  expect(sheetRows(excel, letter)).toEqual(expected(letter));
  const sheet = excel.workbook.sheet("PlanLetter")!;
  for (const [, , cell] of sheet.entries()) {
    expect(cell.formula).toBeUndefined();
    if (typeof cell.value === "number") expect(cell.format).toBe(NUMBER_FORMATS.money);
    if (typeof cell.value === "string") expect(cell.format).toBe("@");
  }
  // "2026-01" stays the month's text, not a date.
  expect(sheetRows(excel, letter).some((r) => r[0] === "2026-01")).toBe(true);
  // Page setup as the command line's letter: portrait A4 on one page, a print area, rep and plan in the footer.
  expect(sheet.page).toMatchObject({
    orientation: "Portrait",
    paperSize: "A4",
    centerHorizontally: true,
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    printArea: `A1:${"ABCDEFG"[letter.columns - 1]}${letter.rows.length}`,
    leftFooter: `R02 ${letter.plan}`,
    rightFooter: "&P / &N",
  });
  expect(sheet.showGridlines).toBe(false);
  expect(sheet.styles.get("0,0")).toMatchObject({ bold: true, size: 14 });
  expect(sheet.merges).toContain(`A1:${"ABCDEFG"[letter.columns - 1]}1`);
  expect(excel.workbook.active).toBe(sheet);
  // Recorded as SalesPlan's own, so the next letter may replace it.
  expect(excel.read(REGISTRY_SHEET, 0, 0, 20, 1).flat()).toContain("PlanLetter");

  // Another rep's letter replaces it: one PlanLetter sheet, no spare left, no row of Bo Chen's.
  await choose("Rep", "Eli Sato (R05)");
  fireEvent.click(screen.getByRole("button", { name: "Write PlanLetter sheet" }));
  await screen.findByText(/Wrote Eli Sato \(R05\)'s letter to the PlanLetter sheet \(\d+ rows, replaced\)/);
  const eli = await actions.previewLetter("R05", {});
  expect(sheetRows(excel, eli)).toEqual(expected(eli));
  expect(excel.workbook.sheets.filter((s) => /^PlanLetter/i.test(s.name)).map((s) => s.name)).toEqual([
    "PlanLetter",
  ]);
  expect(JSON.stringify(excel.workbook.sheet("PlanLetter")!.entries().next())).not.toContain("Bo Chen");
  expect(JSON.stringify([...excel.workbook.sheet("PlanLetter")!.entries()])).not.toContain("Bo Chen");
  await screen.findByRole("article", { name: "Plan letter for Eli Sato (R05)" });
});

test("in Chinese: the letter, the acknowledgements and the write speak Chinese", async () => {
  const { actions, excel } = await workbook(["R01", "R02", "R03", "R04", "R05", "R06"]);
  actions.setLanguage?.("zh");
  renderWithStrings(<PlanLetterStep actions={actions} mappings={{}} />, catalogues.zh);
  fireEvent.click(screen.getByRole("button", { name: "显示销售代表" }));
  await screen.findByText(`所有销售代表均已确认 ${plan.name} ${plan.version}。`);
  fireEvent.click(screen.getByRole("button", { name: "写入 PlanLetter 工作表" }));
  await screen.findByText(/已将 Ann Lee（R01）的确认书写入 PlanLetter 工作表/);
  const preview = await screen.findByRole("article", { name: "Ann Lee（R01）的奖金方案确认书" });
  expect(within(preview).getByRole("heading", { name: "2026 年度奖金方案确认书" })).toBeTruthy();
  expect(excel.read("PlanLetter", 0, 0, 1, 1)).toEqual([["2026 年度奖金方案确认书"]]);
  expect(excel.workbook.sheet("PlanLetter")!.page.leftFooter).toBe(`R01 ${plan.name} ${plan.version}`);
});

test("a PlanLetter sheet SalesPlan did not write stops the write and is left as it was", async () => {
  const { actions, excel } = await workbook();
  excel.setValues("PlanLetter", 0, 0, [["my own notes"]]);
  const state = excel.state();
  renderWithStrings(<PlanLetterStep actions={actions} mappings={{}} />);
  fireEvent.click(screen.getByRole("button", { name: "Show reps" }));
  fireEvent.click(await screen.findByRole("button", { name: "Write PlanLetter sheet" }));
  await screen.findByText(
    "Sheet 'PlanLetter' already exists and was not created by SalesPlan; rename it, then run again",
  );
  expect(excel.state()).toBe(state);
});

test("a failure part-way through the write's commit leaves the previous letter, or the new one whole", async () => {
  const { actions, excel } = await workbook();
  await actions.writeLetter("R02", {});
  const saved = excel.workbook.serialize();
  const bo = excel.state();
  const eli = await actions.previewLetter("R05", {});
  // A clean run first: the sheet's commit is the write's third sync after its reads.
  const cleanStart = excel.syncs;
  await actions.previewLetter("R05", {});
  const cleanReads = excel.syncs - cleanStart;
  const beforeClean = excel.syncs;
  await actions.writeLetter("R05", {});
  const commit = beforeClean + cleanReads + 3;
  const count = excel.actionCounts[commit - 1];
  expect(count).toBeGreaterThan(50);
  const cuts = [0, Math.floor(count / 2), count - 3, count - 2, count - 1];
  const outcomes = new Set<string>();
  for (const afterActions of cuts) {
    excel.workbook.restore(saved);
    const start = excel.syncs;
    // Reads take the same syncs every time: fail the commit, `commit - start` syncs on from a clean run.
    await actions.previewLetter("R05", {});
    const reads = excel.syncs - start;
    excel.failures = [{ sync: excel.syncs + reads + 3, afterActions }];
    const audits = auditRows(excel).length;
    await expect(actions.writeLetter("R05", {})).rejects.toThrow(/injected failure/);
    excel.failures = [];
    // A write that failed is not recorded.
    expect(auditRows(excel).length).toBe(audits);
    const names = excel.workbook.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("PlanLetter"))).toEqual(["PlanLetter"]);
    const rows = sheetRows(excel, eli);
    // Bo Chen's letter as it was, or Eli Sato's whole and recorded as SalesPlan's: never a mix.
    outcomes.add(String(rows[1][1]));
    if (rows[1][1] === "R02 Bo Chen") expect(excel.state()).toBe(bo);
    else {
      expect(rows).toEqual(expected(eli));
      expect(excel.read(REGISTRY_SHEET, 0, 0, 20, 1).flat()).toContain("PlanLetter");
    }
  }
  // Both ways out were taken: before the old sheet went, and after.
  expect([...outcomes].sort()).toEqual(["R02 Bo Chen", "R05 Eli Sato"]);
});
