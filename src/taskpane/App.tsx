import {
  Button,
  Dropdown,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  SelectTabData,
  Tab,
  TabList,
  Text,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import * as React from "react";
import type { Locale } from "../kernel/messages";
import type { SalesPlanActions } from "./actions";
import type { ApiSupport } from "../workbook/office/requirements";
import { DiagnosticsPanel } from "./DiagnosticsPanel";
import { catalogues, fill, StringsContext } from "./i18n";
import { WizardPanel, type WizardId } from "./wizards/WizardPanel";
import { Home, type GoTo } from "./wizards/Home";
import { GoContext, type StepId } from "./wizards/steps";
import { restoreOneOf } from "../kernel/restore";
import { choiceNames } from "./wizards/choices";
import { usePersistentState } from "./wizards/persist";

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
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  headerControls: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  // Fluent's Dropdown asks for 250 px by default: two short language names need far less.
  language: { minWidth: "96px", width: "96px" },
  // Task panes are about 320-350 px wide: short labels keep the five tabs on one row (in both
  // languages); should a label still not fit, the tabs wrap rather than scroll sideways.
  tabs: {
    flexWrap: "wrap",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  // Fluent's tab pads its root and its label: 4 px in all keeps five labels on one row at 320 px.
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    minWidth: 0,
    "& .fui-Tab__content": { paddingLeft: 0, paddingRight: 0, fontSize: tokens.fontSizeBase200 },
  },
  content: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, flexGrow: 1, minWidth: 0 },
});

export interface AppProps {
  readonly theme: Theme;
  /** The language the pane opens in (Office's display language); the user can switch in the header. */
  readonly locale: Locale;
  /** What the wizards can do with the workbook (Office.js inside Excel, in-memory in tests). */
  readonly actions: SalesPlanActions;
  /** What opens first (the home tab unless a test or a deep link says which wizard). */
  readonly initialWizard?: PaneView;
  /** What this Excel offers of the ExcelApi set SalesPlan needs (absent: not known, nothing shown). */
  readonly apiSupport?: ApiSupport;
}

export const wizardIds: readonly WizardId[] = ["targets", "incentives", "scorecard", "publish"];

/** The home tab or a wizard. */
export type PaneView = "home" | WizardId;

/** The BCP 47 tag of the text the pane shows, for `<html lang>` (screen readers and fonts follow it). */
export const languageTags: Readonly<Record<Locale, string>> = { en: "en-US", zh: "zh-CN" };

export function App({
  theme,
  locale: initialLocale,
  actions,
  initialWizard = "home",
  apiSupport,
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [wizard, setWizard] = React.useState<PaneView>(initialWizard);
  // The step a "Go" on the home tab opens; a tab chosen by hand opens its wizard as it is.
  const [step, setStep] = React.useState<StepId | null>(null);
  const go = React.useCallback((to: GoTo) => {
    setDiagnostics(false);
    setStep(to.step);
    setWizard(to.wizard);
  }, []);
  const [diagnostics, setDiagnostics] = React.useState(false);
  // The language chosen here is kept in the workbook; until one is, Office's.
  const [locale, setLocale] = usePersistentState<Locale>(
    actions,
    choiceNames.language,
    initialLocale,
    restoreOneOf(["en", "zh"]),
  );
  const strings = catalogues[locale];
  React.useEffect(() => {
    document.documentElement.lang = languageTags[locale];
  }, [locale]);
  React.useEffect(() => actions.setLanguage?.(locale), [actions, locale]);
  const languageNames: Record<Locale, string> = { en: strings.languageEn, zh: strings.languageZh };
  const tabLabels: Record<PaneView, string> = {
    home: strings.tabHome,
    targets: strings.tabShortTargets,
    incentives: strings.tabShortIncentives,
    scorecard: strings.tabShortScorecard,
    publish: strings.tabShortPublish,
  };
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
            <div className={styles.titleRow}>
              <Text as="h1" size={500} weight="semibold">
                {strings.appTitle}
              </Text>
              <div className={styles.headerControls}>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-pressed={diagnostics}
                  onClick={() => setDiagnostics((open) => !open)}
                >
                  {strings.diagnosticsButton}
                </Button>
                <Dropdown
                  size="small"
                  className={styles.language}
                  aria-label={strings.languageSwitch}
                  value={languageNames[locale]}
                  selectedOptions={[locale]}
                  onOptionSelect={(_, d) => setLocale(d.optionValue === "zh" ? "zh" : "en")}
                >
                  {(["en", "zh"] as const).map((l) => (
                    <Option key={l} value={l} text={languageNames[l]}>
                      <span lang={languageTags[l]}>{languageNames[l]}</span>
                    </Option>
                  ))}
                </Dropdown>
              </div>
            </div>
            {apiSupport && !apiSupport.ok && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>
                    {fill(strings.apiMissingTitle, { needed: apiSupport.needed })}
                  </MessageBarTitle>
                  {fill(strings.apiMissing, {
                    needed: apiSupport.needed,
                    have: apiSupport.highest ?? strings.diagnosticsNone,
                  })}
                </MessageBarBody>
              </MessageBar>
            )}
          </header>
          {/* A landmark around the tabs, so every part of the pane is in one (axe "region"). */}
          <nav aria-label={strings.navLabel}>
            <TabList
              aria-label={strings.navLabel}
              selectedValue={diagnostics ? null : wizard}
              onTabSelect={(_, data: SelectTabData) => {
                setDiagnostics(false);
                setStep(null);
                setWizard(data.value as PaneView);
              }}
              size="small"
              className={styles.tabs}
            >
              {(["home", ...wizardIds] as const).map((id) => (
                <Tab key={id} value={id} className={styles.tab}>
                  {tabLabels[id]}
                </Tab>
              ))}
            </TabList>
          </nav>
          <main className={styles.content}>
            {diagnostics ? (
              <DiagnosticsPanel actions={actions} onClose={() => setDiagnostics(false)} />
            ) : wizard === "home" ? (
              <Home actions={actions} onGo={go} />
            ) : (
              <GoContext.Provider value={go}>
                <WizardPanel
                  key={wizard}
                  wizard={wizard}
                  title={labels[wizard]}
                  actions={actions}
                  step={step}
                />
              </GoContext.Provider>
            )}
          </main>
        </div>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
