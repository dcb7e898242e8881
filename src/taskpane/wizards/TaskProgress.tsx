/** A run's progress as the user sees it: its label, its bar, Cancel, and the message after a cancel. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import * as React from "react";
import type { RunProgress } from "../actions";
import { fill, useStrings, type Strings } from "../i18n";
import { useCommonStyles } from "./styles";
import type { Task } from "./task";

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
