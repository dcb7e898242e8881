/**
 * The audit trail as a table: when, which run (and plan), and for each table it wrote its rows and
 * totals, formatted in the pane's language, instead of SalesAudit's raw "Table.Column=value" text.
 */
import {
  Body1,
  Caption1,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import { auditPairs, serialText, type AuditEntry } from "../../jobs";
import { fill, plural, useStrings } from "../i18n";
import { actionLabel, usePublishStyles } from "./PublishReconciliation";
import { columnLabel } from "./PreviewSummary";
import { useCommonStyles, useFormat } from "./styles";

/** Runs shown: the latest first. */
const SHOWN = 6;

/** Each table the run wrote, with its rows and the totals recorded for it, in the order written. */
export function auditWrites(
  entry: AuditEntry,
): { table: string; rows: number; totals: { column: string; value: number }[] }[] {
  const totals = [...auditPairs(entry.totals)];
  return [...auditPairs(entry.outputRows)].map(([table, rows]) => ({
    table,
    rows,
    totals: totals
      // A payouts run's nets per line ("SalesPayouts.NetPayout[period:2026-01]") are the reconciliation's.
      .filter(([key]) => key.startsWith(`${table}.`) && !key.includes("["))
      .map(([key, value]) => ({ column: key.slice(table.length + 1), value })),
  }));
}

export function AuditTable({ audit }: { audit: readonly AuditEntry[] }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...usePublishStyles() };
  const format = useFormat();
  if (audit.length === 0) return <Body1>{strings.auditEmpty}</Body1>;
  const cell = mergeClasses(styles.cell, styles.key);
  return (
    <Table size="extra-small" className={styles.table} aria-label={strings.auditTrail}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cell}>{strings.auditColTime}</TableHeaderCell>
          <TableHeaderCell className={styles.cell}>{strings.auditColAction}</TableHeaderCell>
          <TableHeaderCell className={styles.cell}>{strings.auditColWritten}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {audit.slice(0, SHOWN).map((a, i) => {
          const [day, time] = a.time === null ? ["", ""] : serialText(a.time).split(" ");
          return (
            <TableRow key={i} data-audit-action={a.action}>
              <TableCell className={mergeClasses(styles.cell, styles.amount)}>
                <div className={styles.nameCell}>
                  <Text size={100}>{day}</Text>
                  <Caption1 className={styles.muted}>{time}</Caption1>
                </div>
              </TableCell>
              <TableCell className={cell}>
                <div className={styles.nameCell}>
                  <Text size={100} weight="semibold">
                    {actionLabel(strings, a.action)}
                  </Text>
                  {a.plan && (
                    <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>
                      {`${a.plan} ${a.version}`.trim()}
                    </Caption1>
                  )}
                </div>
              </TableCell>
              <TableCell className={cell}>
                <div className={styles.nameCell}>
                  {auditWrites(a).map((w) => (
                    <div key={w.table} className={styles.nameCell}>
                      <Text size={100} className={styles.wrap}>
                        {fill(strings.auditRows, { table: w.table, rows: plural(strings, "rows", w.rows) })}
                      </Text>
                      {w.totals.map((t) => (
                        <Caption1 key={t.column} className={mergeClasses(styles.muted, styles.wrap)}>
                          {fill(strings.auditTotal, {
                            column: columnLabel(t.column, t.column, strings),
                            value: format(t.value, 2, 2),
                          })}
                        </Caption1>
                      ))}
                    </div>
                  ))}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
