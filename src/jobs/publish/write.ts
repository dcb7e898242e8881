/** Publish: the audit row, and values-only copies for finance, in one all-or-nothing write. */
import { SalesPlanError } from "../../kernel/errors";
import type { Locale } from "../../kernel/messages";
import {
  prepareOutput,
  type OutputColumn,
  type OutputRow,
  type OutputTable,
  type WriteTable,
} from "../../workbook/outputs";
import type { WorkbookHost } from "../../workbook/host";
import type { ParsedTable } from "../../workbook/parse";
import { requireClean, isNotFound, type Mappings } from "../inputs";
import { auditOf, text, type JobTotal } from "../job";
import { publishMessages } from "../messages";
import { checkRead } from "./check";
import {
  financeName,
  outputColumnsOf,
  PUBLISHED_TABLES,
  readWorkbook,
  writtenColumnsOf,
  type OutputTableName,
} from "./read";
import { PUBLISH_ACTION } from "./summary";

export interface PublishOptions {
  /** Also (re)write Finance_<table> copies of the output tables. */
  readonly financeCopy: boolean;
  /** The language of the audit row's action; default English. */
  readonly language?: Locale;
}

/** An output table as read, as the output it was written as: its columns in sheet order. */
function asOutput(name: OutputTableName, table: ParsedTable): OutputTable {
  // Written columns as they were written: a copy of SalesPayouts keeps its Currency text.
  const known = writtenColumnsOf(name);
  const columns = [...table.columns]
    .sort((a, b) => a.index - b.index)
    .map((c): OutputColumn => {
      const spec = known.find((k) => k.key === c.key) ?? { key: c.key, header: c.header, kind: "score" };
      return { ...spec, header: c.header };
    });
  return { name, columns, rows: table.rows.map((r) => r.values as OutputRow) };
}

export interface PublishWrite {
  /** The Finance_ copies (when asked for), then the SalesAudit row. */
  readonly outputs: readonly WriteTable[];
  /** The payout totals published. */
  readonly totals: readonly JobTotal[];
}

/**
 * What a publish writes: the SalesAudit row (action "publish", the published tables' rows and
 * totals, and a hash of their contents as read) and, on request, a values-only copy of each output
 * table. Refuses when the workbook check finds an error. `now` stamps the audit row.
 */
export async function publishWrite(
  host: WorkbookHost,
  options: PublishOptions,
  mappings: Mappings,
  now: Date,
): Promise<PublishWrite> {
  const read = await readWorkbook(host, mappings);
  const { checks, reconciliation } = await checkRead(host, read);
  const errors = checks.filter((c) => c.severity === "error");
  if (errors.length > 0) {
    const first = errors[0].error;
    throw new SalesPlanError(publishMessages.blocked, {
      count: errors.length,
      first: { en: first.format("en"), zh: first.format("zh") },
    });
  }
  // The tables the check read, all columns: read once, prepared once.
  const published: { name: OutputTableName; table: ParsedTable }[] = [];
  for (const name of PUBLISHED_TABLES) {
    const entry = read.outputs.get(name);
    if (!entry || entry.ownership !== "salesplan" || isNotFound(entry.table)) continue;
    if (entry.table.problems.length > 0) requireClean(entry.table, name);
    published.push({ name, table: entry.table });
  }
  const originals = published.map((p) => asOutput(p.name, p.table));
  const prepared = originals.map(prepareOutput);
  const planRow = published.find((p) => p.name === "SalesPlan")?.table.rows[0];
  const audit = auditOf(
    {
      action: PUBLISH_ACTION,
      plan: planRow ? text(planRow.values.Plan) || undefined : undefined,
      version: planRow ? text(planRow.values.Version) || undefined : undefined,
      outputs: originals,
      totals: [],
      inputs: published.map((p) => p.table),
    },
    prepared,
    now,
    options.language,
  );
  const copies: WriteTable[] = [];
  if (options.financeCopy) {
    for (const name of PUBLISHED_TABLES) {
      const at = originals.findIndex((o) => o.name === name);
      const copy = financeName(name);
      if (name === "SalesAudit") {
        // The audit copy holds this publish's row too: it is what SalesAudit holds after the write.
        const rows = [...(originals[at]?.rows ?? []), ...audit.rows];
        copies.push({ name: copy, columns: originals[at]?.columns ?? outputColumnsOf(name), rows });
      } else if (at >= 0) {
        copies.push({ ...prepared[at], name: copy, sheet: copy });
      } else if (read.ownership.get(copy) === "salesplan") {
        // Tables no longer there still get their copy rewritten (empty), so no stale copy stays.
        copies.push({ name: copy, columns: outputColumnsOf(name), rows: [] });
      }
    }
  }
  const total = reconciliation?.total;
  const totals: JobTotal[] = total
    ? [
        { id: "payoutGross", value: total.gross },
        { id: "payoutAdjustments", value: total.adjustments },
        { id: "payoutNet", value: total.net },
      ]
    : [];
  return { outputs: [...copies, audit], totals };
}
