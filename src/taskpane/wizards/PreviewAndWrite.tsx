/** The preview and write steps of a job wizard: the first rows and totals of what a job will write, then the write. */
import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import type { JobTotal } from "../../jobs";
import type { OutputRow } from "../../workbook/outputs";
import type { CellTarget, JobPreview, RunControl, RunResult, TableImpact } from "../actions";
import { counted, fill, listText, plural, useStrings, type Strings } from "../i18n";
import { ErrorBar, Section, SuccessBar } from "./fields";
import { RunWarnings } from "./RunWarnings";
import type { NumberKind } from "./numberText";
import { columnLabel, RepSummaryTable } from "./PreviewSummary";
import { useCommonStyles, useFormatKind } from "./styles";
import { useTask } from "./task";
import { TaskProgress } from "./TaskProgress";
import { UndoOffer, type UndoAction } from "./UndoOffer";
import { ErrorSummary, useFormCheck } from "./validation";

/** A totals line in the user's language. */
export function totalLabel(total: JobTotal, strings: Strings): string {
  const template = (strings as unknown as Record<string, string>)[`total_${total.id}`] ?? total.id;
  return fill(template, { item: total.item ?? "" });
}

/** The kind of figure a total is: it fixes its decimals (numberText.ts). */
function totalKind(id: JobTotal["id"]): NumberKind {
  if (id === "payoutRows" || id === "bandCount" || id === "planMeasures" || id === "planTiers")
    return "count";
  if (id === "scoreAverage") return "score";
  return "money";
}

/**
 * The job's totals. Lines that check something ("adds up") fold into one line, "10 of 10 checks
 * add up ✓", that opens to list them; a line that does not add up is always shown.
 * `moneyDecimals`: the decimals money shows (targets: the rounding chosen; payouts: cents).
 */
export function TotalsList({
  totals,
  moneyDecimals = 2,
}: {
  totals: readonly JobTotal[];
  moneyDecimals?: number;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const formatKind = useFormatKind();
  const [open, setOpen] = React.useState(false);
  const figure = (id: JobTotal["id"], v: number) =>
    totalKind(id) === "money" ? formatKind(v, "money", moneyDecimals) : formatKind(v, totalKind(id));
  const checks = totals.filter((t) => t.expected !== undefined);
  const off = checks.filter((t) => t.expected !== t.value);
  const shown = totals.filter((t) => t.expected === undefined || open || t.expected !== t.value);
  return (
    <div className={styles.plain}>
      <Text weight="semibold">{strings.totalsLabel}</Text>
      {checks.length > 0 && (
        <div className={styles.actions}>
          <Text className={off.length > 0 ? styles.bad : styles.ok}>
            {off.length > 0
              ? counted(strings, "checksSomeOff", checks.length, { bad: off.length, count: checks.length })
              : counted(strings, "checksAllAddUp", checks.length, {
                  ok: checks.length,
                  count: checks.length,
                })}
          </Text>
          <Button
            size="small"
            appearance="transparent"
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? strings.hideChecks : strings.showChecks}
          </Button>
        </div>
      )}
      <ul className={styles.list} aria-label={strings.totalsLabel}>
        {shown.map((t, i) => {
          const ok = t.expected === undefined || t.expected === t.value;
          return (
            <li key={i} className={styles.wrap}>
              {totalLabel(t, strings)}
              {strings.colon}
              <b>{figure(t.id, t.value)}</b>
              {t.expected !== undefined && (
                <span className={ok ? styles.ok : styles.bad}>
                  {" "}
                  {ok
                    ? `✓ ${strings.reconciles}`
                    : `✗ ${fill(strings.doesNotReconcile, { expected: figure(t.id, t.expected) })}`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function cellText(
  value: OutputRow[string],
  formatKind: (v: number, kind: NumberKind, decimals?: number) => string,
  kind: string,
  moneyDecimals: number,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (kind === "percent") return formatKind(value, "percent");
    if (kind === "score") return formatKind(value, "score");
    if (kind === "money") return formatKind(value, "money", moneyDecimals);
    return formatKind(value, "plain");
  }
  return value instanceof Date ? value.toISOString() : String(value);
}

/** The first rows of the table as the job writes it (only the columns that fit a task pane). */
function RowsTable({
  preview,
  columns,
  label,
  moneyDecimals,
}: {
  preview: JobPreview;
  columns: readonly string[];
  label: string;
  moneyDecimals: number;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const formatKind = useFormatKind();
  const shown = columns
    .map((key) => preview.table.columns.find((c) => c.key === key))
    .filter((c): c is NonNullable<typeof c> => c !== undefined);
  const numeric = (kind: string) => kind !== "text";
  // A manager checks people, not IDs: the rep column reads "Bo Chen (R02)" when the table names reps.
  const named = preview.table.columns.some((c) => c.key === "Name");
  const head = (c: (typeof shown)[number]) =>
    c.key === "RepID" && named ? strings.summaryRep : columnLabel(c.key, c.header, strings);
  const cell = (row: OutputRow, c: (typeof shown)[number]) => {
    const value = cellText(row[c.key], formatKind, c.kind, moneyDecimals);
    const name = c.key === "RepID" && named ? cellText(row.Name, formatKind, "text", moneyDecimals) : "";
    return name ? fill(strings.aside, { main: name, aside: value }) : value;
  };
  return (
    <div className={styles.plain}>
      <Caption1>
        {fill(strings.previewRows, {
          shown: preview.table.rows.length,
          count: preview.table.rowCount,
          table: preview.table.name,
        })}
      </Caption1>
      <div className={styles.tableWrap}>
        <Table size="extra-small" className={styles.table} aria-label={label}>
          <TableHeader>
            <TableRow>
              {shown.map((c) => (
                <TableHeaderCell key={c.key} className={numeric(c.kind) ? styles.cellNumber : undefined}>
                  {head(c)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.table.rows.map((row, i) => (
              <TableRow key={i}>
                {shown.map((c) => (
                  <TableCell key={c.key} className={numeric(c.kind) ? styles.cellNumber : styles.wrap}>
                    {cell(row, c)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

/**
 * What a job will write. With a per-rep summary (targets, payouts) that is the preview, the rows as
 * written folded under it; otherwise the first rows. Then the totals.
 */
export function PreviewView({
  preview,
  columns,
}: {
  preview: JobPreview;
  columns: readonly string[];
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const [rowsOpen, setRowsOpen] = React.useState(false);
  const name = preview.table.name;
  const moneyDecimals = preview.summary?.decimals ?? 2;
  const label = fill(strings.previewTableLabel, { table: name });
  return (
    <div className={styles.plain}>
      {preview.summary ? (
        <>
          <RepSummaryTable summary={preview.summary} label={label} />
          <div>
            <Button size="small" aria-expanded={rowsOpen} onClick={() => setRowsOpen((o) => !o)}>
              {strings.rowsAsWritten}
            </Button>
          </div>
          {rowsOpen && (
            <RowsTable
              preview={preview}
              columns={columns}
              label={fill(strings.rowsTableLabel, { table: name })}
              moneyDecimals={moneyDecimals}
            />
          )}
        </>
      ) : (
        <RowsTable preview={preview} columns={columns} label={label} moneyDecimals={moneyDecimals} />
      )}
      <TotalsList totals={preview.totals} moneyDecimals={moneyDecimals} />
    </div>
  );
}

/** "Written: SalesTargets (144 rows, new), SalesAudit (1 rows, new)." */
export function writtenText(result: RunResult, strings: Strings): string {
  return fill(strings.writeDone, {
    list: result.tables
      .map((t) =>
        fill(strings.writeTableItem, {
          name: t.name,
          rows: plural(strings, "rows", t.rows),
          how: t.created ? strings.created : strings.replaced,
        }),
      )
      .join(", "),
  });
}

/** "SalesPayouts: 36 → 12 rows, replaced; 2026-01 and 2026-03 will be removed", a line per table. */
export function impactLines(impact: readonly TableImpact[], strings: Strings): string[] {
  return impact.map((t) => {
    const line = t.append
      ? counted(strings, "impactAppend", t.after - (t.before ?? 0), {
          name: t.name,
          count: t.after - (t.before ?? 0),
        })
      : t.before === null
        ? counted(strings, "impactNew", t.after, { name: t.name, after: t.after })
        : counted(strings, "impactReplace", t.after, { name: t.name, before: t.before, after: t.after });
    if (t.removedPeriods.length === 0) return line;
    const removed = counted(strings, "impactRemoved", t.removedPeriods.length, {
      list: listText(strings, t.removedPeriods),
    });
    return `${line}${strings.locale === "zh" ? "；" : "; "}${removed}`;
  });
}

/** What a write will replace, with the buttons that go ahead or step back. */
export function ConfirmWrite({
  impact,
  onConfirm,
  onCancel,
}: {
  impact: readonly TableImpact[];
  onConfirm: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={strings.confirmTitle}>
      <MessageBarBody>
        <MessageBarTitle>{strings.confirmTitle}</MessageBarTitle>
        {strings.confirmIntro}
        <ul className={styles.list}>
          {impactLines(impact, strings).map((line, i) => (
            <li key={i} className={styles.wrap}>
              {line}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={onConfirm}>
          {strings.confirmWrite}
        </Button>
        <Button size="small" onClick={onCancel}>
          {strings.confirmCancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** "Show SalesTargets in the workbook": selects the table just written, through the workbook host. */
function ShowTable({
  tables,
  table,
  goTo,
}: {
  tables: RunResult["tables"];
  table: string;
  goTo: (target: CellTarget) => Promise<void>;
}): React.JSX.Element | null {
  const strings = useStrings();
  const show = useTask<void>();
  const written = tables.find((t) => t.name === table);
  if (!written?.sheet) return null;
  const sheet = written.sheet;
  return (
    <>
      {" "}
      <Link as="button" inline onClick={() => void show.run(() => goTo({ sheet, table }))}>
        {fill(strings.showTable, { table })}
      </Link>
      <ErrorBar error={show.error} />
    </>
  );
}

/** Preview and write steps shared by the job wizards. */
export function PreviewAndWrite({
  table,
  columns,
  makePreview,
  makeWrite,
  undo,
  ready,
  writeLabel,
  stamp,
  goTo,
  previewError,
}: {
  table: string;
  columns: readonly string[];
  /** Pass the control on to the action: it carries progress and Cancel. */
  makePreview: (control: RunControl) => Promise<JobPreview>;
  makeWrite: (control: RunControl) => Promise<RunResult>;
  /**
   * Undoes the write whose result carried the id (actions.undoLastWrite), offered while `canUndo`
   * (actions.canUndo: no write since); absent: no Undo.
   */
  undo?: UndoAction;
  /** False while a field is invalid: the buttons then say what to fix instead. */
  ready: boolean;
  writeLabel?: string;
  /** Changes whenever the options or mappings do: a shown preview or result is then out of date. */
  stamp: string;
  /** Shows a place in the workbook (actions.goTo): the written table gets a link to itself. */
  goTo?: (target: CellTarget) => Promise<void>;
  /** Said instead of the raw message when the preview fails in a way the wizard can explain (and lead on from). */
  previewError?: React.ReactNode;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const form = useFormCheck();
  const previewTask = useTask<JobPreview>();
  const writeTask = useTask<RunResult>();
  const { reset: resetPreview } = previewTask;
  const { reset: resetWrite } = writeTask;
  // The write an undo took back: its message goes, the same preview may be written again.
  const [undone, setUndone] = React.useState<string | null>(null);
  // Write goes only from a fresh preview of these options, once: a write changes what it replaces.
  const [confirming, setConfirming] = React.useState(false);
  const [writtenFrom, setWrittenFrom] = React.useState<JobPreview | null>(null);
  React.useEffect(() => {
    resetPreview();
    resetWrite();
    setConfirming(false);
  }, [stamp, resetPreview, resetWrite]);
  const previewed = previewTask.value !== null && !previewTask.busy && previewTask.value !== writtenFrom;
  const write = () => {
    setConfirming(false);
    const from = previewTask.value;
    // Only a write that went through spends the preview: after a cancel or a failure it still holds.
    void writeTask.run(async (control) => {
      const result = await makeWrite(control);
      setWrittenFrom(from);
      return result;
    });
  };
  return (
    <>
      <Section title={strings.stepPreview} step="preview" openWhen={previewTask.value ?? previewTask.error}>
        {!ready && !form && <Body1 className={styles.bad}>{strings.fixFirst}</Body1>}
        {previewTask.error && previewError ? previewError : <ErrorBar error={previewTask.error} />}
        <RunWarnings warnings={previewTask.value?.warnings} />
        {previewTask.value && <PreviewView preview={previewTask.value} columns={columns} />}
      </Section>
      <Section title={strings.stepWrite} step="write" openWhen={writeTask.value ?? writeTask.error}>
        <ErrorBar error={writeTask.error} />
        {writeTask.value && writeTask.value.undo !== undone && (
          <SuccessBar>
            {writtenText(writeTask.value, strings)}
            {goTo && <ShowTable tables={writeTask.value.tables} table={table} goTo={goTo} />}
          </SuccessBar>
        )}
        <RunWarnings warnings={writeTask.value?.warnings} />
      </Section>
      <StickyFooter>
        <div className={styles.actions}>
          <Button
            appearance="secondary"
            disabled={previewTask.busy || (!ready && !form)}
            onClick={() => {
              setConfirming(false);
              // A try with a field wrong shows every field's message and the summary, and runs nothing.
              form?.submit();
              if (ready) void previewTask.run(makePreview);
            }}
          >
            {strings.previewButton}
          </Button>
          <Button
            appearance="primary"
            disabled={!ready || !previewed || writeTask.busy}
            onClick={() => (previewTask.value?.impact ? setConfirming(true) : write())}
          >
            {writeLabel ?? fill(strings.writeButton, { table })}
          </Button>
        </div>
        {undo && (
          <UndoOffer
            result={writeTask.value}
            writing={writeTask.busy}
            undo={undo}
            onUndone={(id) => {
              setUndone(id);
              // The workbook is as the preview saw it again: the same preview may be written again.
              setWrittenFrom(null);
            }}
          />
        )}
        {!ready && <ErrorSummary fallback={strings.fixFirst} />}
        {ready && !previewed && !writeTask.busy && !writeTask.value && (
          <Caption1 className={styles.muted}>{strings.writeNeedsPreview}</Caption1>
        )}
        {confirming && previewed && previewTask.value?.impact && (
          <ConfirmWrite
            impact={previewTask.value.impact}
            onConfirm={write}
            onCancel={() => setConfirming(false)}
          />
        )}
        <TaskProgress task={previewTask} />
        <TaskProgress task={writeTask} />
      </StickyFooter>
    </>
  );
}

/** The bar at the bottom of the pane that stays in view: a wizard's Preview, primary action, progress and Cancel. */
export function StickyFooter({ children }: { children: React.ReactNode }): React.JSX.Element {
  const styles = useCommonStyles();
  return (
    <div className={styles.footer} data-footer="">
      {children}
    </div>
  );
}
