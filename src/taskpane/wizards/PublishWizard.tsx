/** Publish for finance: which output tables exist and their totals, the audit trail, and a workbook check. */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
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
import type { AuditEntry, OutputSummary, PublishSummary } from "../../jobs";
import type { SalesPlanActions, WorkbookCheckResult } from "../actions";
import { fill, useStrings } from "../i18n";
import { ErrorBar, pick, Section, SuccessBar, useCommonStyles, useFormat, useTask } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  nameCell: { display: "flex", flexDirection: "column", minWidth: 0 },
});

/** An Excel date-time serial as "2026-11-27 02:15" (UTC, as written). */
function serialText(serial: number | null): string {
  if (serial === null) return "";
  const date = new Date(Math.round((serial - 25569) * 86400000));
  return date.toISOString().slice(0, 16).replace("T", " ");
}

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
            <TableHeaderCell className={styles.cellNumber}>{strings.colRows}</TableHeaderCell>
            <TableHeaderCell className={styles.cellNumber}>{strings.colTotal}</TableHeaderCell>
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

function AuditList({ audit }: { audit: readonly AuditEntry[] }): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  if (audit.length === 0) return <Body1>{strings.auditEmpty}</Body1>;
  return (
    <ul className={styles.list} aria-label={strings.auditTrail}>
      {audit.slice(0, 6).map((a, i) => (
        <li key={i} className={styles.wrap}>
          <Text>
            {fill(strings.auditEntry, { time: serialText(a.time), action: a.action, plan: a.plan })}
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

export function PublishWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const summary = useTask<PublishSummary>();
  const check = useTask<WorkbookCheckResult>();
  const { run } = summary;
  const reload = React.useCallback(() => run(() => actions.publishSummary()), [actions, run]);
  React.useEffect(() => {
    void reload();
  }, [reload]);
  // A check reads everything again: its summary is the freshest.
  const shown = check.value?.summary ?? summary.value;
  return (
    <div className={styles.stack}>
      <Section title={strings.outputTables}>
        {summary.busy && <Spinner size="tiny" label={strings.loading} />}
        <ErrorBar error={summary.error} />
        {shown && <SummaryTable summary={shown} />}
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
            appearance="primary"
            disabled={check.busy}
            onClick={() => void check.run(() => actions.checkWorkbook({}))}
          >
            {strings.checkWorkbook}
          </Button>
        </div>
        {check.busy && <Spinner size="tiny" label={strings.working} />}
        <ErrorBar error={check.error} />
        {check.value && check.value.checks.length === 0 && <SuccessBar>{strings.checkClean}</SuccessBar>}
        {check.value && check.value.checks.length > 0 && (
          <>
            <Text weight="semibold" role="status">
              {fill(strings.checkFound, { count: check.value.checks.length })}
            </Text>
            {check.value.checks.map((c, i) => (
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
        )}
      </Section>
    </div>
  );
}
