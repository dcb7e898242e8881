/**
 * A measure's payout rule as a small chart, redrawn as the points change: a payout curve (payout %
 * against attainment %, linear between points) or a rate table as a step chart (the rate of each
 * tier from its lower bound on). Axis titles, reference lines at 100%, the what-if point labelled
 * ("115% → 130% · 1,820") and an attainment slider under the chart that moves it.
 *
 * Hand-drawn SVG rather than @fluentui/react-charts: two kinds of line and one marker need no
 * chart library, and that package (with its d3 modules) would add several hundred kB to a pane
 * that must open fast inside Excel. Colours are Fluent tokens, so themes and high contrast follow.
 */
import { Field, makeStyles, Slider, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fill, useStrings } from "../i18n";
import { parseNumber } from "./numberText";
import type { PointForm } from "./planForm";
import { useFormat, useSentenceMoney } from "./styles";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1" },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: "1" },
  // The 100% lines: stronger than the grid, dashed so they do not read as data.
  reference: { stroke: tokens.colorNeutralForeground3, strokeWidth: "1", strokeDasharray: "4 3" },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: "2", fill: "none" },
  dot: { fill: tokens.colorBrandForeground1 },
  label: { fill: tokens.colorNeutralForeground3, fontSize: "10px" },
  title: { fill: tokens.colorNeutralForeground2, fontSize: "10px", fontWeight: tokens.fontWeightSemibold },
  marker: { stroke: tokens.colorPaletteDarkOrangeForeground1, strokeWidth: "1", strokeDasharray: "3 3" },
  markerDot: {
    fill: tokens.colorPaletteDarkOrangeForeground1,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: "1.5",
  },
  // The marker's label sits on a halo of the background, so grid lines do not cross the figures.
  markerLabel: {
    fill: tokens.colorNeutralForeground1,
    fontSize: "11px",
    fontWeight: tokens.fontWeightSemibold,
    paintOrder: "stroke",
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: "3px",
  },
  slider: { width: "100%" },
});

const W = 300;
const H = 176;
// The band above the plot holds the what-if label, so it never sits on the line or the ticks.
const PAD = { left: 46, right: 10, top: 24, bottom: 36 };

/** The what-if point: where it sits on the chart and what it pays, from the engine's row. */
export interface ChartMarker {
  /** Attainment in percent (what the slider moves). */
  readonly attainment: number;
  /** Position on the x axis: the attainment, or the amount credited on an amount-based rate table. */
  readonly x: number;
  /** Payout % (curve) or the rate of the tier reached (rate table), in percent. */
  readonly y: number;
  /** The payout in money. */
  readonly net: number;
}

/** An axis end at or past `v`: 50s for percentages from 50% up, else 1/2/5 x 10^n (a 2% rate: 2). */
function niceMax(v: number, percent: boolean): number {
  if (percent && v > 50) return Math.ceil(v / 50) * 50;
  if (v <= 0) return percent ? 50 : 1;
  const power = 10 ** Math.floor(Math.log10(v));
  const step = [1, 2, 5, 10].find((m) => m * power >= v) as number;
  return step * power;
}

export function CurveChart({
  measure,
  points,
  marker,
  method = "curve",
  amountAxis = false,
  onAttainment,
}: {
  measure: string;
  points: readonly PointForm[];
  marker?: ChartMarker | null;
  /** "tiers": a rate table, drawn as steps. */
  method?: "curve" | "tiers";
  /** A rate table whose bounds are amounts (not attainment %). */
  amountAxis?: boolean;
  /** Moves the what-if to this measure at the attainment chosen on the slider under the chart. */
  onAttainment?: (attainment: number) => void;
}): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useStyles();
  const format = useFormat();
  const money = useSentenceMoney();
  const id = React.useId();
  const steps = method === "tiers";
  const parsed = points
    .map((p) => ({ x: parseNumber(p.from), y: parseNumber(p.rate) }))
    .filter((p): p is { x: number; y: number } => typeof p.x === "number" && typeof p.y === "number")
    .sort((a, b) => a.x - b.x);
  if (parsed.length === 0) return null;
  const first = parsed[0];
  const last = parsed[parsed.length - 1];
  const before = parsed.length > 1 ? parsed[parsed.length - 2] : { x: 0, y: 0 };
  // Beyond the last point a curve keeps its last slope (the engine's rule); a rate table its last rate.
  const slope = !steps && last.x !== before.x ? (last.y - before.y) / (last.x - before.x) : 0;
  const percentX = !amountAxis;
  const xMax = niceMax(Math.max(last.x * 1.2, percentX ? 150 : 0, marker ? marker.x * 1.05 : 0, 1), percentX);
  const yEnd = last.y + slope * (xMax - last.x);
  // A rate table's top rate sits below the top of the plot, so its step shows as a step.
  const yMax = niceMax(
    Math.max(...parsed.map((p) => p.y * (steps ? 1.25 : 1)), yEnd, marker ? marker.y : 0, steps ? 0 : 100),
    true,
  );
  const sx = (x: number) => PAD.left + (Math.min(x, xMax) / xMax) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - (Math.max(0, y) / yMax) * (H - PAD.top - PAD.bottom);
  const path = steps
    ? [
        `M${sx(0)},${sy(0)}`,
        `L${sx(first.x)},${sy(0)}`,
        ...parsed.flatMap((p, i) => [
          `L${sx(p.x)},${sy(p.y)}`,
          `L${sx(i + 1 < parsed.length ? parsed[i + 1].x : xMax)},${sy(p.y)}`,
        ]),
      ].join(" ")
    : [
        `M${sx(0)},${sy(0)}`,
        `L${sx(first.x)},${sy(0)}`,
        ...parsed.map((p) => `L${sx(p.x)},${sy(p.y)}`),
        `L${sx(xMax)},${sy(yEnd)}`,
      ].join(" ");
  const amountTick = new Intl.NumberFormat(strings.numberLocale, { notation: "compact" });
  const xText = (x: number) => (percentX ? `${Math.round(x)}%` : amountTick.format(x));
  const yTicks = [0, 0.5, 1].map((f) => f * yMax);
  const xTicks = [0, 0.5, 1].map((f) => f * xMax);
  const xTitle = steps
    ? amountAxis
      ? strings.tierFrom
      : strings.tierFromAttainment
    : strings.curveAttainment;
  const yTitle = steps ? strings.tierRate : strings.curvePayout;
  const round = (x: number) => Number(x.toFixed(2));
  const label = fill(steps ? strings.rateChart : strings.curveChart, {
    measure,
    points: parsed.map((p) => `${p.x}${percentX ? "%" : ""} → ${p.y}%`).join(", "),
  });
  const markerText = marker
    ? fill(strings.chartMarkerLabel, {
        attainment: format(marker.attainment, 1),
        payout: format(marker.y, 1),
        net: money(marker.net),
      })
    : "";
  const description = [
    fill(steps ? strings.rateChartDescription : strings.curveChartDescription, { first: first.x }),
    ...(marker
      ? [
          fill(steps ? strings.rateChartMarker : strings.curveChartMarker, {
            attainment: round(marker.attainment),
            payout: round(marker.y),
          }),
        ]
      : []),
  ].join(" ");
  // The label leans away from the nearer side so it stays inside the plot.
  const mx = marker ? sx(marker.x) : 0;
  const my = marker ? sy(marker.y) : 0;
  // Centred over the marker in the band above the plot, kept inside the chart's width.
  const half = 72; // about half the label "115% → 130% · 2,600.00" at 11 px
  const labelX = Math.min(W - PAD.right - half, Math.max(PAD.left + half, mx));
  const sliderMax = Math.max(200, Math.ceil((marker?.attainment ?? 0) / 50) * 50);
  return (
    <div data-chart={steps ? "rate-table" : "curve"}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className={styles.svg}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{label}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line className={styles.grid} x1={PAD.left} x2={W - PAD.right} y1={sy(t)} y2={sy(t)} />
            <text className={styles.label} x={PAD.left - 4} y={sy(t) + 3} textAnchor="end">
              {format(t, 1)}%
            </text>
          </g>
        ))}
        {xTicks.map((t, i) => (
          <text
            key={`x${t}`}
            className={styles.label}
            x={sx(t)}
            y={H - PAD.bottom + 12}
            textAnchor={i === 0 ? "start" : i === xTicks.length - 1 ? "end" : "middle"}
          >
            {xText(t)}
          </text>
        ))}
        <text
          className={styles.title}
          x={PAD.left + (W - PAD.left - PAD.right) / 2}
          y={H - 4}
          textAnchor="middle"
          data-axis="x"
        >
          {xTitle}
        </text>
        <text
          className={styles.title}
          transform={`translate(11 ${PAD.top + (H - PAD.top - PAD.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          data-axis="y"
        >
          {yTitle}
        </text>
        {percentX && (
          <line
            className={styles.reference}
            data-reference="x100"
            x1={sx(100)}
            x2={sx(100)}
            y1={PAD.top}
            y2={H - PAD.bottom}
          />
        )}
        {!steps && (
          <line
            className={styles.reference}
            data-reference="y100"
            x1={PAD.left}
            x2={W - PAD.right}
            y1={sy(100)}
            y2={sy(100)}
          />
        )}
        <line className={styles.axis} x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} />
        <line
          className={styles.axis}
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
        />
        <path className={styles.line} d={path} />
        {parsed.map((p, i) => (
          <circle key={i} className={styles.dot} cx={sx(p.x)} cy={sy(p.y)} r={3} />
        ))}
        {marker && (
          <g data-marker="what-if">
            <line className={styles.marker} x1={mx} x2={mx} y1={PAD.top - 6} y2={H - PAD.bottom} />
            <circle className={styles.markerDot} cx={mx} cy={my} r={4.5} />
            <text
              className={styles.markerLabel}
              x={labelX}
              y={PAD.top - 10}
              textAnchor="middle"
              data-marker-label=""
            >
              {markerText}
            </text>
          </g>
        )}
      </svg>
      {onAttainment && (
        <Field
          label={fill(strings.chartSlider, {
            measure,
            value: format(marker?.attainment ?? 100, 1),
          })}
        >
          <Slider
            className={styles.slider}
            min={0}
            max={sliderMax}
            step={1}
            value={Math.min(sliderMax, Math.round(marker?.attainment ?? 100))}
            aria-valuetext={`${format(marker?.attainment ?? 100, 1)}%`}
            onChange={(_, d) => onAttainment(d.value)}
          />
        </Field>
      )}
    </div>
  );
}
