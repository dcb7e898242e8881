/**
 * The plan cost model's payout distribution: one box per scenario (and plan, when two are modelled
 * side by side) over the pay of every modelled rep for the year: whiskers from the lowest to the
 * highest, a box from P10 to P90 and a line at the median, against one pay axis. Hand-drawn SVG like
 * CurveChart: a box plot is a few rectangles and lines, not worth a charting library's weight.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { percentileInc, type ModelLine } from "../../jobs";
import { fill, useStrings } from "../i18n";
import { useFormat } from "./styles";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1" },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: "1" },
  label: { fill: tokens.colorNeutralForeground3, fontSize: "10px" },
  title: { fill: tokens.colorNeutralForeground2, fontSize: "10px", fontWeight: tokens.fontWeightSemibold },
  box0: { fill: tokens.colorBrandBackground2, stroke: tokens.colorBrandForeground1, strokeWidth: "1.5" },
  box1: {
    fill: tokens.colorPaletteDarkOrangeBackground2,
    stroke: tokens.colorPaletteDarkOrangeForeground1,
    strokeWidth: "1.5",
  },
  whisker0: { stroke: tokens.colorBrandForeground1, strokeWidth: "1" },
  whisker1: { stroke: tokens.colorPaletteDarkOrangeForeground1, strokeWidth: "1" },
  median: { stroke: tokens.colorNeutralForeground1, strokeWidth: "2" },
});

const W = 300;
const PAD = { left: 40, right: 12, top: 16, bottom: 34 };
const BOX = 12;
const GAP = 8;

/** Percentiles of one line's pay per rep (already sorted ascending). */
export function spread(payouts: readonly number[]): {
  low: number;
  p10: number;
  p50: number;
  p90: number;
  high: number;
} {
  const n = payouts.length;
  return {
    low: n ? payouts[0] : 0,
    p10: percentileInc(payouts, 0.1) ?? 0,
    p50: percentileInc(payouts, 0.5) ?? 0,
    p90: percentileInc(payouts, 0.9) ?? 0,
    high: n ? payouts[n - 1] : 0,
  };
}

/** The axis end: 1, 2, 2.5 or 5 times a power of ten at or above `value`. */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 2.5, 5, 10].find((f) => f * power >= value) ?? 10) * power;
}

export function ModelChart({
  lines,
  year,
}: {
  lines: readonly ModelLine[];
  year: number;
}): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useStyles();
  const format = useFormat();
  const id = React.useId();
  if (lines.length === 0) return null;
  const plans = [...new Set(lines.map((l) => `${l.plan}\u0000${l.version}`))];
  const scenarios = [...new Set(lines.map((l) => l.scenario))];
  const band = plans.length * BOX + (plans.length - 1) * 4 + GAP;
  const H = PAD.top + scenarios.length * band + PAD.bottom;
  const xMax = niceMax(Math.max(...lines.map((l) => l.payouts[l.payouts.length - 1] ?? 0)));
  const sx = (v: number) => PAD.left + (Math.max(0, v) / xMax) * (W - PAD.left - PAD.right);
  const compact = new Intl.NumberFormat(strings.numberLocale, {
    notation: "compact",
    maximumFractionDigits: 1,
  });
  const percent = (s: number) => `${format(s * 100, 1)}%`;
  const twoPlans = plans.length > 1;
  const planLabel = (l: ModelLine) => (twoPlans ? `${l.plan} ${l.version}`.trim() : "");
  const summary = lines.map((l) => {
    const s = spread(l.payouts);
    return fill(strings.modelChartItem, {
      scenario: percent(l.scenario),
      plan: planLabel(l),
      p50: format(s.p50, 0),
      p10: format(s.p10, 0),
      p90: format(s.p90, 0),
      max: format(s.high, 0),
    }).replace(/\s+([:：])/, "$1");
  });
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * xMax);
  const axisY = H - PAD.bottom;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className={styles.svg}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-chart="model"
    >
      <title id={`${id}-title`}>{fill(strings.modelChartTitle, { year })}</title>
      <desc id={`${id}-desc`}>
        {fill(strings.modelChartLabel, { year, list: summary.join(strings.locale === "zh" ? "；" : "; ") })}
      </desc>
      {xTicks.map((t, i) => (
        <g key={`x${i}`}>
          <line className={styles.grid} x1={sx(t)} x2={sx(t)} y1={PAD.top} y2={axisY} />
          <text
            className={styles.label}
            x={sx(t)}
            y={axisY + 12}
            textAnchor={i === 0 ? "start" : i === xTicks.length - 1 ? "end" : "middle"}
          >
            {compact.format(t)}
          </text>
        </g>
      ))}
      <line className={styles.axis} x1={PAD.left} x2={W - PAD.right} y1={axisY} y2={axisY} />
      <line className={styles.axis} x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={axisY} />
      <text className={styles.title} x={(PAD.left + W - PAD.right) / 2} y={H - 4} textAnchor="middle">
        {strings.modelAxisPay}
      </text>
      <text className={styles.title} x={2} y={10}>
        {strings.modelAxisScenario}
      </text>
      {scenarios.map((scenario, si) => {
        const top = PAD.top + si * band + GAP / 2;
        return (
          <g key={scenario} data-scenario={scenario}>
            <text
              className={styles.label}
              x={PAD.left - 4}
              y={top + (plans.length * (BOX + 4) - 4) / 2 + 3}
              textAnchor="end"
            >
              {percent(scenario)}
            </text>
            {plans.map((plan, pi) => {
              const line = lines.find(
                (l) => l.scenario === scenario && `${l.plan}\u0000${l.version}` === plan,
              );
              if (!line || line.payouts.length === 0) return null;
              const s = spread(line.payouts);
              const y = top + pi * (BOX + 4);
              const mid = y + BOX / 2;
              const whisker = pi === 0 ? styles.whisker0 : styles.whisker1;
              return (
                <g key={plan} data-plan={pi}>
                  <line className={whisker} x1={sx(s.low)} x2={sx(s.p10)} y1={mid} y2={mid} />
                  <line className={whisker} x1={sx(s.p90)} x2={sx(s.high)} y1={mid} y2={mid} />
                  <line className={whisker} x1={sx(s.low)} x2={sx(s.low)} y1={y + 2} y2={y + BOX - 2} />
                  <line className={whisker} x1={sx(s.high)} x2={sx(s.high)} y1={y + 2} y2={y + BOX - 2} />
                  <rect
                    className={pi === 0 ? styles.box0 : styles.box1}
                    x={sx(s.p10)}
                    y={y}
                    width={Math.max(1, sx(s.p90) - sx(s.p10))}
                    height={BOX}
                  />
                  <line className={styles.median} x1={sx(s.p50)} x2={sx(s.p50)} y1={y} y2={y + BOX} />
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
