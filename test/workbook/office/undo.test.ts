/**
 * Undo last write through the Office host (src/workbook/office/undo.ts) over the in-memory Excel:
 * replaced tables come back cell for cell (values, formats, size, totals), created ones go with
 * their sheets, the SalesAudit row of the write becomes the undo's, the ownership list is as
 * before, in a bounded number of syncs; an edit since the write, or another write, refuses it.
 */
import { SalesPlanError } from "../../../src/kernel/errors";
import { workbookMessages } from "../../../src/workbook/messages";
import { OfficeWorkbookHost } from "../../../src/workbook/office/host";
import {
  prepareOutput,
  targetColumns,
  type OutputTable,
  type WriteCell,
} from "../../../src/workbook/outputs";
import { parseRegistry, REGISTRY_SHEET } from "../../../src/workbook/ownership";
import { FakeExcel } from "../../support/fake-excel";
import { audit, NOW, payouts, targets } from "../../support/outputTables";

const FIRST = NOW;
const SECOND = new Date(Date.UTC(2026, 3, 30, 9));

/** The undo's SalesAudit row, prepared as the pane prepares it. */
const undoRow = (): readonly WriteCell[] => prepareOutput(audit("undo payouts", SECOND)).rows[0];

type State = { sheets: { name: string; cells: unknown[][] }[]; tables: unknown[][] };
const parse = (state: string): State => JSON.parse(state) as State;
/** The state without the sheets named (each compared on its own). */
const without = (state: string, ...names: string[]): State => {
  const s = parse(state);
  return {
    sheets: s.sheets.filter((x) => !names.includes(x.name)),
    tables: s.tables.filter((t) => !names.includes(String(t[1]))),
  };
};
/**
 * `after` holds every cell of `before` as it was (value, formula, format), and nothing else but
 * formats: cells the write grew into keep its number formats, as the write's own restore leaves them.
 */
function expectSameCells(after: State, before: State): void {
  expect(after.tables).toEqual(before.tables);
  expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  after.sheets.forEach((sheet, i) => {
    const was = new Map(before.sheets[i].cells.map((c) => [`${String(c[0])},${String(c[1])}`, c]));
    const extra = sheet.cells.filter((c) => !was.has(`${String(c[0])},${String(c[1])}`));
    expect(sheet.cells.filter((c) => was.has(`${String(c[0])},${String(c[1])}`))).toEqual(
      before.sheets[i].cells,
    );
    expect(extra.filter((c) => c[2] !== null || c[3] !== null)).toEqual([]);
  });
}
const registry = (excel: FakeExcel) => {
  const sheet = excel.workbook.sheet(REGISTRY_SHEET);
  return sheet ? parseRegistry(excel.read(REGISTRY_SHEET, 0, 0, 20, 5)) : new Map();
};

/** A workbook with SalesPlan's tables from an earlier run, a user's format in one, user data elsewhere. */
async function earlier(): Promise<{ excel: FakeExcel; host: OfficeWorkbookHost }> {
  const excel = new FakeExcel();
  const host = new OfficeWorkbookHost({ run: excel.run });
  await host.writeTables([targets(3), payouts(4), audit("first")], FIRST);
  excel.setValues("Sheet1", 0, 0, [["user data", 42]]);
  excel.workbook.sheet("SalesTargets")!.cell(1, 5).format = "0.0";
  return { excel, host };
}

// More rows in one table, fewer in another, a new table on a new sheet, and the audit row.
const rerun = (): OutputTable[] => [
  targets(40, 5),
  payouts(2),
  audit("second", SECOND),
  { ...targets(3), name: "SalesPlan", columns: targetColumns },
];

describe("Undo last write (Office host)", () => {
  it("puts replaced tables back cell for cell, deletes created ones with their sheets, in 4 syncs", async () => {
    const { excel, host } = await earlier();
    const before = excel.state();
    const beforeValues = excel.state({ formats: false });
    const registryBefore = registry(excel);
    const report = await host.writeTables(rerun(), SECOND, undefined, { keepUndo: true });
    expect(report.undo).toEqual(expect.any(String));
    expect(excel.read("SalesTargets", 40, 5, 1, 1)).toEqual([[5.39]]);
    expect(excel.workbook.sheet("SalesPlanUndo")?.visibility).toBe("VeryHidden");

    excel.syncs = 0;
    const undone = await host.undoLastWrite(report.undo!, undoRow());
    expect(excel.syncs).toBe(4);
    expect(undone.tables).toEqual([
      { name: "SalesTargets", sheet: "SalesTargets", rows: 3 },
      { name: "SalesPayouts", sheet: "SalesPayouts", rows: 4 },
      { name: "SalesAudit", sheet: "SalesAudit", rows: 2 },
      { name: "SalesPlan", sheet: "SalesPlan", rows: null },
    ]);
    // Everything but the trail and the ownership list is as before the write, formats included.
    expectSameCells(
      without(excel.state(), "SalesAudit", REGISTRY_SHEET),
      without(before, "SalesAudit", REGISTRY_SHEET),
    );
    expect(without(excel.state({ formats: false }), "SalesAudit", REGISTRY_SHEET)).toEqual(
      without(beforeValues, "SalesAudit", REGISTRY_SHEET),
    );
    expect(excel.workbook.sheet("SalesPlan")).toBeUndefined();
    expect(excel.workbook.sheet("SalesPlanUndo")).toBeUndefined();
    expect(excel.workbook.sheet("SalesPlanStaging")).toBeUndefined();
    // The trail: the earlier run's row as it was, then the undo's where the write's row was.
    const trail = excel.read("SalesAudit", 0, 0, 4, 2);
    expect(trail[1][1]).toBe("first");
    expect(trail[2][1]).toBe("undo payouts");
    expect(trail[3]).toEqual([null, null]);
    expect(excel.workbook.table("SalesAudit")!.height).toBe(3);
    // The ownership list: as before, SalesAudit stamped by the change the undo made to it.
    const after = registry(excel);
    expect([...after.keys()]).toEqual([...registryBefore.keys()]);
    expect(after.get("salestargets")).toEqual(registryBefore.get("salestargets"));
    expect(after.get("salespayouts")).toEqual(registryBefore.get("salespayouts"));
    expect(after.get("salesplan")).toBeUndefined();
    // Offered once.
    await expect(host.undoLastWrite(report.undo!, undoRow())).rejects.toMatchObject({
      template: workbookMessages.undoNotAvailable,
    });
  });

  it("undoes a first write: created tables go, SalesAudit stays with the undo row alone", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", 0, 0, [["user data"]]);
    const before = excel.state();
    const host = new OfficeWorkbookHost({ run: excel.run });
    const report = await host.writeTables([payouts(3), audit("payouts")], FIRST, undefined, {
      keepUndo: true,
    });
    await host.undoLastWrite(report.undo!, undoRow());
    expect(without(excel.state(), "SalesAudit", REGISTRY_SHEET)).toEqual(
      without(before, "SalesAudit", REGISTRY_SHEET),
    );
    expect(excel.read("SalesAudit", 0, 1, 3, 1)).toEqual([["Action"], ["undo payouts"], [null]]);
    expect([...registry(excel).keys()]).toEqual(["salesaudit"]);
  });

  it("refuses, changing nothing, once a table of the write was edited or resized", async () => {
    const { excel, host } = await earlier();
    const report = await host.writeTables(rerun(), SECOND, undefined, { keepUndo: true });
    const [[net]] = excel.read("SalesPayouts", 2, 10, 1, 1);
    excel.setValues("SalesPayouts", 2, 10, [[999]]);
    const edited = excel.state();
    const error = await host.undoLastWrite(report.undo!, undoRow()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SalesPlanError);
    expect((error as SalesPlanError).template).toBe(workbookMessages.undoEdited);
    expect((error as SalesPlanError).format("en")).toBe(
      "Undo refused: SalesPayouts changed after the write (values edited); the tables were left as they are",
    );
    expect((error as SalesPlanError).format("zh")).toContain("SalesPayouts");
    expect(excel.state()).toBe(edited);

    // Put back by hand, the undo goes through (the refusal kept the undo point).
    excel.setValues("SalesPayouts", 2, 10, [[net]]);
    await host.undoLastWrite(report.undo!, undoRow());
    expect(excel.read("SalesPayouts", 4, 0, 1, 1)).toEqual([["R4"]]);
  });

  it("refuses when a sheet it would delete holds more than the table", async () => {
    const { excel, host } = await earlier();
    const report = await host.writeTables(rerun(), SECOND, undefined, { keepUndo: true });
    excel.setValues("SalesPlan", 10, 8, [["my note"]]);
    await expect(host.undoLastWrite(report.undo!, undoRow())).rejects.toMatchObject({
      template: workbookMessages.undoEdited,
      message: expect.stringContaining("sheet 'SalesPlan' holds more than the table"),
    });
    expect(excel.workbook.sheet("SalesPlan")).toBeDefined();
  });

  it("is gone after another write, whose commit drops the kept backups", async () => {
    const { excel, host } = await earlier();
    const report = await host.writeTables(rerun(), SECOND, undefined, { keepUndo: true });
    const next = await host.writeTables([audit("third", SECOND)], SECOND);
    expect(next.undo).toBeUndefined();
    expect(excel.workbook.sheet("SalesPlanUndo")).toBeUndefined();
    await expect(host.undoLastWrite(report.undo!, undoRow())).rejects.toMatchObject({
      template: workbookMessages.undoNotAvailable,
    });
  });

  it("finishes on a second try when its batch fails part-way", async () => {
    const clean = await earlier();
    const done = await clean.host.writeTables(rerun(), SECOND, undefined, { keepUndo: true });
    await clean.host.undoLastWrite(done.undo!, undoRow());
    const undone = clean.excel.state();
    let failed = 0;
    for (const afterActions of [0, 5, 20, 1000]) {
      const { excel, host } = await earlier();
      const report = await host.writeTables(rerun(), SECOND, undefined, { keepUndo: true });
      excel.syncs = 0;
      excel.failures = [{ sync: 4, afterActions }];
      const error = await host.undoLastWrite(report.undo!, undoRow()).then(
        () => undefined,
        (e: unknown) => e,
      );
      excel.failures = [];
      if (error !== undefined) {
        failed++;
        expect(error).toMatchObject({ template: workbookMessages.undoFailed });
        expect((error as Error).message).toContain("injected failure at sync 4");
        await host.undoLastWrite(report.undo!, undoRow());
      }
      // Failed after the whole batch ran (the answer lost): done the first time.
      expect(excel.state()).toBe(undone);
    }
    expect(failed).toBe(3);
  });
});
