/**
 * The Publish wizard's first step: each table finance reads with its status and the next step when
 * it is not ready ("missing – run payouts"), the check's problems each with "Go to cell", and one
 * verdict that is never an all-clear while a table finance needs is missing.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
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
import type { Checklist, ChecklistItem, OutputSummary, PublishSummary } from "../../jobs";
import type { CellTarget, CheckItem, WorkbookCheckResult } from "../actions";
import { fill, listText, pick, plural, useStrings, type Strings } from "../i18n";
import { usePublishStyles } from "./PublishReconciliation";
import { SuccessBar } from "./fields";
import { useCommonStyles, useFormat } from "./styles";

/** "missing – run payouts (Incentive plan)"; "ready". */
export function stateText(strings: Strings, item: ChecklistItem): string {
  const state = strings[`pubState_${item.state}`];
  return item.next ? fill(strings.pubStateNext, { state, next: strings[`pubNext_${item.next}`] }) : state;
}

/** "SalesPayouts missing, SalesScorecard missing": the required tables not ready. */
export function notReadyText(strings: Strings, checklist: Checklist): string {
  return listText(
    strings,
    checklist.items
      .filter((i) => i.required && i.state !== "ready")
      .map((i) => fill(strings.pubNotReadyItem, { table: i.name, state: strings[`pubState_${i.state}`] })),
  );
}

export function ChecklistTable({
  summary,
  checklist,
}: {
  summary: PublishSummary;
  checklist: Checklist;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...usePublishStyles() };
  const format = useFormat();
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
          {summary.tables.map((t) => {
            const item = checklist.items.find((i) => i.name === t.name);
            const bad = item && item.state !== "ready" && (item.required || item.state === "foreign");
            return (
              <TableRow key={t.name} data-table={t.name} data-state={item?.state}>
                <TableCell>
                  <div className={styles.nameCell}>
                    <Text className={styles.wrap}>
                      {(item?.state === "ready" || bad) && (
                        <span aria-hidden className={bad ? styles.bad : styles.ok}>
                          {bad ? "✗ " : "✓ "}
                        </span>
                      )}
                      {t.name}
                    </Text>
                    <Caption1 className={mergeClasses(bad ? styles.bad : styles.muted, styles.wrap)}>
                      {item ? stateText(strings, item) : ""}
                    </Caption1>
                  </div>
                </TableCell>
                <TableCell className={styles.cellNumber}>
                  {t.ownership === "absent" ? "" : format(t.rows, 0)}
                </TableCell>
                <TableCell className={styles.cellNumber}>{total(t)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** "Go to cell" (or table) for a problem that has a place; its failure shows in the bar. */
function GoTo({ at, onGoTo }: { at: CellTarget; onGoTo: (at: CellTarget) => void }): React.JSX.Element {
  const strings = useStrings();
  const where = at.cell ? `${at.sheet}!${at.cell}` : (at.table ?? at.sheet);
  const label = at.cell ? strings.pubGoTo : strings.pubGoToTable;
  // The accessible name starts with the visible text (WCAG 2.5.3), then says where.
  return (
    <Button size="small" aria-label={`${label} ${where}`} data-go-to={where} onClick={() => onGoTo(at)}>
      {label}
    </Button>
  );
}

export function CheckList({
  result,
  checklist,
  onGoTo,
}: {
  result: WorkbookCheckResult;
  checklist: Checklist;
  onGoTo: (at: CellTarget) => void;
}): React.JSX.Element {
  const strings = useStrings();
  if (result.checks.length === 0)
    return checklist.ready ? (
      <SuccessBar>{strings.checkClean}</SuccessBar>
    ) : (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {fill(strings.pubCleanNotReady, { list: notReadyText(strings, checklist) })}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      <Text weight="semibold" role="status">
        {fill(strings.checkFound, { problems: plural(strings, "problems", result.checks.length) })}
      </Text>
      {!checklist.ready && (
        <Caption1>{fill(strings.pubNotReady, { list: notReadyText(strings, checklist) })}</Caption1>
      )}
      {result.checks.map((c: CheckItem, i) => (
        <MessageBar key={i} intent={c.severity === "error" ? "error" : "warning"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {c.severity === "error" ? strings.severityError : strings.severityWarning}
            </MessageBarTitle>
            {pick(c.message, strings)}
          </MessageBarBody>
          {c.at && (
            <MessageBarActions>
              <GoTo at={c.at} onGoTo={onGoTo} />
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </>
  );
}
