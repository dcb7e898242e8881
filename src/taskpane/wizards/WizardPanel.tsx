import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../i18n";

export type WizardId = "targets" | "incentives" | "scorecard" | "publish";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** The open wizard: its heading and what it reads and writes. */
export function WizardPanel({ wizard, title }: { wizard: WizardId; title: string }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const intro: Record<WizardId, string> = {
    targets: strings.targetsIntro,
    incentives: strings.incentivesIntro,
    scorecard: strings.scorecardIntro,
    publish: strings.publishIntro,
  };
  return (
    <section className={styles.panel} role="tabpanel" aria-label={title} data-wizard={wizard}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Body1>{intro[wizard]}</Body1>
    </section>
  );
}
