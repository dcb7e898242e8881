/** Building blocks every wizard uses: sections, the input tables step, number fields, preview, results. */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import {
  localize,
  TABLE_KEY,
  type InputName,
  type JobTotal,
  type Localized,
  type Mappings,
} from "../../jobs";
import type { OutputRow } from "../../workbook/outputs";
import { isCancelled } from "../../workbook/cancel";
import type {
  InputReport,
  JobPreview,
  RunControl,
  RunProgress,
  RunResult,
  SalesPlanActions,
} from "../actions";
import { fill, pick, useStrings, type Strings } from "../i18n";
import { RunWarnings } from "./RunWarnings";

export const useCommonStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, flexBasis: "100px", minWidth: 0 },
  // Fluent's Dropdown asks for 250 px by default: too wide for a grid cell in a 320 px pane.
  fullWidth: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  grid2: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  pairRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  plain: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  tableWrap: { maxWidth: "100%", overflowX: "auto" },
  table: { tableLayout: "auto", width: "100%" },
  cellNumber: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  wrap: { overflowWrap: "anywhere", wordBreak: "break-word" },
  muted: { color: tokens.colorNeutralForeground3 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalS,
  },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

export { pick };

/** Numbers as the user's language writes them. */
export function useFormat(): (value: number | null | undefined, digits?: number, minimum?: number) => string {
  const strings = useStrings();
  return React.useCallback(
    (value, digits = 2, minimum = 0) =>
      value === null || value === undefined || Number.isNaN(value)
        ? ""
        : new Intl.NumberFormat(strings.numberLocale, {
            maximumFractionDigits: digits,
            minimumFractionDigits: Math.min(minimum, digits),
          }).format(value),
    [strings.numberLocale],
  );
}

export function Section({
  title,
  children,
}: {
  title: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useCommonStyles();
  const id = React.useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** A thrown error, in the user's language, in a message bar (never only in the console). */
export function ErrorBar({ error }: { error: Localized | null }): React.JSX.Element | null {
  const strings = useStrings();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {pick(error, strings)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function SuccessBar({ children }: { children: React.ReactNode }): React.JSX.Element {
  const strings = useStrings();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.successTitle}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A run shorter than this shows no progress bar: it would only flicker. */
export const SLOW_MS = 300;

/** An async action's state: busy (with its progress), its value, its error in both languages, or cancelled. */
export interface Task<T> {
  readonly busy: boolean;
  readonly value: T | null;
  readonly error: Localized | null;
  /** The last run stopped on Cancel: nothing was changed. */
  readonly cancelled: boolean;
  /** Where a busy run is, once it has said. */
  readonly progress: RunProgress | null;
  /** Busy for longer than SLOW_MS: time to show the progress bar and Cancel. */
  readonly slow: boolean;
  /** `work` gets the control to pass to the action (its signal and progress callback). */
  run(work: (control: RunControl) => Promise<T>): Promise<void>;
  cancel(): void;
  reset(): void;
}

interface TaskState<T> {
  readonly busy: boolean;
  readonly value: T | null;
  readonly error: Localized | null;
  readonly cancelled: boolean;
  readonly progress: RunProgress | null;
  readonly slow: boolean;
}

const idle = { busy: false, value: null, error: null, cancelled: false, progress: null, slow: false };

export function useTask<T>(): Task<T> {
  const [state, setState] = React.useState<TaskState<T>>(idle);
  const alive = React.useRef(true);
  const controller = React.useRef<AbortController | null>(null);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const run = React.useCallback(async (work: (control: RunControl) => Promise<T>) => {
    const abort = new AbortController();
    controller.current = abort;
    const update = (next: Partial<TaskState<T>>) => {
      // Only the latest run speaks: an older one finishing late must not overwrite it.
      if (alive.current && controller.current === abort) setState((s) => ({ ...s, ...next }));
    };
    setState({ ...idle, busy: true });
    const started = Date.now();
    const timer = setTimeout(() => update({ slow: true }), SLOW_MS);
    // A stage that blocks the thread also blocks the timer: each report checks the time itself.
    const onProgress = (progress: RunProgress) =>
      update(Date.now() - started >= SLOW_MS ? { progress, slow: true } : { progress });
    try {
      const value = await work({ signal: abort.signal, onProgress });
      update({ ...idle, value });
    } catch (error) {
      if (abort.signal.aborted && isCancelled(error)) update({ ...idle, cancelled: true });
      else update({ ...idle, error: localize(error) });
    } finally {
      clearTimeout(timer);
    }
  }, []);
  const cancel = React.useCallback(() => controller.current?.abort(), []);
  // A busy run is not forgotten: its outcome (a write done, or failed) is still the user's to see.
  const reset = React.useCallback(() => setState((s) => (s.busy ? s : idle)), []);
  return { ...state, run, cancel, reset };
}

/** The label of a run's progress: "Writing block 3 of 12…". */
export function progressText(progress: RunProgress | null, strings: Strings): string {
  if (!progress) return strings.working;
  const step = { done: Math.min(progress.done + 1, progress.total), total: progress.total };
  switch (progress.stage) {
    case "read":
      return fill(strings.progressRead, step);
    case "compute":
      return strings.progressCompute;
    case "check":
      return strings.progressCheck;
    case "write":
      return progress.total === 0 ? strings.progressPrepare : fill(strings.progressWrite, step);
    case "commit":
      return strings.progressCommit;
  }
}

/**
 * A run's progress bar and Cancel button once it has taken over SLOW_MS, and the message after a
 * cancel. Cancel is off once the commit has begun: from there the run finishes or is undone whole.
 */
export function TaskProgress<T>({ task }: { task: Task<T> }): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useCommonStyles();
  if (task.cancelled) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.cancelTitle}</MessageBarTitle>
          {strings.cancelledNothingChanged}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!task.busy || !task.slow) return null;
  const { progress } = task;
  const committing = progress?.stage === "commit";
  const value =
    progress && progress.total > 0 && progress.stage !== "compute" && progress.stage !== "check"
      ? Math.min(1, progress.done / progress.total)
      : undefined;
  return (
    <div className={styles.progress} data-progress={progress?.stage ?? "start"}>
      <Field label={progressText(progress, strings)} hint={committing ? strings.cancelTooLate : undefined}>
        <ProgressBar value={value} thickness="large" />
      </Field>
      <div>
        <Button size="small" onClick={task.cancel} disabled={committing}>
          {strings.cancel}
        </Button>
      </div>
    </div>
  );
}

/** Parse a number field's text; "" is null. Accepts "1,200,000" and "1 200 000". */
export function parseNumber(text: string): number | null | undefined {
  const t = text.replace(/[,\s_]/g, "");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** A labelled text box for a number, with its validation message beside it. */
export function NumberField({
  label,
  value,
  onChange,
  error,
  hint,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  className?: string;
}): React.JSX.Element {
  const styles = useCommonStyles();
  return (
    <Field
      label={label}
      validationMessage={error}
      validationState={error ? "error" : "none"}
      hint={hint}
      className={className}
    >
      <Input
        inputMode="decimal"
        className={styles.fullWidth}
        value={value}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}

/** A dropdown of `choices` led by "(not mapped)", which is "" to `onChoose`. */
function NotMappedOr({
  label,
  selected,
  choices,
  onChoose,
}: {
  label: string;
  selected: string;
  choices: readonly string[];
  onChoose: (choice: string) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  return (
    <Dropdown
      className={styles.fullWidth}
      aria-label={label}
      placeholder={strings.notMapped}
      value={selected || strings.notMapped}
      selectedOptions={[selected]}
      onOptionSelect={(_, d) => onChoose(d.optionValue ?? "")}
    >
      <Option value="">{strings.notMapped}</Option>
      {choices.map((c) => (
        <Option key={c} value={c}>
          {c}
        </Option>
      ))}
    </Dropdown>
  );
}

/** The input tables step: where each table was found, what matched, and a dropdown per unmatched column. */
export function InputsStep({
  actions,
  names,
  optional = [],
  mappings,
  onMappings,
  onReports,
}: {
  actions: SalesPlanActions;
  names: readonly InputName[];
  optional?: readonly InputName[];
  mappings: Mappings;
  onMappings: (mappings: Mappings) => void;
  onReports?: (reports: InputReport[]) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const task = useTask<InputReport[]>();
  const key = names.join(",");
  const { run } = task;
  const reload = React.useCallback(
    () =>
      run(async () => {
        const reports = await actions.inspectInputs(names, mappings);
        onReports?.(reports);
        return reports;
      }),
    // `names` is compared by its joined key: callers pass a fresh array each render.
    [actions, key, mappings, run, onReports],
  );
  React.useEffect(() => {
    void reload();
  }, [reload]);
  const pickTable = (table: InputName, chosen: string) =>
    // Another table has other headers: its column mappings start afresh.
    onMappings({ ...mappings, [table]: chosen === "" ? {} : { [TABLE_KEY]: chosen } });
  const map = (table: InputName, column: string, header: string) => {
    const next = { ...(mappings[table] ?? {}) } as Record<string, string | number>;
    if (header === "") delete next[column];
    else next[column] = header;
    onMappings({ ...mappings, [table]: next });
  };
  return (
    <Section title={strings.stepInputs}>
      {task.busy && <Spinner size="tiny" label={strings.loading} />}
      <ErrorBar error={task.error} />
      {task.value?.map((report) => (
        <div key={report.name} className={styles.card} data-input={report.name}>
          <Text weight="semibold" className={styles.wrap}>
            {report.found
              ? report.table
                ? fill(strings.tableFoundTable, {
                    name: report.name,
                    table: report.table,
                    sheet: report.sheet,
                    rows: report.rowCount,
                  })
                : fill(strings.tableFoundAt, {
                    name: report.name,
                    sheet: report.sheet,
                    rows: report.rowCount,
                  })
              : fill(strings.tableMissing, { name: report.name })}
            {optional.includes(report.name) && !report.found ? ` ${strings.tableOptional}` : ""}
          </Text>
          {(!report.found || mappings[report.name]?.[TABLE_KEY] !== undefined) &&
            report.available.length > 0 && (
              <Field label={fill(strings.chooseTable, { name: report.name })}>
                <NotMappedOr
                  label={fill(strings.chooseTableLabel, { name: report.name })}
                  selected={String(mappings[report.name]?.[TABLE_KEY] ?? "")}
                  choices={report.available}
                  onChoose={(chosen) => pickTable(report.name, chosen)}
                />
              </Field>
            )}
          {report.found && (
            <>
              <Caption1 className={styles.wrap}>
                {fill(strings.matchedColumns, {
                  list:
                    report.columns
                      .filter((c) => c.header !== null)
                      .map((c) => (c.header === c.key ? c.key : `${c.key} (${c.header})`))
                      .join(", ") || "-",
                })}
              </Caption1>
              {report.extras.length > 0 && (
                <Caption1 className={styles.wrap}>
                  {fill(strings.extraColumns, { list: report.extras.join(", ") })}
                </Caption1>
              )}
              {report.columns
                .filter((c) => c.header === null || mappings[report.name]?.[c.key] !== undefined)
                .map((c) => {
                  const mapped = mappings[report.name]?.[c.key];
                  const selected = typeof mapped === "string" ? mapped : "";
                  return (
                    <Field
                      key={c.key}
                      label={`${fill(strings.mapColumn, { column: c.key })} (${c.required ? strings.requiredMark : strings.optionalMark})`}
                      validationState={c.required && c.header === null ? "warning" : "none"}
                    >
                      <NotMappedOr
                        label={fill(strings.mapColumnLabel, { column: c.key, table: report.name })}
                        selected={selected}
                        choices={report.headers}
                        onChoose={(header) => map(report.name, c.key, header)}
                      />
                    </Field>
                  );
                })}
              {report.problems.length > 0 && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>
                      {fill(strings.problemsCount, { count: report.problems.length, name: report.name })}
                    </MessageBarTitle>
                    <ul className={styles.list}>
                      {report.problems.slice(0, 5).map((p, i) => (
                        <li key={i} className={styles.wrap}>
                          {pick(p, strings)}
                        </li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              )}
            </>
          )}
        </div>
      ))}
      <div>
        <Button size="small" onClick={() => void reload()} disabled={task.busy}>
          {strings.refresh}
        </Button>
      </div>
    </Section>
  );
}

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
              {totalLabel(t, strings)}: <b>{format(t.value)}</b>
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
                  {c.header}
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
          rows: t.rows,
          how: t.created ? strings.created : strings.replaced,
        }),
      )
      .join(", "),
  });
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
  const previewTask = useTask<JobPreview>();
  const writeTask = useTask<RunResult>();
  const { reset: resetPreview } = previewTask;
  const { reset: resetWrite } = writeTask;
  React.useEffect(() => {
    resetPreview();
    resetWrite();
  }, [stamp, resetPreview, resetWrite]);
  return (
    <>
      <Section title={strings.stepPreview}>
        <div className={styles.actions}>
          <Button
            appearance="secondary"
            disabled={!ready || previewTask.busy}
            onClick={() => void previewTask.run(makePreview)}
          >
            {strings.previewButton}
          </Button>
        </div>
        {!ready && <Body1 className={styles.bad}>{strings.fixFirst}</Body1>}
        <TaskProgress task={previewTask} />
        <ErrorBar error={previewTask.error} />
        <RunWarnings warnings={previewTask.value?.warnings} />
        {previewTask.value && <PreviewView preview={previewTask.value} columns={columns} />}
      </Section>
      <Section title={strings.stepWrite}>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={!ready || writeTask.busy}
            onClick={() => void writeTask.run(makeWrite)}
          >
            {writeLabel ?? fill(strings.writeButton, { table })}
          </Button>
        </div>
        <TaskProgress task={writeTask} />
        <ErrorBar error={writeTask.error} />
        {writeTask.value && <SuccessBar>{writtenText(writeTask.value, strings)}</SuccessBar>}
        <RunWarnings warnings={writeTask.value?.warnings} />
      </Section>
    </>
  );
}

/** The ✕ that removes one row of an editable list (tiers, KPIs, bands, products). */
export function RemoveRowButton({
  label,
  disabled,
  onRemove,
}: {
  label: string;
  disabled?: boolean;
  onRemove: () => void;
}): React.JSX.Element {
  return (
    <Button size="small" appearance="subtle" aria-label={label} disabled={disabled} onClick={onRemove}>
      ✕
    </Button>
  );
}

/** The list without its item at `index`. */
export function withoutIndex<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, j) => j !== index);
}
