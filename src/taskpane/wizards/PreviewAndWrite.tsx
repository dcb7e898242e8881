/** The preview and write steps of a job wizard: the first rows and totals of what a job will write, then the write. */
import {
  Body1,
  Button,
  Caption1,
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
import type { JobPreview, RunControl, RunResult, TableImpact } from "../actions";
import { counted, fill, listText, plural, useStrings, type Strings } from "../i18n";
import { ErrorBar, Section, SuccessBar } from "./fields";
import { RunWarnings } from "./RunWarnings";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";
import { TaskProgress } from "./TaskProgress";
import { ErrorSummary, useFormCheck } from "./validation";

/** A totals line in the user's language. */
export function totalLabel(total: JobTotal, strings: Strings): string {
  const template = (strings as unknown as Record<string, string>)[`total_${total.id}`] ?? total.id;
  return fill(template, { item: total.item ?? "" });
}

export function TotalsList({ totals }: { totals: readonly JobTotal[] }): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const format = useFormat();
  return (
    <div>
      <Text weight="semibold">{strings.totalsLabel}</Text>
      <ul className={styles.list} aria-label={strings.totalsLabel}>
        {totals.map((t, i) => {
          const ok = t.expected === undefined || t.expected === t.value;
          return (
            <li key={i} className={styles.wrap}>
              {totalLabel(t, strings)}
              {strings.colon}
              <b>{format(t.value)}</b>
              {t.expected !== undefined && (
                <span className={ok ? styles.ok : styles.bad}>
                  {" "}
                  {ok
                    ? `✓ ${strings.reconciles}`
                    : `✗ ${fill(strings.doesNotReconcile, { expected: format(t.expected) })}`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A written table's column header in the pane's language; a KPI or measure column keeps its own name. */
export function columnLabel(key: string, header: string, strings: Strings): string {
  return (strings as unknown as Record<string, string>)[`col_${key}`] ?? header;
}

function cellText(
  value: OutputRow[string],
  format: (v: number, d?: number, m?: number) => string,
  kind: string,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (kind === "percent") return `${format(value * 100, 1)}%`;
    if (kind === "score") return format(value, 1);
    if (kind === "money") return format(value, 2, 2);
    return format(value);
  }
  return value instanceof Date ? value.toISOString() : String(value);
}

/** The first rows of the table a job will write (only the columns that fit a task pane) and its totals. */
export function PreviewView({
  preview,
  columns,
}: {
  preview: JobPreview;
  columns: readonly string[];
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const format = useFormat();
  const shown = columns
    .map((key) => preview.table.columns.find((c) => c.key === key))
    .filter((c): c is NonNullable<typeof c> => c !== undefined);
  const numeric = (kind: string) => kind !== "text";
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
        <Table
          size="extra-small"
          className={styles.table}
          aria-label={fill(strings.previewTableLabel, { table: preview.table.name })}
        >
          <TableHeader>
            <TableRow>
              {shown.map((c) => (
                <TableHeaderCell key={c.key} className={numeric(c.kind) ? styles.cellNumber : undefined}>
                  {columnLabel(c.key, c.header, strings)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.table.rows.map((row, i) => (
              <TableRow key={i}>
                {shown.map((c) => (
                  <TableCell key={c.key} className={numeric(c.kind) ? styles.cellNumber : styles.wrap}>
                    {cellText(row[c.key], format, c.kind)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <TotalsList totals={preview.totals} />
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

/** Preview and write steps shared by the job wizards. */
export function PreviewAndWrite({
  table,
  columns,
  makePreview,
  makeWrite,
  ready,
  writeLabel,
  stamp,
}: {
  table: string;
  columns: readonly string[];
  /** Pass the control on to the action: it carries progress and Cancel. */
  makePreview: (control: RunControl) => Promise<JobPreview>;
  makeWrite: (control: RunControl) => Promise<RunResult>;
  /** False while a field is invalid: the buttons then say what to fix instead. */
  ready: boolean;
  writeLabel?: string;
  /** Changes whenever the options or mappings do: a shown preview or result is then out of date. */
  stamp: string;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const form = useFormCheck();
  const previewTask = useTask<JobPreview>();
  const writeTask = useTask<RunResult>();
  const { reset: resetPreview } = previewTask;
  const { reset: resetWrite } = writeTask;
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
      <Section title={strings.stepPreview} openWhen={previewTask.value ?? previewTask.error}>
        {!ready && !form && <Body1 className={styles.bad}>{strings.fixFirst}</Body1>}
        <ErrorBar error={previewTask.error} />
        <RunWarnings warnings={previewTask.value?.warnings} />
        {previewTask.value && <PreviewView preview={previewTask.value} columns={columns} />}
      </Section>
      <Section title={strings.stepWrite} openWhen={writeTask.value ?? writeTask.error}>
        <ErrorBar error={writeTask.error} />
        {writeTask.value && <SuccessBar>{writtenText(writeTask.value, strings)}</SuccessBar>}
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
