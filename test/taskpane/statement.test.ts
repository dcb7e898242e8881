/**
 * The pane's statement: one rep's statement for a period written as the values-only Statement sheet
 * over the Office.js host and the in-memory Excel: the same rows as `salesplan statements` builds
 * (closed periods as booked in SalesLedger, open ones as paid now), only that rep's ID and name on
 * the sheet, page set up to print on one page, the previous rep's replaced, and a SalesAudit row
 * whose amount is the rep's net pay in SalesPayouts to the cent.
 */
import { buildStatements, headersSpec, NUMBER_FORMATS } from "../../src/jobs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { REGISTRY_SHEET } from "../../src/workbook/ownership";
import { company, NOW, paneWorkbook } from "./monthEndFixture";

jest.setTimeout(120_000);

async function records(host: OfficeWorkbookHost, table: string): Promise<Record<string, unknown>[]> {
  return (await host.readTable(headersSpec(table))).rows.map((r) => r.values);
}

const cents = (values: readonly unknown[]) =>
  values.reduce<number>((s, v) => s + Math.round(Number(v) * 100), 0);

it("writes one rep's statement as the Statement sheet, values only, audited, replacing the previous rep's", async () => {
  const { excel, host, actions } = await paneWorkbook();
  await actions.closePeriod("2026-01", "Ana");
  const [first, second] = company.reps;
  const report = await actions.writeStatement(first.RepID, "2026-02");
  const [statement] = await buildStatements(host, {
    period: "2026-02",
    lang: "en",
    now: NOW,
    repId: first.RepID,
  });
  expect(report).toMatchObject({ repId: first.RepID, period: "2026-02", sheet: "Statement", created: true });
  expect(report.rows).toBe(statement.rows.length);

  // The sheet holds the statement's rows, cell for cell; numbers in the money format, text as text.
  const sheet = excel.workbook.sheet("Statement")!;
  const width = statement.widths.length;
  const cells = excel.read("Statement", 0, 0, statement.rows.length, width);
  expect(cells).toEqual(
    statement.rows.map((r) => Array.from({ length: width }, (_, c) => r.cells[c] ?? null)),
  );
  for (const [, , cell] of sheet.entries()) {
    expect(cell.formula).toBeUndefined();
    if (typeof cell.value === "number") expect(cell.format).toBe(NUMBER_FORMATS.money);
    if (typeof cell.value === "string") expect(cell.format).toBe("@");
  }
  expect(sheet.page).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    printArea: `A1:D${statement.rows.length}`,
    leftFooter: `${first.RepID} 2026-02`,
  });
  expect(sheet.showGridlines).toBe(false);
  expect(excel.workbook.active).toBe(sheet);
  expect(excel.read(REGISTRY_SHEET, 0, 0, 30, 1).flat()).toContain("Statement");

  // That rep only: no other rep's ID or name anywhere on the sheet.
  const text = JSON.stringify([...sheet.entries()].map(([, , c]) => c.value));
  for (const other of company.reps.filter((r) => r.RepID !== first.RepID)) {
    expect(text).not.toContain(`"${other.RepID}`);
    expect(text).not.toContain(other.Name);
  }
  // The period's net pay is what SalesPayouts pays the rep in the open period, to the cent.
  const payouts = (await records(host, "SalesPayouts")).filter(
    (r) => r.RepID === first.RepID && r.Period === "2026-02",
  );
  expect(Math.round(report.total * 100)).toBe(cents(payouts.map((r) => r.NetPayout)));
  // The year to date takes January as the ledger booked it.
  const ledger = (await records(host, "SalesLedger")).filter((r) => r.RepID === first.RepID);
  expect(cells.some((r) => r[0] === "2026-01")).toBe(ledger.length > 0);

  const audit = await records(host, "SalesAudit");
  expect(audit[audit.length - 1]).toMatchObject({
    Action: `statement ${first.RepID} 2026-02`,
    OutputRows: `Statement=${statement.rows.length}`,
    Totals: `Statement.NetPayout=${report.total.toFixed(2)}`,
  });

  // Another rep's statement replaces it: one Statement sheet, none of the first rep's rows.
  const again = await actions.writeStatement(second.RepID, "2026-01");
  expect(again.created).toBe(false);
  expect(excel.workbook.sheets.filter((s) => /^Statement/.test(s.name)).map((s) => s.name)).toEqual([
    "Statement",
  ]);
  const replaced = JSON.stringify(
    [...excel.workbook.sheet("Statement")!.entries()].map(([, , c]) => c.value),
  );
  expect(replaced).not.toContain(first.Name);
  expect(replaced).toContain(second.RepID);
  // A closed period's statement says so.
  expect(replaced).toContain("Closed");
});

it("in Chinese: the sheet speaks Chinese; a rep with nothing in the period is refused, nothing written", async () => {
  const { excel, actions } = await paneWorkbook();
  actions.setLanguage?.("zh");
  const rep = company.reps[0];
  await actions.writeStatement(rep.RepID, "2026-03");
  expect(excel.read("Statement", 0, 0, 1, 1)).toEqual([["奖金对账单 2026-03"]]);
  const before = excel.state();
  await expect(actions.writeStatement("R999", "2026-03")).rejects.toThrow(/R999 is not paid in 2026-03/);
  expect(excel.state()).toBe(before);
});
