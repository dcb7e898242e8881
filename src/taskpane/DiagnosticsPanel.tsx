/**
 * The Diagnostics view: runs the self-test in this Excel and shows each step with pass or the
 * error, the host, version and API sets, and the same as plain text to copy into a message.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Locale } from "../kernel/messages";
import type { DiagnosticsReport, DiagnosticsStepId, SalesPlanActions } from "./actions";
import { fill, plural, useStrings, type Strings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  skipped: { color: tokens.colorNeutralForeground3 },
  error: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  report: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

const stepLabel = (id: DiagnosticsStepId, strings: Strings): string =>
  strings[`step_${id}` as keyof Strings] as string;

function setsText(report: DiagnosticsReport, strings: Strings): string {
  const { environment: env } = report;
  const sets = env.sets.map(
    (s) =>
      `${s.name} ${s.version}: ${s.supported ? strings.diagnosticsSupported : strings.diagnosticsMissing}`,
  );
  const highest = fill(strings.diagnosticsHighest, { version: env.excelApi ?? strings.diagnosticsNone });
  return [...sets, highest].join("; ");
}

function statusText(status: DiagnosticsReport["steps"][number]["status"], strings: Strings): string {
  if (status === "pass") return strings.diagnosticsPass;
  if (status === "fail") return strings.diagnosticsFail;
  return strings.diagnosticsSkipped;
}

/** The report as plain text in the pane's language: what a user pastes into an e-mail. */
export function reportText(report: DiagnosticsReport, strings: Strings, when: Date): string {
  const locale = strings.locale as Locale;
  const env = report.environment;
  return [
    `SalesPlan ${strings.diagnosticsTitle} · ${when.toISOString()}`,
    `${strings.diagnosticsHost}: ${env.host}`,
    `${strings.diagnosticsPlatform}: ${env.platform}`,
    `${strings.diagnosticsVersion}: ${env.version}`,
    `${strings.diagnosticsApiSets}: ${setsText(report, strings)}`,
    ...report.steps.map(
      (s, i) =>
        `${i + 1}. ${stepLabel(s.id, strings)}: ${statusText(s.status, strings)}${
          s.error ? ` — ${s.error[locale]}` : ""
        }`,
    ),
  ].join("\n");
}

export function DiagnosticsPanel({
  actions,
  onClose,
}: {
  actions: SalesPlanActions;
  onClose: () => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const locale = strings.locale as Locale;
  const [running, setRunning] = React.useState<DiagnosticsStepId | null>(null);
  const [result, setResult] = React.useState<{ report: DiagnosticsReport; when: Date } | null>(null);
  const [copied, setCopied] = React.useState(false);
  const headingId = React.useId();
  const run = actions.runDiagnostics?.bind(actions);

  const start = async (): Promise<void> => {
    if (!run) return;
    setResult(null);
    setCopied(false);
    setRunning("sheet");
    try {
      const report = await run((step) => setRunning(step));
      setResult({ report, when: new Date() });
    } finally {
      setRunning(null);
    }
  };
  const text = result ? reportText(result.report, strings, result.when) : "";
  const env = result?.report.environment;
  const failures = result ? result.report.steps.filter((s) => s.status !== "pass").length : 0;
  const copy = (): void => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.diagnosticsTitle}
      </Subtitle2>
      <Body1>{strings.diagnosticsIntro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!run || running !== null} onClick={() => void start()}>
          {strings.diagnosticsRun}
        </Button>
        <Button onClick={onClose}>{strings.diagnosticsBack}</Button>
      </div>
      {!run && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.diagnosticsNotInExcel}</MessageBarBody>
        </MessageBar>
      )}
      {running && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={fill(strings.diagnosticsRunning, { step: stepLabel(running, strings) })}
        />
      )}
      {result && env && (
        <>
          <MessageBar intent={result.report.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody>
              {result.report.ok
                ? strings.diagnosticsPassed
                : fill(strings.diagnosticsFailed, { steps: plural(strings, "steps", failures) })}
            </MessageBarBody>
          </MessageBar>
          <ol className={styles.steps}>
            {result.report.steps.map((s) => (
              <li key={s.id}>
                {stepLabel(s.id, strings)}:{" "}
                <span
                  className={styles[s.status === "pass" ? "pass" : s.status === "fail" ? "fail" : "skipped"]}
                >
                  {s.status === "pass" ? "✓ " : s.status === "fail" ? "✕ " : ""}
                  {statusText(s.status, strings)}
                </span>
                {s.error && <Caption1 className={styles.error}>{s.error[locale]}</Caption1>}
              </li>
            ))}
          </ol>
          <Caption1 className={styles.facts}>
            {strings.diagnosticsHost}: {env.host} · {strings.diagnosticsPlatform}: {env.platform} ·{" "}
            {strings.diagnosticsVersion}: {env.version}
            <br />
            {strings.diagnosticsApiSets}: {setsText(result.report, strings)}
          </Caption1>
          <Textarea
            className={styles.report}
            aria-label={strings.diagnosticsReportLabel}
            readOnly
            resize="vertical"
            rows={6}
            value={text}
          />
          <div className={styles.actions}>
            <Button onClick={copy}>{copied ? strings.diagnosticsCopied : strings.diagnosticsCopy}</Button>
          </div>
        </>
      )}
    </section>
  );
}
