/**
 * What a run left out (README "Odd input": rows outside the plan year, measures nothing uses, reps
 * with no actuals), shown under its preview and its write: a warning, not an error, since the run
 * still completes.
 */
import * as React from "react";
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { RunWarning } from "../actions";
import { fill, pick, useStrings } from "../i18n";

const useStyles = makeStyles({ wrap: { overflowWrap: "anywhere", wordBreak: "break-word" } });

export function RunWarnings({
  warnings,
}: {
  warnings: readonly RunWarning[] | undefined;
}): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useStyles();
  if (!warnings || warnings.length === 0) return null;
  const rows = warnings.reduce((sum, w) => sum + w.rows, 0);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {rows === 1 ? strings.leftOutOne : fill(strings.leftOutMany, { count: rows })}
        </MessageBarTitle>
        <Table size="extra-small" aria-label={strings.leftOutLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.leftOutTable}</TableHeaderCell>
              <TableHeaderCell>{strings.leftOutCell}</TableHeaderCell>
              <TableHeaderCell>{strings.leftOutWhy}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {warnings.map((w, i) => (
              <TableRow key={i}>
                <TableCell>{w.table ?? ""}</TableCell>
                <TableCell>{w.cell ?? ""}</TableCell>
                <TableCell className={styles.wrap}>{pick(w.message, strings)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </MessageBarBody>
    </MessageBar>
  );
}
