/** The fields and bars every wizard uses: sections, error and success bars, number fields, dropdowns, row removal. */
import {
  Button,
  Dropdown,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
} from "@fluentui/react-components";
import * as React from "react";
import type { Localized } from "../../jobs";
import { pick, useStrings } from "../i18n";
import { groupedText } from "./numberText";
import { StepFocusContext, type StepId } from "./steps";
import { useCommonStyles } from "./styles";
import { CheckedField } from "./validation";

/**
 * One step of a wizard, as an accordion item: a native disclosure (details/summary) whose summary
 * holds the step's heading, so every wizard's steps fold alike. It is not a role="button": a step
 * named "Month-end: close, approve, pay" is then never taken for the Approve button. A folded step
 * stays mounted, so what it holds (a preview, a review being typed) is there when it opens again.
 */
export function Section({
  title,
  children,
  summary,
  defaultOpen = true,
  openWhen,
  step,
}: {
  title: string;
  /** Which step this is, for a "Go" from the home tab. */
  step?: StepId;
  children: React.ReactNode;
  /** What the step holds, in a few words, shown beside the heading while it is folded. */
  summary?: string;
  defaultOpen?: boolean;
  /** The step opens by itself whenever this changes to something truthy (a new preview, a missing column). */
  openWhen?: unknown;
}): React.JSX.Element {
  const styles = useCommonStyles();
  const id = React.useId();
  const [open, setOpen] = React.useState(defaultOpen);
  React.useEffect(() => {
    if (openWhen) setOpen(true);
  }, [openWhen]);
  const focus = React.useContext(StepFocusContext);
  const toggle = React.useRef<HTMLElement>(null);
  const asked = step !== undefined && focus === step;
  React.useEffect(() => {
    if (!asked) return;
    setOpen(true);
    // Focus scrolls the step into view, and keeps it there while the steps above fill in.
    toggle.current?.focus();
    toggle.current?.scrollIntoView?.({ block: "start" });
  }, [asked]);
  return (
    <section className={styles.section} aria-labelledby={id} data-step={step}>
      <details
        className={styles.stepDetails}
        open={open}
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary ref={toggle} className={styles.stepToggle}>
          <span aria-hidden="true" className={open ? styles.chevronOpen : styles.chevron}>
            ›
          </span>
          <Subtitle2 as="h3" id={id} className={styles.stepHeading}>
            {title}
          </Subtitle2>
          {!open && summary && <span className={styles.stepSummary}>{summary}</span>}
        </summary>
        <div className={styles.stepPanel}>{children}</div>
      </details>
    </section>
  );
}

/** A thrown error, in the user's language, in a message bar (never only in the console). */
export function ErrorBar({ error }: { error: Localized | null }): React.JSX.Element | null {
  const strings = useStrings();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {pick(error, strings)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function SuccessBar({ children }: { children: React.ReactNode }): React.JSX.Element {
  const strings = useStrings();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.successTitle}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * A labelled text box for a number: right-aligned, its unit after it ("%", a currency), its digits
 * grouped once it is left ("7000000" -> "7,000,000"; not for a year: `grouping={false}`), and its
 * error shown once it is left or the form submitted (validation.tsx), never on open.
 */
export function NumberField({
  label,
  value,
  onChange,
  error,
  hint,
  className,
  unit,
  required,
  grouping = true,
  inputLabel,
  now,
}: {
  label?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  className?: string;
  /** Shown after the number: "%", "USD". */
  unit?: string;
  required?: boolean;
  grouping?: boolean;
  /** The box's accessible name when the field shows no label (a row of a table of inputs). */
  inputLabel?: string;
  /** The error comes from another field (a sum of two): show it at once (CheckedField `now`). */
  now?: boolean;
}): React.JSX.Element {
  const styles = useCommonStyles();
  const strings = useStrings();
  return (
    <CheckedField
      label={label}
      checkLabel={inputLabel ?? label}
      validationMessage={error}
      validationState={error ? "error" : "none"}
      hint={hint}
      className={className}
      required={required}
      now={now}
    >
      <Input
        inputMode="decimal"
        className={styles.fullWidth}
        input={{ className: styles.numberInput }}
        aria-label={inputLabel}
        value={value}
        contentAfter={unit ? <span className={styles.unit}>{unit}</span> : undefined}
        onChange={(_, d) => onChange(d.value)}
        onBlur={() => {
          if (!grouping) return;
          const grouped = groupedText(value, strings.numberLocale);
          if (grouped !== value) onChange(grouped);
        }}
      />
    </CheckedField>
  );
}

/** A dropdown of `choices` led by "(not mapped)", which is "" to `onChoose`. */
export function NotMappedOr({
  label,
  selected,
  choices,
  onChoose,
}: {
  label: string;
  selected: string;
  choices: readonly string[];
  onChoose: (choice: string) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  return (
    <Dropdown
      className={styles.fullWidth}
      aria-label={label}
      placeholder={strings.notMapped}
      value={selected || strings.notMapped}
      selectedOptions={[selected]}
      onOptionSelect={(_, d) => onChoose(d.optionValue ?? "")}
    >
      <Option value="">{strings.notMapped}</Option>
      {choices.map((c) => (
        <Option key={c} value={c}>
          {c}
        </Option>
      ))}
    </Dropdown>
  );
}

/** The ✕ that removes one row of an editable list (tiers, KPIs, bands, products). */
export function RemoveRowButton({
  label,
  disabled,
  onRemove,
}: {
  label: string;
  disabled?: boolean;
  onRemove: () => void;
}): React.JSX.Element {
  return (
    <Button size="small" appearance="subtle" aria-label={label} disabled={disabled} onClick={onRemove}>
      ✕
    </Button>
  );
}
