/** Incentive plan: Reps + Actuals -> plan (loaded from / saved to SalesPlan) -> preview -> SalesPayouts. */
import {
  Body1,
  Button,
  Caption1,
  Combobox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Spinner,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Plan } from "../../engine/incentives";
import type { InputReport, Mappings, RunResult, SalesPlanActions } from "../actions";
import { fill, useStrings } from "../i18n";
import {
  ErrorBar,
  InputsStep,
  NumberField,
  PreviewAndWrite,
  Section,
  SuccessBar,
  useCommonStyles,
  useTask,
  writtenText,
  RemoveRowButton,
  withoutIndex,
} from "./common";
import { CurveChart } from "./CurveChart";
import {
  checkPlanForm,
  emptyMeasure,
  examplePlanForm,
  planToForm,
  type MeasureForm,
  type PlanForm,
} from "./planForm";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  pointHead: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) 32px",
    columnGap: tokens.spacingHorizontalXS,
  },
});

/** A measure name: typed, or picked from the measures Actuals reports. */
function MeasureName({
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
  return (
    <Field label={label} validationMessage={error} validationState={error ? "error" : "none"}>
      <Combobox
        freeform
        className={styles.fullWidth}
        value={value}
        selectedOptions={options.includes(value) ? [value] : []}
        onChange={(e) => onChange(e.target.value)}
        onOptionSelect={(_, d) => d.optionValue !== undefined && onChange(d.optionValue)}
      >
        {options.map((m) => (
          <Option key={m} value={m}>
            {m}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

function MeasureCard({
  index,
  measure,
  errors,
  measureOptions,
  onChange,
  onRemove,
}: {
  index: number;
  measure: MeasureForm;
  errors: Readonly<Record<string, string>>;
  measureOptions: readonly string[];
  onChange: (m: MeasureForm) => void;
  onRemove: () => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const path = `measure.${index}`;
  const label = measure.name || fill(strings.measureTitle, { row: index + 1 });
  const set = <K extends keyof MeasureForm>(key: K, value: MeasureForm[K]) =>
    onChange({ ...measure, [key]: value });
  const tiers = measure.method === "tiers";
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
        <NumberField
          label={strings.measureWeight}
          value={measure.weight}
          onChange={(v) => set("weight", v)}
          error={errors[`${path}.weight`]}
        />
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
      {!tiers && <CurveChart measure={label} points={measure.points} />}
      <div className={styles.pointHead} aria-hidden="true">
        <Caption1>
          {tiers
            ? measure.basis === "attainment"
              ? strings.tierFromAttainment
              : strings.tierFrom
            : strings.curveAttainment}
        </Caption1>
        <Caption1>{tiers ? strings.tierRate : strings.curvePayout}</Caption1>
      </div>
      {measure.points.map((p, j) => {
        const fromError = errors[`${path}.point.${j}.from`];
        const rateError = errors[`${path}.point.${j}.rate`];
        const setPoint = (key: "from" | "rate", value: string) =>
          set(
            "points",
            measure.points.map((q, k) => (k === j ? { ...q, [key]: value } : q)),
          );
        return (
          <div key={j} className={styles.pairRow}>
            <Field validationMessage={fromError} validationState={fromError ? "error" : "none"}>
              <Input
                className={styles.fullWidth}
                inputMode="decimal"
                aria-label={fill(tiers ? strings.tierFromRow : strings.curveAttainmentRow, {
                  measure: label,
                  row: j + 1,
                })}
                value={p.from}
                onChange={(_, d) => setPoint("from", d.value)}
              />
            </Field>
            <Field validationMessage={rateError} validationState={rateError ? "error" : "none"}>
              <Input
                className={styles.fullWidth}
                inputMode="decimal"
                aria-label={fill(tiers ? strings.tierRateRow : strings.curvePayoutRow, {
                  measure: label,
                  row: j + 1,
                })}
                value={p.rate}
                onChange={(_, d) => setPoint("rate", d.value)}
              />
            </Field>
            <RemoveRowButton
              label={`${label}: ${fill(strings.removeRow, { row: j + 1 })}`}
              disabled={measure.points.length <= 1}
              onRemove={() => set("points", withoutIndex(measure.points, j))}
            />
          </div>
        );
      })}
      <div>
        <Button
          size="small"
          aria-label={`${label}: ${strings.addRow}`}
          onClick={() => set("points", [...measure.points, { from: "", rate: "" }])}
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
        />
        <NumberField
          label={strings.measureCap}
          value={measure.cap}
          onChange={(v) => set("cap", v)}
          error={errors[`${path}.cap`]}
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

export function IncentivesWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const [mappings, setMappings] = React.useState<Mappings>({});
  const [form, setForm] = React.useState<PlanForm>(examplePlanForm);
  const [measureOptions, setMeasureOptions] = React.useState<readonly string[]>([]);
  const load = useTask<Plan | null>();
  const save = useTask<RunResult>();
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const check = checkPlanForm(form, strings);
  const onReports = React.useCallback((reports: InputReport[]) => {
    setMeasureOptions(reports.find((r) => r.name === "Actuals")?.measures ?? []);
  }, []);

  const { run: runLoad } = load;
  const loadPlan = React.useCallback(
    () =>
      runLoad(async () => {
        const plan = await actions.loadPlan();
        if (plan) setForm((previous) => planToForm(plan, previous));
        return plan;
      }),
    [actions, runLoad],
  );
  React.useEffect(() => {
    void loadPlan();
  }, [loadPlan]);

  const frequencyLabels: Record<Plan["frequency"], string> = {
    monthly: strings.frequencyMonthly,
    quarterly: strings.frequencyQuarterly,
    annual: strings.frequencyAnnual,
  };
  const payoutOptions = () => ({ plan: check.plan as Plan, measureTargets: check.measureTargets });
  const weightOk = Math.abs(check.weightTotal - 100) < 1e-9;
  return (
    <div className={styles.stack}>
      <InputsStep
        actions={actions}
        names={["Reps", "Actuals"]}
        mappings={mappings}
        onMappings={setMappings}
        onReports={onReports}
      />
      <Section title={strings.stepOptions}>
        <div className={styles.actions}>
          <Button size="small" onClick={() => void loadPlan()} disabled={load.busy}>
            {strings.loadPlan}
          </Button>
        </div>
        {load.busy && <Spinner size="tiny" label={strings.loading} />}
        <ErrorBar error={load.error} />
        {!load.busy && !load.error && load.value === null && <Caption1>{strings.noSavedPlan}</Caption1>}
        {load.value && (
          <Caption1>
            {fill(strings.planLoaded, { name: load.value.name, version: load.value.version })}
          </Caption1>
        )}
        <div className={styles.grid2}>
          <Field label={strings.planName}>
            <Input className={styles.fullWidth} value={form.name} onChange={(_, d) => set("name", d.value)} />
          </Field>
          <Field label={strings.planVersion}>
            <Input
              className={styles.fullWidth}
              value={form.version}
              onChange={(_, d) => set("version", d.value)}
            />
          </Field>
        </div>
        <Field label={strings.frequency}>
          <Dropdown
            className={styles.fullWidth}
            value={frequencyLabels[form.frequency]}
            selectedOptions={[form.frequency]}
            onOptionSelect={(_, d) => set("frequency", d.optionValue as Plan["frequency"])}
          >
            {(Object.keys(frequencyLabels) as Plan["frequency"][]).map((f) => (
              <Option key={f} value={f}>
                {frequencyLabels[f]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <NumberField
          label={strings.targetIncentive}
          value={form.targetIncentive}
          onChange={(v) => set("targetIncentive", v)}
          error={check.errors.targetIncentive}
        />
        <Text weight="semibold">{strings.measures}</Text>
        {form.measures.map((m, i) => (
          <MeasureCard
            key={i}
            index={i}
            measure={m}
            errors={check.errors}
            measureOptions={measureOptions}
            onChange={(next) =>
              set(
                "measures",
                form.measures.map((q, j) => (j === i ? next : q)),
              )
            }
            onRemove={() => set("measures", withoutIndex(form.measures, i))}
          />
        ))}
        <Body1 className={weightOk ? styles.ok : styles.bad} role="status">
          {weightOk
            ? fill(strings.weightsTotal, { value: check.weightTotal })
            : fill(strings.weightsMustBe100, { value: check.weightTotal })}
        </Body1>
        <div>
          <Button size="small" onClick={() => set("measures", [...form.measures, emptyMeasure])}>
            {strings.addMeasure}
          </Button>
        </div>
        <Switch label={strings.gate} checked={form.gateOn} onChange={(_, d) => set("gateOn", d.checked)} />
        {form.gateOn && (
          <div className={styles.grid2}>
            <MeasureName
              label={strings.gateMeasure}
              value={form.gateMeasure}
              options={form.measures.map((m) => m.name).filter((n) => n !== "")}
              onChange={(v) => set("gateMeasure", v)}
            />
            <NumberField
              label={strings.gateMinimum}
              value={form.gateMinimum}
              onChange={(v) => set("gateMinimum", v)}
              error={check.errors.gateMinimum}
            />
          </div>
        )}
        <NumberField
          label={strings.planCap}
          value={form.planCap}
          onChange={(v) => set("planCap", v)}
          error={check.errors.planCap}
        />
        <Switch label={strings.spiff} checked={form.spiffOn} onChange={(_, d) => set("spiffOn", d.checked)} />
        {form.spiffOn && (
          <>
            <div className={styles.grid2}>
              <Field label={strings.spiffName}>
                <Input
                  className={styles.fullWidth}
                  value={form.spiffName}
                  onChange={(_, d) => set("spiffName", d.value)}
                />
              </Field>
              <MeasureName
                label={strings.spiffMeasure}
                value={form.spiffMeasure}
                options={measureOptions}
                onChange={(v) => set("spiffMeasure", v)}
              />
            </div>
            <NumberField
              label={strings.spiffAmount}
              value={form.spiffAmount}
              onChange={(v) => set("spiffAmount", v)}
              error={check.errors.spiffAmount}
            />
          </>
        )}
        <Switch label={strings.draw} checked={form.drawOn} onChange={(_, d) => set("drawOn", d.checked)} />
        {form.drawOn && (
          <>
            <NumberField
              label={strings.drawAmount}
              value={form.drawAmount}
              onChange={(v) => set("drawAmount", v)}
              error={check.errors.drawAmount}
            />
            <Switch
              label={strings.drawRecoverable}
              checked={form.drawRecoverable}
              onChange={(_, d) => set("drawRecoverable", d.checked)}
            />
          </>
        )}
        <ErrorBar error={check.planError} />
        <div className={styles.actions}>
          <Button
            disabled={check.plan === null || save.busy}
            onClick={() => void save.run(() => actions.savePlan(check.plan as Plan))}
          >
            {strings.savePlan}
          </Button>
        </div>
        {save.busy && <Spinner size="tiny" label={strings.working} />}
        <ErrorBar error={save.error} />
        {save.value && (
          <SuccessBar>
            {strings.planSaved} {writtenText(save.value, strings)}
          </SuccessBar>
        )}
      </Section>
      <PreviewAndWrite
        stamp={JSON.stringify([check.plan, check.measureTargets, mappings])}
        table="SalesPayouts"
        columns={["RepID", "Period", "Measure", "NetPayout"]}
        ready={check.plan !== null}
        writeLabel={strings.runPayouts}
        makePreview={() => actions.previewPayouts(payoutOptions(), mappings)}
        makeWrite={() => actions.writePayouts(payoutOptions(), mappings)}
      />
    </div>
  );
}
