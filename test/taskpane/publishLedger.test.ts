/**
 * SalesLedger in Publish (issue 14): once a period is closed, the check adds up the ledger and the
 * open periods in SalesPayouts against the inputs recomputed, to the cent; a January actual changed
 * and payouts rerun still adds up (the restatement is in February); changed without a rerun, it does
 * not, and the check warns. The ledger is listed and its values-only copy published.
 */
import { headersSpec, recomputePayouts } from "../../src/jobs";
import { serialOf } from "../../src/kernel/calendar";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import type { FakeExcel } from "../support/fake-excel";
import { company, paneWorkbook, payoutOptions } from "./monthEndFixture";

jest.setTimeout(120_000);

const cents = (values: readonly unknown[]) =>
  values.reduce<number>((s, v) => s + Math.round(Number(v) * 100), 0);

async function column(
  host: OfficeWorkbookHost,
  table: string,
  key: string,
  keep: (row: Record<string, unknown>) => boolean = () => true,
) {
  return (await host.readTable(headersSpec(table))).rows
    .map((r) => r.values)
    .filter(keep)
    .map((r) => r[key]);
}

/**
 * Raise every January actual of the first rep by a tenth, as a user would edit Actuals — and the
 * Deals the demo credits its Revenue from (one deal per Actuals row, dated in its month).
 */
function raiseJanuary(excel: FakeExcel): void {
  const rep = company.reps[0].RepID;
  const raise = (name: string, inJanuary: (value: unknown) => boolean) => {
    const t = excel.workbook.table(name)!;
    const h = t.headers();
    let raised = 0;
    for (let r = 1; r < t.height; r++) {
      const at = (k: string) => t.sheet.cell(t.top + r, t.left + h.indexOf(k));
      if (!inJanuary(at(name === "Deals" ? "Date" : "Period").value) || at("RepID").value !== rep) continue;
      at("Amount").value = Math.round(Number(at("Amount").value) * 1.1);
      raised++;
    }
    expect(raised).toBeGreaterThan(0);
  };
  raise("Actuals", (period) => String(period).startsWith("2026-01"));
  raise("Deals", (date) => Number(date) < serialOf(2026, 2, 1));
}

it("adds up the ledger and the open periods against the inputs recomputed, to the cent", async () => {
  const { excel, host, actions } = await paneWorkbook();
  // Nothing closed: no ledger reconciliation.
  expect((await actions.checkWorkbook({})).ledger).toBeNull();
  await actions.closePeriod("2026-01", "Ana");
  raiseJanuary(excel);
  await actions.writePayouts(payoutOptions, {});
  const checked = await actions.checkWorkbook({});
  const ledger = checked.ledger!;
  expect(ledger.closed).toEqual(["2026-01"]);
  expect(ledger.open).toEqual(["2026-02", "2026-03"]);
  // Each figure is the tables' own, to the cent.
  expect(Math.round(ledger.ledger * 100)).toBe(cents(await column(host, "SalesLedger", "Amount")));
  expect(Math.round(ledger.payouts * 100)).toBe(cents(await column(host, "SalesPayouts", "NetPayout")));
  const recomputed = (await recomputePayouts(host)).job.engine.totals.net;
  expect(Math.round(ledger.recomputed! * 100)).toBe(Math.round(recomputed * 100));
  expect(Math.round(ledger.sum * 100)).toBe(Math.round(recomputed * 100));
  expect(ledger.matches).toBe(true);
  // A restatement of January is part of the open periods.
  const restated = await column(host, "SalesPayouts", "Measure", (r) =>
    String(r.Measure).startsWith("restatement"),
  );
  expect(restated.length).toBeGreaterThan(0);
  expect(checked.checks.some((c) => /SalesLedger .* \+ open periods/.test(c.message.en))).toBe(false);
  // Listed, and copied for finance with the rest.
  expect(checked.summary.tables.find((t) => t.name === "SalesLedger")).toMatchObject({
    ownership: "salesplan",
    rows: ledger.ledgerLines,
  });
  await actions.publish({ financeCopy: true }, {});
  const copy = excel.workbook.table("Finance_SalesLedger")!;
  const original = excel.workbook.table("SalesLedger")!;
  expect(excel.read(copy.sheet.name, copy.top, copy.left, copy.height, copy.width)).toEqual(
    excel.read(original.sheet.name, original.top, original.left, original.height, original.width),
  );
});

it("warns when SalesPayouts no longer adds up with the ledger: inputs changed since the run", async () => {
  const { excel, actions } = await paneWorkbook();
  await actions.closePeriod("2026-01", "Ana");
  await actions.writePayouts(payoutOptions, {});
  raiseJanuary(excel);
  const checked = await actions.checkWorkbook({});
  expect(checked.ledger!.matches).toBe(false);
  expect(checked.ledger!.recomputed).not.toBe(checked.ledger!.sum);
  const warning = checked.checks.find((c) =>
    /^SalesLedger .* \+ open periods in SalesPayouts/.test(c.message.en),
  );
  expect(warning?.severity).toBe("warning");
  expect(warning?.message.zh).toMatch(/按当前输入应为/);
});
