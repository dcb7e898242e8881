/**
 * One KPI of the scorecard as a compact row ("Visits · Process · More is better · target 25 ·
 * weight 20") with its edit panel under it. The panel opens by itself while the KPI has something
 * to fix (so the error summary can reach its fields) and stays open until the user closes it.
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { fill, useStrings } from "../i18n";
import { RemoveRowButton } from "./fields";
import type { KpiForm } from "./scorecardForm";
import { useCommonStyles } from "./styles";
import { CheckedField } from "./validation";

const useStyles = makeStyles({
  // A message under one field must not stretch its neighbours.
  top: { alignItems: "start" },
  summary: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  facts: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
});

type Message = (path: string) => {
  validationMessage?: string;
  validationState: "error" | "warning" | "none";
};

export function KpiRow({
  index,
  kpi: k,
  cardCap,
  message,
  onPatch,
  onRemove,
}: {
  index: number;
  kpi: KpiForm;
  /** The card's cap, shown as the KPI cap's placeholder. */
  cardCap: string;
  message: Message;
  onPatch: (patch: Partial<KpiForm>) => void;
  onRemove: () => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const title = fill(strings.kpiTitle, { row: index + 1 });
  const label = k.name || title;
  const kindLabels = { process: strings.kindProcess, result: strings.kindResult };
  const directionLabels = { up: strings.directionUp, down: strings.directionDown };
  const paths = ["name", "target", "weight", "cap"].map((f) => `kpi.${index}.${f}`);
  const needsWork = paths.some((p) => message(p).validationState !== "none");
  const [open, setOpen] = React.useState(needsWork);
  const shown = open || needsWork;
  const facts = [
    kindLabels[k.kind],
    directionLabels[k.direction],
    `${strings.kpiTarget} ${k.target.trim() || "–"}`,
    `${strings.kpiWeight} ${k.weight.trim() || "–"}`,
  ].join(" · ");
  return (
    <div className={styles.card} role="group" aria-label={label} data-kpi-row={index}>
      <div className={styles.summary}>
        <span className={styles.facts}>
          <Text weight="semibold">{label}</Text> <Caption1 data-field="kpi-facts">{facts}</Caption1>
        </span>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={shown}
          disabled={needsWork}
          aria-label={fill(shown ? strings.kpiDone : strings.kpiEdit, { kpi: label })}
          onClick={() => setOpen(!shown)}
        >
          {shown ? strings.kpiDoneShort : strings.kpiEditShort}
        </Button>
      </div>
      {shown && (
        <>
          <div className={styles.row}>
            <CheckedField label={strings.kpiName} className={styles.grow} {...message(`kpi.${index}.name`)}>
              <Input
                className={styles.fullWidth}
                value={k.name}
                onChange={(_, d) => onPatch({ name: d.value })}
              />
            </CheckedField>
            <RemoveRowButton label={fill(strings.removeKpi, { row: index + 1 })} onRemove={onRemove} />
          </div>
          <div className={styles.grid2}>
            <Field label={strings.kpiKind}>
              <Dropdown
                className={styles.fullWidth}
                aria-label={`${label}: ${strings.kpiKind}`}
                value={kindLabels[k.kind]}
                selectedOptions={[k.kind]}
                onOptionSelect={(_, d) => onPatch({ kind: d.optionValue as KpiForm["kind"] })}
              >
                <Option value="process">{strings.kindProcess}</Option>
                <Option value="result">{strings.kindResult}</Option>
              </Dropdown>
            </Field>
            <Field label={strings.kpiDirection}>
              <Dropdown
                className={styles.fullWidth}
                aria-label={`${label}: ${strings.kpiDirection}`}
                value={directionLabels[k.direction]}
                selectedOptions={[k.direction]}
                onOptionSelect={(_, d) => onPatch({ direction: d.optionValue as KpiForm["direction"] })}
              >
                <Option value="up">{strings.directionUp}</Option>
                <Option value="down">{strings.directionDown}</Option>
              </Dropdown>
            </Field>
          </div>
          <div className={mergeClasses(styles.grid2, styles.top)}>
            <CheckedField label={strings.kpiTarget} {...message(`kpi.${index}.target`)}>
              <Input
                className={styles.fullWidth}
                inputMode="decimal"
                aria-label={`${label}: ${strings.kpiTarget}`}
                value={k.target}
                onChange={(_, d) => onPatch({ target: d.value })}
              />
            </CheckedField>
            <CheckedField label={strings.kpiWeight} {...message(`kpi.${index}.weight`)}>
              <Input
                className={styles.fullWidth}
                inputMode="decimal"
                aria-label={`${label}: ${strings.kpiWeight}`}
                value={k.weight}
                onChange={(_, d) => onPatch({ weight: d.value })}
              />
            </CheckedField>
          </div>
          <CheckedField label={strings.kpiCap} {...message(`kpi.${index}.cap`)}>
            <Input
              className={styles.fullWidth}
              inputMode="decimal"
              aria-label={`${label}: ${strings.kpiCap}`}
              placeholder={cardCap}
              value={k.cap}
              contentAfter={<span className={styles.unit}>{strings.percentUnit}</span>}
              onChange={(_, d) => onPatch({ cap: d.value })}
            />
          </CheckedField>
        </>
      )}
    </div>
  );
}
