/** The layout every wizard shares (sections, cards, grids, rows of fields) and numbers as the user writes them. */
import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../i18n";
import { formatKind, formatNumber, type NumberKind } from "./numberText";

export const useCommonStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  // A step is a details/summary pair (fields.tsx Section); the summary holds its heading.
  stepDetails: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  stepHeading: { margin: 0, display: "inline" },
  stepToggle: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    listStyleType: "none",
    cursor: "pointer",
    "::-webkit-details-marker": { display: "none" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  chevron: { display: "inline-block", width: "1ch", transitionDuration: "0.1s" },
  chevronOpen: {
    display: "inline-block",
    width: "1ch",
    transform: "rotate(90deg)",
    transitionDuration: "0.1s",
  },
  stepSummary: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  stepPanel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
  },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, flexBasis: "100px", minWidth: 0 },
  // Fluent's Dropdown asks for 250 px by default: too wide for a grid cell in a 320 px pane.
  fullWidth: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  // One input table: its line, with its details under it when open.
  inputLine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  inputHead: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  // Preview, the primary action, progress and Cancel: always in view at the bottom of the pane.
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  grid2: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  pairRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  plain: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  tableWrap: { maxWidth: "100%", overflowX: "auto" },
  table: { tableLayout: "auto", width: "100%" },
  cellNumber: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  // A number box reads like a column of figures: right-aligned, digits of equal width.
  numberInput: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  unit: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  wrap: { overflowWrap: "anywhere", wordBreak: "break-word" },
  muted: { color: tokens.colorNeutralForeground3 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalS,
  },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

/** Numbers as the user's language writes them (numberText.ts formatNumber, the pane's one formatter). */
export function useFormat(): (value: number | null | undefined, digits?: number, minimum?: number) => string {
  const strings = useStrings();
  return React.useCallback(
    (value, digits = 2, minimum = 0) => formatNumber(strings.numberLocale, value, digits, minimum),
    [strings.numberLocale],
  );
}

/**
 * Money as the engine's explanations write it (formatMoney: cents only when there are any), so a
 * figure beside its sentence reads the same ("1,820" and "= 1,820", not "1,820.00").
 */
export function useSentenceMoney(): (value: number) => string {
  const format = useFormat();
  return React.useCallback(
    (value) => format(value, 2, Math.round(Math.abs(value) * 100) % 100 === 0 ? 0 : 2),
    [format],
  );
}

/** A figure of one kind (money with its cents, a score to one place...) in the pane's language. */
export function useFormatKind(): (
  value: number | null | undefined,
  kind: NumberKind,
  decimals?: number,
) => string {
  const strings = useStrings();
  return React.useCallback(
    (value, kind, decimals) => formatKind(strings.numberLocale, value, kind, decimals),
    [strings.numberLocale],
  );
}
