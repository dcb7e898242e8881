/**
 * Publish for finance: which output tables exist and their totals, the audit trail, a workbook check
 * (formulas left in output tables among its errors), the payout reconciliation, and the publish:
 * the SalesAudit row and, on request, values-only copies of the output tables.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
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
import { FINANCE_TABLES, serialText } from "../../jobs";
import type {
  AuditEntry,
  OutputSummary,
  PublishSummary,
  Reconciliation,
  ReconciliationGroup,
  ReconciliationLine,
} from "../../jobs";
import type { RunResult, SalesPlanActions, WorkbookCheckResult } from "../actions";
import { fill, plural, useStrings, type Strings, pick } from "../i18n";
import { writtenText } from "./PreviewAndWrite";
import { MonthEnd } from "./MonthEnd";
import { TaskProgress } from "./TaskProgress";
import { ErrorBar, Section, SuccessBar } from "./fields";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";
import { choiceNames } from "./choices";
import { usePersistentState } from "./persist";
import { restoreBoolean } from "../../kernel/restore";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  nameCell: { display: "flex", flexDirection: "column", minWidth: 0 },
  // Five columns in 320-360 px: Fluent sets the type and padding on each cell, so ours go there too.
  cell: {
    paddingLeft: "2px",
    paddingRight: "2px",
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  amount: { whiteSpace: "nowrap" },
  // A header cell's text sits in a flex "button": align it there, over right-aligned numbers.
  headerEnd: { justifyContent: "flex-end" },
  key: { overflowWrap: "break-word" },
  mark: { width: "1.5em", textAlign: "center" },
  sumRow: { fontWeight: tokens.fontWeightSemibold },
});

function SummaryTable({ summary }: { summary: PublishSummary }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const status = (t: OutputSummary) =>
    t.ownership === "foreign"
      ? strings.statusForeign
      : t.ownership === "absent" || t.rows === 0
        ? strings.statusAbsent
        : strings.statusSalesPlan;
  const total = (t: OutputSummary) => {
    const main = t.totals.find((x) => x.column === "NetPayout") ?? t.totals[0];
    return main ? format(main.value) : "";
  };
  return (
    <div className={styles.tableWrap}>
      <Table size="extra-small" className={styles.table} aria-label={strings.outputTablesLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.colTable}</TableHeaderCell>
            <TableHeaderCell button={{ className: styles.headerEnd }} className={styles.cellNumber}>
              {strings.colRows}
            </TableHeaderCell>
            <TableHeaderCell button={{ className: styles.headerEnd }} className={styles.cellNumber}>
              {strings.colTotal}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.tables.map((t) => (
            <TableRow key={t.name} data-table={t.name}>
              <TableCell>
                <div className={styles.nameCell}>
                  <Text className={styles.wrap}>{t.name}</Text>
                  <Caption1 className={t.ownership === "foreign" ? styles.bad : styles.muted}>
                    {status(t)}
                  </Caption1>
                </div>
              </TableCell>
              <TableCell className={styles.cellNumber}>
                {t.ownership === "absent" ? "" : format(t.rows, 0)}
              </TableCell>
              <TableCell className={styles.cellNumber}>{total(t)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** An audit action ("targets", read back from either language) in the pane's language. */
function actionLabel(strings: Strings, action: string): string {
  return (strings as Readonly<Record<string, string>>)[`auditAction_${action}`] ?? action;
}

function AuditList({ audit }: { audit: readonly AuditEntry[] }): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  if (audit.length === 0) return <Body1>{strings.auditEmpty}</Body1>;
  return (
    <ul className={styles.list} aria-label={strings.auditTrail}>
      {audit.slice(0, 6).map((a, i) => (
        <li key={i} className={styles.wrap}>
          <Text>
            {fill(strings.auditEntry, {
              time: a.time === null ? "" : serialText(a.time),
              action: actionLabel(strings, a.action),
              plan: a.plan,
            })}
          </Text>
          {a.totals && (
            <>
              <br />
              <Caption1 className={styles.muted}>{a.totals}</Caption1>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** ✓ or ✗, read out as "matches" / "does not match". */
function Mark({ ok }: { ok: boolean }): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  return (
    <span
      role="img"
      aria-label={ok ? strings.pubMatches : strings.pubMismatch}
      className={ok ? styles.ok : styles.bad}
    >
      {ok ? "✓" : "✗"}
    </span>
  );
}

const keyColumn = (group: ReconciliationGroup, strings: Strings): string =>
  group.by === "period"
    ? strings.pubColPeriod
    : group.by === "region"
      ? strings.pubColRegion
      : strings.pubColMeasure;

function keyText(group: ReconciliationGroup, key: string, strings: Strings): string {
  if (key !== "") return key;
  return group.by === "region" ? strings.pubNoRegion : strings.pubBlank;
}

type Amounts = Pick<ReconciliationLine, "gross" | "adjustments" | "net">;

/** A right-aligned money column's header (its sort button, too, aligned to the numbers). */
function AmountHeader({ children }: { children: React.ReactNode }): React.JSX.Element {
  const styles = { ...useCommonStyles(), ...useStyles() };
  return (
    <TableHeaderCell
      button={{ className: styles.headerEnd }}
      className={mergeClasses(styles.cell, styles.cellNumber)}
    >
      {children}
    </TableHeaderCell>
  );
}

/** The narrow ✓ column's header, named for screen readers. */
function CheckHeader(): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  return (
    <TableHeaderCell className={mergeClasses(styles.cell, styles.mark)} aria-label={strings.pubColCheck}>
      ✓
    </TableHeaderCell>
  );
}

/** One compact reconciliation table: a line per key, then the lines' sum against all rows. */
function ReconTable({
  label,
  keyHeader,
  lines,
  footer,
}: {
  label: string;
  keyHeader: string;
  lines: readonly { key: string; line: Amounts; ok: boolean }[];
  footer: { key: string; line: Amounts; ok: boolean };
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const row = (r: typeof footer, sum: boolean) => (
    <TableRow key={r.key} className={sum ? styles.sumRow : undefined}>
      <TableCell className={mergeClasses(styles.cell, styles.key)}>{r.key}</TableCell>
      {[r.line.gross, r.line.adjustments, r.line.net].map((v, i) => (
        <TableCell key={i} className={mergeClasses(styles.cell, styles.cellNumber, styles.amount)}>
          {format(v, 2, 2)}
        </TableCell>
      ))}
      <TableCell className={mergeClasses(styles.cell, styles.mark)}>
        <Mark ok={r.ok} />
      </TableCell>
    </TableRow>
  );
  return (
    <Table size="extra-small" className={styles.table} aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cell}>{keyHeader}</TableHeaderCell>
          <AmountHeader>{strings.pubColGross}</AmountHeader>
          <AmountHeader>{strings.pubColAdjustments}</AmountHeader>
          <AmountHeader>{strings.pubColNet}</AmountHeader>
          <CheckHeader />
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((l) => row(l, false))}
        {row(footer, true)}
      </TableBody>
    </Table>
  );
}

/** The grand total against what the run that wrote SalesPayouts recorded: payout, adjustments, net as rows. */
function TotalsTable({ reconciliation }: { reconciliation: Reconciliation }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const { total, recorded } = reconciliation;
  const rows: [string, keyof Amounts][] = [
    [strings.pubColGross, "gross"],
    [strings.pubColAdjustments, "adjustments"],
    [strings.pubColNet, "net"],
  ];
  return (
    <>
      <Table size="extra-small" className={styles.table} aria-label={strings.pubTotalLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell} />
            <AmountHeader>{strings.pubColAllRows}</AmountHeader>
            {recorded && <AmountHeader>{strings.pubColRun}</AmountHeader>}
            {recorded && <CheckHeader />}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([label, key]) => {
            const then = recorded?.[key] ?? null;
            return (
              <TableRow key={key}>
                <TableCell className={mergeClasses(styles.cell, styles.key)}>{label}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.cellNumber, styles.amount)}>
                  {format(total[key], 2, 2)}
                </TableCell>
                {recorded && (
                  <TableCell className={mergeClasses(styles.cell, styles.cellNumber, styles.amount)}>
                    {format(then, 2, 2)}
                  </TableCell>
                )}
                {recorded && (
                  <TableCell className={mergeClasses(styles.cell, styles.mark)}>
                    <Mark ok={recorded.agrees[key]} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>
        {fill(strings.pubTotalNote, { rows: total.rows })}
        {recorded &&
          ` ${fill(strings.pubRecorded, {
            action: actionLabel(strings, recorded.action),
            time: recorded.time === null ? "" : serialText(recorded.time),
          })}`}
      </Caption1>
    </>
  );
}

function ReconciliationView({ reconciliation }: { reconciliation: Reconciliation }): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  return (
    <>
      <Caption1 className={styles.muted}>{strings.pubReconIntro}</Caption1>
      <Text weight="semibold">{strings.pubTotalLabel}</Text>
      <TotalsTable reconciliation={reconciliation} />
      {reconciliation.groups.map((g) => (
        <React.Fragment key={g.by}>
          <Text weight="semibold">{strings[`pubBy_${g.by}`]}</Text>
          <ReconTable
            label={strings[`pubByLabel_${g.by}`]}
            keyHeader={keyColumn(g, strings)}
            lines={g.lines.map((l) => ({ key: keyText(g, l.key, strings), line: l, ok: l.addsUp }))}
            footer={{ key: strings.pubSum, line: g.sum, ok: g.matches }}
          />
        </React.Fragment>
      ))}
    </>
  );
}

function CheckList({ result }: { result: WorkbookCheckResult }): React.JSX.Element {
  const strings = useStrings();
  if (result.checks.length === 0) return <SuccessBar>{strings.checkClean}</SuccessBar>;
  return (
    <>
      <Text weight="semibold" role="status">
        {fill(strings.checkFound, { problems: plural(strings, "problems", result.checks.length) })}
      </Text>
      {result.checks.map((c, i) => (
        <MessageBar key={i} intent={c.severity === "error" ? "error" : "warning"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {c.severity === "error" ? strings.severityError : strings.severityWarning}
            </MessageBarTitle>
            {pick(c.message, strings)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

type PublishStep =
  { kind: "idle" } | { kind: "blocked"; errors: number } | { kind: "confirm"; warnings: number };

export function PublishWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const summary = useTask<PublishSummary>();
  const check = useTask<WorkbookCheckResult>();
  const publish = useTask<RunResult>();
  const [financeCopy, setFinanceCopy] = usePersistentState(
    actions,
    choiceNames.publishFinanceCopy,
    true,
    restoreBoolean,
  );
  const [step, setStep] = React.useState<PublishStep>({ kind: "idle" });
  const { run } = summary;
  const reload = React.useCallback(() => run(() => actions.publishSummary()), [actions, run]);
  React.useEffect(() => {
    void reload();
  }, [reload]);
  // A check reads everything again: its summary is the freshest.
  const shown = check.value?.summary ?? summary.value;

  const write = async () => {
    setStep({ kind: "idle" });
    await publish.run((control) => actions.publish({ financeCopy }, {}, control));
    // Show the audit row and copies just written, and the check as it now stands.
    await check.run((control) => actions.checkWorkbook({}, control));
  };
  const start = async () => {
    publish.reset();
    setStep({ kind: "idle" });
    let result: WorkbookCheckResult | null = null;
    await check.run(async (control) => (result = await actions.checkWorkbook({}, control)));
    const checked = result as WorkbookCheckResult | null;
    if (!checked) return;
    const errors = checked.checks.filter((c) => c.severity === "error").length;
    const warnings = checked.checks.length - errors;
    if (errors > 0) setStep({ kind: "blocked", errors });
    else if (warnings > 0) setStep({ kind: "confirm", warnings });
    else await write();
  };
  const busy = check.busy || publish.busy;
  return (
    <div className={styles.stack}>
      <Section title={strings.outputTables}>
        {summary.busy && <Spinner size="tiny" label={strings.loading} />}
        <ErrorBar error={summary.error} />
        {shown && <SummaryTable summary={shown} />}
        {shown && shown.copies.length > 0 && (
          <Caption1 className={styles.wrap}>
            {fill(strings.pubCopies, { list: shown.copies.map((c) => c.name).join(", ") })}
          </Caption1>
        )}
        <div>
          <Button size="small" onClick={() => void reload()} disabled={summary.busy}>
            {strings.refresh}
          </Button>
        </div>
      </Section>
      <Section title={strings.auditTrail}>{shown && <AuditList audit={shown.audit} />}</Section>
      <Section title={strings.checkWorkbook}>
        <Body1>{strings.checkIntro}</Body1>
        <div>
          <Button
            appearance={check.value ? "secondary" : "primary"}
            disabled={busy}
            onClick={() => void check.run((control) => actions.checkWorkbook({}, control))}
          >
            {strings.checkWorkbook}
          </Button>
        </div>
        {check.busy && <Spinner size="tiny" label={strings.working} />}
        <ErrorBar error={check.error} />
        {check.value && <CheckList result={check.value} />}
      </Section>
      <Section title={strings.pubReconTitle}>
        {!check.value && <Body1>{strings.pubReconPending}</Body1>}
        {check.value && !check.value.reconciliation && <Body1>{strings.pubReconNone}</Body1>}
        {check.value?.reconciliation && <ReconciliationView reconciliation={check.value.reconciliation} />}
      </Section>
      <Section title={strings.pubTitle}>
        <Body1>{strings.pubIntro}</Body1>
        <Switch
          label={strings.pubCopyLabel}
          checked={financeCopy}
          onChange={(_, d) => setFinanceCopy(d.checked)}
        />
        {financeCopy && (
          <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>
            {fill(strings.pubCopyWhat, { list: FINANCE_TABLES.join(", ") })}
          </Caption1>
        )}
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => void start()}>
            {strings.pubButton}
          </Button>
        </div>
        {publish.busy && !publish.slow && <Spinner size="tiny" label={strings.working} />}
        <TaskProgress task={publish} />
        {step.kind === "blocked" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {fill(strings.pubBlocked, { errors: plural(strings, "errors", step.errors) })}
            </MessageBarBody>
          </MessageBar>
        )}
        {step.kind === "confirm" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {fill(strings.pubConfirm, { warnings: plural(strings, "warnings", step.warnings) })}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={() => void write()}>
                {strings.pubAnyway}
              </Button>
              <Button size="small" onClick={() => setStep({ kind: "idle" })}>
                {strings.pubCancel}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <ErrorBar error={publish.error} />
        {publish.value && <SuccessBar>{writtenText(publish.value, strings)}</SuccessBar>}
      </Section>
      <MonthEnd actions={actions} onWritten={() => void reload()} />
    </div>
  );
}
