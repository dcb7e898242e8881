/** A small chart of a payout curve (payout % against attainment %), redrawn as the points change. */
import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fill, useStrings } from "../i18n";
import { parseNumber } from "./numberText";
import type { PointForm } from "./planForm";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1" },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: "1" },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: "2", fill: "none" },
  dot: { fill: tokens.colorBrandForeground1 },
  label: { fill: tokens.colorNeutralForeground3, fontSize: "10px" },
  marker: { stroke: tokens.colorPaletteDarkOrangeForeground1, strokeWidth: "1", strokeDasharray: "3 3" },
  markerDot: {
    fill: tokens.colorPaletteDarkOrangeForeground1,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: "1.5",
  },
});

const W = 300;
const H = 140;
const PAD = { left: 34, right: 8, top: 8, bottom: 22 };

/**
 * The chart draws the points as typed; the what-if marker's height is the engine's payout ratio
 * (passed in), not worked out here.
 */
export function CurveChart({
  measure,
  points,
  marker,
}: {
  measure: string;
  points: readonly PointForm[];
  /** The what-if attainment and the payout the engine gives for it, both in percent. */
  marker?: { readonly attainment: number; readonly payout: number } | null;
}): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useStyles();
  const id = React.useId();
  const parsed = points
    .map((p) => ({ x: parseNumber(p.from), y: parseNumber(p.rate) }))
    .filter((p): p is { x: number; y: number } => typeof p.x === "number" && typeof p.y === "number")
    .sort((a, b) => a.x - b.x);
  if (parsed.length === 0) return null;
  const last = parsed[parsed.length - 1];
  const before = parsed.length > 1 ? parsed[parsed.length - 2] : { x: 0, y: 0 };
  // Beyond the last point the curve keeps its last slope (the engine's rule).
  const slope = last.x !== before.x ? (last.y - before.y) / (last.x - before.x) : 0;
  // Round axis ends up to a multiple of 50 so the ticks read 0, 100, 200.
  const nice = (v: number) => Math.max(50, Math.ceil(v / 50) * 50);
  const xMax = nice(Math.max(last.x * 1.2, marker ? marker.attainment : 0));
  const yEnd = last.y + slope * (xMax - last.x);
  const yMax = nice(Math.max(...parsed.map((p) => p.y), yEnd, marker ? marker.payout : 0));
  const sx = (x: number) => PAD.left + (x / xMax) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - (Math.max(0, y) / yMax) * (H - PAD.top - PAD.bottom);
  const first = parsed[0];
  const path = [
    `M${sx(0)},${sy(0)}`,
    `L${sx(first.x)},${sy(0)}`,
    ...parsed.map((p) => `L${sx(p.x)},${sy(p.y)}`),
    `L${sx(xMax)},${sy(yEnd)}`,
  ].join(" ");
  const ticks = [0, 0.5, 1].map((f) => f * yMax);
  const xTicks = [0, 0.5, 1].map((f) => f * xMax);
  const label = fill(strings.curveChart, {
    measure,
    points: parsed.map((p) => `${p.x}% → ${p.y}%`).join(", "),
  });
  const round = (x: number) => Number(x.toFixed(2));
  const description = [
    fill(strings.curveChartDescription, { first: first.x }),
    ...(marker
      ? [
          fill(strings.curveChartMarker, {
            attainment: round(marker.attainment),
            payout: round(marker.payout),
          }),
        ]
      : []),
  ].join(" ");
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className={styles.svg}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{label}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {ticks.map((t) => (
        <g key={`y${t}`}>
          <line className={styles.grid} x1={PAD.left} x2={W - PAD.right} y1={sy(t)} y2={sy(t)} />
          <text className={styles.label} x={PAD.left - 4} y={sy(t) + 3} textAnchor="end">
            {Math.round(t)}%
          </text>
        </g>
      ))}
      {xTicks.map((t, i) => (
        <text
          key={`x${t}`}
          className={styles.label}
          x={sx(t)}
          y={H - 6}
          textAnchor={i === 0 ? "start" : i === xTicks.length - 1 ? "end" : "middle"}
        >
          {Math.round(t)}%
        </text>
      ))}
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
          <line
            className={styles.marker}
            x1={sx(marker.attainment)}
            x2={sx(marker.attainment)}
            y1={PAD.top}
            y2={H - PAD.bottom}
          />
          <circle className={styles.markerDot} cx={sx(marker.attainment)} cy={sy(marker.payout)} r={4.5} />
        </g>
      )}
    </svg>
  );
}
