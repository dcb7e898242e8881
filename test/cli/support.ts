/** Running the command line in-process and reading its .xlsx back, for the CLI tests. */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { entryBuffer, readZip } from "../../src/workbook/xlsx/zip";
import { defaultDemoOptions, generateCompany, type DemoCompany } from "../../src/cli/demo/company";
import { companyTables } from "../../src/cli/demo/tables";
import { main, type CliIO } from "../../src/cli/main";
import type { OutputTable } from "../../src/workbook/outputs";

export interface Ran {
  code: number;
  out: string;
  err: string;
}

/** Run `salesplan` with its output captured, in `cwd`, at a fixed time. */
export async function cli(cwd: string, now: Date, ...argv: string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (t) => void out.push(t) },
    stderr: { write: (t) => void err.push(t) },
    env: {},
    cwd,
    now: () => now,
  };
  const code = await main(argv, io);
  return { code, out: out.join(""), err: err.join("") };
}

export interface Table {
  sheet: string;
  ref: string;
  headers: string[];
  rows: unknown[][];
  totals: unknown[] | undefined;
}

/** Every Excel table in a file, by name: headers, data rows and totals row (formula results). */
export async function tables(file: string): Promise<Map<string, Table>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, Table>();
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as {
      table: { name: string; tableRef: string; totalsRow?: boolean };
    }[]) {
      const [start, end] = t.table.tableRef.split(":");
      const top = Number(/\d+/.exec(start)![0]);
      const bottom = Number(/\d+/.exec(end)![0]);
      const width = ws.getRow(top).cellCount;
      const row = (r: number) =>
        Array.from({ length: width }, (_, c) => {
          const v = ws.getCell(r, c + 1).value;
          return v !== null && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v;
        });
      const all = Array.from({ length: bottom - top + 1 }, (_, i) => row(top + i));
      out.set(t.table.name, {
        sheet: ws.name,
        ref: t.table.tableRef,
        headers: all[0] as string[],
        rows: all.slice(1, t.table.totalsRow ? -1 : undefined),
        totals: t.table.totalsRow ? all[all.length - 1] : undefined,
      });
    }
  }
  return out;
}

/** Parse one CSV line (quotes doubled inside quoted fields). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** A small demo company's input tables whose Reps give every other rep Chinese (en, zh-CN, en...). */
export function companyInLanguages(reps: number): { company: DemoCompany; inputs: OutputTable[] } {
  const company = generateCompany({ ...defaultDemoOptions, asOfMonth: 3, reps });
  const inputs = companyTables(company).map((t) =>
    t.name === "Reps"
      ? {
          ...t,
          columns: [...t.columns, { key: "Language", header: "Language", kind: "text" as const }],
          rows: t.rows.map((r, i) => ({ ...r, Language: i % 2 === 0 ? "en" : "zh-CN" })),
        }
      : t,
  );
  return { company, inputs };
}

/**
 * Other reps named anywhere in a one-rep file: every XML part (sheets, shared strings, hidden sheets,
 * document properties) searched for each other rep's whole ID (R001 must not match inside R0010)
 * and name. Empty when the file holds only `own`'s.
 */
export async function otherRepsIn(
  file: string,
  own: string,
  reps: readonly { readonly RepID: string; readonly Name: string }[],
): Promise<string[]> {
  const data = await fs.readFile(file);
  const parts = readZip(data);
  const xml = parts.map((p) => entryBuffer(data, p).toString("utf8")).join("\n");
  const mine = reps.find((r) => r.RepID === own);
  const found: string[] = [];
  for (const r of reps) {
    if (r.RepID === own) continue;
    if (new RegExp(`(^|[^\\w])${r.RepID}([^\\w]|$)`).test(xml)) found.push(r.RepID);
    if (r.Name !== mine?.Name && xml.includes(r.Name)) found.push(r.Name);
  }
  return found;
}
