/**
 * Month-end in the Publish wizard: choose a payout period, close it into SalesLedger (after a clean
 * workbook check, listing its open inquiries), approve it and mark it paid. Forward only: a move
 * back is refused by the ledger with its message. Each move is one write with its SalesAudit row.
 */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Spinner,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import type { CloseReport, MonthEndView, MoveReport, SalesPlanActions } from "../actions";
import { fill, pick, plural, useStrings, type Strings } from "../i18n";
import { ErrorBar, Section, SuccessBar } from "./fields";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";
import { choiceNames } from "./choices";
import { usePersistentState } from "./persist";
import { restoreText } from "../../kernel/restore";
import { StatementStep } from "./StatementStep";

type Report = { kind: "close"; report: CloseReport } | { kind: "move"; report: MoveReport };

const statusLabel = (strings: Strings, status: string | null): string =>
  status === null
    ? strings.meOpen
    : ((strings as Readonly<Record<string, string>>)[`meStatus_${status}`] ?? status);

function CloseResult({ report }: { report: CloseReport }): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const format = useFormat();
  return (
    <>
      <SuccessBar>
        {fill(strings.meClosed, {
          period: report.period,
          lines: plural(strings, "ledgerLines", report.lines),
          reps: plural(strings, "reps", report.reps),
          total: format(report.total, 2, 2),
          restatements: plural(strings, "restatements", report.restatements),
        })}
      </SuccessBar>
      {report.openInquiries.length === 0 ? (
        <Body1>{fill(strings.meInquiriesNone, { period: report.period })}</Body1>
      ) : (
        <>
          <Text weight="semibold">
            {fill(strings.meInquiries, { period: report.period, count: report.openInquiries.length })}
          </Text>
          <ul className={styles.list}>
            {report.openInquiries.map((q, i) => (
              <li key={i} className={styles.wrap}>
                {q}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <Text weight="semibold">{strings.meWarnings}</Text>
          <ul className={styles.list}>
            {report.warnings.map((w, i) => (
              <li key={i} className={styles.wrap}>
                <Caption1>{pick(w, strings)}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function MonthEnd({
  actions,
  onWritten,
}: {
  actions: SalesPlanActions;
  /** Told after each write, so the wizard shows the tables and audit trail as they now stand. */
  onWritten?: () => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const format = useFormat();
  const view = useTask<MonthEndView>();
  const move = useTask<Report>();
  const [period, setPeriod] = React.useState("");
  const [by, setBy] = usePersistentState(actions, choiceNames.monthEndBy, "", restoreText);
  const load = view.run;
  const reload = React.useCallback(() => load(() => actions.monthEnd()), [actions, load]);
  React.useEffect(() => {
    void reload();
  }, [reload]);
  const periods = view.value?.periods ?? [];
  // The first period not yet paid, until the user picks one.
  const chosen =
    period || (periods.find((p) => p.status !== "Paid") ?? periods[periods.length - 1])?.period || "";
  const state = periods.find((p) => p.period === chosen);
  const who = by.trim() === "" ? null : by.trim();
  const act = async (work: () => Promise<Report>) => {
    // Stay on the period acted on: the default would move on once it is paid.
    setPeriod(chosen);
    await move.run(work);
    await reload();
    onWritten?.();
  };
  const busy = view.busy || move.busy;
  const label = (p: { period: string; status: string | null }) =>
    fill(strings.aside, { main: p.period, aside: statusLabel(strings, p.status) });
  return (
    <Section title={strings.meTitle} step="monthEnd">
      <Caption1 className={styles.wrap}>{strings.meIntro}</Caption1>
      <ErrorBar error={view.error} />
      {view.value && periods.length === 0 && <Body1>{strings.meNoPeriods}</Body1>}
      {periods.length > 0 && (
        <>
          <Field label={strings.mePeriod}>
            <Dropdown
              className={styles.fullWidth}
              value={state ? label(state) : ""}
              selectedOptions={[chosen]}
              onOptionSelect={(_, d) => setPeriod(d.optionValue ?? "")}
            >
              {periods.map((p) => (
                <Option key={p.period} value={p.period} text={label(p)}>
                  {label(p)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={strings.meBy}>
            <Input value={by} onChange={(_, d) => setBy(d.value)} />
          </Field>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() =>
                void act(async () => ({ kind: "close", report: await actions.closePeriod(chosen, who) }))
              }
            >
              {strings.meClose}
            </Button>
            {(["Approved", "Paid"] as const).map((to) => (
              <Button
                key={to}
                disabled={busy}
                onClick={() =>
                  void act(async () => ({ kind: "move", report: await actions.movePeriod(chosen, to, who) }))
                }
              >
                {to === "Approved" ? strings.meApprove : strings.mePaid}
              </Button>
            ))}
          </div>
        </>
      )}
      {busy && <Spinner size="tiny" label={strings.working} />}
      <ErrorBar error={move.error} />
      {move.value?.kind === "close" && <CloseResult report={move.value.report} />}
      {move.value?.kind === "move" && (
        <SuccessBar>
          {fill(strings.meMoved, {
            period: move.value.report.period,
            status: statusLabel(strings, move.value.report.status),
            lines: plural(strings, "ledgerLines", move.value.report.lines),
            total: format(move.value.report.total, 2, 2),
          })}
        </SuccessBar>
      )}
      {periods.length > 0 && (
        <StatementStep
          actions={actions}
          period={chosen}
          reps={view.value?.reps ?? []}
          onWritten={onWritten}
        />
      )}
    </Section>
  );
}
