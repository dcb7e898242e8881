/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { IncentivesWizard } from "../../src/taskpane/wizards/IncentivesWizard";
import { defaultTargetOptions } from "../../src/jobs";
import { SalesPlanError } from "../../src/kernel/errors";
import { jobMessages } from "../../src/jobs/messages";
import { whatIfPayout } from "../../src/engine/incentives";
import { formatMoney } from "../../src/engine/incentives/format";
import { payoutsJob, readInputs, salesTargetsSpec, type JobResult } from "../../src/jobs";
import { catalogues } from "../../src/taskpane/i18n";
import { checkPlanForm, examplePlanForm } from "../../src/taskpane/wizards/planForm";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import type { FakeExcel } from "../support/fake-excel";
import { fakeActions, seedOddActuals } from "./fakeActions";
import { choose, openChecks, renderWithStrings, type, writeAfterPreview } from "./render";

jest.setTimeout(120000);

test("edits the example plan with validation beside the fields, saves it and runs payouts", async () => {
  const { actions, excel } = fakeActions();
  await actions.writeTargets(
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 },
    {
      Reps: { LastYearSales: "Sales LY" },
    },
  );
  renderWithStrings(<IncentivesWizard actions={actions} />);
  await screen.findByText("No saved plan in this workbook yet: start from the example below.");
  await screen.findByText("Actuals ✓ 36 rows");
  // Weights are over the measures paid on the target incentive, and the status says which.
  expect(screen.getByRole("status", { name: "Weight" }).textContent).toBe(
    "Weights of the measures paid on the target incentive (Revenue) add up to 100%",
  );
  // Collection is a commission rate table: it has no weight field at all.
  expect(
    within(screen.getByRole("group", { name: "Measure 2" })).queryByRole("textbox", { name: "Weight" }),
  ).toBeNull();

  // Weights that do not add up disable saving and say why.
  const revenue = screen.getByRole("group", { name: "Measure 1" });
  fireEvent.change(within(revenue).getByRole("textbox", { name: "Weight" }), { target: { value: "60" } });
  expect(screen.getByRole("status", { name: "Weight" }).textContent).toBe(
    "Weights of the measures paid on the target incentive (Revenue) must add up to 100%, now 60%",
  );
  expect((screen.getByRole("button", { name: "Save plan" }) as HTMLButtonElement).disabled).toBe(false);
  fireEvent.change(within(revenue).getByRole("textbox", { name: "Weight" }), { target: { value: "abc" } });
  // The field's message shows once the field is left, not while typing.
  expect(within(revenue).queryByText("Enter a percentage between 0 and 100")).toBeNull();
  fireEvent.blur(within(revenue).getByRole("textbox", { name: "Weight" }));
  expect(within(revenue).getByText("Enter a percentage between 0 and 100")).toBeTruthy();
  // Save with weights off is not a disabled button: the click goes to what is wrong.
  fireEvent.change(within(revenue).getByRole("textbox", { name: "Weight" }), { target: { value: "60" } });
  fireEvent.click(screen.getByRole("button", { name: "Save plan" }));
  expect(document.activeElement?.contains(screen.getByRole("status", { name: "Weight" }))).toBe(true);
  expect(screen.queryByText(/Plan saved/)).toBeNull();
  fireEvent.change(within(revenue).getByRole("textbox", { name: "Weight" }), { target: { value: "100" } });

  // A rate table paid on the target incentive has a weight, and joins the 100%.
  const collectionCard = screen.getByRole("group", { name: "Measure 2" });
  fireEvent.click(within(collectionCard).getByRole("combobox", { name: "Rates are" }));
  fireEvent.click(await screen.findByRole("option", { name: "% of target incentive per 100% attainment" }));
  expect(within(collectionCard).getByRole("textbox", { name: "Weight" })).toBeTruthy();
  expect(screen.getByRole("status", { name: "Weight" }).textContent).toBe(
    "Weights of the measures paid on the target incentive (Revenue, Collection) add up to 100%",
  );
  // Its weight is still blank, which the field says.
  expect((screen.getByRole("button", { name: "Save plan" }) as HTMLButtonElement).disabled).toBe(false);
  fireEvent.click(screen.getByRole("button", { name: "Save plan" }));
  expect(document.activeElement).toBe(within(collectionCard).getByRole("textbox", { name: "Weight" }));
  fireEvent.click(within(collectionCard).getByRole("combobox", { name: "Rates are" }));
  fireEvent.click(await screen.findByRole("option", { name: "% of the amount (commission, no weight)" }));
  expect(within(collectionCard).queryByRole("textbox", { name: "Weight" })).toBeNull();

  // A falling curve is refused beside the point.
  type("Revenue point 3 payout", "80");
  expect(
    within(revenue).getByText("Must not be below the row before (100): more attainment would pay less"),
  ).toBeTruthy();
  expect((screen.getByRole("button", { name: "Save plan" }) as HTMLButtonElement).disabled).toBe(false);
  fireEvent.click(screen.getByRole("button", { name: "Save plan" }));
  expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Revenue point 3 payout" }));
  // A curve point edited, one added to the collection rate table.
  type("Revenue point 3 payout", "180");
  // The curve's chart follows its points.
  expect(
    screen.getByRole("img", { name: /Payout curve of Revenue: 50% → 25%, 100% → 100%, 150% → 180%/ }),
  ).toBeTruthy();
  const collection = screen.getByRole("group", { name: "Measure 2" });
  fireEvent.click(within(collection).getByRole("button", { name: "Collection: Add row" }));
  type("Collection tier 3 from", "90000");
  type("Collection tier 3 rate", "3");
  await choose("Rate table mode", "Retroactive (all at the top rate)");

  // With a SPIFF and a draw, whether SPIFF money repays the draw is asked (default: no).
  fireEvent.click(screen.getByRole("switch", { name: "SPIFF: fixed bonus per unit of a measure" }));
  fireEvent.click(screen.getByRole("switch", { name: "Draw against commission" }));
  const repays = screen.getByRole("switch", { name: "SPIFF money repays the draw" }) as HTMLInputElement;
  expect(repays.checked).toBe(false);
  fireEvent.click(repays);

  fireEvent.click(screen.getByRole("button", { name: "Save plan" }));
  await screen.findByText(/Plan saved to SalesPlan and SalesPlanTiers/, {}, { timeout: 10000 });
  const saved = await actions.loadPlan();
  expect(saved?.spiffRepaysDraw).toBe(true);
  expect(saved?.measures[0].method).toEqual({
    kind: "curve",
    curve: [
      { attainment: 0.5, payout: 0.25 },
      { attainment: 1, payout: 1 },
      { attainment: 1.5, payout: 1.8 },
    ],
  });
  expect(saved?.measures[1].method).toMatchObject({ kind: "tiers", mode: "retro" });

  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  // Payouts per rep, by name, figures to the cent; the all-reps line equals the net payout total.
  const table = await screen.findByRole("table", { name: "Preview of SalesPayouts" });
  const rows = within(table).getAllByRole("row");
  expect(within(rows[1]).getAllByRole("cell")[0].textContent).toBe("Ann Lee (R01)");
  const last = within(rows[rows.length - 1])
    .getAllByRole("cell")
    .map((c) => c.textContent);
  expect(last[0]).toBe("All reps");
  expect(last[last.length - 1]).toMatch(/^[\d,]+\.\d\d$/);
  const totals = screen.getByRole("list", { name: "Totals" });
  // The checks fold into one line until opened.
  expect(within(totals).queryByText(/^Net payout:/)).toBeNull();
  expect(screen.getByText(/^\d+ of \d+ (check adds|checks add) up ✓$/)).toBeTruthy();
  openChecks();
  expect(within(totals).getByText(/^Net payout:/).textContent).toBe(
    `Net payout: ${last[last.length - 1]} ✓ adds up`,
  );

  await writeAfterPreview("Write SalesPayouts", { preview: false });
  await screen.findByText(
    /Written: SalesPayouts \(\d+ rows, new\), SalesPlan \(\d+ rows, replaced\)/,
    {},
    { timeout: 10000 },
  );
  expect(excel.workbook.tables.map((t) => t.name)).toContain("SalesPayouts");
  // A link selects the written table in the workbook, through the host.
  fireEvent.click(screen.getByRole("button", { name: "Show SalesPayouts in the workbook" }));
  await waitFor(() => expect(excel.workbook.selection).toMatch(/^SalesPayouts!A1:/));
});

test("loads the saved plan, and shows a failed write as a message", async () => {
  const { actions } = fakeActions({
    writePayouts: () =>
      Promise.reject(new SalesPlanError(jobMessages.noMeasureTarget, { measure: "Revenue" })),
  });
  await actions.savePlan({
    name: "Field plan",
    version: "v7",
    currency: "",
    frequency: "quarterly",
    trueUp: false,
    negativeTrueUp: "carry",
    measures: [
      {
        name: "Revenue",
        weight: 1,
        method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.05 }] },
      },
    ],
    draw: { amount: 500, recoverable: false },
  });
  renderWithStrings(<IncentivesWizard actions={actions} />);
  await screen.findByText("Loaded plan Field plan v7 from SalesPlan.");
  expect((screen.getByRole("textbox", { name: "Plan name" }) as HTMLInputElement).value).toBe("Field plan");
  expect(screen.getAllByRole("group", { name: /^Measure \d/ })).toHaveLength(1);
  expect((screen.getByRole("switch", { name: "Draw against commission" }) as HTMLInputElement).checked).toBe(
    true,
  );
  expect((screen.getByRole("textbox", { name: "Draw per period" }) as HTMLInputElement).value).toBe("500");
  // Write goes from a Preview only: the preview meets the missing target first, and Write stays off.
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByText("No targets to pay against");
  expect(
    screen.getByText(/This workbook has no SalesTargets, and the plan gives Revenue no monthly target/),
  ).toBeTruthy();
  expect((screen.getByRole("button", { name: "Write SalesPayouts" }) as HTMLButtonElement).disabled).toBe(
    true,
  );
});

/** A table of the in-memory workbook as records (header -> cell), empty cells as null. */
function tableRecords(excel: FakeExcel, name: string): Record<string, unknown>[] {
  const t = excel.workbook.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  const [header, ...body] = excel.read(t.sheet.name, t.top, t.left, t.height, t.width);
  return body.map((row) =>
    Object.fromEntries(
      header.map((h, i) => [String(h), row[i] === "" || row[i] === undefined ? null : row[i]]),
    ),
  );
}

/** A job's output table as the same records. */
function outputRecords(result: JobResult, name: string): Record<string, unknown>[] {
  const table = result.outputs.find((o) => o.name === name)!;
  return table.rows.map((r) =>
    Object.fromEntries(table.columns.map((c) => [c.header, r[c.key] === undefined ? null : r[c.key]])),
  );
}

test("New plan from scratch: two measures, a curve with its chart, a gate, validation beside each field, what-if", async () => {
  const { actions } = fakeActions();
  renderWithStrings(<IncentivesWizard actions={actions} />);
  await screen.findByText("No saved plan in this workbook yet: start from the example below.");

  // An edit is unsaved: New plan asks first, and Keep editing keeps it.
  type("Plan name", "Field plan");
  expect(screen.getByText("Not saved yet")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "New plan" }));
  fireEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Keep editing" }));
  expect((screen.getByRole("textbox", { name: "Plan name" }) as HTMLInputElement).value).toBe("Field plan");
  fireEvent.click(screen.getByRole("button", { name: "New plan" }));
  fireEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Discard changes" }));
  expect(screen.queryByRole("alertdialog")).toBeNull();

  // An empty plan with one measure: nothing is marked wrong until the user tries to go on; then
  // each empty field says so beside itself and a summary lists them, each a link to its field.
  expect(screen.getAllByRole("group", { name: /^Measure \d/ })).toHaveLength(1);
  expect((screen.getByRole("textbox", { name: "Plan name" }) as HTMLInputElement).value).toBe("");
  expect(screen.queryByText("Enter a version, e.g. v1")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  expect(screen.getByText("Enter a version, e.g. v1")).toBeTruthy();
  const summary = screen.getByText(/^\d+ fields to fix$/).closest(".fui-MessageBar") as HTMLElement;
  const links = within(summary)
    .getAllByRole("button")
    .map((b) => b.textContent);
  expect(links.slice(0, 3)).toEqual(["Plan name", "Version", "Measure (as in Actuals)"]);
  fireEvent.click(within(summary).getByRole("button", { name: "Version" }));
  expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Version" }));
  expect((screen.getByRole("button", { name: "Save plan" }) as HTMLButtonElement).disabled).toBe(false);
  // Save plan, like Preview, moves to the first field to fix.
  fireEvent.click(screen.getByRole("button", { name: "Save plan" }));
  expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Plan name" }));
  // The what-if says which field to fix first.
  const whatIf = screen.getByRole("group", { name: "What if…" });
  expect(within(whatIf).getByText("Fix “Plan name” first: Enter a name")).toBeTruthy();
  type("Plan name", "Field plan");
  type("Version", "v2");
  type("Target incentive per year (reps without their own)", "24000");

  const first = screen.getByRole("group", { name: "Measure 1" });
  fireEvent.change(within(first).getByRole("combobox", { name: "Measure (as in Actuals)" }), {
    target: { value: "Revenue" },
  });
  // A rate table pays commission on the amount: no weight; a curve pays on the target incentive.
  expect(within(first).queryByRole("textbox", { name: "Weight" })).toBeNull();
  expect(screen.getByRole("status", { name: "Weight" }).textContent).toBe(
    "No measure is paid on the target incentive, so there are no weights: rate tables pay on the amount.",
  );
  fireEvent.click(within(first).getByRole("combobox", { name: "Pays by" }));
  fireEvent.click(await screen.findByRole("option", { name: "Payout curve" }));
  fireEvent.change(within(first).getByRole("textbox", { name: "Weight" }), { target: { value: "70" } });
  expect(
    screen.getByRole("img", { name: /Payout curve of Revenue: 50% → 25%, 100% → 100%, 150% → 200%/ }),
  ).toBeTruthy();
  // Points out of order are caught beside the point; the chart follows the points.
  type("Revenue point 3 attainment", "90");
  expect(within(first).getByText("Must be above the row before (100)")).toBeTruthy();
  type("Revenue point 3 attainment", "150");
  type("Revenue point 2 payout", "90");
  expect(
    screen.getByRole("img", { name: /Payout curve of Revenue: 50% → 25%, 100% → 90%, 150% → 200%/ }),
  ).toBeTruthy();
  type("Revenue point 2 payout", "100");
  expect(screen.getByRole("status", { name: "Weight" }).textContent).toBe(
    "Weights of the measures paid on the target incentive (Revenue) must add up to 100%, now 70%",
  );

  fireEvent.click(screen.getByRole("button", { name: "Add measure" }));
  const second = screen.getByRole("group", { name: "Measure 2" });
  fireEvent.change(within(second).getByRole("combobox", { name: "Measure (as in Actuals)" }), {
    target: { value: "revenue" },
  });
  expect(within(second).getByText("This measure is already in the plan")).toBeTruthy();
  fireEvent.change(within(second).getByRole("combobox", { name: "Measure (as in Actuals)" }), {
    target: { value: "Collection" },
  });
  // Collection stays a commission rate table: no weight, so Revenue carries the whole 100%.
  expect(within(second).queryByRole("textbox", { name: "Weight" })).toBeNull();
  type("Collection tier 1 rate", "1");
  fireEvent.click(within(second).getByRole("button", { name: "Collection: Add row" }));
  type("Collection tier 2 from", "50000");
  type("Collection tier 2 rate", "2");
  fireEvent.change(within(first).getByRole("textbox", { name: "Weight" }), { target: { value: "100" } });
  expect(screen.getByRole("status", { name: "Weight" }).textContent).toBe(
    "Weights of the measures paid on the target incentive (Revenue) add up to 100%",
  );

  // The gate must be on one of the plan's measures.
  fireEvent.click(screen.getByRole("switch", { name: "Gate: no bonus unless a measure reaches a minimum" }));
  fireEvent.change(screen.getByRole("combobox", { name: "Gate measure" }), { target: { value: "Margin" } });
  expect(screen.getByText("Choose one of the plan's measures")).toBeTruthy();
  fireEvent.change(screen.getByRole("combobox", { name: "Gate measure" }), { target: { value: "Revenue" } });
  type("Gate minimum attainment", "50");
  expect(screen.queryByText("Choose one of the plan's measures")).toBeNull();

  // What-if on the plan as edited: the engine's number and sentence, and a marker on the chart.
  fireEvent.change(within(whatIf).getByRole("textbox", { name: "Attainment" }), {
    target: { value: "115" },
  });
  const result = within(whatIf).getByRole("group", { name: "What-if result" });
  await waitFor(() => expect(result.textContent).toMatch(/^Payout: 2,600(?!\.)/));
  const chart = screen.getByRole("img", { name: /Payout curve of Revenue/ });
  expect(chart.querySelector("[data-marker]")).not.toBeNull();
  expect(chart.querySelector("desc")?.textContent).toMatch(/What-if: 115% attainment pays 130%\./);
  // Labelled on the chart: attainment → payout % · the payout; axis titles and the 100% crosshair.
  expect(chart.querySelector("[data-marker-label]")?.textContent).toBe("115% → 130% · 2,600");
  expect(chart.querySelector('[data-axis="x"]')?.textContent).toBe("Attainment");
  expect(chart.querySelector('[data-axis="y"]')?.textContent).toBe("Payout");
  expect(chart.querySelector('[data-reference="x100"]')).not.toBeNull();
  expect(chart.querySelector('[data-reference="y100"]')).not.toBeNull();
  // The what-if follows the points as they change.
  type("Revenue point 3 payout", "180");
  // 115% between 100% -> 100% and 150% -> 180%: 1 + 0.15 x 1.6 = 124% of 2,000.
  await waitFor(() => expect(result.textContent).toMatch(/^Payout: 2,480(?!\.)/));

  fireEvent.click(screen.getByRole("button", { name: "Save plan" }));
  await screen.findByText(/Plan saved to SalesPlan and SalesPlanTiers/, {}, { timeout: 10000 });
  expect(screen.queryByText("Not saved yet")).toBeNull();
  const saved = (await actions.loadPlan())!;
  expect(saved).toMatchObject({ name: "Field plan", version: "v2", targetIncentive: 24000 });
  expect(saved.measures.map((m) => [m.name, m.weight, m.method.kind])).toEqual([
    ["Revenue", 1, "curve"],
    ["Collection", undefined, "tiers"],
  ]);
  expect(saved.gates).toEqual([{ measure: "Revenue", minimum: 0.5, on: "attainment" }]);
  // The box's figures are the engine's for the saved plan, to the cent and word for word.
  const row = whatIfPayout(saved, { measure: "Revenue", attainment: 1.15, target: 100000 });
  expect(result.textContent).toBe(`Payout: ${formatMoney(row.net)}${row.explanation}`);
  // The what-if sits in Revenue's card, right under its chart and slider, the target beside the attainment.
  expect(screen.getByRole("group", { name: "Measure 1" }).contains(whatIf)).toBe(true);
  const order = [
    ...screen.getByRole("group", { name: "Measure 1" }).querySelectorAll('[data-chart], [role="group"]'),
  ];
  expect(order.indexOf(chart.closest("[data-chart]")!)).toBe(order.indexOf(whatIf) - 1);
  expect(within(whatIf).getByRole("textbox", { name: "Target for one pay period" })).toBeTruthy();
  // The slider under Collection's chart moves the what-if there, at the attainment chosen.
  fireEvent.change(screen.getByRole("slider", { name: /What-if attainment for Collection/ }), {
    target: { value: "115" },
  });
  const collectionBox = within(screen.getByRole("group", { name: "Measure 2" })).getByRole("group", {
    name: "What if…",
  });
  expect(screen.getAllByRole("group", { name: "What if…" })).toHaveLength(1);
  const tiers = whatIfPayout(saved, { measure: "Collection", attainment: 1.15, target: 100000 });
  await waitFor(() =>
    expect(within(collectionBox).getByRole("group", { name: "What-if result" }).textContent).toBe(
      `Payout: 1,800${tiers.explanation}`,
    ),
  );
  expect(tiers.net).toBe(1800);
  // The rate table is a step chart on amounts: the what-if sits at the amount credited (115,000),
  // on the tier it reached (2%), and no 100% lines where 100% means nothing.
  const steps = screen.getByRole("img", { name: "Rate table of Collection: 0 → 1%, 50000 → 2%" });
  await waitFor(() =>
    expect(steps.querySelector("[data-marker-label]")?.textContent).toBe("115% → 2% · 1,800"),
  );
  expect(steps.querySelector('[data-axis="x"]')?.textContent).toBe("From (amount)");
  expect(steps.querySelector('[data-axis="y"]')?.textContent).toBe("Rate");
  expect(steps.querySelector("[data-reference]")).toBeNull();
  // The path climbs in steps: 0 until the first bound, flat at 1% up to 50,000, then flat at 2%.
  const d = steps.querySelector("path")!.getAttribute("d")!;
  const ys = d.split(" ").map((c) => Number(c.slice(1).split(",")[1]));
  expect(new Set(ys).size).toBe(3);

  // The slider under Revenue's chart moves the what-if to Revenue at the attainment chosen.
  fireEvent.change(screen.getByRole("slider", { name: /What-if attainment for Revenue/ }), {
    target: { value: "90" },
  });
  const back = within(screen.getByRole("group", { name: "Measure 1" })).getByRole("group", {
    name: "What if…",
  });
  await waitFor(() =>
    expect(within(back).getByRole("textbox", { name: "Attainment" })).toHaveProperty("value", "90"),
  );
  const at90 = whatIfPayout(saved, { measure: "Revenue", attainment: 0.9, target: 100000 });
  await waitFor(() =>
    expect(within(back).getByRole("group", { name: "What-if result" }).textContent).toBe(
      `Payout: ${formatMoney(at90.net)}${at90.explanation}`,
    ),
  );
  expect(chart.querySelector("[data-marker-label]")?.textContent).toBe(
    `90% → ${Number((at90.point! * 100).toFixed(1))}% · ${formatMoney(at90.net)}`,
  );
  expect(screen.getByRole("slider", { name: "What-if attainment for Revenue: 90%" })).toBeTruthy();
});

test("Run payouts for one month: only that month is written, it reconciles and equals the full run's rows", async () => {
  const { actions, excel } = fakeActions();
  renderWithStrings(<IncentivesWizard actions={actions} />);
  await screen.findByText("Actuals ✓ 36 rows");
  fireEvent.change(
    within(screen.getByRole("group", { name: "Measure 1" })).getByRole("textbox", {
      name: "Monthly target per rep (blank: from SalesTargets)",
    }),
    { target: { value: "90000" } },
  );
  const collection = screen.getByRole("group", { name: "Measure 2" });
  fireEvent.change(
    within(collection).getByRole("textbox", { name: "Monthly target per rep (blank: from SalesTargets)" }),
    { target: { value: "70000" } },
  );
  await choose("Run payouts for", "2026-02");
  await writeAfterPreview("Write SalesPayouts");
  await screen.findByText(/Written: SalesPayouts \(\d+ rows, new\)/, {}, { timeout: 10000 });

  // The same job over the same tables, for February and for every month.
  const check = checkPlanForm(examplePlanForm, catalogues.en);
  const options = {
    plan: check.plan!,
    measureTargets: { Revenue: 90000, Collection: 70000 },
  };
  const host = new OfficeWorkbookHost({ run: fakeActions().excel.run });
  const inputs = await readInputs(host, ["Reps", "Actuals"], {});
  const tables = { reps: inputs.Reps, actuals: inputs.Actuals };
  const february = payoutsJob(tables, { ...options, period: "2026-02" });
  const all = payoutsJob(tables, options);
  const written = tableRecords(excel, "SalesPayouts");
  expect(written.length).toBeGreaterThan(0);
  expect(new Set(written.map((r) => r.Period))).toEqual(new Set(["2026-02"]));
  expect(written).toEqual(outputRecords(february, "SalesPayouts"));
  expect(written).toEqual(outputRecords(all, "SalesPayouts").filter((r) => r.Period === "2026-02"));
  const net = february.totals.find((t) => t.id === "payoutNet")!;
  expect(net.value).toBe(net.expected);
  const cents = written.reduce((s, r) => s + Math.round(Number(r.NetPayout) * 100), 0);
  expect(cents).toBe(Math.round(net.value * 100));
});

test("the example plan (no monthly targets typed) pays against the SalesTargets just written", async () => {
  const { actions, excel } = fakeActions();
  await actions.writeTargets(
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  renderWithStrings(<IncentivesWizard actions={actions} />);
  await screen.findByText("No saved plan in this workbook yet: start from the example below.");
  await screen.findByText("Actuals ✓ 36 rows");
  // The example leaves every measure's monthly target blank: SalesTargets decides.
  for (const group of ["Measure 1", "Measure 2"])
    expect(
      (
        within(screen.getByRole("group", { name: group })).getByRole("textbox", {
          name: "Monthly target per rep (blank: from SalesTargets)",
        }) as HTMLInputElement
      ).value,
    ).toBe("");

  // The same job over the same tables with no flat numbers, and with the old fixed ones.
  const plan = checkPlanForm(examplePlanForm, catalogues.en).plan!;
  const host = new OfficeWorkbookHost({ run: excel.run });
  const inputs = await readInputs(host, ["Reps", "Actuals"], {});
  const tables = {
    reps: inputs.Reps,
    actuals: inputs.Actuals,
    salesTargets: await host.readTable(salesTargetsSpec),
  };
  const fromTargets = payoutsJob(tables, { plan, measureTargets: {} });
  const fixed = payoutsJob(tables, { plan, measureTargets: { Revenue: 90000, Collection: 70000 } });
  const netOf = (r: JobResult) => r.totals.find((t) => t.id === "payoutNet")!.value;
  const money = (n: number) =>
    n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // The comparison can fail: fixed targets pay a different total on this workbook.
  expect(netOf(fixed)).not.toBe(netOf(fromTargets));

  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByRole("table", { name: "Preview of SalesPayouts" });
  openChecks();
  const totals = screen.getByRole("list", { name: "Totals" });
  expect(within(totals).getByText(/^Net payout:/).textContent).toBe(
    `Net payout: ${money(netOf(fromTargets))} ✓ adds up`,
  );

  await writeAfterPreview("Write SalesPayouts", { preview: false });
  await screen.findByText(/Written: SalesPayouts \(\d+ rows, new\)/, {}, { timeout: 10000 });
  expect(tableRecords(excel, "SalesPayouts")).toEqual(outputRecords(fromTargets, "SalesPayouts"));
});

test("rows the payouts leave out are listed as a warning after Preview and after Write, in en and zh", async () => {
  const { actions } = fakeActions({}, seedOddActuals);
  await actions.writeTargets(
    { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 },
    { Reps: { LastYearSales: "Sales LY" } },
  );
  const view = renderWithStrings(<IncentivesWizard actions={actions} />);
  await screen.findByText("Actuals ✓ 38 rows");
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByRole("table", { name: "Preview of SalesPayouts" });
  const expectWarnings = async (title: string, reasons: readonly RegExp[]): Promise<void> => {
    const list = await screen.findByRole("table", { name: title });
    const rows = within(list).getAllByRole("row").slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole("cell")
          .slice(0, 2)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ["Actuals", "B38"],
      ["Actuals", "C39"],
    ]);
    reasons.forEach((reason, i) => expect(rows[i].textContent).toMatch(reason));
  };
  const en = [/2031-01 is outside the plan year 2026/, /'Revenu'.*did you mean Revenue\?/];
  expect(screen.getByText("2 rows left out")).toBeTruthy();
  await expectWarnings("Input left out", en);

  await writeAfterPreview("Write SalesPayouts", { preview: false });
  await screen.findByText(/Written: SalesPayouts \(\d+ rows, new\)/);
  expect(screen.getAllByText("2 rows left out")).toHaveLength(2);

  // The same list in the pane's language.
  view.unmount();
  const zh = catalogues.zh;
  renderWithStrings(<IncentivesWizard actions={actions} />, zh);
  await waitFor(() =>
    expect((screen.getByRole("button", { name: zh.previewButton }) as HTMLButtonElement).disabled).toBe(
      false,
    ),
  );
  fireEvent.click(screen.getByRole("button", { name: zh.previewButton }));
  await screen.findByText("已略过 2 行");
  const list = await screen.findByRole("table", { name: zh.leftOutLabel });
  expect(list.textContent).toMatch(/2031-01 不在方案年度 2026 内/);
  expect(list.textContent).toMatch(/是否应为 Revenue？/);
});
