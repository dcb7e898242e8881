import { createHash } from "crypto";
import fc from "fast-check";
import { SalesPlanError } from "../../src/kernel/errors";
import { serialOf as serialFromYmd, ymdOf as serialToYmd } from "../../src/kernel/calendar";
import { columnLetters, columnIndex, parseRangeAddress } from "../../src/workbook/cells";
import { planBlocks, rowBytes, utf8Length } from "../../src/workbook/chunks";
import { parseDateText, parseMonthText } from "../../src/workbook/dates";
import { sha256Hex, hashInputs } from "../../src/workbook/hash";
import { auditRow } from "../../src/workbook/audit";
import { newSheetPosition, prepareOutput, payoutColumns, targetColumns } from "../../src/workbook/outputs";
import { planTableWrite, type ExistingTable } from "../../src/workbook/ownership";

describe("cells", () => {
  it("names columns like Excel", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (n) => columnIndex(columnLetters(n)) === n));
  });
  it("parses ranges with sheet names", () => {
    expect(parseRangeAddress("Sales Targets!$B$2:D9")).toEqual({ row: 1, column: 1, rows: 8, columns: 3 });
  });
  it("uses Excel's 1900 date serials", () => {
    expect(serialFromYmd(2026, 3, 1)).toBe(46082);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(serialToYmd(46082.75)).toEqual({ year: 2026, month: 3, day: 1 });
  });
});

describe("dates as text", () => {
  it.each([
    ["2026-03-01", { year: 2026, month: 3, day: 1 }],
    ["2026/3/1", { year: 2026, month: 3, day: 1 }],
    ["2026年3月1日", { year: 2026, month: 3, day: 1 }],
    ["２０２６年３月１日", { year: 2026, month: 3, day: 1 }],
    ["2026-03-01T00:00:00Z", { year: 2026, month: 3, day: 1 }],
  ])("reads %s", (text, ymd) => expect(parseDateText(text)).toEqual(ymd));
  it.each(["3/1/2026", "2026-02-30", "2026-13-01", "March 2026", "2026", ""])("rejects %s", (text) =>
    expect(parseDateText(text)).toBeUndefined(),
  );
  it.each([
    ["2026-03", 3],
    ["2026/3", 3],
    ["2026年3月", 3],
    ["2026年12月", 12],
    ["2026/3/15", 3],
  ])("reads month %s", (text, month) => expect(parseMonthText(text)).toEqual({ year: 2026, month, day: 1 }));
  it.each(["2026-13", "03-2026", "2026年", "Q1 2026"])("rejects month %s", (text) =>
    expect(parseMonthText(text)).toBeUndefined(),
  );
});

describe("sha256", () => {
  it("matches Node's crypto, including Chinese text and block edges", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
      }),
    );
    for (const n of [0, 55, 56, 63, 64, 65, 119, 120]) {
      const text = "区".repeat(n);
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });
  it("hashes inputs independent of table order but not of values", () => {
    const a = { name: "Reps", columns: ["RepID"], rows: [["R1"]] };
    const b = { name: "Regions", columns: ["Region"], rows: [["East"]] };
    expect(hashInputs([a, b])).toBe(hashInputs([b, a]));
    expect(hashInputs([a, b])).not.toBe(hashInputs([{ ...a, rows: [["R2"]] }, b]));
  });
});

describe("block sizing", () => {
  it("counts UTF-8 bytes", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("区域")).toBe(6);
    expect(utf8Length("😀")).toBe(4);
    expect(rowBytes(["区", 1])).toBe(Buffer.byteLength(JSON.stringify(["区", 1])) + 1);
  });
  it("keeps every block within the budget and covers every row once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 300 }),
        fc.integer({ min: 600, max: 5000 }),
        (sizes, budget) => {
          const blocks = planBlocks(sizes, budget);
          let next = 0;
          for (const b of blocks) {
            expect(b.start).toBe(next);
            expect(b.bytes).toBeLessThanOrEqual(budget);
            next += b.count;
          }
          expect(next).toBe(sizes.length);
        },
      ),
    );
  });
});

describe("prepareOutput", () => {
  it("rounds money per row and totals the rounded rows to the cent", () => {
    const rows = [0.125, 0.125, 0.125].map((p, i) => ({ RepID: `R${i}`, Payout: p, NetPayout: p }));
    const out = prepareOutput({ name: "SalesPayouts", columns: payoutColumns, rows });
    const net = out.headers.indexOf("NetPayout");
    expect(out.rows.map((r) => r[net])).toEqual([0.13, 0.13, 0.13]);
    expect(out.totals?.[net]).toBe(0.39);
    expect(out.totals?.[0]).toBe("Total");
  });
  it("totals many cents exactly", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ RepID: `R${i}`, Target: 0.1 }));
    const out = prepareOutput({ name: "SalesTargets", columns: targetColumns, rows });
    expect(out.totals?.[5]).toBe(100);
  });
  it("keeps formula-like text as text and refuses error-looking text, NaN and missing required values", () => {
    const ok = prepareOutput({
      name: "SalesTargets",
      columns: targetColumns,
      rows: [{ RepID: "=1+1", Name: "-x", Target: 1 }],
    });
    expect(ok.rows[0].slice(0, 2)).toEqual(["=1+1", "-x"]);
    expect(ok.columns[0].numberFormat).toBe("@");
    const bad = (row: Record<string, unknown>) => () =>
      prepareOutput({ name: "SalesTargets", columns: targetColumns, rows: [row as never] });
    expect(bad({ RepID: "#N/A", Target: 1 })).toThrow(SalesPlanError);
    expect(bad({ RepID: "R1", Target: NaN })).toThrow(/SalesTargets.Target row 1 holds NaN/);
    expect(bad({ RepID: "R1", Target: "12" })).toThrow(SalesPlanError);
    expect(bad({ RepID: "R1" })).toThrow(/no value for required column Target/);
  });
  it("builds an audit row from what was written", () => {
    const targets = prepareOutput({
      name: "SalesTargets",
      columns: targetColumns,
      rows: [{ RepID: "R1", Target: 10.5 }],
    });
    const row = auditRow(
      {
        time: new Date(Date.UTC(2026, 2, 1)),
        action: "targets",
        plan: "FY26",
        version: "1",
        inputRows: { Reps: 1 },
        inputHash: "ab",
      },
      [targets],
    );
    expect(row).toMatchObject({
      Action: "targets",
      InputRows: "Reps=1",
      OutputRows: "SalesTargets=1",
      Totals: "SalesTargets.Target=10.50",
    });
  });
});

describe("newSheetPosition", () => {
  it("puts output sheets in the promised order and leaves other sheets where they are", () => {
    expect(newSheetPosition(["Reps", "SalesTargets", "SalesAudit"], "SalesPayouts")).toBe(2);
    expect(newSheetPosition(["Reps", "SalesAudit", "Notes"], "SalesTargets")).toBe(1);
    expect(newSheetPosition(["Reps", "SalesTargets"], "SalesAudit")).toBe(2);
    expect(newSheetPosition(["SalesAudit"], "Reps")).toBe(1);
  });
});

describe("planTableWrite: ownership by identity", () => {
  const output = prepareOutput({ name: "SalesTargets", columns: targetColumns, rows: [] });
  const record = {
    table: "SalesTargets",
    sheet: "SalesTargets",
    columns: "RepID|Name|Region|Product|Period|Target",
    created: "2026-01-01T00:00:00.000Z",
    updated: "2026-01-01T00:00:00.000Z",
  };
  const registry = new Map([["salestargets", record]]);
  const table = (sheet: string, headers: string[]): ExistingTable => ({
    name: "SalesTargets",
    sheet,
    headers,
    top: 0,
    left: 0,
    rows: 1,
    columns: headers.length,
    hasTotals: false,
  });
  const plan = (existing: ExistingTable, reg = registry) =>
    planTableWrite(output, existing, true, reg, undefined).kind;

  it("replaces a table whose record matches: same name, sheet and columns", () => {
    expect(plan(table("salestargets", record.columns.split("|")))).toBe("replace");
    // a recorded scorecard whose KPI columns change from run to run: the record is of the last run
    const older = table("SalesTargets", ["RepID", "Name", "Region", "Period", "Target"]);
    expect(plan(older, new Map([["salestargets", { ...record, columns: older.headers.join("|") }]]))).toBe(
      "replace",
    );
  });
  it("replaces a table carrying exactly the columns SalesPlan writes, wherever it is", () => {
    expect(plan(table("Budget", [...output.headers]), new Map())).toBe("replace");
  });
  it("stops at a recorded name on another sheet or with other columns, naming table and sheet", () => {
    expect(() => plan(table("Mine", ["Mine", "Notes"]))).toThrow(
      "Table 'SalesTargets' on sheet 'Mine' was not created by SalesPlan (its columns are Mine, Notes)",
    );
    expect(() => plan(table("SalesTargets", ["Mine", "Notes"]))).toThrow(/on sheet 'SalesTargets'/);
    expect(() => plan(table("Mine", [...record.columns.split("|"), "Extra"]))).toThrow(SalesPlanError);
  });
});
