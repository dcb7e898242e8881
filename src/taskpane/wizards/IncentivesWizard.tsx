/**
 * Incentive plan: Reps + Actuals -> plan (loaded from / saved to SalesPlan, or started anew) with a
 * what-if box -> preview -> SalesPayouts for all periods or the one chosen.
 */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Spinner,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Plan } from "../../engine/incentives";
import { payoutPeriods } from "../../jobs";
import type { InputReport, PayoutOptions, RunResult, SalesPlanActions } from "../actions";
import { fill, useStrings } from "../i18n";
import {
  ErrorBar,
  InputsStep,
  NumberField,
  parseNumber,
  PreviewAndWrite,
  Section,
  SuccessBar,
  TaskProgress,
  useCommonStyles,
  useFormat,
  useTask,
  writtenText,
  RemoveRowButton,
  withoutIndex,
} from "./common";
import { choiceNames, planFormToSave, restorePlanForm } from "./choices";
import { usePersistentMappings, usePersistentState } from "./persist";
import { restoreText } from "../../workbook/settings";
import { CurveChart } from "./CurveChart";
import {
  checkPlanForm,
  checkWhatIf,
  emptyMeasure,
  emptyPlanForm,
  examplePlanForm,
  formWeighted,
  initialWhatIf,
  planToForm,
  sameForm,
  type MeasureForm,
  type PlanForm,
  type WhatIfCheck,
  type WhatIfForm,
} from "./planForm";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  pointHead: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) 32px",
    columnGap: tokens.spacingHorizontalXS,
  },
});

/**
 * A measure name: typed, or picked from the measures Actuals reports. A text box with the browser's
 * own suggestion list (still a combobox to assistive technology): Fluent's freeform Combobox leaves
 * aria-activedescendant pointing at an option that is gone once its list closes, which axe reports
 * as a serious violation.
 */
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
  const list = React.useId();
  return (
    <Field label={label} validationMessage={error} validationState={error ? "error" : "none"}>
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
  marker,
}: {
  index: number;
  measure: MeasureForm;
  errors: Readonly<Record<string, string>>;
  measureOptions: readonly string[];
  onChange: (m: MeasureForm) => void;
  onRemove: () => void;
  /** The what-if point on this measure's curve, when the what-if is about it. */
  marker?: { attainment: number; payout: number } | null;
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
        {/* Only a measure paid on the target incentive has a weight: a commission table has none. */}
        {formWeighted(measure) && (
          <NumberField
            label={strings.measureWeight}
            value={measure.weight}
            onChange={(v) => set("weight", v)}
            error={errors[`${path}.weight`]}
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
      {!tiers && <CurveChart measure={label} points={measure.points} marker={marker} />}
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

/** One rep at a chosen attainment, paid by the plan as edited: the engine's number and sentence. */
function WhatIfBox({
  form,
  input,
  result,
  onChange,
}: {
  form: PlanForm;
  input: WhatIfForm;
  result: WhatIfCheck;
  onChange: (input: WhatIfForm) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const names = form.measures.map((m) => m.name.trim()).filter((n) => n !== "");
  const set = <K extends keyof WhatIfForm>(key: K, value: WhatIfForm[K]) =>
    onChange({ ...input, [key]: value });
  return (
    <div className={styles.card} role="group" aria-label={strings.whatIf}>
      <Text weight="semibold">{strings.whatIf}</Text>
      <Caption1 className={styles.wrap}>{strings.whatIfIntro}</Caption1>
      <div className={styles.grid2}>
        <Field label={strings.whatIfMeasure}>
          <Dropdown
            className={styles.fullWidth}
            value={result.measure}
            selectedOptions={[result.measure]}
            onOptionSelect={(_, d) => d.optionValue !== undefined && set("measure", d.optionValue)}
          >
            {names.map((n) => (
              <Option key={n} value={n}>
                {n}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <NumberField
          label={strings.whatIfAttainment}
          value={input.attainment}
          onChange={(v) => set("attainment", v)}
          error={result.errors.attainment}
        />
      </div>
      <div className={styles.grid2}>
        <NumberField
          label={strings.whatIfTarget}
          value={input.target}
          onChange={(v) => set("target", v)}
          error={result.errors.target}
        />
        <NumberField
          label={strings.whatIfIncentive}
          value={input.targetIncentive}
          onChange={(v) => set("targetIncentive", v)}
          error={result.errors.targetIncentive}
        />
      </div>
      <div role="group" aria-label={strings.whatIfResult} aria-live="polite" className={styles.plain}>
        {result.row && (
          <>
            <Text weight="semibold">
              {fill(strings.whatIfPayout, { value: format(result.row.net, 2, 2) })}
            </Text>
            <Body1 className={styles.wrap}>{result.row.explanation}</Body1>
          </>
        )}
        {result.problem !== null && (
          <Body1 className={mergeClasses(styles.bad, styles.wrap)}>{result.problem}</Body1>
        )}
      </div>
    </div>
  );
}

export function IncentivesWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const [mappings, setMappings] = usePersistentMappings(actions, choiceNames.incentivesMappings);
  // Without a plan in the workbook, the draft; with one, only what the plan does not hold.
  const [form, setForm] = usePersistentState<PlanForm>(
    actions,
    choiceNames.incentivesForm,
    examplePlanForm,
    restorePlanForm,
    { toSaved: planFormToSave },
  );
  // The form as last loaded, saved or started: anything else is an unsaved edit.
  const [saved, setSaved] = React.useState<PlanForm>(examplePlanForm);
  const [confirmNew, setConfirmNew] = React.useState(false);
  const [whatIf, setWhatIf] = React.useState<WhatIfForm>(initialWhatIf);
  const [measureOptions, setMeasureOptions] = React.useState<readonly string[]>([]);
  const [months, setMonths] = React.useState<readonly string[]>([]);
  const [period, setPeriod] = usePersistentState(actions, choiceNames.incentivesPeriod, "", restoreText);
  const formRef = React.useRef(form);
  formRef.current = form;
  const load = useTask<Plan | null>();
  const save = useTask<RunResult>();
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const check = React.useMemo(() => checkPlanForm(form, strings), [form, strings]);
  const whatIfResult = React.useMemo(
    () => checkWhatIf(form, check, whatIf, strings),
    [form, check, whatIf, strings],
  );
  const dirty = !sameForm(form, saved);
  const onReports = React.useCallback((reports: InputReport[]) => {
    const actuals = reports.find((r) => r.name === "Actuals");
    setMeasureOptions(actuals?.measures ?? []);
    setMonths(actuals?.periods ?? []);
  }, []);

  const { run: runLoad } = load;
  const loadPlan = React.useCallback(
    () =>
      runLoad(async () => {
        const plan = await actions.loadPlan();
        if (plan) {
          const next = planToForm(plan, formRef.current);
          setForm(next);
          setSaved(next);
          setConfirmNew(false);
        }
        return plan;
      }),
    [actions, runLoad],
  );
  React.useEffect(() => {
    void loadPlan();
  }, [loadPlan]);
  const startNew = () => {
    setForm(emptyPlanForm);
    setSaved(emptyPlanForm);
    setConfirmNew(false);
    setWhatIf(initialWhatIf);
    load.reset();
    save.reset();
  };

  const frequencyLabels: Record<Plan["frequency"], string> = {
    monthly: strings.frequencyMonthly,
    quarterly: strings.frequencyQuarterly,
    annual: strings.frequencyAnnual,
  };
  const periods = payoutPeriods(months, form.frequency);
  // A period picked under another frequency ("2026-02" once the plan pays quarterly) means all.
  const chosenPeriod = periods.includes(period) ? period : "";
  const payoutOptions = (): PayoutOptions => ({
    plan: check.plan as Plan,
    measureTargets: check.measureTargets,
    period: chosenPeriod === "" ? null : chosenPeriod,
    // Explanations and the Adjustments label in the pane's language.
    language: strings.locale === "zh" ? "zh" : "en",
  });
  const weightOk = check.errors.weights === undefined;
  const curveMarker = (m: MeasureForm) =>
    whatIfResult.row && m.name.trim() === whatIfResult.measure && whatIfResult.row.point !== null
      ? { attainment: parseNumber(whatIf.attainment) as number, payout: whatIfResult.row.point * 100 }
      : null;
  const fieldError = (key: string) => ({
    validationMessage: check.errors[key],
    validationState: check.errors[key] ? ("error" as const) : ("none" as const),
  });
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
          <Button size="small" onClick={() => (dirty ? setConfirmNew(true) : startNew())}>
            {strings.newPlan}
          </Button>
        </div>
        {confirmNew && (
          <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={strings.newPlan}>
            <MessageBarBody>{strings.newPlanConfirm}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={startNew}>
                {strings.discardAndStart}
              </Button>
              {/* Focus moves to the question, on the answer that loses nothing. */}
              <Button size="small" autoFocus onClick={() => setConfirmNew(false)}>
                {strings.keepEditing}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {load.busy && <Spinner size="tiny" label={strings.loading} />}
        <ErrorBar error={load.error} />
        {!load.busy && !load.error && load.value === null && form === examplePlanForm && (
          <Caption1>{strings.noSavedPlan}</Caption1>
        )}
        {load.value && (
          <Caption1>
            {fill(strings.planLoaded, { name: load.value.name, version: load.value.version })}
          </Caption1>
        )}
        {dirty && <Caption1 className={styles.muted}>{strings.unsavedChanges}</Caption1>}
        <div className={styles.grid2}>
          <Field label={strings.planName} {...fieldError("name")}>
            <Input className={styles.fullWidth} value={form.name} onChange={(_, d) => set("name", d.value)} />
          </Field>
          <Field label={strings.planVersion} {...fieldError("version")}>
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
            marker={curveMarker(m)}
            onChange={(next) =>
              set(
                "measures",
                form.measures.map((q, j) => (j === i ? next : q)),
              )
            }
            onRemove={() => set("measures", withoutIndex(form.measures, i))}
          />
        ))}
        <Body1 className={weightOk ? styles.ok : styles.bad} role="status" aria-label={strings.measureWeight}>
          {!weightOk
            ? check.errors.weights
            : check.weighted.length === 0
              ? strings.noWeights
              : fill(strings.weightsOver, { measures: check.weighted.join(", "), value: check.weightTotal })}
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
              error={check.errors.gateMeasure}
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
                error={check.errors.spiffMeasure}
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
            {form.spiffOn && (
              <Switch
                label={strings.spiffRepaysDraw}
                checked={form.spiffRepaysDraw}
                onChange={(_, d) => set("spiffRepaysDraw", d.checked)}
              />
            )}
          </>
        )}
        <ErrorBar error={check.planError} />
        <WhatIfBox form={form} input={whatIf} result={whatIfResult} onChange={setWhatIf} />
        <div className={styles.actions}>
          <Button
            disabled={check.plan === null || save.busy}
            onClick={() => {
              const plan = check.plan as Plan;
              const at = form;
              void save.run(async (control) => {
                const result = await actions.savePlan(plan, control);
                setSaved(at);
                return result;
              });
            }}
          >
            {strings.savePlan}
          </Button>
        </div>
        <TaskProgress task={save} />
        <ErrorBar error={save.error} />
        {save.value && (
          <SuccessBar>
            {strings.planSaved} {writtenText(save.value, strings)}
          </SuccessBar>
        )}
        <Field label={strings.payPeriod} hint={strings.payPeriodCaption}>
          <Dropdown
            className={styles.fullWidth}
            value={chosenPeriod === "" ? strings.allPeriods : chosenPeriod}
            selectedOptions={[chosenPeriod]}
            onOptionSelect={(_, d) => setPeriod(d.optionValue ?? "")}
          >
            <Option value="">{strings.allPeriods}</Option>
            {periods.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </Section>
      <PreviewAndWrite
        stamp={JSON.stringify([check.plan, check.measureTargets, mappings, chosenPeriod, strings.locale])}
        table="SalesPayouts"
        columns={["RepID", "Period", "Measure", "NetPayout"]}
        ready={check.plan !== null}
        writeLabel={strings.runPayouts}
        makePreview={(control) => actions.previewPayouts(payoutOptions(), mappings, control)}
        makeWrite={(control) => actions.writePayouts(payoutOptions(), mappings, control)}
      />
    </div>
  );
}
