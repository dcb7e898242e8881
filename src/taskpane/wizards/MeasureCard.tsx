/** One measure of the incentive plan as a card: its name, weight, method, tier or curve points and limits. */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { fill, useStrings } from "../i18n";
import { CurveChart, type ChartMarker } from "./CurveChart";
import { NumberField, RemoveRowButton } from "./fields";
import { CheckedField } from "./validation";
import { formWeighted, moneyLabel, type MeasureForm } from "./planForm";
import { editRows } from "./rows";
import { useCommonStyles } from "./styles";

const useStyles = makeStyles({
  // Same columns as a point's row, headers over their right-aligned figures; the hidden ✕ keeps the
  // last column as wide as the rows' so the headers line up.
  pointHead: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "end",
    textAlign: "end",
  },
  spacer: { visibility: "hidden" },
});

/**
 * A measure name: typed, or picked from the measures Actuals reports. A text box with the browser's
 * own suggestion list (still a combobox to assistive technology): Fluent's freeform Combobox leaves
 * aria-activedescendant pointing at an option that is gone once its list closes, which axe reports
 * as a serious violation.
 */
export function MeasureName({
  label,
  value,
  options,
  onChange,
  error,
}: {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  error?: string;
}): React.JSX.Element {
  const styles = useCommonStyles();
  const list = React.useId();
  return (
    <CheckedField label={label} validationMessage={error} validationState={error ? "error" : "none"}>
      <Input
        className={styles.fullWidth}
        list={list}
        autoComplete="off"
        value={value}
        onChange={(_, d) => onChange(d.value)}
      />
      <datalist id={list}>
        {options.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
    </CheckedField>
  );
}

export function MeasureCard({
  index,
  measure,
  errors,
  measureOptions,
  onChange,
  onRemove,
  marker,
  onWhatIf,
  currency,
  whatIf,
}: {
  index: number;
  measure: MeasureForm;
  errors: Readonly<Record<string, string>>;
  measureOptions: readonly string[];
  onChange: (m: MeasureForm) => void;
  onRemove: () => void;
  /** The what-if point on this measure's chart, when the what-if is about it. */
  marker?: ChartMarker | null;
  /** The slider under the chart: the what-if moves to this measure at that attainment. */
  onWhatIf?: (attainment: number) => void;
  /** The plan's currency code: the cap says it. */
  currency?: string;
  /** The what-if box, when it is about this measure: right under the chart and its slider. */
  whatIf?: React.ReactNode;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const path = `measure.${index}`;
  const label = measure.name || fill(strings.measureTitle, { row: index + 1 });
  const set = <K extends keyof MeasureForm>(key: K, value: MeasureForm[K]) =>
    onChange({ ...measure, [key]: value });
  const tiers = measure.method === "tiers";
  const points = editRows(measure.points, (rows) => set("points", rows));
  const methodLabels = { tiers: strings.methodTiers, curve: strings.methodCurve };
  const modeLabels = { marginal: strings.modeMarginal, retro: strings.modeRetro };
  return (
    <div className={styles.card} role="group" aria-label={fill(strings.measureTitle, { row: index + 1 })}>
      <div className={styles.row}>
        <Text weight="semibold" className={styles.grow}>
          {fill(strings.measureTitle, { row: index + 1 })}
        </Text>
        <Button size="small" appearance="subtle" onClick={onRemove}>
          {fill(strings.removeMeasure, { row: index + 1 })}
        </Button>
      </div>
      <MeasureName
        label={strings.measureName}
        value={measure.name}
        options={measureOptions}
        onChange={(v) => set("name", v)}
        error={errors[`${path}.name`]}
      />
      <div className={styles.grid2}>
        {/* Only a measure paid on the target incentive has a weight: a commission table has none. */}
        {formWeighted(measure) && (
          <NumberField
            label={strings.measureWeight}
            value={measure.weight}
            onChange={(v) => set("weight", v)}
            error={errors[`${path}.weight`]}
            unit={strings.percentUnit}
          />
        )}
        <Field label={strings.method}>
          <Dropdown
            className={styles.fullWidth}
            value={methodLabels[measure.method]}
            selectedOptions={[measure.method]}
            onOptionSelect={(_, d) => {
              const method = d.optionValue as MeasureForm["method"];
              if (method === measure.method) return;
              // Switching starts from a sensible table for the new method.
              onChange({
                ...measure,
                method,
                points:
                  method === "curve"
                    ? [
                        { from: "50", rate: "25" },
                        { from: "100", rate: "100" },
                        { from: "150", rate: "200" },
                      ]
                    : [{ from: "0", rate: "5" }],
              });
            }}
          >
            <Option value="tiers">{strings.methodTiers}</Option>
            <Option value="curve">{strings.methodCurve}</Option>
          </Dropdown>
        </Field>
      </div>
      {tiers && (
        <Field label={strings.tierPayOn}>
          <Dropdown
            className={styles.fullWidth}
            value={measure.payOn === "incentive" ? strings.payOnIncentive : strings.payOnAmount}
            selectedOptions={[measure.payOn]}
            onOptionSelect={(_, d) => {
              const payOn = d.optionValue as MeasureForm["payOn"];
              // Rates on the target incentive are per attainment, so the bounds become attainment %.
              onChange({ ...measure, payOn, ...(payOn === "incentive" ? { basis: "attainment" } : {}) });
            }}
          >
            <Option value="amount">{strings.payOnAmount}</Option>
            <Option value="incentive">{strings.payOnIncentive}</Option>
          </Dropdown>
        </Field>
      )}
      {tiers && (
        <Field label={strings.tierMode}>
          <Dropdown
            className={styles.fullWidth}
            value={modeLabels[measure.mode]}
            selectedOptions={[measure.mode]}
            onOptionSelect={(_, d) => set("mode", d.optionValue as MeasureForm["mode"])}
          >
            <Option value="marginal">{strings.modeMarginal}</Option>
            <Option value="retro">{strings.modeRetro}</Option>
          </Dropdown>
        </Field>
      )}
      <CurveChart
        measure={label}
        points={measure.points}
        marker={marker}
        method={measure.method}
        amountAxis={tiers && measure.basis !== "attainment"}
        onAttainment={onWhatIf}
      />
      {whatIf}
      <div className={styles.pointHead} aria-hidden="true">
        <Caption1>
          {tiers
            ? measure.basis === "attainment"
              ? strings.tierFromAttainment
              : strings.tierFrom
            : strings.curveAttainment}
        </Caption1>
        <Caption1>{tiers ? strings.tierRate : strings.curvePayout}</Caption1>
        <span className={styles.spacer}>
          <RemoveRowButton label="" disabled onRemove={() => undefined} />
        </span>
      </div>
      {measure.points.map((p, j) => {
        const fromError = errors[`${path}.point.${j}.from`];
        const rateError = errors[`${path}.point.${j}.rate`];
        const setPoint = (key: "from" | "rate", value: string) => points.patch(j, { [key]: value });
        return (
          <div key={j} className={styles.pairRow}>
            <NumberField
              inputLabel={fill(tiers ? strings.tierFromRow : strings.curveAttainmentRow, {
                measure: label,
                row: j + 1,
              })}
              value={p.from}
              onChange={(v) => setPoint("from", v)}
              error={fromError}
              unit={!tiers || measure.basis === "attainment" ? strings.percentUnit : undefined}
            />
            <NumberField
              inputLabel={fill(tiers ? strings.tierRateRow : strings.curvePayoutRow, {
                measure: label,
                row: j + 1,
              })}
              value={p.rate}
              onChange={(v) => setPoint("rate", v)}
              error={rateError}
              unit={strings.percentUnit}
            />
            <RemoveRowButton
              label={`${label}: ${fill(strings.removeRow, { row: j + 1 })}`}
              disabled={measure.points.length <= 1}
              onRemove={() => points.remove(j)}
            />
          </div>
        );
      })}
      <div>
        <Button
          size="small"
          aria-label={`${label}: ${strings.addRow}`}
          onClick={() => points.add({ from: "", rate: "" })}
        >
          {strings.addRow}
        </Button>
      </div>
      <div className={styles.grid2}>
        <NumberField
          label={strings.threshold}
          value={measure.threshold}
          onChange={(v) => set("threshold", v)}
          error={errors[`${path}.threshold`]}
          unit={strings.percentUnit}
        />
        <NumberField
          label={moneyLabel(strings.measureCap, currency ?? "", strings)}
          value={measure.cap}
          onChange={(v) => set("cap", v)}
          error={errors[`${path}.cap`]}
          unit={currency}
        />
      </div>
      <NumberField
        label={strings.monthlyTarget}
        value={measure.monthlyTarget}
        onChange={(v) => set("monthlyTarget", v)}
        error={errors[`${path}.monthlyTarget`]}
      />
    </div>
  );
}
