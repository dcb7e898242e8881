/** A preview's per-rep summary (previewSummary.ts): names, figures right-aligned with fixed decimals, a totals row. */
import {
  makeStyles,
  mergeClasses,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Tooltip,
} from "@fluentui/react-components";
import * as React from "react";
import type { RepSummary, RepSummaryRow } from "../previewSummary";
import { fill, plural, useStrings, type Strings } from "../i18n";
import { useCommonStyles, useFormat } from "./styles";

// A name or a figure on one line: the table scrolls sideways rather than stacking a name letter by letter.
const useStyles = makeStyles({ nowrap: { whiteSpace: "nowrap" } });

/** A written table's column header in the pane's language; a KPI or measure column keeps its own name. */
export function columnLabel(key: string, header: string, strings: Strings): string {
  return (strings as unknown as Record<string, string>)[`col_${key}`] ?? header;
}

/** Targets by rep and fiscal quarter with the year; or payout, adjustments and net payout per rep. */
export function RepSummaryTable({
  summary,
  label,
}: {
  summary: RepSummary;
  /** The table's accessible name. */
  label: string;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const money = (v: number | null) => format(v, summary.decimals, summary.decimals);
  // Adjustments only when some rep has one: a column of zeros says nothing.
  const shownColumns = summary.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => c !== "Adjustments" || summary.rows.some((r) => r.values[i] !== 0));
  const totalKey = summary.kind === "quarters" ? "Annual" : "NetPayout";
  const title = summary.kind === "quarters" ? strings.summaryTargets : strings.summaryPayouts;
  const reps = plural(strings, "reps", summary.repCount);
  const caption =
    summary.rows.length < summary.repCount
      ? fill(strings.summaryFirst, { title, shown: summary.rows.length, reps })
      : fill(strings.summaryAll, { title, reps });
  const head = (key: string, i: number) => {
    const text = columnLabel(key, key, strings);
    const span = summary.spans?.[i];
    return span ? (
      <Tooltip content={span} relationship="description">
        <span>{text}</span>
      </Tooltip>
    ) : (
      text
    );
  };
  return (
    <div className={styles.plain}>
      <Caption1>{caption}</Caption1>
      {/* Five figures a row may be wider than a 320 px pane: the table scrolls, so it takes focus
          and its name, and keyboard users can scroll it too (axe scrollable-region-focusable). */}
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={label}>
        <Table size="extra-small" className={styles.table} aria-label={label}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.summaryRep}</TableHeaderCell>
              {shownColumns.map(({ c, i }) => (
                <TableHeaderCell key={c} className={mergeClasses(styles.cellNumber, styles.nowrap)}>
                  {head(c, i)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell className={mergeClasses(styles.cellNumber, styles.nowrap)}>
                {columnLabel(totalKey, totalKey, strings)}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.rows.map((r) => (
              <TableRow key={r.repId}>
                <TableCell className={styles.nowrap}>
                  {r.name ? fill(strings.aside, { main: r.name, aside: r.repId }) : r.repId}
                </TableCell>
                {shownColumns.map(({ c, i }) => (
                  <TableCell key={c} className={mergeClasses(styles.cellNumber, styles.nowrap)}>
                    {money(r.values[i])}
                  </TableCell>
                ))}
                <TableCell className={mergeClasses(styles.cellNumber, styles.nowrap)}>
                  <b>{money(r.total)}</b>
                  {r.currency ? ` ${r.currency}` : ""}
                </TableCell>
              </TableRow>
            ))}
            {summary.unassigned && (
              <TableRow>
                <TableCell className={styles.nowrap}>{strings.total_unassigned}</TableCell>
                {shownColumns.map(({ c, i }) => (
                  <TableCell key={c} className={mergeClasses(styles.cellNumber, styles.nowrap)}>
                    {money((summary.unassigned as RepSummaryRow).values[i])}
                  </TableCell>
                ))}
                <TableCell className={mergeClasses(styles.cellNumber, styles.nowrap)}>
                  {money(summary.unassigned.total)}
                </TableCell>
              </TableRow>
            )}
            {summary.totals && (
              <TableRow>
                <TableCell>
                  <b>{strings.summaryAllReps}</b>
                </TableCell>
                {shownColumns.map(({ c, i }) => (
                  <TableCell key={c} className={mergeClasses(styles.cellNumber, styles.nowrap)}>
                    <b>{money((summary.totals as readonly number[])[i])}</b>
                  </TableCell>
                ))}
                <TableCell className={mergeClasses(styles.cellNumber, styles.nowrap)}>
                  <b>{money(summary.total)}</b>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
      {!summary.totals && <Caption1 className={styles.muted}>{strings.summaryMixedCurrency}</Caption1>}
    </div>
  );
}
