/** The incentive wizard's what-if box: one rep at a chosen attainment, paid by the plan as edited. */
import { Body1, Caption1, Dropdown, Field, mergeClasses, Option, Text } from "@fluentui/react-components";
import * as React from "react";
import { fill, useStrings } from "../i18n";
import { NumberField } from "./fields";
import type { PlanForm, WhatIfCheck, WhatIfForm } from "./planForm";
import { useCommonStyles, useSentenceMoney } from "./styles";

/** One rep at a chosen attainment, paid by the plan as edited: the engine's number and sentence. */
export function WhatIfBox({
  form,
  input,
  result,
  onChange,
}: {
  form: PlanForm;
  input: WhatIfForm;
  result: WhatIfCheck;
  onChange: (input: WhatIfForm) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const money = useSentenceMoney();
  const names = form.measures.map((m) => m.name.trim()).filter((n) => n !== "");
  const set = <K extends keyof WhatIfForm>(key: K, value: WhatIfForm[K]) =>
    onChange({ ...input, [key]: value });
  return (
    <div className={styles.card} role="group" aria-label={strings.whatIf}>
      <Text weight="semibold">{strings.whatIf}</Text>
      <Caption1 className={styles.wrap}>{strings.whatIfIntro}</Caption1>
      <div className={styles.grid2}>
        <Field label={strings.whatIfMeasure}>
          <Dropdown
            className={styles.fullWidth}
            value={result.measure}
            selectedOptions={[result.measure]}
            onOptionSelect={(_, d) => d.optionValue !== undefined && set("measure", d.optionValue)}
          >
            {names.map((n) => (
              <Option key={n} value={n}>
                {n}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <NumberField
          label={strings.whatIfAttainment}
          value={input.attainment}
          onChange={(v) => set("attainment", v)}
          error={result.errors.attainment}
          unit={strings.percentUnit}
        />
      </div>
      <div className={styles.grid2}>
        <NumberField
          label={strings.whatIfTarget}
          value={input.target}
          onChange={(v) => set("target", v)}
          error={result.errors.target}
        />
        <NumberField
          label={strings.whatIfIncentive}
          value={input.targetIncentive}
          onChange={(v) => set("targetIncentive", v)}
          error={result.errors.targetIncentive}
        />
      </div>
      <div role="group" aria-label={strings.whatIfResult} aria-live="polite" className={styles.plain}>
        {result.row && (
          <>
            <Text weight="semibold">{fill(strings.whatIfPayout, { value: money(result.row.net) })}</Text>
            <Body1 className={styles.wrap}>{result.row.explanation}</Body1>
          </>
        )}
        {result.problem !== null && (
          <Body1 className={mergeClasses(styles.bad, styles.wrap)}>{result.problem}</Body1>
        )}
      </div>
    </div>
  );
}
