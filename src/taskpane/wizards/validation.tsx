/**
 * When a form's messages show: a field's error only once it has been left, or once the user tried
 * to go on (Preview, Save); never on open. The fields of one form register here, so a summary can
 * list every error in page order and move to each field.
 */
import {
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type FieldProps,
} from "@fluentui/react-components";
import * as React from "react";
import { counted, useStrings } from "../i18n";
import { useCommonStyles } from "./styles";

interface Entry {
  readonly label: string;
  readonly message: string;
}

interface FormCheckState {
  /** The user tried to go on: every error shows. */
  readonly submitted: boolean;
  submit(): void;
  /** A field's current error (null: none), under a key unique in the form. */
  register(key: string, entry: Entry | null): void;
  readonly entries: ReadonlyMap<string, Entry>;
}

const FormCheckContext = React.createContext<FormCheckState | null>(null);

/** One form's messages: wrap the fields and the buttons that go on (PreviewAndWrite's Preview). */
export function FormCheck({ children }: { children: React.ReactNode }): React.JSX.Element {
  const [submitted, setSubmitted] = React.useState(false);
  const [entries, setEntries] = React.useState<ReadonlyMap<string, Entry>>(new Map());
  const register = React.useCallback((key: string, entry: Entry | null) => {
    setEntries((old) => {
      const had = old.get(key);
      if (entry === null ? had === undefined : had?.label === entry.label && had.message === entry.message)
        return old;
      const next = new Map(old);
      if (entry === null) next.delete(key);
      else next.set(key, entry);
      return next;
    });
  }, []);
  const submit = React.useCallback(() => setSubmitted(true), []);
  const value = React.useMemo(
    () => ({ submitted, submit, register, entries }),
    [submitted, submit, register, entries],
  );
  return <FormCheckContext.Provider value={value}>{children}</FormCheckContext.Provider>;
}

/** The form's check: `submit` shows every error; null outside a FormCheck. */
export function useFormCheck(): FormCheckState | null {
  return React.useContext(FormCheckContext);
}

/**
 * A field's error as it should show now: after the field was left (`onBlur`) or the form was
 * submitted. The error is registered for the summary whether shown or not. `data-check` marks the
 * field's root, which the summary's links move to.
 */
export function useFieldCheck(
  label: string,
  error: string | undefined,
): { shown: string | undefined; onBlur: () => void; key: string } {
  const form = useFormCheck();
  const key = React.useId();
  const [left, setLeft] = React.useState(false);
  const register = form?.register;
  React.useEffect(() => {
    if (!register) return;
    register(key, error ? { label, message: error } : null);
  }, [register, key, label, error]);
  React.useEffect(() => () => register?.(key, null), [register, key]);
  const onBlur = React.useCallback(() => setLeft(true), []);
  return { shown: error && (left || form?.submitted) ? error : undefined, onBlur, key };
}

/**
 * Fluent's Field, its error held back until the field is left or the form submitted. Warnings
 * (e.g. a choice whose column is not mapped) show at once: they guide, they do not scold.
 * `checkLabel` names the field in the summary when the Field has no visible label. `now`: the error
 * follows a choice, not typing (a table the chosen source needs is missing), so it shows at once.
 */
export function CheckedField({
  checkLabel,
  now,
  validationMessage,
  validationState,
  onBlur,
  ...props
}: FieldProps & { checkLabel?: string; now?: boolean }): React.JSX.Element {
  const isError = validationState === "error" || (validationState === undefined && !!validationMessage);
  const error = isError && typeof validationMessage === "string" ? validationMessage : undefined;
  // The summary names the field as assistive technology does: the control's own label first.
  const child = React.isValidElement<{ "aria-label"?: unknown }>(props.children) ? props.children : null;
  const ariaLabel = child?.props["aria-label"];
  const label =
    checkLabel ??
    (typeof ariaLabel === "string" ? ariaLabel : typeof props.label === "string" ? props.label : "");
  const check = useFieldCheck(label, error);
  const message = now ? error : check.shown;
  const shown = isError
    ? { validationMessage: message, validationState: message ? ("error" as const) : ("none" as const) }
    : { validationMessage, validationState };
  return (
    <Field
      {...props}
      {...shown}
      data-check={check.key}
      onBlur={(e: React.FocusEvent<HTMLDivElement>) => {
        check.onBlur();
        onBlur?.(e);
      }}
    />
  );
}

/** A checked field's root, by its key (React ids hold ":", fine inside a quoted attribute value). */
function fieldRoot(key: string): Element | null {
  return document.querySelector(`[data-check="${key.replace(/["\\]/g, "\\$&")}"]`);
}

/** Move to a field the summary names: focus its control and bring it into view. */
function goToField(key: string): void {
  const root = fieldRoot(key);
  const control = root?.querySelector<HTMLElement>("input, textarea, button, [tabindex]") ?? null;
  const target = control ?? (root as HTMLElement | null);
  target?.scrollIntoView?.({ block: "center" });
  target?.focus();
}

/** The wrong fields' keys in page order. */
function inPageOrder(entries: ReadonlyMap<string, Entry>): string[] {
  return [...entries.keys()].sort((a, b) => {
    const na = fieldRoot(a);
    const nb = fieldRoot(b);
    if (!na || !nb) return 0;
    return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * A try to go on with fields wrong (Save plan): every error shows, the summary too, and focus
 * moves to the first wrong field. False when there was none to go to.
 */
export function submitAndGoToFirst(form: FormCheckState | null): boolean {
  if (!form) return false;
  form.submit();
  const first = inPageOrder(form.entries)[0];
  if (first === undefined) return false;
  goToField(first);
  return true;
}

/**
 * Once the user tried to go on and some field is wrong: "2 fields to fix" and a link per field,
 * in page order, that moves to it. Nothing before then, or when every field is right.
 */
export function ErrorSummary({ fallback }: { fallback?: string }): React.JSX.Element | null {
  const form = useFormCheck();
  const strings = useStrings();
  const styles = useCommonStyles();
  if (!form?.submitted) return null;
  const keys = inPageOrder(form.entries);
  if (keys.length === 0 && !fallback) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {keys.length > 0
            ? counted(strings, "fieldsToFix", keys.length, { count: keys.length })
            : strings.fixSummaryTitle}
        </MessageBarTitle>
        {keys.length === 0 && fallback}
        {keys.length > 0 && (
          <ul className={styles.list}>
            {keys.map((k) => {
              const entry = form.entries.get(k) as Entry;
              return (
                <li key={k} className={styles.wrap}>
                  <Link as="button" onClick={() => goToField(k)}>
                    {entry.label || entry.message}
                  </Link>
                  {entry.label ? `${strings.colon}${entry.message}` : ""}
                </li>
              );
            })}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
