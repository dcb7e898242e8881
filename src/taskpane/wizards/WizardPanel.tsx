import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { SalesPlanActions } from "../actions";
import { useStrings } from "../i18n";
import { IncentivesWizard } from "./IncentivesWizard";
import { PublishWizard } from "./PublishWizard";
import { ScorecardWizard } from "./ScorecardWizard";
import { TargetsWizard } from "./TargetsWizard";

export type WizardId = "targets" | "incentives" | "scorecard" | "publish";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

/** The open wizard: its heading, what it reads and writes, and its steps. */
export function WizardPanel({
  wizard,
  title,
  actions,
}: {
  wizard: WizardId;
  title: string;
  actions: SalesPlanActions;
}): React.JSX.Element {
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
      {wizard === "targets" && <TargetsWizard actions={actions} />}
      {wizard === "incentives" && <IncentivesWizard actions={actions} />}
      {wizard === "scorecard" && <ScorecardWizard actions={actions} />}
      {wizard === "publish" && <PublishWizard actions={actions} />}
    </section>
  );
}
