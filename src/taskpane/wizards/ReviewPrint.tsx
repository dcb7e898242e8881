/**
 * The review's printable sheet: the chosen rep's review for the period written as the values-only
 * Review sheet (the model `salesplan reviews` prints), replacing the previous one, with its
 * SalesAudit row.
 */
import { Button, Caption1, makeStyles, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import type { ScorecardOptions } from "../../jobs";
import type { Mappings, ReviewSheetReport, SalesPlanActions } from "../actions";
import { fill, plural, useStrings } from "../i18n";
import { ErrorBar, SuccessBar } from "./fields";
import { useCommonStyles } from "./styles";
import { useTask } from "./task";

const useStyles = makeStyles({ heading: { margin: 0 } });

export function ReviewPrint({
  actions,
  options,
  mappings,
  rep,
  period,
}: {
  actions: SalesPlanActions;
  options: ScorecardOptions;
  mappings: Mappings;
  rep: string;
  period: string;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const write = useTask<ReviewSheetReport>();
  const written = write.value;
  return (
    <section className={styles.plain} aria-label={strings.printTitle} data-part="print">
      <Text as="h4" weight="semibold" className={styles.heading}>
        {strings.printTitle}
      </Text>
      <Caption1 className={styles.wrap}>{strings.printIntro}</Caption1>
      <div className={styles.actions}>
        <Button
          disabled={write.busy}
          onClick={() => void write.run(() => actions.writeReviewSheet(options, mappings, rep, period))}
        >
          {strings.printWrite}
        </Button>
      </div>
      {write.busy && <Spinner size="tiny" label={strings.working} />}
      <ErrorBar error={write.error} />
      {written && (
        <SuccessBar>
          {fill(strings.printWritten, {
            name: written.name || written.repId,
            period: written.period,
            rows: plural(strings, "rows", written.rows),
            how: written.created ? strings.created : strings.replaced,
          })}
        </SuccessBar>
      )}
    </section>
  );
}
