/**
 * Month-end's statement: pick a rep and write their statement for the chosen period as the
 * values-only Statement sheet (replacing the previous rep's), with its SalesAudit row.
 */
import { Button, Caption1, Dropdown, Field, Option, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import type { SalesPlanActions, StatementReport } from "../actions";
import { fill, plural, useStrings, type Strings } from "../i18n";
import { ErrorBar, SuccessBar } from "./fields";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";

const repLabel = (r: { repId: string; name: string }, strings: Strings): string =>
  r.name ? fill(strings.meStatementRepOption, { name: r.name, rep: r.repId }) : r.repId;

export function StatementStep({
  actions,
  period,
  reps,
  onWritten,
}: {
  actions: SalesPlanActions;
  period: string;
  reps: readonly { readonly repId: string; readonly name: string }[];
  onWritten?: () => void;
}): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useCommonStyles();
  const format = useFormat();
  const write = useTask<StatementReport>();
  const [rep, setRep] = React.useState<string | null>(null);
  const chosen = reps.find((r) => r.repId === rep) ?? reps[0];
  if (!chosen) return null;
  const written = write.value;
  return (
    // The id lets the browser test find this step alone.
    <div id="statement" className={styles.plain}>
      <Text weight="semibold">{strings.meStatementTitle}</Text>
      <Caption1 className={styles.wrap}>{strings.meStatementIntro}</Caption1>
      <Field label={strings.meStatementRep}>
        <Dropdown
          className={styles.fullWidth}
          value={repLabel(chosen, strings)}
          selectedOptions={[chosen.repId]}
          onOptionSelect={(_, d) => {
            setRep(d.optionValue ?? null);
            write.reset();
          }}
        >
          {reps.map((r) => (
            <Option key={r.repId} value={r.repId} text={repLabel(r, strings)}>
              {repLabel(r, strings)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.actions}>
        <Button
          disabled={write.busy || period === ""}
          onClick={() =>
            void write.run(async () => {
              const report = await actions.writeStatement(chosen.repId, period);
              onWritten?.();
              return report;
            })
          }
        >
          {strings.meStatementWrite}
        </Button>
      </div>
      {write.busy && <Spinner size="tiny" label={strings.working} />}
      <ErrorBar error={write.error} />
      {written && (
        <SuccessBar>
          {fill(strings.meStatementWritten, {
            rep: repLabel(written, strings),
            period: written.period,
            rows: plural(strings, "rows", written.rows),
            how: written.created ? strings.created : strings.replaced,
            total: format(written.total, 2, 2),
          })}
        </SuccessBar>
      )}
    </div>
  );
}
