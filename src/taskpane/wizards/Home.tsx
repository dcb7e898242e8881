/**
 * The tab the pane opens on: this month's status (targets, payouts for the period, closed /
 * approved / paid, published), each line with a "Go" that opens the wizard step doing the next thing.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { SalesPlanActions } from "../actions";
import { fill, useStrings, type Strings } from "../i18n";
import { choiceNames, restoreMappings } from "./choices";
import { ErrorBar } from "./fields";
import { homeStatus, type HomeItem, type HomeStatus } from "./homeStatus";
import { rowsText } from "./InputsStep";
import { useCommonStyles } from "./styles";
import { useTask } from "./task";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  items: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  item: {
    display: "grid",
    gridTemplateColumns: "1.5em minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    minHeight: "36px",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  mark: { textAlign: "center", fontWeight: tokens.fontWeightSemibold },
  todo: { fontWeight: tokens.fontWeightSemibold },
});

/** Where "Go" leads: a wizard and the step to open there. */
export type GoTo = HomeItem["go"];

export function itemText(item: HomeItem, strings: Strings): string {
  const values = { ...item.values };
  if (item.id === "targets") values.rows = rowsText(Number(item.values.rows), strings);
  return fill(strings[item.text], values);
}

export function Home({
  actions,
  onGo,
}: {
  actions: SalesPlanActions;
  /** Open a wizard at a step; `prepare` runs first (e.g. choosing the period to pay). */
  onGo: (to: GoTo) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const task = useTask<HomeStatus>();
  const { run } = task;
  const load = React.useCallback(
    () =>
      run(async () => {
        // Actuals as the Incentive plan wizard maps it: the same table decides the month.
        const saved = await actions.loadChoices(choiceNames.incentivesMappings).catch(() => null);
        const mappings = restoreMappings(saved, {});
        const [summary, monthEnd, plan, inputs] = await Promise.all([
          actions.publishSummary(),
          actions.monthEnd(),
          actions.loadPlan().catch(() => null),
          actions.inspectInputs(["Actuals"], mappings),
        ]);
        const targets = summary.tables.find((t) => t.name === "SalesTargets");
        return homeStatus({
          targetsRows: targets && targets.ownership !== "absent" ? targets.rows : null,
          actualMonths: inputs.find((r) => r.name === "Actuals")?.periods ?? [],
          frequency: plan?.frequency ?? "monthly",
          periods: monthEnd.periods,
          audit: summary.audit,
          today: new Date(),
        });
      }),
    [actions, run],
  );
  React.useEffect(() => {
    void load();
  }, [load]);
  const status = task.value;
  const go = async (item: HomeItem) => {
    // Payouts open on the period this month falls in, not the one picked last time.
    if (item.id === "payouts" && status)
      await actions.saveChoices(choiceNames.incentivesPeriod, status.period).catch(() => undefined);
    onGo(item.go);
  };
  const marks = { done: "✓", todo: "○", waiting: "·" } as const;
  const stateNames = {
    done: strings.homeStateDone,
    todo: strings.homeStateTodo,
    waiting: strings.homeStateWaiting,
  } as const;
  return (
    <section className={styles.panel} role="tabpanel" aria-label={strings.homeTitle} data-wizard="home">
      <Caption1 className={styles.muted}>{strings.appSubtitle}</Caption1>
      {task.busy && <Spinner size="tiny" label={strings.loading} />}
      <ErrorBar error={task.error} />
      {status && (
        <>
          <Subtitle2 as="h2">{fill(strings.homeMonth, { month: status.month })}</Subtitle2>
          <Caption1 className={styles.wrap}>
            {fill(status.fromActuals ? strings.homeMonthFromActuals : strings.homeMonthNoActuals, {
              period: status.period,
            })}
          </Caption1>
          <ul className={styles.items} aria-label={strings.homeListLabel}>
            {status.items.map((item) => {
              const text = itemText(item, strings);
              return (
                <li key={item.id} className={styles.item} data-home={item.id} data-state={item.state}>
                  <span
                    className={mergeClasses(styles.mark, item.state === "done" ? styles.ok : styles.muted)}
                    role="img"
                    aria-label={stateNames[item.state]}
                  >
                    {marks[item.state]}
                  </span>
                  <Body1
                    className={mergeClasses(styles.wrap, item.state === "todo" ? styles.todo : undefined)}
                  >
                    {text}
                  </Body1>
                  <Button
                    size="small"
                    appearance={item.state === "todo" ? "primary" : "subtle"}
                    aria-label={fill(strings.homeGoLabel, { item: text })}
                    onClick={() => void go(item)}
                  >
                    {strings.homeGo}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div>
        <Button size="small" onClick={() => void load()} disabled={task.busy}>
          {strings.refresh}
        </Button>
      </div>
    </section>
  );
}
