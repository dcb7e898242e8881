/** The rep review of the Scorecard wizard: choose a rep and period, see the engine's review as one narrow card. */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { KpiComparison } from "../../engine/scorecards";
import type { RepReview as RepReviewData, ScorecardOptions } from "../../jobs";
import type { Mappings, RepChoice, SalesPlanActions } from "../actions";
import { fill, useStrings, type Strings } from "../i18n";
import { ErrorBar } from "./fields";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";

const useStyles = makeStyles({
  heading: { margin: 0 },
  figures: { display: "flex", columnGap: tokens.spacingHorizontalXXL, flexWrap: "wrap" },
  figure: { display: "flex", flexDirection: "column" },
});

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
  const reviewTask = useTask<RepReviewData>();
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
      {reviewTask.value && <ReviewCard review={reviewTask.value} />}
    </div>
  );
}

/** One review as a card of short sections: figures, ranks, strengths, gaps, trend, coaching. */
export function ReviewCard({ review }: { review: RepReviewData }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const name = review.name || review.rep;
  const percent = (value: number) => format(value * 100, 1);
  const heading = (text: string) => (
    <Text as="h4" weight="semibold" className={styles.heading}>
      {text}
    </Text>
  );
  const kpiList = (title: string, items: readonly KpiComparison[]) => (
    <>
      {heading(title)}
      {items.length === 0 ? (
        <Text className={styles.muted}>{strings.reviewNoKpis}</Text>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {items.map((k) => (
            <li key={k.kpi} className={styles.wrap}>
              {fill(strings.reviewKpiLine, { kpi: k.kpi, achievement: percent(k.achievement) })}{" "}
              <Caption1 className={styles.muted}>
                ({fill(strings.reviewKpiMedian, { median: percent(k.teamMedian) })})
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </>
  );
  const rank = (template: string, value: number | null, size: number, params: Record<string, string>) =>
    value === null ? strings.reviewNotRanked : fill(template, { rank: value, size, ...params });
  const trend = review.trend;
  let trendText = strings.trendFirst;
  if (trend !== null) {
    const params = { period: trend.previousPeriod, previous: format(trend.previousScore, 1) };
    if (trend.change === null) trendText = fill(strings.trendNoScore, params);
    else {
      // As shown: a change that rounds to 0.0 is no change.
      const change = format(Math.abs(trend.change), 1);
      const template =
        change === format(0, 1) ? strings.trendFlat : trend.change > 0 ? strings.trendUp : strings.trendDown;
      trendText = fill(template, { ...params, change });
    }
  }
  const locale = strings.locale === "zh" ? "zh" : "en";
  return (
    <section
      className={styles.card}
      aria-label={fill(strings.reviewLabel, { name, period: review.period })}
      data-rep={review.rep}
    >
      <Text weight="semibold" size={400} className={styles.wrap}>
        {fill(strings.reviewTitle, { name, rep: review.rep, period: review.period })}
      </Text>
      <div className={styles.figures}>
        <div className={styles.figure}>
          <Caption1 className={styles.muted}>{strings.reviewScore}</Caption1>
          <Text size={600} weight="semibold" data-field="score">
            {review.score === null ? strings.reviewNoScore : format(review.score, 1)}
          </Text>
        </div>
        <div className={styles.figure}>
          <Caption1 className={styles.muted}>{strings.reviewBand}</Caption1>
          <Text size={600} weight="semibold" data-field="band">
            {review.band ?? strings.reviewNoBand}
          </Text>
        </div>
      </div>
      {heading(strings.reviewRanks)}
      <ul className={styles.list} aria-label={strings.reviewRanks}>
        <li className={styles.wrap}>
          {rank(strings.reviewRankTeam, review.teamRank, review.teamSize, {
            team: review.team || strings.reviewNoTeam,
          })}
        </li>
        <li className={styles.wrap}>
          {rank(strings.reviewRankRegion, review.regionRank, review.regionSize, {
            region: review.region || strings.reviewNoTeam,
          })}
        </li>
      </ul>
      {kpiList(strings.reviewStrongest, review.strongest)}
      {kpiList(strings.reviewWeakest, review.weakest)}
      {heading(strings.reviewTrend)}
      <Text className={styles.wrap} data-field="trend">
        {trendText}
      </Text>
      {heading(strings.reviewSuggestions)}
      {review.suggestions.length === 0 ? (
        <Text className={styles.muted}>{strings.reviewNoSuggestions}</Text>
      ) : (
        <ul className={styles.list} aria-label={strings.reviewSuggestions}>
          {review.suggestions.map((s) => (
            <li key={s.kpi} className={styles.wrap}>
              <b>{s.kpi}</b>
              {strings.reviewSeparator}
              {s[locale]}
            </li>
          ))}
        </ul>
      )}
      {review.missing.length > 0 && (
        <Caption1 className={styles.wrap}>
          {fill(strings.reviewMissing, { list: review.missing.join(", ") })}
        </Caption1>
      )}
    </section>
  );
}
