/** An action's or a development item's state as a small coloured chip: done, overdue or open. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ActionState } from "../../jobs";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  state: {
    display: "inline-block",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    marginInlineStart: tokens.spacingHorizontalXS,
  },
  done: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorPaletteGreenForeground2 },
  overdue: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  open: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground2 },
});

export function StateChip({ state }: { state: ActionState }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const label = { done: strings.stateDone, overdue: strings.stateOverdue, open: strings.stateOpen }[state];
  return <span className={mergeClasses(styles.state, styles[state])}>{label}</span>;
}
