/** One review as a narrow card: figures, ranks, strengths, gaps, trend, coaching (and what leads it). */
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { RepReview } from "../../jobs";

type KpiComparison = RepReview["strongest"][number];
import { fill, useStrings } from "../i18n";
import { useCommonStyles, useFormat } from "./styles";

const useStyles = makeStyles({
  heading: { margin: 0 },
  figures: { display: "flex", columnGap: tokens.spacingHorizontalXXL, flexWrap: "wrap" },
  figure: { display: "flex", flexDirection: "column" },
});

/** One review as a card of short sections: figures, ranks, strengths, gaps, trend, coaching. */
export function ReviewCard({
  review,
  lead,
}: {
  review: RepReview;
  /** Shown first, under the title: the review's record (last time's actions, the trend since). */
  lead?: React.ReactNode;
}): React.JSX.Element {
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
      {lead}
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
