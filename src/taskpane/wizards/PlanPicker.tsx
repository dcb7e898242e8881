/**
 * Which of the workbook's plans the Incentive plan wizard edits, shown when SalesPlan holds more
 * than one: opening another asks first when the form has unsaved changes.
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
} from "@fluentui/react-components";
import * as React from "react";
import type { Plan } from "../../engine/incentives";
import { fill, useStrings } from "../i18n";
import { useCommonStyles } from "./styles";

export const samePlanName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

export function PlanPicker({
  plans,
  current,
  dirty,
  onOpen,
}: {
  plans: readonly Plan[];
  /** The name of the plan in the form. */
  current: string;
  dirty: boolean;
  onOpen: (plan: Plan) => void;
}): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useCommonStyles();
  const [asking, setAsking] = React.useState<Plan | null>(null);
  if (plans.length < 2) return null;
  const label = (p: Plan) => fill(strings.planPickOption, { name: p.name, version: p.version }).trim();
  const shown = plans.find((p) => samePlanName(p.name, current));
  const open = (plan: Plan) => {
    setAsking(null);
    onOpen(plan);
  };
  return (
    <>
      <Caption1>{fill(strings.planHeld, { count: plans.length })}</Caption1>
      <Field label={strings.planPick}>
        <Dropdown
          className={styles.fullWidth}
          value={shown ? label(shown) : current}
          selectedOptions={shown ? [String(plans.indexOf(shown))] : []}
          onOptionSelect={(_, d) => {
            const plan = plans[Number(d.optionValue)];
            if (!plan || plan === shown) return;
            if (dirty) setAsking(plan);
            else open(plan);
          }}
        >
          {plans.map((p, i) => (
            <Option key={i} value={String(i)} text={label(p)}>
              {label(p)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {asking && (
        <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={strings.planPick}>
          <MessageBarBody>{fill(strings.planSwitchConfirm, { plan: label(asking) })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => open(asking)}>
              {fill(strings.planSwitch, { plan: label(asking) })}
            </Button>
            <Button size="small" autoFocus onClick={() => setAsking(null)}>
              {strings.keepEditing}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
