/**
 * One review as a narrow card: figures, ranks, the KPIs above and below the team median (each with
 * a bar against the median), the score's trend as a sparkline, coaching (and what leads it).
 */
import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { RepReview } from "../../jobs";

type KpiComparison = RepReview["strongest"][number];
import { fill, listText, useStrings } from "../i18n";
import { useCommonStyles, useFormat } from "./styles";

const useStyles = makeStyles({
  heading: { margin: 0 },
  figures: { display: "flex", columnGap: tokens.spacingHorizontalXXL, flexWrap: "wrap" },
  figure: { display: "flex", flexDirection: "column" },
  kpiItem: { display: "flex", flexDirection: "column", rowGap: "2px" },
  // Bars and the sparkline scale with the card; their numbers are in the text beside them.
  bar: { width: "100%", maxWidth: "240px", height: "10px", display: "block" },
  barTrack: { fill: tokens.colorNeutralBackground3 },
  barFill: { fill: tokens.colorBrandBackground },
  barBelow: { fill: tokens.colorPaletteDarkOrangeBorder2 },
  median: { stroke: tokens.colorNeutralForeground1, strokeWidth: "2" },
  spark: { width: "140px", height: "32px", display: "block" },
  sparkLine: { stroke: tokens.colorBrandForeground1, strokeWidth: "1.5", fill: "none" },
  sparkDot: { fill: tokens.colorBrandForeground1 },
  trend: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/** A KPI's achievement as a bar from zero, with the team median as a tick across it. */
function MedianBar({ item, scale, label }: { item: KpiComparison; scale: number; label: string }) {
  const styles = useStyles();
  const x = (v: number) => Math.max(0, Math.min(1, v / scale)) * 100;
  return (
    <svg className={styles.bar} viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect className={styles.barTrack} x={0} y={2} width={100} height={6} />
      <rect
        className={item.gap < 0 ? styles.barBelow : styles.barFill}
        x={0}
        y={2}
        width={x(item.achievement)}
        height={6}
        data-achievement={item.achievement}
      />
      <line
        className={styles.median}
        x1={x(item.teamMedian)}
        x2={x(item.teamMedian)}
        y1={0}
        y2={10}
        data-median={item.teamMedian}
      />
    </svg>
  );
}

/** The rep's scores over the last periods as a line; the latest point is the review's. */
function Sparkline({ history, label }: { history: RepReview["history"]; label: string }) {
  const styles = useStyles();
  const scored = history.filter((h): h is { period: string; score: number } => h.score !== null);
  if (scored.length < 2) return null;
  const values = scored.map((h) => h.score);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const W = 140;
  const H = 32;
  const at = (i: number) => 4 + (i / (history.length - 1)) * (W - 8);
  const points = history
    .map((h, i) => (h.score === null ? null : `${at(i)},${H - 4 - ((h.score - lo) / span) * (H - 8)}`))
    .filter((p): p is string => p !== null);
  const [lx, ly] = points[points.length - 1].split(",").map(Number);
  return (
    <svg
      className={styles.spark}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      data-field="sparkline"
    >
      <polyline className={styles.sparkLine} points={points.join(" ")} />
      <circle className={styles.sparkDot} cx={lx} cy={ly} r={2.5} />
    </svg>
  );
}

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
  // Above the median is a strength, below it a gap: a KPI at the median is neither, and a KPI
  // above its own target can still sit below the team (said beside it, never called "weakest").
  const above = review.strongest.filter((k) => k.gap > 0);
  const below = review.weakest.filter((k) => k.gap < 0);
  const scale = Math.max(1.2, ...[...above, ...below].flatMap((k) => [k.achievement, k.teamMedian]));
  const kpiList = (title: string, items: readonly KpiComparison[]) => (
    <>
      {heading(title)}
      {items.length === 0 ? (
        <Text className={styles.muted}>{strings.reviewNoKpis}</Text>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {items.map((k) => (
            <li key={k.kpi} className={mergeClasses(styles.wrap, styles.kpiItem)} data-kpi={k.kpi}>
              <span>
                {fill(strings.reviewKpiLine, { kpi: k.kpi, achievement: percent(k.achievement) })}
                <Caption1 className={styles.muted}>
                  {strings.reviewOpen}
                  {fill(strings.reviewKpiMedian, { median: percent(k.teamMedian) })}
                  {k.gap < 0 && k.achievement >= 1 ? `${strings.listSep}${strings.reviewAboveTarget}` : ""}
                  {strings.reviewClose}
                </Caption1>
              </span>
              <MedianBar
                item={k}
                scale={scale}
                label={fill(strings.reviewBarLabel, {
                  kpi: k.kpi,
                  achievement: percent(k.achievement),
                  median: percent(k.teamMedian),
                })}
              />
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
      {kpiList(strings.reviewStrongest, above)}
      {kpiList(strings.reviewBelowMedian, below)}
      {heading(strings.reviewTrend)}
      <div className={styles.trend}>
        <Sparkline
          history={review.history}
          label={fill(strings.reviewSparkline, {
            list: listText(
              strings,
              review.history.map((h) =>
                h.score === null ? `${h.period} –` : `${h.period} ${format(h.score, 1)}`,
              ),
            ),
          })}
        />
        <Text className={styles.wrap} data-field="trend">
          {trendText}
        </Text>
      </div>
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
