/**
 * Publish for finance: the payout reconciliation (a property test in exact cents), the formula check,
 * and the publish itself (audit row, values-only copies, all or nothing) over the in-memory Excel.
 */
import fc from "fast-check";
import { toScaledUnits } from "../../src/kernel/money";
import {
  checkWorkbook,
  defaultTargetOptions,
  FINANCE_TABLES,
  reconcilePayouts,
  type PayoutRecord,
  type ReconciliationBy,
} from "../../src/jobs";
import { OUTPUT_TABLES } from "../../src/workbook/outputs";
import type { FakeExcel } from "../support/fake-excel";
import { publishWorkbook, runOutputs } from "./publishFixture";

jest.setTimeout(60000);

const cents = (x: number) => toScaledUnits(x, 2);
/** Money as SalesPayouts holds it: whole cents, positive or negative. */
const money = fc.integer({ min: -5_000_000_00, max: 5_000_000_00 }).map((c) => c / 100);

describe("reconcilePayouts", () => {
  test("by period, by region and by measure each add up to the grand total in exact cents", () => {
    const record = fc.record({
      repId: fc.constantFrom("R01", "R02", "R03", "R04", "R05", "R99", ""),
      period: fc.constantFrom("2026-01", "2026-02", "2026-10", "2026-Q1", ""),
      measure: fc.constantFrom("Revenue", "Collection", "Adjustments", ""),
      payout: money,
      adjustments: money,
      net: money,
    });
    const regions = new Map([
      ["R01", "North"],
      ["R02", "North"],
      ["R03", "South"],
      ["R04", "South"],
      ["R05", "West"],
    ]);
    fc.assert(
      fc.property(fc.array(record, { maxLength: 300 }), (rows: PayoutRecord[]) => {
        const result = reconcilePayouts(rows, regions);
        // The grand total against a plain BigInt sum of the rows.
        const want = (f: (r: PayoutRecord) => number) => rows.reduce((s, r) => s + cents(f(r)), 0n);
        expect(cents(result.total.gross)).toBe(want((r) => r.payout));
        expect(cents(result.total.adjustments)).toBe(want((r) => r.adjustments));
        expect(cents(result.total.net)).toBe(want((r) => r.net));
        expect(result.total.rows).toBe(rows.length);
        expect(result.groups.map((g) => g.by)).toEqual(["period", "region", "measure"]);
        for (const group of result.groups) {
          const sum = (f: (l: (typeof group.lines)[number]) => number) =>
            group.lines.reduce((s, l) => s + cents(f(l)), 0n);
          expect(sum((l) => l.gross)).toBe(cents(result.total.gross));
          expect(sum((l) => l.adjustments)).toBe(cents(result.total.adjustments));
          expect(sum((l) => l.net)).toBe(cents(result.total.net));
          expect(group.lines.reduce((s, l) => s + l.rows, 0)).toBe(rows.length);
          expect(group.matches).toBe(true);
          expect(new Set(group.lines.map((l) => l.key)).size).toBe(group.lines.length);
          // Each line against the rows that carry its key.
          for (const line of group.lines) {
            const mine = rows.filter((r) => keyOf(group.by, r, regions) === line.key);
            expect(cents(line.net)).toBe(mine.reduce((s, r) => s + cents(r.net), 0n));
            expect(line.addsUp).toBe(
              mine.reduce((s, r) => s + cents(r.payout) + cents(r.adjustments), 0n) ===
                mine.reduce((s, r) => s + cents(r.net), 0n),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("periods in time order, a rep not in Reps under the blank region, and a line that does not add up", () => {
    const row = (repId: string, period: string, payout: number, adjustments: number, net: number) => ({
      repId,
      period,
      measure: "Revenue",
      payout,
      adjustments,
      net,
    });
    const result = reconcilePayouts(
      [
        row("R01", "2026-10", 0.1, 0.2, 0.3),
        row("R02", "2026-2", 100, -10, 90),
        row("R09", "2026-2", 5, 0, 6),
      ],
      new Map([
        ["R01", "North"],
        ["R02", "South"],
      ]),
    );
    const [period, region] = result.groups;
    expect(period.lines.map((l) => l.key)).toEqual(["2026-2", "2026-10"]);
    expect(period.lines.map((l) => l.addsUp)).toEqual([false, true]);
    expect(region.lines.map((l) => [l.key, l.net])).toEqual([
      ["North", 0.3],
      ["South", 90],
      ["", 6],
    ]);
    expect(result.total).toMatchObject({ gross: 105.1, adjustments: -9.8, net: 96.3, addsUp: false });
  });
});

function keyOf(by: ReconciliationBy, r: PayoutRecord, regions: ReadonlyMap<string, string>): string {
  return by === "period" ? r.period : by === "measure" ? r.measure : (regions.get(r.repId) ?? "");
}

/** A table's cells as Excel shows them, header to the last data row, and its number formats. */
function tableCells(excel: FakeExcel, name: string): { values: unknown[][]; formats: unknown[] } {
  const table = excel.workbook.table(name);
  if (!table) throw new Error(`no table ${name}`);
  const values = excel.read(table.sheet.name, table.top, table.left, table.height, table.width);
  const formats = Array.from(
    { length: table.width },
    (_, c) => table.sheet.get(table.top + 1, table.left + c)?.format ?? null,
  );
  return { values, formats };
}

/** SalesPayouts as written, summed by period in cents straight from the cells. */
function payoutsByPeriod(excel: FakeExcel): Map<string, bigint> {
  const [header, ...rows] = tableCells(excel, "SalesPayouts").values;
  const period = header.indexOf("Period");
  const net = header.indexOf("NetPayout");
  const out = new Map<string, bigint>();
  for (const r of rows) {
    const key = String(r[period]);
    out.set(key, (out.get(key) ?? 0n) + cents(r[net] as number));
  }
  return out;
}

describe("the workbook check", () => {
  test("reconciles SalesPayouts as written, with the totals the payouts run recorded", async () => {
    const { excel, host, actions } = publishWorkbook();
    await runOutputs(actions);
    const { checks, reconciliation } = await checkWorkbook(host);
    expect(checks.filter((c) => c.severity === "error")).toEqual([]);
    expect(reconciliation).not.toBeNull();
    const byPeriod = reconciliation!.groups[0];
    const expected = payoutsByPeriod(excel);
    expect(byPeriod.lines.map((l) => [l.key, cents(l.net)])).toEqual([...expected.entries()].sort());
    expect(reconciliation!.groups[1].lines.map((l) => l.key)).toEqual(["North", "South"]);
    expect(reconciliation!.groups[2].lines.map((l) => l.key)).toEqual(
      expect.arrayContaining(["Revenue", "Collection"]),
    );
    expect(reconciliation!.recorded).toMatchObject({ action: "payouts", matches: true });
    expect(reconciliation!.total.net).toBeGreaterThan(0);
  });

  test("compares SalesTargets with Regions only when the latest targets run split the Regions table", async () => {
    const regionWarnings = async (host: Parameters<typeof checkWorkbook>[0]) =>
      (await checkWorkbook(host)).checks
        .map((c) => c.error.format("en"))
        .filter((m) => m.startsWith("SalesTargets for region"));
    const { host, actions } = publishWorkbook();
    // Split from the company total: region sums differ from the Regions table, and that is fine.
    await actions.writeTargets(
      { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 },
      { Reps: { LastYearSales: "Sales LY" } },
    );
    expect(await regionWarnings(host)).toEqual([]);
    // Split from Regions, then the table edited by hand: the check says which region is off.
    const edited = publishWorkbook();
    await runOutputs(edited.actions);
    expect(await regionWarnings(edited.host)).toEqual([]);
    const targets = edited.excel.workbook.table("SalesTargets")!;
    const header = edited.excel.read(targets.sheet.name, targets.top, targets.left, 1, targets.width)[0];
    const cell = targets.sheet.cell(targets.top + 1, targets.left + header.indexOf("Target"));
    cell.value = Number(cell.value) + 1;
    expect(await regionWarnings(edited.host)).toEqual([
      expect.stringMatching(/^SalesTargets for region North add up to .*, but Regions says 3,600,000/),
    ]);
  });

  test("names each formula left in an output table, and warns when payouts changed after their run", async () => {
    const { excel, host, actions } = publishWorkbook();
    await runOutputs(actions);
    const payouts = excel.workbook.table("SalesPayouts")!;
    const headers = payouts.headers();
    const net = headers.indexOf("NetPayout");
    // Seven formulas in NetPayout (rows 2-8), and text "=x" written as text is not one.
    for (let r = 1; r <= 7; r++)
      payouts.sheet.cell(payouts.top + r, payouts.left + net).formula = `=SALES.PACE(${r},2,3)`;
    const scorecardLess = await checkWorkbook(host);
    const formula = scorecardLess.checks.find((c) => /formula cell/.test(c.error.message));
    expect(formula?.severity).toBe("error");
    expect(formula?.error.message).toBe(
      "SalesPayouts (sheet SalesPayouts) has 7 formula cell(s): K2 (NetPayout) =SALES.PACE(1,2,3); " +
        "K3 (NetPayout) =SALES.PACE(2,2,3); K4 (NetPayout) =SALES.PACE(3,2,3); K5 (NetPayout) =SALES.PACE(4,2,3); " +
        "K6 (NetPayout) =SALES.PACE(5,2,3) (and 2 more). Finance reads plain values: copy the cells and paste them " +
        "as values, or rerun the wizard that writes SalesPayouts.",
    );
    expect(formula?.error.format("zh")).toMatch(
      /^SalesPayouts（工作表 SalesPayouts）中有 7 个公式单元格：K2 \(NetPayout\)/,
    );

    // Back to values, but one changed by hand: the row and the run's totals no longer agree.
    for (let r = 1; r <= 7; r++) {
      const cell = payouts.sheet.cell(payouts.top + r, payouts.left + net);
      cell.formula = undefined;
      cell.value = 1;
    }
    const edited = await checkWorkbook(host);
    expect(edited.checks.some((c) => /formula/.test(c.error.message))).toBe(false);
    expect(
      edited.checks.some((c) => c.severity === "error" && /SalesPayouts row 2:/.test(c.error.message)),
    ).toBe(true);
    const changed = edited.checks.find((c) => /changed after the payouts run/.test(c.error.message));
    expect(changed?.severity).toBe("warning");
    expect(edited.reconciliation?.recorded?.matches).toBe(false);
    // Only NetPayout was edited: the payout and adjustment totals still agree with the run's.
    expect(edited.reconciliation?.recorded?.agrees).toEqual({ gross: true, adjustments: true, net: false });
    expect(edited.reconciliation?.groups[0].lines.some((l) => !l.addsUp)).toBe(true);
  });
});

describe("publish", () => {
  test("refuses while the check finds an error, and leaves the workbook as it was", async () => {
    const { excel, host, actions } = publishWorkbook();
    await runOutputs(actions);
    const targets = excel.workbook.table("SalesTargets")!;
    targets.sheet.cell(targets.top + 3, targets.left + 5).formula = "=SALES.TARGETSPLIT(1,2)";
    const before = excel.state();
    await expect(actions.publish({ financeCopy: true }, {})).rejects.toThrow(
      /^Not published: the workbook check found 2 error\(s\); the first: SalesTargets \(sheet SalesTargets\) has 1 formula cell\(s\): F4 \(Target\)/,
    );
    expect(excel.state()).toBe(before);
    // The other error: the cell shows #NAME? here, where SALES.* is not loaded.
    const errors = (await checkWorkbook(host)).checks.filter((c) => c.severity === "error");
    expect(errors[1].error.message).toMatch(/SalesTargets!F4 \(Target\).*#NAME\?/);
  });

  test("writes the publish row and values-only copies equal to the originals; a second publish rewrites them", async () => {
    const { excel, host, actions } = publishWorkbook();
    await runOutputs(actions);
    const auditBefore = tableCells(excel, "SalesAudit").values.length;
    const result = await actions.publish({ financeCopy: true }, {});
    expect(result.tables.map((t) => [t.name, t.created])).toEqual([
      ...OUTPUT_TABLES.map((n) => [`Finance_${n}`, true]),
      ["SalesAudit", false],
    ]);
    const audit = tableCells(excel, "SalesAudit").values;
    expect(audit.length).toBe(auditBefore + 1);
    const [header, ...rows] = audit;
    const last = Object.fromEntries(header.map((h, i) => [h, rows[rows.length - 1][i]]));
    expect(last.Action).toBe("publish");
    expect(last.Plan).toBe("Field plan");
    const { reconciliation } = await checkWorkbook(host);
    expect(last.Totals).toContain(`SalesPayouts.NetPayout=${reconciliation!.total.net.toFixed(2)}`);
    expect(last.OutputRows).toMatch(
      /^SalesTargets=72; SalesPayouts=\d+; SalesScorecard=18; SalesPlan=\d+; SalesPlanTiers=\d+$/,
    );
    expect(last.InputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.totals.find((t) => t.id === "payoutNet")?.value).toBe(reconciliation!.total.net);

    for (const name of OUTPUT_TABLES) {
      const original = tableCells(excel, name);
      const copy = tableCells(excel, `Finance_${name}`);
      expect(copy.values).toEqual(original.values);
      expect(copy.formats).toEqual(original.formats);
      expect(excel.workbook.table(`Finance_${name}`)!.sheet.name).toBe(`Finance_${name}`);
    }
    // The copies are SalesPlan's and no input: the summary lists them, the check is clean.
    const check = await checkWorkbook(host);
    // Every table's copy but the ledger's: no period is closed, so there is no SalesLedger.
    expect(check.summary.copies.map((c) => [c.name, c.ownership])).toEqual(
      FINANCE_TABLES.filter((n) => n !== "Finance_SalesLedger").map((n) => [n, "salesplan"]),
    );
    expect(check.checks.filter((c) => c.severity === "error")).toEqual([]);
    const reports = await actions.inspectInputs(["Reps"], {});
    expect(reports[0].available.some((n) => n.startsWith("Finance_"))).toBe(false);

    // A second publish: every copy rewritten, one more audit row.
    await actions.publish({ financeCopy: true }, {});
    expect(tableCells(excel, "Finance_SalesAudit").values).toEqual(tableCells(excel, "SalesAudit").values);
    expect(tableCells(excel, "SalesAudit").values.length).toBe(auditBefore + 2);
  });

  test("in the pane's language: audit actions and Language in Chinese, read back as the same actions", async () => {
    const { excel, host, actions } = publishWorkbook();
    actions.setLanguage?.("zh");
    await runOutputs(actions);
    await actions.publish({ financeCopy: false }, {});
    const [header, ...rows] = tableCells(excel, "SalesAudit").values;
    const cell = (name: string) => rows.map((r) => r[header.indexOf(name)]);
    expect(cell("Action")).toEqual(["目标", "方案", "奖金", "评分卡", "发布"]);
    expect(cell("Language")).toEqual(["zh", "zh", "zh", "zh", "zh"]);
    const { summary, checks } = await checkWorkbook(host);
    expect(summary.audit.map((a) => a.action)).toEqual([
      "publish",
      "scorecards",
      "payouts",
      "plan",
      "targets",
    ]);
    expect(checks.filter((c) => c.severity === "error")).toEqual([]);
    // Switching back: the next row is English, and the trail reads the same.
    actions.setLanguage?.("en");
    await actions.publish({ financeCopy: false }, {});
    expect((await checkWorkbook(host)).summary.audit.map((a) => a.action).slice(0, 2)).toEqual([
      "publish",
      "publish",
    ]);
    const last = tableCells(excel, "SalesAudit").values.slice(-1)[0];
    expect([last[header.indexOf("Action")], last[header.indexOf("Language")]]).toEqual(["publish", "en"]);
  });

  test("without the copy writes only the audit row", async () => {
    const { excel, actions } = publishWorkbook();
    await runOutputs(actions);
    const result = await actions.publish({ financeCopy: false }, {});
    expect(result.tables.map((t) => t.name)).toEqual(["SalesAudit"]);
    expect(excel.workbook.tables.some((t) => t.name.startsWith("Finance_"))).toBe(false);
  });

  test("stops before any change when a Finance_ name is someone else's", async () => {
    const { excel, host, actions } = publishWorkbook();
    await runOutputs(actions);
    excel.addTable("Mine", "Finance_SalesPayouts", 0, 0, [["Who"], ["me"]]);
    const check = await checkWorkbook(host);
    expect(
      check.checks.find((c) =>
        /'Finance_SalesPayouts' exists but SalesPlan did not create it/.test(c.error.message),
      )?.severity,
    ).toBe("warning");
    const before = excel.state();
    await expect(actions.publish({ financeCopy: true }, {})).rejects.toThrow(/Finance_SalesPayouts/);
    expect(excel.state()).toBe(before);
  });
});

test("publish reports the write's progress, and a cancel before the commit changes nothing", async () => {
  const { excel, actions } = publishWorkbook();
  await runOutputs(actions);
  const before = excel.state();
  const abort = new AbortController();
  abort.abort();
  await expect(actions.publish({ financeCopy: true }, {}, { signal: abort.signal })).rejects.toThrow(
    /cancel/i,
  );
  expect(excel.state()).toBe(before);

  const stages: string[] = [];
  await actions.publish({ financeCopy: true }, {}, { onProgress: (p) => stages.push(p.stage) });
  expect(stages).toContain("write");
  expect(stages[stages.length - 1]).toBe("commit");
});
