/**
 * Wizard state kept in the workbook: `usePersistentState` is React.useState whose value is restored
 * from the workbook's settings when the wizard opens, and saved back a moment after each change
 * (and when the wizard closes). It never stands in the wizard's way: a workbook that cannot read or
 * write settings (outside Excel, read-only, an Excel without ExcelApi 1.4) leaves the wizard working
 * as if nothing had been saved, and whatever is saved is checked field by field (`restore`), so a
 * stale or damaged value only loses its bad fields.
 */
import * as React from "react";
import type { Restore } from "../../kernel/restore";
import type { Mappings, SalesPlanActions } from "../actions";
import { restoreMappings } from "./choices";

/** How long typing may pause before the choices are saved. */
export const SAVE_DELAY_MS = 500;

export interface PersistOptions<T> {
  /** What to save of the value (default: all of it), e.g. without what the workbook's tables hold. */
  readonly toSaved?: (value: T) => unknown;
  readonly delayMs?: number;
}

type Choices = Pick<SalesPlanActions, "loadChoices" | "saveChoices">;

export function usePersistentState<T>(
  actions: Choices,
  name: string,
  initial: T | (() => T),
  restore: Restore<T>,
  options: PersistOptions<T> = {},
): [T, React.Dispatch<React.SetStateAction<T>>] {
  const [value, setValue] = React.useState<T>(initial);
  const [loaded, setLoaded] = React.useState(false);
  // Refs, so a caller's inline functions do not restart the load or the save.
  const restoreRef = React.useRef(restore);
  restoreRef.current = restore;
  const toSavedRef = React.useRef(options.toSaved);
  toSavedRef.current = options.toSaved;
  /** JSON of what the workbook holds (as far as this hook knows); nothing is written while equal. */
  const stored = React.useRef<string | undefined>(undefined);
  const pending = React.useRef<{ timer: ReturnType<typeof setTimeout>; write: () => void } | null>(null);
  const delay = options.delayMs ?? SAVE_DELAY_MS;

  React.useEffect(() => {
    let live = true;
    actions.loadChoices(name).then(
      (saved) => {
        if (!live) return;
        if (saved !== null && saved !== undefined) {
          setValue((current) => {
            try {
              return restoreRef.current(saved, current);
            } catch {
              return current;
            }
          });
        }
        setLoaded(true);
      },
      () => {
        if (live) setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [actions, name]);

  React.useEffect(() => {
    if (!loaded) return;
    const data = (toSavedRef.current ?? ((v: T) => v))(value);
    const json = JSON.stringify(data);
    const cancel = () => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
    };
    // The first value after loading is what the workbook holds (or the initial value): not written.
    if (stored.current === undefined) stored.current = json;
    if (json === stored.current) {
      cancel();
      return;
    }
    cancel();
    const write = () => {
      pending.current = null;
      actions.saveChoices(name, data).then(
        () => {
          stored.current = json;
        },
        // A workbook that refuses keeps the wizard working; the next change tries again.
        () => undefined,
      );
    };
    pending.current = { timer: setTimeout(write, delay), write };
  }, [actions, name, value, loaded, delay]);

  // A wizard closing (another tab chosen) saves what is still waiting.
  React.useEffect(
    () => () => {
      const waiting = pending.current;
      if (!waiting) return;
      clearTimeout(waiting.timer);
      waiting.write();
    },
    [],
  );

  return [value, setValue];
}

/** A wizard's column mappings and chosen input tables, kept in the workbook under `name`. */
export function usePersistentMappings(
  actions: Choices,
  name: string,
): [Mappings, React.Dispatch<React.SetStateAction<Mappings>>] {
  return usePersistentState<Mappings>(actions, name, {}, restoreMappings);
}
