/**
 * The state machine of an async action in a wizard (load, preview, write, save): busy with its
 * progress, done with a value, failed with an error in both languages, or cancelled. Only the
 * latest run speaks, and a run slower than SLOW_MS is flagged so the pane can show its progress.
 */
import * as React from "react";
import { isCancelled, localize, type Localized } from "../../jobs";
import type { RunControl, RunProgress } from "../actions";

/** A run shorter than this shows no progress bar: it would only flicker. */
export const SLOW_MS = 300;

/** An async action's state: busy (with its progress), its value, its error in both languages, or cancelled. */
export interface Task<T> {
  readonly busy: boolean;
  readonly value: T | null;
  readonly error: Localized | null;
  /** The last run stopped on Cancel: nothing was changed. */
  readonly cancelled: boolean;
  /** Where a busy run is, once it has said. */
  readonly progress: RunProgress | null;
  /** Busy for longer than SLOW_MS: time to show the progress bar and Cancel. */
  readonly slow: boolean;
  /** `work` gets the control to pass to the action (its signal and progress callback). */
  run(work: (control: RunControl) => Promise<T>): Promise<void>;
  cancel(): void;
  reset(): void;
}

interface TaskState<T> {
  readonly busy: boolean;
  readonly value: T | null;
  readonly error: Localized | null;
  readonly cancelled: boolean;
  readonly progress: RunProgress | null;
  readonly slow: boolean;
}

const idle = { busy: false, value: null, error: null, cancelled: false, progress: null, slow: false };

export function useTask<T>(): Task<T> {
  const [state, setState] = React.useState<TaskState<T>>(idle);
  const alive = React.useRef(true);
  const controller = React.useRef<AbortController | null>(null);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const run = React.useCallback(async (work: (control: RunControl) => Promise<T>) => {
    const abort = new AbortController();
    controller.current = abort;
    const update = (next: Partial<TaskState<T>>) => {
      // Only the latest run speaks: an older one finishing late must not overwrite it.
      if (alive.current && controller.current === abort) setState((s) => ({ ...s, ...next }));
    };
    setState({ ...idle, busy: true });
    const started = Date.now();
    const timer = setTimeout(() => update({ slow: true }), SLOW_MS);
    // A stage that blocks the thread also blocks the timer: each report checks the time itself.
    const onProgress = (progress: RunProgress) =>
      update(Date.now() - started >= SLOW_MS ? { progress, slow: true } : { progress });
    try {
      const value = await work({ signal: abort.signal, onProgress });
      update({ ...idle, value });
    } catch (error) {
      if (abort.signal.aborted && isCancelled(error)) update({ ...idle, cancelled: true });
      else update({ ...idle, error: localize(error) });
    } finally {
      clearTimeout(timer);
    }
  }, []);
  const cancel = React.useCallback(() => controller.current?.abort(), []);
  // A busy run is not forgotten: its outcome (a write done, or failed) is still the user's to see.
  const reset = React.useCallback(() => setState((s) => (s.busy ? s : idle)), []);
  return { ...state, run, cancel, reset };
}
