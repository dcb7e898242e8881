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
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Plan } from "../../engine/incentives";
import { payoutPeriods, replacePlan } from "../../jobs";
import type { InputReport, PayoutOptions, RunResult, SalesPlanActions } from "../actions";
import { fill, useStrings } from "../i18n";
import { InputsStep } from "./InputsStep";
import { ModelStep } from "./ModelStep";
import { PlanPicker, samePlanName } from "./PlanPicker";
import { PlanLetterStep } from "./PlanLetterStep";
import { undoOf } from "./UndoOffer";
import { PreviewAndWrite, writtenText } from "./PreviewAndWrite";
import { TaskProgress } from "./TaskProgress";
import { ErrorBar, NumberField, Section, SuccessBar } from "./fields";
import { CheckedField, FormCheck, submitAndGoToFirst, useFormCheck } from "./validation";
import { parseNumber } from "./numberText";
import { useCommonStyles } from "./styles";
import { useTask } from "./task";
import { choiceNames, planFormToSave, restorePlanForm } from "./choices";
import { usePersistentMappings, usePersistentState } from "./persist";
import { restoreText } from "../../kernel/restore";
import { SalesPlanError } from "../../kernel/errors";
import { jobMessages } from "../../jobs/messages";
import { GoContext } from "./steps";
import { MeasureCard, MeasureName } from "./MeasureCard";
import {
  checkPlanForm,
  checkWhatIf,
  emptyMeasure,
  emptyPlanForm,
  examplePlanFor,
  initialWhatIf,
  moneyLabel,
  planToForm,
  sameForm,
  type MeasureForm,
  type PlanForm,
  type WhatIfForm,
} from "./planForm";
import { editRows } from "./rows";
import { WhatIfBox } from "./WhatIfBox";
import type { ChartMarker } from "./CurveChart";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** Preview without SalesTargets: what is missing, the two ways to supply it, and a Go to the Targets wizard. */
function NoTargets({ measure }: { measure: string }): React.JSX.Element {
  const strings = useStrings();
  const go = React.useContext(GoContext);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.noTargetsTitle}</MessageBarTitle>
        {fill(strings.noTargetsBody, { measure })}
      </MessageBarBody>
      {go && (
        <MessageBarActions>
          <Button
            size="small"
            appearance="primary"
            onClick={() => go({ wizard: "targets", step: "options" })}
          >
            {strings.noTargetsGo}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/**
 * Save plan: always clickable; with a field wrong the click shows every error and the summary and
 * moves to the first wrong field, as Preview does, instead of a disabled button that says nothing.
 */
function SaveButton({
  disabled,
  valid,
  onSave,
  whyNot,
}: {
  disabled: boolean;
  valid: boolean;
  onSave: () => void;
  /** Where to go when no single field is wrong (weights that do not add up). */
  whyNot: () => HTMLElement | null;
}): React.JSX.Element {
  const strings = useStrings();
  const form = useFormCheck();
  return (
    <Button
      disabled={disabled}
      onClick={() => {
        if (valid) return onSave();
        if (submitAndGoToFirst(form)) return;
        const at = whyNot();
        at?.scrollIntoView?.({ block: "center" });
        at?.focus();
      }}
    >
      {strings.savePlan}
    </Button>
  );
}

export function IncentivesWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const example = examplePlanFor(strings);
  const [mappings, setMappings] = usePersistentMappings(actions, choiceNames.incentivesMappings);
  // Without a plan in the workbook, the draft; with one, only what the plan does not hold.
  const [form, setForm] = usePersistentState<PlanForm>(
    actions,
    choiceNames.incentivesForm,
    example,
    restorePlanForm,
    { toSaved: planFormToSave },
  );
  // The form as last loaded, saved or started: anything else is an unsaved edit.
  const [saved, setSaved] = React.useState<PlanForm>(example);
  const [confirmNew, setConfirmNew] = React.useState(false);
  const [whatIf, setWhatIf] = React.useState<WhatIfForm>(initialWhatIf);
  const [measureOptions, setMeasureOptions] = React.useState<readonly string[]>([]);
  const [months, setMonths] = React.useState<readonly string[]>([]);
  // The measure a preview found without any target (no SalesTargets, no monthly target typed).
  const [noTargets, setNoTargets] = React.useState<string | null>(null);
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

  // Every plan SalesPlan holds; the form edits one of them at a time (the one named, else the first).
  const [held, setHeld] = React.useState<readonly Plan[]>([]);
  const { run: runLoad } = load;
  const loadPlan = React.useCallback(
    (name?: string) =>
      runLoad(async () => {
        const plans = await actions.loadPlans();
        setHeld(plans);
        const wanted = name ?? formRef.current.name;
        const plan = plans.find((p) => samePlanName(p.name, wanted)) ?? plans[0] ?? null;
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
    // Several plans are paid together (PlanAssignments), the one in the form as it stands.
    ...(held.length > 1 ? { plans: replacePlan(held, check.plan as Plan) } : {}),
    measureTargets: check.measureTargets,
    period: chosenPeriod === "" ? null : chosenPeriod,
    // Explanations and the Adjustments label in the pane's language.
    language: strings.locale === "zh" ? "zh" : "en",
  });
  const weightOk = check.errors.weights === undefined;
  const weightsRef = React.useRef<HTMLDivElement>(null);
  // The what-if on a measure's chart: at the attainment (or, on an amount-based rate table, the
  // amount credited), at the engine's payout % or tier rate, labelled with the payout.
  const chartMarker = (m: MeasureForm): ChartMarker | null => {
    const row = whatIfResult.row;
    if (!row || m.name.trim() !== whatIfResult.measure || row.point === null) return null;
    const attainment = parseNumber(whatIf.attainment) as number;
    const onAmount = m.method === "tiers" && m.basis !== "attainment";
    return { attainment, x: onAmount ? (row.actual ?? 0) : attainment, y: row.point * 100, net: row.net };
  };
  const fieldError = (key: string) => ({
    validationMessage: check.errors[key],
    validationState: check.errors[key] ? ("error" as const) : ("none" as const),
  });
  // The what-if sits under the chart of the measure it is about (the first while none is named).
  const whatIfIndex = Math.max(
    0,
    form.measures.findIndex((m) => m.name.trim() !== "" && m.name.trim() === whatIfResult.measure),
  );
  const measures = editRows(form.measures, (rows) => set("measures", rows));
  // Money fields say the plan's currency, in the label and after the figure, when it names one.
  const currency = check.errors.currency ? undefined : form.currency.trim().toUpperCase() || undefined;
  const money = (label: string) => moneyLabel(label, currency ?? "", strings);
  return (
    <FormCheck>
      <div className={styles.stack}>
        <InputsStep
          actions={actions}
          names={["Reps", "Actuals"]}
          uses={{ Reps: ["Role", "DrawBalance", "TargetIncentive", "HireDate", "EndDate"] }}
          mappings={mappings}
          onMappings={setMappings}
          onReports={onReports}
        />
        <Section title={strings.stepOptions} step="options">
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
          <PlanPicker plans={held} current={form.name} dirty={dirty} onOpen={(p) => void loadPlan(p.name)} />
          {load.busy && <Spinner size="tiny" label={strings.loading} />}
          <ErrorBar error={load.error} />
          {!load.busy && !load.error && load.value === null && form === example && (
            <Caption1>{strings.noSavedPlan}</Caption1>
          )}
          {load.value && (
            <Caption1>
              {fill(strings.planLoaded, { name: load.value.name, version: load.value.version })}
            </Caption1>
          )}
          {dirty && <Caption1 className={styles.muted}>{strings.unsavedChanges}</Caption1>}
          <div className={styles.grid2}>
            <CheckedField label={strings.planName} required {...fieldError("name")}>
              <Input
                className={styles.fullWidth}
                value={form.name}
                onChange={(_, d) => set("name", d.value)}
              />
            </CheckedField>
            <CheckedField label={strings.planVersion} required {...fieldError("version")}>
              <Input
                className={styles.fullWidth}
                value={form.version}
                onChange={(_, d) => set("version", d.value)}
              />
            </CheckedField>
          </div>
          <div className={styles.grid2}>
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
            <CheckedField label={strings.planCurrency} {...fieldError("currency")}>
              <Input
                className={styles.fullWidth}
                value={form.currency}
                placeholder="CNY"
                maxLength={3}
                onChange={(_, d) => set("currency", d.value.toUpperCase())}
              />
            </CheckedField>
          </div>
          <NumberField
            label={strings.targetIncentive}
            value={form.targetIncentive}
            onChange={(v) => set("targetIncentive", v)}
            error={check.errors.targetIncentive}
            unit={currency}
          />
          <Text weight="semibold">{strings.measures}</Text>
          {form.measures.map((m, i) => (
            <MeasureCard
              key={i}
              index={i}
              measure={m}
              errors={check.errors}
              measureOptions={measureOptions}
              currency={currency}
              marker={chartMarker(m)}
              whatIf={
                i === whatIfIndex ? (
                  <WhatIfBox input={whatIf} result={whatIfResult} onChange={setWhatIf} />
                ) : null
              }
              onWhatIf={(attainment) =>
                m.name.trim() !== "" &&
                setWhatIf((w) => ({ ...w, measure: m.name.trim(), attainment: String(attainment) }))
              }
              onChange={(next) => measures.replace(i, next)}
              onRemove={() => measures.remove(i)}
            />
          ))}
          <div ref={weightsRef} tabIndex={-1}>
            <Body1
              className={weightOk ? styles.ok : styles.bad}
              role="status"
              aria-label={strings.measureWeight}
            >
              {!weightOk
                ? check.errors.weights
                : check.weighted.length === 0
                  ? strings.noWeights
                  : fill(strings.weightsOver, {
                      measures: check.weighted.join(", "),
                      value: check.weightTotal,
                    })}
            </Body1>
          </div>
          <div>
            <Button size="small" onClick={() => measures.add(emptyMeasure)}>
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
                unit={strings.percentUnit}
                required
              />
            </div>
          )}
          <NumberField
            label={money(strings.planCap)}
            value={form.planCap}
            onChange={(v) => set("planCap", v)}
            error={check.errors.planCap}
            unit={currency}
          />
          <Switch
            label={strings.spiff}
            checked={form.spiffOn}
            onChange={(_, d) => set("spiffOn", d.checked)}
          />
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
                label={money(strings.spiffAmount)}
                value={form.spiffAmount}
                onChange={(v) => set("spiffAmount", v)}
                error={check.errors.spiffAmount}
                unit={currency}
                required
              />
            </>
          )}
          <Switch label={strings.draw} checked={form.drawOn} onChange={(_, d) => set("drawOn", d.checked)} />
          {form.drawOn && (
            <>
              <NumberField
                label={money(strings.drawAmount)}
                value={form.drawAmount}
                onChange={(v) => set("drawAmount", v)}
                error={check.errors.drawAmount}
                unit={currency}
                required
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
          <div className={styles.actions}>
            <SaveButton
              disabled={save.busy}
              valid={check.plan !== null}
              whyNot={() => (weightOk ? null : weightsRef.current)}
              onSave={() => {
                const plan = check.plan as Plan;
                const at = form;
                void save.run(async (control) => {
                  const result = await actions.savePlan(plan, control);
                  setHeld((plans) => (plans.length > 0 ? replacePlan(plans, plan) : plans));
                  setSaved(at);
                  return result;
                });
              }}
            />
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
          makePreview={async (control) => {
            setNoTargets(null);
            try {
              return await actions.previewPayouts(payoutOptions(), mappings, control);
            } catch (error) {
              // No SalesTargets and no monthly target typed: say so plainly, with the way on.
              if (error instanceof SalesPlanError && error.template === jobMessages.noMeasureTarget)
                setNoTargets(String(error.params.measure));
              throw error;
            }
          }}
          previewError={noTargets !== null && <NoTargets measure={noTargets} />}
          makeWrite={(control) => actions.writePayouts(payoutOptions(), mappings, control)}
          undo={undoOf(actions)}
          goTo={(target) => actions.goTo(target)}
        />
        <ModelStep
          actions={actions}
          mappings={mappings}
          plan={check.plan}
          measureTargets={check.measureTargets}
          others={[...(load.value ? [load.value] : []), ...held.filter((p) => p !== load.value)]}
        />
        <PlanLetterStep actions={actions} mappings={mappings} />
      </div>
    </FormCheck>
  );
}
