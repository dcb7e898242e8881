/** The rep review of the Scorecard wizard: choose a rep and period, open the review and its record. */
import { Button, Dropdown, Field, Option, Spinner } from "@fluentui/react-components";
import * as React from "react";
import type { ReviewView, ScorecardOptions } from "../../jobs";
import type { Mappings, RepChoice, SalesPlanActions } from "../actions";
import { fill, useStrings, type Strings } from "../i18n";
import { ErrorBar } from "./fields";
import { ReviewPrint } from "./ReviewPrint";
import { ReviewRecord } from "./ReviewRecord";
import { useCommonStyles } from "./styles";
import { useTask } from "./task";

function repLabel(choice: { rep: string; name: string }, strings: Strings): string {
  return choice.name ? fill(strings.reviewRepOption, { name: choice.name, rep: choice.rep }) : choice.rep;
}

export function RepReview({
  actions,
  options,
  mappings,
}: {
  actions: SalesPlanActions;
  /** The options the scorecard was previewed or written with (the parent remounts on a change). */
  options: ScorecardOptions;
  mappings: Mappings;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const repsTask = useTask<RepChoice[]>();
  const reviewTask = useTask<ReviewView>();
  const [rep, setRep] = React.useState<string | null>(null);
  const [period, setPeriod] = React.useState<string | null>(null);
  // Fixed for this component's life: the parent keys it by the options and mappings.
  const asked = React.useRef({ options, mappings });
  const { run: loadReps } = repsTask;
  React.useEffect(() => {
    void loadReps(() => actions.scorecardReps(asked.current.options, asked.current.mappings));
  }, [actions, loadReps]);

  const reps = repsTask.value ?? [];
  const chosen = reps.find((r) => r.rep === rep) ?? reps[0];
  const periods = chosen?.periods ?? [];
  const latest = periods[periods.length - 1];
  const chosenPeriod = period !== null && periods.includes(period) ? period : latest;
  const periodLabel = (p: string) => (p === latest ? fill(strings.reviewLatest, { period: p }) : p);
  const open = () => {
    if (chosen === undefined) return;
    void reviewTask.run(() =>
      actions.reviewRep(asked.current.options, asked.current.mappings, chosen.rep, chosenPeriod ?? null),
    );
  };
  return (
    <div className={styles.plain}>
      {repsTask.busy && <Spinner size="tiny" label={strings.working} />}
      <ErrorBar error={repsTask.error} />
      {chosen !== undefined && (
        <>
          <div className={styles.plain}>
            <Field label={strings.reviewRep}>
              <Dropdown
                className={styles.fullWidth}
                value={repLabel(chosen, strings)}
                selectedOptions={[chosen.rep]}
                onOptionSelect={(_, d) => {
                  setRep(d.optionValue ?? null);
                  setPeriod(null);
                }}
              >
                {reps.map((r) => (
                  <Option key={r.rep} value={r.rep} text={repLabel(r, strings)}>
                    {repLabel(r, strings)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={strings.reviewPeriod}>
              <Dropdown
                className={styles.fullWidth}
                value={chosenPeriod === undefined ? "" : periodLabel(chosenPeriod)}
                selectedOptions={chosenPeriod === undefined ? [] : [chosenPeriod]}
                onOptionSelect={(_, d) => setPeriod(d.optionValue ?? null)}
              >
                {[...periods].reverse().map((p) => (
                  <Option key={p} value={p} text={periodLabel(p)}>
                    {periodLabel(p)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          <div className={styles.actions}>
            <Button appearance="secondary" disabled={reviewTask.busy} onClick={open}>
              {strings.openReview}
            </Button>
          </div>
        </>
      )}
      {reviewTask.busy && <Spinner size="tiny" label={strings.working} />}
      <ErrorBar error={reviewTask.error} />
      {reviewTask.value && (
        <React.Fragment key={`${reviewTask.value.rep}\u0000${reviewTask.value.period}`}>
          <ReviewRecord review={reviewTask.value} actions={actions} />
          <ReviewPrint
            actions={actions}
            options={asked.current.options}
            mappings={asked.current.mappings}
            rep={reviewTask.value.rep}
            period={reviewTask.value.period}
          />
        </React.Fragment>
      )}
    </div>
  );
}
