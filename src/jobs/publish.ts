/**
 * Publish for finance: which output tables exist, their totals, the audit trail, and a check of the
 * workbook that lists every problem a finance reviewer would trip over.
 */
import { SalesPlanError } from "../engine/errors";
import { formatMoney } from "../engine/incentives";
import { excelRound, roundMoney } from "../engine/round";
import type { Ownership, WorkbookHost } from "../workbook/host";
import type { InputColumnSpec, InputKind, InputTableSpec } from "../workbook/inputs";
import { OUTPUT_TABLES, type OutputTableName } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { inputSpecs, isNotFound, resolveInput, type InputName, type Mappings } from "./inputs";
import { num, sumMoney, text } from "./job";
import { checkMessages } from "./messages";
import { UNASSIGNED } from "./targets";

const column = (key: string, kind: InputKind = "text"): InputColumnSpec => ({
  key,
  aliases: [key],
  kind,
  required: false,
});

/** The columns of each output table the summary and the checks read (all optional). */
const summarySpecs: Readonly<Record<OutputTableName, InputTableSpec>> = {
  SalesTargets: {
    name: "SalesTargets",
    columns: [column("RepID"), column("Region"), column("Target", "number")],
  },
  SalesPayouts: {
    name: "SalesPayouts",
    columns: [
      column("RepID"),
      column("Payout", "number"),
      column("Adjustments", "number"),
      column("NetPayout", "number"),
    ],
  },
  SalesScorecard: { name: "SalesScorecard", columns: [column("RepID"), column("Score", "number")] },
  SalesPlan: { name: "SalesPlan", columns: [column("Plan"), column("Version")] },
  SalesPlanTiers: { name: "SalesPlanTiers", columns: [column("Measure")] },
  SalesAudit: {
    name: "SalesAudit",
    columns: [
      column("Time", "number"),
      column("Action"),
      column("Plan"),
      column("Version"),
      column("OutputRows"),
      column("Totals"),
    ],
  },
};

/** Which columns of each table the summary totals. */
const totalColumns: Readonly<Partial<Record<OutputTableName, readonly string[]>>> = {
  SalesTargets: ["Target"],
  SalesPayouts: ["Payout", "Adjustments", "NetPayout"],
};

export interface OutputSummary {
  readonly name: OutputTableName;
  readonly ownership: Ownership;
  readonly rows: number;
  readonly totals: readonly { readonly column: string; readonly value: number }[];
}

export interface AuditEntry {
  /** Excel date-time serial. */
  readonly time: number | null;
  readonly action: string;
  readonly plan: string;
  readonly version: string;
  readonly outputRows: string;
  readonly totals: string;
}

export interface PublishSummary {
  readonly tables: readonly OutputSummary[];
  /** Latest run first. */
  readonly audit: readonly AuditEntry[];
}

async function readOutputs(
  host: WorkbookHost,
): Promise<Map<OutputTableName, { ownership: Ownership; table: ParsedTable }>> {
  const out = new Map<OutputTableName, { ownership: Ownership; table: ParsedTable }>();
  for (const name of OUTPUT_TABLES) {
    const ownership = await host.ownership(name);
    const table = await host.readTable(summarySpecs[name]);
    out.set(name, { ownership, table });
  }
  return out;
}

export async function publishSummary(host: WorkbookHost): Promise<PublishSummary> {
  const outputs = await readOutputs(host);
  return summaryOf(outputs);
}

function summaryOf(
  outputs: Map<OutputTableName, { ownership: Ownership; table: ParsedTable }>,
): PublishSummary {
  const tables = OUTPUT_TABLES.map((name): OutputSummary => {
    const entry = outputs.get(name);
    const table = entry?.table;
    const present = table !== undefined && !isNotFound(table);
    return {
      name,
      ownership: entry?.ownership ?? "absent",
      rows: present ? table.rowCount : 0,
      totals: present
        ? (totalColumns[name] ?? []).map((c) => ({
            column: c,
            value: sumMoney(table.rows.map((r) => r.values[c])),
          }))
        : [],
    };
  });
  const audit = outputs.get("SalesAudit")?.table;
  const entries =
    audit && !isNotFound(audit)
      ? audit.rows
          .map((r): AuditEntry => ({
            time: num(r.values.Time),
            action: text(r.values.Action),
            plan: text(r.values.Plan),
            version: text(r.values.Version),
            outputRows: text(r.values.OutputRows),
            totals: text(r.values.Totals),
          }))
          .reverse()
      : [];
  return { tables, audit: entries };
}

export interface WorkbookCheck {
  readonly severity: "error" | "warning";
  readonly error: SalesPlanError;
}

/** At most this many problems per input table; the rest are counted. */
const PER_TABLE = 5;
const TARGET_ROUNDINGS = [2, 1, 0, -1, -2, -3, -4, -5, -6];

/** Everything a finance reviewer would trip over, errors first; empty when the workbook is ready. */
export async function checkWorkbook(
  host: WorkbookHost,
  mappings: Mappings = {},
): Promise<{ summary: PublishSummary; checks: WorkbookCheck[] }> {
  const checks: WorkbookCheck[] = [];
  const error = (e: SalesPlanError) => checks.push({ severity: "error", error: e });
  const warning = (e: SalesPlanError) => checks.push({ severity: "warning", error: e });

  const inputs = new Map<InputName, ParsedTable>();
  for (const name of Object.keys(inputSpecs) as InputName[]) {
    const { spec, mapping } = resolveInput(name, mappings[name]);
    const table = await host.readTable(spec, mapping);
    if (isNotFound(table)) continue;
    inputs.set(name, table);
    table.problems.slice(0, PER_TABLE).forEach((p) => error(p.error));
    if (table.problems.length > PER_TABLE)
      error(
        new SalesPlanError(checkMessages.moreProblems, {
          table: name,
          count: table.problems.length - PER_TABLE,
        }),
      );
  }
  const outputs = await readOutputs(host);
  const summary = summaryOf(outputs);
  for (const t of summary.tables)
    if (t.ownership === "foreign") error(new SalesPlanError(checkMessages.foreignTable, { table: t.name }));

  const present = (name: OutputTableName): ParsedTable | undefined => {
    const entry = outputs.get(name);
    return entry && entry.ownership !== "foreign" && !isNotFound(entry.table) ? entry.table : undefined;
  };
  const payouts = present("SalesPayouts");
  if (payouts) {
    // Like the input problems: the first few rows, then a count, so an edited table does not flood the pane.
    let offRows = 0;
    for (const r of payouts.rows) {
      const [payout, adjustments, net] = [r.values.Payout, r.values.Adjustments, r.values.NetPayout].map(
        (v) => num(v) ?? 0,
      );
      if (roundMoney(payout + adjustments) === roundMoney(net)) continue;
      offRows += 1;
      if (offRows <= PER_TABLE)
        error(
          new SalesPlanError(checkMessages.rowDoesNotAddUp, {
            row: r.row,
            payout: formatMoney(payout),
            adjustments: formatMoney(adjustments),
            net: formatMoney(net),
          }),
        );
    }
    if (offRows > PER_TABLE)
      error(
        new SalesPlanError(checkMessages.moreProblems, { table: "SalesPayouts", count: offRows - PER_TABLE }),
      );
    if (!present("SalesPlan")) error(new SalesPlanError(checkMessages.payoutsWithoutPlan));
  }
  const reps = inputs.get("Reps");
  if (reps) {
    const known = new Set(reps.rows.map((r) => text(r.values.RepID)));
    for (const name of ["SalesTargets", "SalesPayouts", "SalesScorecard"] as const) {
      const table = present(name);
      if (!table) continue;
      const unknown = new Set<string>();
      for (const r of table.rows) {
        const rep = text(r.values.RepID);
        if (rep !== "" && rep !== UNASSIGNED && !known.has(rep)) unknown.add(rep);
      }
      for (const rep of [...unknown].slice(0, PER_TABLE))
        warning(new SalesPlanError(checkMessages.unknownRep, { table: name, rep }));
    }
  }
  const targets = present("SalesTargets");
  const regions = inputs.get("Regions");
  if (targets && regions) {
    for (const g of regions.rows) {
      const region = text(g.values.Region);
      const expected = num(g.values.Target);
      if (expected === null) continue;
      const value = sumMoney(
        targets.rows.filter((r) => text(r.values.Region) === region).map((r) => r.values.Target),
      );
      // Targets are split exactly to ROUND(target, decimals) for the decimals the user chose (cents
      // down to millions), which the table does not record: any of those roundings reconciles.
      if (!TARGET_ROUNDINGS.some((decimals) => value === excelRound(expected, decimals)))
        warning(
          new SalesPlanError(checkMessages.regionTargetDiffers, {
            region,
            value: formatMoney(value),
            expected: formatMoney(expected),
          }),
        );
    }
  }
  const anyOutput = summary.tables.some(
    (t) => t.name !== "SalesAudit" && t.rows > 0 && t.ownership !== "foreign",
  );
  if (anyOutput && summary.audit.length === 0) warning(new SalesPlanError(checkMessages.noAudit));
  checks.sort((a, b) => Number(a.severity === "warning") - Number(b.severity === "warning"));
  return { summary, checks };
}
