/**
 * The incentive wizard's what-if: one rep at a chosen attainment, paid by the plan as edited. It sits
 * in the card of the measure it is about, right under that measure's chart and slider, so the figure
 * typed, the point on the chart and the payout are read together; the slider under another
 * measure's chart moves it there.
 */
import { Body1, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fill, useStrings } from "../i18n";
import { NumberField } from "./fields";
import type { WhatIfCheck, WhatIfForm } from "./planForm";
import { useCommonStyles, useSentenceMoney } from "./styles";

const useStyles = makeStyles({
  // Inside the measure's card: set off by a rule in the marker's colour rather than a second card.
  box: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

/** One rep at a chosen attainment, paid by the plan as edited: the engine's number and sentence. */
export function WhatIfBox({
  input,
  result,
  onChange,
}: {
  input: WhatIfForm;
  result: WhatIfCheck;
  onChange: (input: WhatIfForm) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const money = useSentenceMoney();
  const set = <K extends keyof WhatIfForm>(key: K, value: WhatIfForm[K]) =>
    onChange({ ...input, [key]: value, measure: result.measure });
  return (
    <div className={mergeClasses(styles.plain, styles.box)} role="group" aria-label={strings.whatIf}>
      <Text weight="semibold">{strings.whatIf}</Text>
      <Caption1 className={styles.wrap}>{strings.whatIfIntro}</Caption1>
      <div className={styles.grid2}>
        <NumberField
          label={strings.whatIfAttainment}
          value={input.attainment}
          onChange={(v) => set("attainment", v)}
          error={result.errors.attainment}
          unit={strings.percentUnit}
        />
        <NumberField
          label={strings.whatIfTarget}
          value={input.target}
          onChange={(v) => set("target", v)}
          error={result.errors.target}
        />
      </div>
      <NumberField
        label={strings.whatIfIncentive}
        value={input.targetIncentive}
        onChange={(v) => set("targetIncentive", v)}
        error={result.errors.targetIncentive}
      />
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
