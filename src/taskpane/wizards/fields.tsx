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
import { useCommonStyles } from "./styles";
import { CheckedField } from "./validation";

/**
 * One step of a wizard, as an accordion item: a heading whose button folds the step away. Every
 * wizard's steps go through here, so they all fold alike. A folded step stays mounted (hidden), so
 * what it holds (a preview, a review being typed) is there when it opens again.
 */
export function Section({
  title,
  children,
  summary,
  defaultOpen = true,
  openWhen,
}: {
  title: string;
  children: React.ReactNode;
  /** What the step holds, in a few words, shown beside the heading while it is folded. */
  summary?: string;
  defaultOpen?: boolean;
  /** The step opens by itself whenever this changes to something truthy (a new preview, a missing column). */
  openWhen?: unknown;
}): React.JSX.Element {
  const styles = useCommonStyles();
  const id = React.useId();
  const panelId = `${id}-panel`;
  const [open, setOpen] = React.useState(defaultOpen);
  React.useEffect(() => {
    if (openWhen) setOpen(true);
  }, [openWhen]);
  return (
    <section className={styles.section} aria-labelledby={id} data-step={open ? "open" : "folded"}>
      <Subtitle2 as="h3" className={styles.stepHeading}>
        <button
          type="button"
          id={id}
          className={styles.stepToggle}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true" className={open ? styles.chevronOpen : styles.chevron}>
            ›
          </span>
          <span>{title}</span>
          {!open && summary && <span className={styles.stepSummary}>{summary}</span>}
        </button>
      </Subtitle2>
      <div id={panelId} className={styles.stepPanel} hidden={!open}>
        {children}
      </div>
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
