/**
 * Matching a table's header row to the columns a spec expects: by alias, case-, width- and
 * space-insensitively, or by an explicit mapping. Missing and ambiguous columns are problems,
 * never silent guesses.
 */
import { SalesPlanError } from "../kernel/errors";
import { cellAddress, isBlankCell } from "./cells";
import type { InputColumnSpec, InputKind, InputTableSpec } from "./inputs";
import { workbookMessages } from "./messages";
import type { RawCell, RawTable, WorkbookProblem } from "./types";

/** Column key -> header text (as in the table) or the column's position in the table from 0. */
export type ColumnMapping = Readonly<Record<string, string | number>>;

export interface ResolvedColumn {
  readonly key: string;
  readonly header: string;
  /** Position within the table, from 0. */
  readonly index: number;
  readonly spec: InputColumnSpec;
}

/** "Rep ID", "rep_id" and "ＲｅｐＩＤ" all become "repid". */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-\u3000]+/g, "");
}

export function headerText(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.error;
  return String(cell).trim();
}

export interface HeaderMatch {
  readonly columns: readonly ResolvedColumn[];
  readonly problems: readonly WorkbookProblem[];
}

export function matchHeaders(raw: RawTable, spec: InputTableSpec, mapping: ColumnMapping = {}): HeaderMatch {
  const headers = raw.headers.map(headerText);
  const normalised = headers.map(normaliseHeader);
  const problems: WorkbookProblem[] = [];
  const columns: ResolvedColumn[] = [];
  const used = new Set<number>();
  const where = { sheet: raw.sheet, table: raw.table ?? raw.sheet };
  const tableName = spec.name;
  const present = headers.filter((h) => h !== "").join(", ") || "-";
  const headerCell = (i: number): string => cellAddress(raw.headerRow, raw.firstColumn + i);

  const known = new Set([...spec.columns, ...(spec.extra?.known ?? [])].map((c) => c.key));
  for (const key of Object.keys(mapping)) {
    if (!known.has(key)) {
      problems.push({
        ...where,
        error: new SalesPlanError(workbookMessages.mappingUnknownColumn, {
          table: tableName,
          column: key,
          known: [...known].join(", "),
        }),
      });
    }
  }

  const resolve = (column: InputColumnSpec): void => {
    const mapped = mapping[column.key];
    if (mapped !== undefined) {
      const index =
        typeof mapped === "number"
          ? mapped >= 0 && mapped < headers.length
            ? mapped
            : -1
          : normalised.indexOf(normaliseHeader(mapped));
      if (index < 0) {
        problems.push({
          ...where,
          error: new SalesPlanError(workbookMessages.mappingUnknownHeader, {
            table: tableName,
            column: column.key,
            header: String(mapped),
          }),
        });
        return;
      }
      used.add(index);
      columns.push({ key: column.key, header: headers[index], index, spec: column });
      return;
    }
    const aliases = new Set(column.aliases.map(normaliseHeader));
    const candidates = normalised.flatMap((h, i) => (aliases.has(h) && !used.has(i) ? [i] : []));
    if (candidates.length === 1) {
      used.add(candidates[0]);
      columns.push({ key: column.key, header: headers[candidates[0]], index: candidates[0], spec: column });
    } else if (candidates.length > 1) {
      candidates.forEach((i) => used.add(i));
      problems.push({
        ...where,
        row: raw.headerRow + 1,
        header: column.key,
        error: new SalesPlanError(workbookMessages.columnAmbiguous, {
          table: tableName,
          column: column.key,
          headers: candidates.map((i) => `'${headers[i]}' (${headerCell(i)})`).join(", "),
        }),
      });
    } else if (column.required) {
      problems.push({
        ...where,
        row: raw.headerRow + 1,
        header: column.key,
        error: new SalesPlanError(workbookMessages.columnMissing, {
          table: tableName,
          column: column.key,
          aliases: column.aliases.join(", "),
          present,
        }),
      });
    }
  };

  // Explicitly mapped columns first, so their headers are not claimed by another column's aliases.
  const ordered = [...spec.columns].sort(
    (a, b) => Number(mapping[b.key] !== undefined) - Number(mapping[a.key] !== undefined),
  );
  ordered.forEach(resolve);

  if (spec.extra) {
    const extra = spec.extra;
    extra.known.filter((k) => mapping[k.key] !== undefined).forEach(resolve);
    const seen = new Map<string, number[]>();
    headers.forEach((header, i) => {
      if (used.has(i) || isBlankCell(raw.headers[i])) return;
      const knownSpec = extra.known.find((k) => k.aliases.some((a) => normaliseHeader(a) === normalised[i]));
      const spec: InputColumnSpec = knownSpec ?? {
        key: header,
        aliases: [header],
        kind: extra.kind,
        required: false,
      };
      const list = seen.get(spec.key) ?? [];
      list.push(i);
      seen.set(spec.key, list);
      if (list.length === 1) columns.push({ key: spec.key, header, index: i, spec });
    });
    for (const [key, list] of seen) {
      if (list.length < 2) continue;
      const at = columns.findIndex((c) => c.key === key);
      if (at >= 0) columns.splice(at, 1);
      problems.push({
        ...where,
        row: raw.headerRow + 1,
        header: key,
        error: new SalesPlanError(workbookMessages.duplicateHeader, {
          table: tableName,
          header: key,
          cells: list.map(headerCell).join(", "),
        }),
      });
    }
  }

  columns.sort((a, b) => a.index - b.index);
  return { columns, problems };
}

export type { InputKind };
