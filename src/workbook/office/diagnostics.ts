/**
 * Diagnostics: a self-test in the user's own Excel, through the same code the wizards use. It
 * adds a scratch sheet and a small table, writes text beginning with "=", numbers with formats,
 * resizes the table and adds totals, interrupts a staged write to see the restore put the table
 * back, undoes a write kept for undo (undo.ts) to see the table back again, saves and reads back a setting and makes a sheet very hidden; then removes all of it,
 * and reports each step with pass or the error, beside the host, version and API sets.
 */
import { SalesPlanError } from "../../kernel/errors";
import type { Locale } from "../../kernel/messages";
import { dateToSerial } from "../../kernel/calendar";
import { diagnosticsMessages, workbookMessages } from "../messages";
import { REGISTRY_SHEET } from "../ownership";
import type { OutputColumn, OutputTable } from "../outputs";
import type { ExcelRunner } from "./context";
import { inspectWorkbook, STAGING_SHEET, UNDO_SHEET } from "./inspect";
import { readOfficeSetting, writeOfficeSetting } from "./settings";
import { fingerprintTables, undoOfficeWrite } from "./undo";
import { deleteVeryHidden, writeOfficeTables, writeRegistry } from "./write";

export const SCRATCH_SHEET = "SalesPlanDiagnostics";
/** The test table and its sheet, created and replaced by the write path. */
export const DIAGNOSTICS_TABLE = "SalesPlanDiagnosticsTable";
export const DIAGNOSTICS_SETTING = "SalesPlan.diagnostics";

export const DIAGNOSTICS_STEPS = [
  "sheet",
  "text",
  "formats",
  "table",
  "restore",
  "undo",
  "setting",
  "veryHidden",
  "cleanup",
] as const;
export type DiagnosticsStepId = (typeof DIAGNOSTICS_STEPS)[number];

export interface DiagnosticsStep {
  readonly id: DiagnosticsStepId;
  /** "skipped": a step it depends on failed first. */
  readonly status: "pass" | "fail" | "skipped";
  readonly error?: Readonly<Record<Locale, string>>;
}

export interface RequirementSetSupport {
  readonly name: string;
  readonly version: string;
  readonly supported: boolean;
}

/** Where it ran, as Office reports it (Office.context.diagnostics and requirements). */
export interface DiagnosticsEnvironment {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  /** The highest ExcelApi version supported; null when none is. */
  readonly excelApi: string | null;
  readonly sets: readonly RequirementSetSupport[];
}

export interface DiagnosticsReport {
  readonly environment: DiagnosticsEnvironment;
  readonly steps: readonly DiagnosticsStep[];
  readonly ok: boolean;
}

/** Text Excel would read as a formula, a sign or a number unless it is kept as text. */
const TEXTS = ["=1+1", "+1", "-1", "@x", "001"];
const SETTING_TEXT = "诊断 ✓ =1+1";

const columns = (totals: boolean): OutputColumn[] => [
  { key: "Label", header: "Label", kind: "text" },
  { key: "Amount", header: "Amount", kind: "money", total: totals },
  { key: "Share", header: "Share", kind: "percent" },
  { key: "Day", header: "Day", kind: "date" },
];

const amount = (i: number): number => 1234.5 + i;

function testTable(rows: number, totals: boolean): OutputTable {
  return {
    name: DIAGNOSTICS_TABLE,
    columns: columns(totals),
    rows: Array.from({ length: rows }, (_, i) => ({
      Label: TEXTS[i % TEXTS.length],
      Amount: amount(i),
      Share: (i + 1) / 8,
      Day: new Date(Date.UTC(2026, 0, i + 1)),
    })),
  };
}

/** A check that failed: the message in both languages. */
class StepFailure extends SalesPlanError {}

function check(ok: boolean, template: ConstructorParameters<typeof SalesPlanError>[0], params = {}): void {
  if (!ok) throw new StepFailure(template, params);
}

function errorText(error: unknown): Readonly<Record<Locale, string>> {
  if (error instanceof SalesPlanError) return { en: error.format("en"), zh: error.format("zh") };
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : String(error);
  const text = message.startsWith(code) ? message : [code, message].filter((x) => x).join(": ");
  return { en: text, zh: text };
}

const shown = (value: unknown): string => (typeof value === "string" ? `'${value}'` : String(value));

interface Body {
  readonly values: unknown[][];
  readonly formats: unknown[][];
}

function readBody(run: ExcelRunner): Promise<Body> {
  return run(async (context) => {
    const range = context.workbook.tables
      .getItem(DIAGNOSTICS_TABLE)
      .getDataBodyRange()
      .load("values,numberFormat");
    await context.sync();
    return { values: range.values, formats: range.numberFormat };
  });
}

interface TableState {
  readonly address: string;
  readonly values: unknown[][];
  readonly totals: boolean;
}

function readTable(run: ExcelRunner): Promise<TableState> {
  return run(async (context) => {
    const table = context.workbook.tables.getItem(DIAGNOSTICS_TABLE).load("showTotals");
    const range = table.getRange().load("address,values");
    const staging = context.workbook.worksheets.getItemOrNullObject(STAGING_SHEET).load("name");
    const undo = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load("name");
    await context.sync();
    check(staging.isNullObject, diagnosticsMessages.leftBehind, { names: STAGING_SHEET });
    check(undo.isNullObject, diagnosticsMessages.leftBehind, { names: UNDO_SHEET });
    return { address: range.address, values: range.values, totals: table.showTotals };
  });
}

/**
 * Run every step in the workbook behind `run`, then remove what it added. Never throws: each
 * problem is in its step. `onStep` hears each step as it starts (the pane shows it).
 */
export async function runDiagnostics(
  run: ExcelRunner,
  environment: DiagnosticsEnvironment,
  now = new Date(),
  onStep?: (id: DiagnosticsStepId) => void,
): Promise<DiagnosticsReport> {
  const steps: DiagnosticsStep[] = [];
  const failed = new Set<DiagnosticsStepId>();
  let registryExisted = true;
  let claimed = false;

  const step = async (
    id: DiagnosticsStepId,
    needs: readonly DiagnosticsStepId[],
    body: () => Promise<void>,
  ): Promise<void> => {
    if (needs.some((n) => failed.has(n) || !steps.some((s) => s.id === n))) {
      steps.push({ id, status: "skipped" });
      failed.add(id);
      return;
    }
    onStep?.(id);
    try {
      await body();
      steps.push({ id, status: "pass" });
    } catch (error) {
      failed.add(id);
      steps.push({ id, status: "fail", error: errorText(error) });
    }
  };

  await step("sheet", [], () =>
    run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const names = [...sheets.items, ...tables.items].map((x) => x.name.toLowerCase());
      for (const name of [SCRATCH_SHEET, DIAGNOSTICS_TABLE])
        check(!names.includes(name.toLowerCase()), diagnosticsMessages.nameTaken, { name });
      registryExisted = names.includes(REGISTRY_SHEET.toLowerCase());
      // From here on the names are ours to remove, whatever fails.
      claimed = true;
      context.workbook.worksheets.add(SCRATCH_SHEET);
      await context.sync();
    }),
  );

  // The first write creates the table through the staging sheet and the commit.
  await step("text", ["sheet"], async () => {
    await run((context) => writeOfficeTables(context, [testTable(3, false)], now));
    const { values } = await readBody(run);
    values.forEach((row, i) =>
      check(row[0] === TEXTS[i], diagnosticsMessages.textChanged, {
        expected: TEXTS[i],
        found: shown(row[0]),
      }),
    );
  });

  await step("formats", ["text"], async () => {
    const { values, formats } = await readBody(run);
    const expected = testTable(3, false).rows[0];
    const wanted: [string, number, string][] = [
      ["Amount", expected.Amount as number, "#,##0.00"],
      ["Share", expected.Share as number, "0.0%"],
      ["Day", dateToSerial(expected.Day as Date), "yyyy-mm-dd"],
    ];
    wanted.forEach(([column, value, format], j) => {
      const found = values[0]?.[j + 1];
      const foundFormat = formats[0]?.[j + 1];
      check(found === value && foundFormat === format, diagnosticsMessages.numberChanged, {
        column,
        expected: value,
        format,
        found: shown(found),
        foundFormat: shown(foundFormat),
      });
    });
  });

  // The second write replaces it: Table.resize to more rows, then a totals row.
  await step("table", ["text"], async () => {
    const rows = 6;
    await run((context) => writeOfficeTables(context, [testTable(rows, true)], now));
    const state = await readTable(run);
    const data = state.values.length - 1 - (state.totals ? 1 : 0);
    const total = state.totals ? state.values[state.values.length - 1][1] : "";
    const expectedTotal = Array.from({ length: rows }, (_, i) => amount(i)).reduce((a, b) => a + b, 0);
    check(data === rows && total === expectedTotal, diagnosticsMessages.tableShape, {
      rows: data,
      total: shown(total),
      expectedRows: rows,
      expectedTotal,
    });
  });

  // A write whose commit Excel refuses part-way: the restore must put the table back as it was.
  await step("restore", ["table"], async () => {
    const before = await readTable(run);
    const outcome = await run((context) =>
      writeOfficeTables(context, [testTable(9, true)], now, { interruptCommit: true }),
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    const restored =
      outcome instanceof SalesPlanError &&
      outcome.template === workbookMessages.writeFailedRestored &&
      String(outcome.params.reason).includes("ItemNotFound");
    check(restored, diagnosticsMessages.notInterrupted, { found: outcome ? errorText(outcome).en : "none" });
    const after = await readTable(run);
    const same = JSON.stringify(after) === JSON.stringify(before);
    check(same, diagnosticsMessages.notRestored, {
      detail: `${before.address} -> ${after.address}`,
    });
  });

  // A write kept for its undo (as the pane's), then undone: the table must be back as it was.
  await step("undo", ["table"], async () => {
    const before = await readTable(run);
    await run(async (context) => {
      const { tables, kept } = await writeOfficeTables(context, [testTable(9, true)], now, {
        keepUndo: true,
      });
      if (!kept) throw new StepFailure(diagnosticsMessages.notUndone, { detail: UNDO_SHEET });
      const fingerprint = await fingerprintTables(
        context,
        tables.map((t) => t.name),
      );
      await undoOfficeWrite(context, { kept, fingerprint }, undefined);
    });
    const after = await readTable(run);
    check(JSON.stringify(after) === JSON.stringify(before), diagnosticsMessages.notUndone, {
      detail: `${before.address} -> ${after.address}`,
    });
  });

  await step("setting", ["sheet"], async () => {
    await writeOfficeSetting(run, DIAGNOSTICS_SETTING, SETTING_TEXT);
    const back = await readOfficeSetting(run, DIAGNOSTICS_SETTING);
    check(back === SETTING_TEXT, diagnosticsMessages.settingChanged, {
      found: shown(back),
      expected: shown(SETTING_TEXT),
    });
    await writeOfficeSetting(run, DIAGNOSTICS_SETTING, null);
    const gone = await readOfficeSetting(run, DIAGNOSTICS_SETTING);
    check(gone === null, diagnosticsMessages.settingChanged, { found: shown(gone), expected: "null" });
  });

  await step("veryHidden", ["sheet"], () =>
    run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SCRATCH_SHEET);
      sheet.visibility = "VeryHidden";
      await context.sync();
      sheet.load("visibility");
      await context.sync();
      check(sheet.visibility === "VeryHidden", diagnosticsMessages.notVeryHidden, {
        sheet: SCRATCH_SHEET,
        found: sheet.visibility,
      });
    }),
  );

  onStep?.("cleanup");
  let left: string[] = [];
  let cleanupError: unknown;
  // Two tries: one failed request must not leave the user's workbook holding our sheets.
  for (let attempt = 0; claimed && attempt < 2; attempt++) {
    try {
      left = await run((context) => removeAll(context, registryExisted));
      cleanupError = undefined;
      if (left.length === 0) break;
    } catch (error) {
      cleanupError = error;
    }
  }
  if (cleanupError === undefined && left.length === 0) steps.push({ id: "cleanup", status: "pass" });
  else
    steps.push({
      id: "cleanup",
      status: "fail",
      error: errorText(
        cleanupError ??
          new SalesPlanError(diagnosticsMessages.leftBehind, {
            names: left.join(", "),
          }),
      ),
    });
  return { environment, steps, ok: steps.every((s) => s.status === "pass") };
}

/**
 * Remove every sheet, table, registry entry and setting Diagnostics may have added (very hidden
 * sheets are made hidden first: Excel refuses to delete them otherwise). Returns what is still
 * there afterwards, from a fresh look.
 */
async function removeAll(context: Excel.RequestContext, registryExisted: boolean): Promise<string[]> {
  const snapshot = await inspectWorkbook(context, []);
  const has = (name: string): boolean => snapshot.sheets.has(name.toLowerCase());
  const setting = context.workbook.settings.getItemOrNullObject(DIAGNOSTICS_SETTING).load("key");
  await context.sync();
  // The undo sheet too: Diagnostics' own writes have replaced any the pane had kept.
  for (const name of [SCRATCH_SHEET, DIAGNOSTICS_TABLE, STAGING_SHEET, UNDO_SHEET]) {
    if (has(name)) deleteVeryHidden(context.workbook.worksheets.getItem(name));
  }
  if (has(REGISTRY_SHEET) && !registryExisted) {
    deleteVeryHidden(context.workbook.worksheets.getItem(REGISTRY_SHEET));
  } else if (snapshot.registry.has(DIAGNOSTICS_TABLE.toLowerCase())) {
    const others = [...snapshot.registry.values()].filter(
      (e) => e.table.toLowerCase() !== DIAGNOSTICS_TABLE.toLowerCase(),
    );
    // The row our entry used goes whole (its text format too), as if it had never been written.
    const old = snapshot.registryCells;
    context.workbook.worksheets
      .getItem(REGISTRY_SHEET)
      .getRangeByIndexes(0, 0, old.length, Math.max(1, old[0]?.length ?? 1))
      .clear();
    writeRegistry(context, snapshot, others);
  }
  if (!setting.isNullObject) setting.delete();
  await context.sync();

  const after = await inspectWorkbook(context, []);
  const again = context.workbook.settings.getItemOrNullObject(DIAGNOSTICS_SETTING).load("key");
  await context.sync();
  return [
    ...[SCRATCH_SHEET, DIAGNOSTICS_TABLE, STAGING_SHEET, UNDO_SHEET].filter((n) =>
      after.sheets.has(n.toLowerCase()),
    ),
    ...(after.tableNames.some((t) => t.name.toLowerCase() === DIAGNOSTICS_TABLE.toLowerCase())
      ? [DIAGNOSTICS_TABLE]
      : []),
    ...(after.registry.has(DIAGNOSTICS_TABLE.toLowerCase())
      ? [`${REGISTRY_SHEET}!${DIAGNOSTICS_TABLE}`]
      : []),
    ...(!registryExisted && after.sheets.has(REGISTRY_SHEET.toLowerCase()) ? [REGISTRY_SHEET] : []),
    ...(again.isNullObject ? [] : [DIAGNOSTICS_SETTING]),
  ];
}
