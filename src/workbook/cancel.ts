/**
 * Progress and cancel for a long write. The task pane's RunControl (src/taskpane/actions.ts) fits
 * this shape; the workbook layer reports its own stages and stops only where stopping leaves the
 * previous tables whole.
 */
import { SalesPlanError } from "../kernel/errors";
import { workbookMessages } from "./messages";

export interface WriteProgress {
  readonly stage: "write" | "commit";
  readonly done: number;
  readonly total: number;
}

export interface WriteControl {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: WriteProgress) => void;
}

/** Stop here when the run was cancelled: with the signal's SalesPlanError reason, else "cancelled". */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  throw reason instanceof SalesPlanError ? reason : new SalesPlanError(workbookMessages.cancelled);
}

/** Whether an error is the one throwIfCancelled throws (a cancel, not a failure). */
export function isCancelled(error: unknown): boolean {
  return error instanceof SalesPlanError && error.template === workbookMessages.cancelled;
}

/** Longest wait for a frame: a hidden pane gets no animation frames, and the run must go on. */
const FRAME_WAIT_MS = 50;

/**
 * Let the pane handle input and paint before the next stage: wait for the next animation frame
 * (so the progress bar is drawn), then a macrotask; at most FRAME_WAIT_MS when no frame comes. A
 * resolved promise would not do: it runs straight on without giving the event loop a turn.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number })
      .requestAnimationFrame;
    if (!frame) {
      setTimeout(resolve, 0);
      return;
    }
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    frame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
