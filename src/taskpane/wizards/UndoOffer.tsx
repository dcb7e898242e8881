/** "Undo last write": offered once, right after a wizard's write, until it is used or another write runs. */
import { Button } from "@fluentui/react-components";
import * as React from "react";
import type { RunResult, SalesPlanActions, UndoResult } from "../actions";
import { fill, plural, useStrings, type Strings } from "../i18n";
import { ErrorBar, SuccessBar } from "./fields";
import { useTask } from "./task";

/** The actions an undo needs (actions.undoLastWrite and actions.canUndo). */
export interface UndoAction {
  readonly run: (id: string) => Promise<UndoResult>;
  /** No write since the one with this id. */
  readonly can: (id: string) => boolean;
}

/** The pane's actions as an UndoAction. */
export const undoOf = (actions: Pick<SalesPlanActions, "undoLastWrite" | "canUndo">): UndoAction => ({
  run: (id) => actions.undoLastWrite(id),
  can: (id) => actions.canUndo(id),
});

/** "Undone: SalesPayouts back to 36 rows, SalesPlan removed. SalesAudit records the undo." */
export function undoneText(result: UndoResult, strings: Strings): string {
  const items = result.tables
    .filter((t) => t.name !== "SalesAudit")
    .map((t) =>
      t.rows === null
        ? fill(strings.undoRemoved, { name: t.name })
        : fill(strings.undoBack, { name: t.name, rows: plural(strings, "rows", t.rows) }),
    );
  return fill(strings.undoDone, { list: items.join(strings.listSep) });
}

/**
 * The Undo button for the write `result` (while it is the last write and none is running), then
 * what the undo did or why it refused. `onUndone` hears a done undo (the wizard may write again).
 */
export function UndoOffer({
  result,
  writing,
  undo,
  onUndone,
}: {
  result: RunResult | null;
  writing: boolean;
  undo: UndoAction;
  onUndone?: (id: string) => void;
}): React.JSX.Element | null {
  const strings = useStrings();
  const task = useTask<UndoResult>();
  const { reset } = task;
  const id = result?.undo;
  // Another write (or none) starts afresh.
  React.useEffect(() => reset(), [id, reset]);
  const offered = id !== undefined && !writing && task.value === null && (task.busy || undo.can(id));
  return (
    <>
      {offered && (
        <div>
          <Button
            appearance="secondary"
            disabled={task.busy}
            onClick={() =>
              void task.run(async () => {
                const done = await undo.run(id);
                onUndone?.(id);
                return done;
              })
            }
          >
            {task.busy ? strings.undoBusy : strings.undoButton}
          </Button>
        </div>
      )}
      <ErrorBar error={task.error} />
      {task.value && <SuccessBar>{undoneText(task.value, strings)}</SuccessBar>}
    </>
  );
}
