import {
  FluentProvider,
  makeStyles,
  SelectTabData,
  Tab,
  TabList,
  Text,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import * as React from "react";
import type { SalesPlanActions } from "./actions";
import { StringsContext, type Strings } from "./i18n";
import { WizardPanel, type WizardId } from "./wizards/WizardPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  // Task panes are about 320-350 px wide: the wizard tabs wrap rather than scroll sideways.
  tabs: { flexWrap: "wrap", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  content: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, flexGrow: 1, minWidth: 0 },
});

export interface AppProps {
  readonly theme: Theme;
  readonly strings: Strings;
  /** What the wizards can do with the workbook (Office.js inside Excel, in-memory in tests). */
  readonly actions: SalesPlanActions;
  /** Which wizard opens first; tests and deep links set it. */
  readonly initialWizard?: WizardId;
}

export const wizardIds: readonly WizardId[] = ["targets", "incentives", "scorecard", "publish"];

export function App({ theme, strings, actions, initialWizard = "targets" }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [wizard, setWizard] = React.useState<WizardId>(initialWizard);
  const labels: Record<WizardId, string> = {
    targets: strings.tabTargets,
    incentives: strings.tabIncentives,
    scorecard: strings.tabScorecard,
    publish: strings.tabPublish,
  };
  return (
    <FluentProvider theme={theme}>
      <StringsContext.Provider value={strings}>
        <div className={styles.root}>
          <header className={styles.header}>
            <Text as="h1" size={500} weight="semibold">
              {strings.appTitle}
            </Text>
            <Text size={200}>{strings.appSubtitle}</Text>
          </header>
          <TabList
            aria-label={strings.navLabel}
            selectedValue={wizard}
            onTabSelect={(_, data: SelectTabData) => setWizard(data.value as WizardId)}
            size="small"
            className={styles.tabs}
          >
            {wizardIds.map((id) => (
              <Tab key={id} value={id}>
                {labels[id]}
              </Tab>
            ))}
          </TabList>
          <main className={styles.content}>
            <WizardPanel key={wizard} wizard={wizard} title={labels[wizard]} actions={actions} />
          </main>
        </div>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
