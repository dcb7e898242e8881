/**
 * Progress and cancel for a long write. The task pane's RunControl (src/taskpane/actions.ts) fits
 * this shape; the workbook layer reports its own stages and stops only where stopping leaves the
 * previous tables whole.
 */
import { SalesPlanError } from "../engine/errors";
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

/**
 * Let the browser handle input and paint before the next stage (a macrotask, not a microtask:
 * awaiting a resolved promise would run straight on without giving the event loop a turn).
 */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
