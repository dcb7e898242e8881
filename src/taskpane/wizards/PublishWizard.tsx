/**
 * Publish for finance as a checklist: 1. Check (each table finance reads, its status and next step;
 * the workbook check, each problem with "Go to cell"), 2. Reconcile (SalesPayouts to the cent; the
 * ledger with the open periods against the inputs recomputed), 3. Publish (the SalesAudit row and,
 * on request, values-only copies). Then the audit trail as a table, and month-end.
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
  Spinner,
  Switch,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { FINANCE_TABLES, publishChecklist } from "../../jobs";
import type { PublishSummary } from "../../jobs";
import type { CellTarget, RunResult, SalesPlanActions, WorkbookCheckResult } from "../actions";
import { fill, plural, useStrings } from "../i18n";
import { StickyFooter, writtenText } from "./PreviewAndWrite";
import { MonthEnd } from "./MonthEnd";
import { TaskProgress } from "./TaskProgress";
import { ErrorBar, Section, SuccessBar } from "./fields";
import { useCommonStyles } from "./styles";
import { useTask } from "./task";
import { choiceNames } from "./choices";
import { usePersistentState } from "./persist";
import { restoreBoolean } from "../../kernel/restore";
import { AuditTable } from "./AuditTable";
import { ChecklistTable, CheckList, notReadyText } from "./PublishChecklist";
import { LedgerReconView, ReconciliationView } from "./PublishReconciliation";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

type PublishStep =
  | { kind: "idle" }
  | { kind: "blocked"; errors: number }
  | { kind: "confirm"; warnings: number; notReady: string | null };

export function PublishWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const summary = useTask<PublishSummary>();
  const check = useTask<WorkbookCheckResult>();
  const publish = useTask<RunResult>();
  const goTo = useTask<void>();
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
  const checklist = shown ? publishChecklist(shown, check.value?.reconciliation?.recorded) : null;
  const onGoTo = (at: CellTarget) => void goTo.run(() => actions.goTo(at));

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
    const list = publishChecklist(checked.summary, checked.reconciliation?.recorded);
    // A missing table is no error (finance may get targets before payouts), but it is asked about.
    const notReady = list.ready ? null : notReadyText(strings, list);
    if (errors > 0) setStep({ kind: "blocked", errors });
    else if (warnings > 0 || notReady) setStep({ kind: "confirm", warnings, notReady });
    else await write();
  };
  const busy = check.busy || publish.busy;
  return (
    <div className={styles.stack}>
      <Section title={strings.pubStepCheck} step="check">
        <Body1>{strings.checkIntro}</Body1>
        {summary.busy && <Spinner size="tiny" label={strings.loading} />}
        <ErrorBar error={summary.error} />
        {shown && checklist && <ChecklistTable summary={shown} checklist={checklist} />}
        {shown && shown.copies.length > 0 && (
          <Caption1 className={styles.wrap}>
            {fill(strings.pubCopies, { list: shown.copies.map((c) => c.name).join(", ") })}
          </Caption1>
        )}
        <div className={styles.actions}>
          <Button onClick={() => void reload()} disabled={summary.busy}>
            {strings.refresh}
          </Button>
        </div>
        <ErrorBar error={check.error} />
        {!check.value && !check.busy && (
          <Caption1 className={styles.muted}>{strings.pubChecklistHint}</Caption1>
        )}
        {check.value && checklist && <CheckList result={check.value} checklist={checklist} onGoTo={onGoTo} />}
        <ErrorBar error={goTo.error} />
      </Section>
      <Section title={strings.pubStepReconcile}>
        {!check.value && <Body1>{strings.pubReconPending}</Body1>}
        {check.value && !check.value.reconciliation && <Body1>{strings.pubReconNone}</Body1>}
        {check.value?.reconciliation && <ReconciliationView reconciliation={check.value.reconciliation} />}
        {check.value?.ledger && <LedgerReconView ledger={check.value.ledger} />}
      </Section>
      <Section title={strings.pubStepPublish} step="publish">
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
        <ErrorBar error={publish.error} />
        {publish.value && <SuccessBar>{writtenText(publish.value, strings)}</SuccessBar>}
      </Section>
      <Section title={strings.auditTrail}>{shown && <AuditTable audit={shown.audit} />}</Section>
      <MonthEnd actions={actions} onWritten={() => void reload()} />
      {/* Check and Publish stay in view at the bottom of the pane, with what they ask and report. */}
      <StickyFooter>
        <div className={styles.actions}>
          <Button
            appearance={check.value ? "secondary" : "primary"}
            disabled={busy}
            onClick={() => void check.run((control) => actions.checkWorkbook({}, control))}
          >
            {strings.checkWorkbook}
          </Button>
          <Button
            appearance={check.value ? "primary" : "secondary"}
            disabled={busy}
            onClick={() => void start()}
          >
            {strings.pubButton}
          </Button>
        </div>
        {check.busy && <Spinner size="tiny" label={strings.working} />}
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
              {step.warnings > 0
                ? fill(strings.pubConfirm, { warnings: plural(strings, "warnings", step.warnings) })
                : fill(strings.pubConfirmMissing, { list: step.notReady ?? "" })}
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
      </StickyFooter>
    </div>
  );
}
