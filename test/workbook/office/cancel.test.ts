/**
 * Progress and Cancel in the Office.js write: a block count that matches the syncs, and a cancel at
 * any point before the commit takes the failure path, so the previous tables stay whole.
 */
import { SalesPlanError } from "../../../src/kernel/errors";
import { isCancelled, type WriteProgress } from "../../../src/workbook/cancel";
import { workbookMessages } from "../../../src/workbook/messages";
import { OfficeWorkbookHost } from "../../../src/workbook/office/host";
import { auditColumns, targetColumns, type OutputTable } from "../../../src/workbook/outputs";
import { XlsxWorkbookHost } from "../../../src/workbook/xlsx/host";
import { FakeExcel } from "../../support/fake-excel";

const NOW = new Date(Date.UTC(2026, 2, 31, 9));

const targets = (n: number, value: number): OutputTable => ({
  name: "SalesTargets",
  columns: targetColumns,
  rows: Array.from({ length: n }, (_, i) => ({
    RepID: `R${i + 1}`,
    Name: `Rep ${i + 1}`,
    Region: "East",
    Product: "Widgets",
    Period: "2026-03",
    Target: value + i,
  })),
});

const audit = (action: string): OutputTable => ({
  name: "SalesAudit",
  columns: auditColumns,
  mode: "append",
  rows: [{ Time: NOW, Action: action, Plan: "FY26", Version: "1", InputHash: "ab".repeat(32) }],
});

async function earlier(): Promise<{ excel: FakeExcel; before: string; values: string }> {
  const excel = new FakeExcel();
  await new OfficeWorkbookHost({ run: excel.run }).writeTables([targets(3, 1), audit("first")], NOW);
  excel.syncs = 0;
  return { excel, before: excel.state(), values: excel.state({ formats: false }) };
}

// Small blocks: the rerun takes many staging syncs, each a point to cancel at.
const rerun = (): OutputTable[] => [targets(100, 100), audit("second")];

describe("Office.js write with progress and cancel", () => {
  it("reports each staged block, then the commit, and counts the blocks it sends", async () => {
    const { excel } = await earlier();
    const seen: WriteProgress[] = [];
    const host = new OfficeWorkbookHost({ run: excel.run, blockBytes: 1000 });
    await host.writeTables(rerun(), NOW, { onProgress: (p) => seen.push(p) });
    const writes = seen.filter((p) => p.stage === "write");
    expect(writes.length).toBeGreaterThan(4);
    // one report before each staging sync, numbered in order, with the whole count known from the start
    expect(writes.map((p) => p.done)).toEqual(writes.map((_, i) => i));
    expect(new Set(writes.map((p) => p.total))).toEqual(new Set([writes.length]));
    // inspect (2 syncs) + one per block + the commit
    expect(excel.syncs).toBe(2 + writes.length + 1);
    expect(seen.slice(-2)).toEqual([
      { stage: "commit", done: 0, total: 1 },
      { stage: "commit", done: 1, total: 1 },
    ]);
    expect(excel.read("SalesTargets", 100, 5, 1, 1)).toEqual([[199]]);
  });

  it("leaves the previous tables whole when cancelled at any point before the commit", async () => {
    const probe = await earlier();
    let points = 0;
    await new OfficeWorkbookHost({ run: probe.excel.run, blockBytes: 1000 }).writeTables(rerun(), NOW, {
      onProgress: () => points++,
    });
    expect(points).toBeGreaterThan(5);
    // every report but the last (the commit is done) is a point to cancel at
    for (let at = 0; at < points - 1; at++) {
      const { excel, before } = await earlier();
      const abort = new AbortController();
      let reports = 0;
      const host = new OfficeWorkbookHost({ run: excel.run, blockBytes: 1000 });
      const error = await host
        .writeTables(rerun(), NOW, {
          signal: abort.signal,
          onProgress: () => {
            if (reports++ === at) abort.abort();
          },
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(SalesPlanError);
      expect(isCancelled(error)).toBe(true);
      expect((error as SalesPlanError).message).toBe("Cancelled: nothing in the workbook was changed");
      expect(excel.state()).toBe(before);
      expect(excel.workbook.sheet("SalesPlanStaging")).toBeUndefined();
    }
  });

  it("does not start when cancelled before it begins, and a cancel after the commit changes nothing", async () => {
    const { excel, before } = await earlier();
    const host = new OfficeWorkbookHost({ run: excel.run });
    const abort = new AbortController();
    abort.abort();
    await expect(host.writeTables(rerun(), NOW, { signal: abort.signal })).rejects.toMatchObject({
      template: workbookMessages.cancelled,
    });
    expect(excel.syncs).toBe(0);
    expect(excel.state()).toBe(before);

    // The commit has begun: a click on Cancel now is too late and the write completes.
    const late = new AbortController();
    await host.writeTables(rerun(), NOW, {
      signal: late.signal,
      onProgress: (p) => {
        if (p.stage === "commit" && p.done === 1) late.abort();
      },
    });
    expect(excel.read("SalesTargets", 100, 5, 1, 1)).toEqual([[199]]);
  });

  it("keeps a failure a failure when the run was not cancelled", async () => {
    const { excel, values } = await earlier();
    excel.failures = [{ sync: 4 }];
    const host = new OfficeWorkbookHost({ run: excel.run, blockBytes: 1000 });
    const error = await host.writeTables(rerun(), NOW, { signal: new AbortController().signal }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isCancelled(error)).toBe(false);
    expect((error as SalesPlanError).template).toBe(workbookMessages.writeFailedRestored);
    expect(excel.state({ formats: false })).toBe(values);
  });
});

describe(".xlsx write with progress and cancel", () => {
  it("reports the commit and honours a cancel before it", async () => {
    const host = XlsxWorkbookHost.create();
    await host.writeTables([targets(3, 1)], NOW);
    const abort = new AbortController();
    await expect(
      host.writeTables([targets(5, 7)], NOW, {
        signal: abort.signal,
        onProgress: () => abort.abort(),
      }),
    ).rejects.toMatchObject({ template: workbookMessages.cancelled });
    const cell = (row: number) => host.workbook.getWorksheet("SalesTargets")!.getCell(row, 6).value;
    expect([cell(2), cell(4)]).toEqual([1, 3]);
    const seen: string[] = [];
    await host.writeTables([targets(5, 7)], NOW, {
      onProgress: (p) => seen.push(`${p.stage} ${p.done}/${p.total}`),
    });
    expect(seen).toEqual(["commit 0/1", "commit 1/1"]);
    expect([cell(2), cell(6)]).toEqual([7, 11]);
  });
});
