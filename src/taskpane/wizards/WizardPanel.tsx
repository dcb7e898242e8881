import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { SalesPlanActions } from "../actions";
import { useStrings } from "../i18n";
import { IncentivesWizard } from "./IncentivesWizard";
import { PublishWizard } from "./PublishWizard";
import { ScorecardWizard } from "./ScorecardWizard";
import { StepFocusContext, type StepId, type WizardId } from "./steps";
import { TargetsWizard } from "./TargetsWizard";

export type { WizardId };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  // The tab above already says which wizard this is: the heading is for screen readers only.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
  intro: { color: tokens.colorNeutralForeground3 },
});

/** The open wizard: its heading, what it reads and writes, and its steps. */
export function WizardPanel({
  wizard,
  title,
  actions,
  step = null,
}: {
  wizard: WizardId;
  title: string;
  actions: SalesPlanActions;
  /** The step to open and go to (a "Go" on the home tab); null: the wizard as it opens. */
  step?: StepId | null;
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
      <h2 className={styles.hidden}>{title}</h2>
      <Caption1 className={styles.intro}>{intro[wizard]}</Caption1>
      <StepFocusContext.Provider value={step}>
        {wizard === "targets" && <TargetsWizard actions={actions} />}
        {wizard === "incentives" && <IncentivesWizard actions={actions} />}
        {wizard === "scorecard" && <ScorecardWizard actions={actions} />}
        {wizard === "publish" && <PublishWizard actions={actions} />}
      </StepFocusContext.Provider>
    </section>
  );
}
