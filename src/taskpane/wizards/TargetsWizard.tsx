/**
 * Targets: Reps (and Regions) -> options (basis, minimum, season, rounding) -> preview with totals by
 * region and quarter -> SalesTargets. A second view tracks SalesTargets against Actuals
 * (TargetsTracking.tsx).
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
  Radio,
  RadioGroup,
  Slider,
  Spinner,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { SalesPlanError } from "../../kernel/errors";
import { jobMessages, localize, type Localized, type TargetOptions } from "../../jobs";
import type { HistoryReport, InputReport, Mappings, SalesPlanActions } from "../actions";
import { counted, fill, listText, pick, useStrings, type Strings } from "../i18n";
import { InputsStep } from "./InputsStep";
import { undoOf } from "./UndoOffer";
import { PreviewAndWrite } from "./PreviewAndWrite";
import { ErrorBar, NumberField, RemoveRowButton, Section } from "./fields";
import { editRows } from "./rows";
import { useCommonStyles, useFormat } from "./styles";
import { useTask, type Task } from "./task";
import { choiceNames, restoreTargetsForm, restoreTrackingForm } from "./choices";
import { usePersistentMappings, usePersistentState } from "./persist";
import { CheckedField, FormCheck } from "./validation";
import { TargetsTracking } from "./TargetsTracking";
import {
  initialTargetsForm,
  initialTrackingForm,
  profileShares,
  targetsOptions,
  type SeasonalitySource,
  type TargetsErrors,
  type TargetsForm,
  type TrackingForm,
} from "./targetsForm";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  grid3: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  shares: {
    display: "grid",
    gridTemplateColumns: "repeat(4, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

type View = "set" | "track";

/** The wizard: "Set targets" or "Track & re-plan", each keeping its choices while the other is open. */
export function TargetsWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [view, setView] = React.useState<View>("set");
  const [mappings, setMappings] = usePersistentMappings(actions, choiceNames.targetsMappings);
  const [form, setForm] = usePersistentState<TargetsForm>(
    actions,
    choiceNames.targetsForm,
    () => initialTargetsForm(new Date().getFullYear()),
    restoreTargetsForm,
  );
  const [tracking, setTracking] = usePersistentState<TrackingForm>(
    actions,
    choiceNames.targetsTracking,
    initialTrackingForm,
    restoreTrackingForm,
  );
  return (
    <div className={styles.stack}>
      <Field label={strings.targetsView}>
        <RadioGroup layout="horizontal" value={view} onChange={(_, d) => setView(d.value as View)}>
          <Radio value="set" label={strings.viewSet} />
          <Radio value="track" label={strings.viewTrack} />
        </RadioGroup>
      </Field>
      {view === "set" ? (
        <SetTargets
          actions={actions}
          mappings={mappings}
          onMappings={setMappings}
          form={form}
          onForm={setForm}
        />
      ) : (
        <TargetsTracking
          actions={actions}
          mappings={mappings}
          onMappings={setMappings}
          form={tracking}
          onForm={setTracking}
        />
      )}
    </div>
  );
}

/** The month's name in the user's language ("long" or "short"). */
function monthNameOf(locale: string, month: number, width: "long" | "short" = "long"): string {
  return new Intl.DateTimeFormat(locale, { month: width }).format(new Date(Date.UTC(2026, month - 1, 15)));
}

function SetTargets({
  actions,
  mappings,
  onMappings: setMappings,
  form,
  onForm: setForm,
}: {
  actions: SalesPlanActions;
  mappings: Mappings;
  onMappings: (mappings: Mappings) => void;
  form: TargetsForm;
  onForm: React.Dispatch<React.SetStateAction<TargetsForm>>;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const set = <K extends keyof TargetsForm>(key: K, value: TargetsForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const history = useTask<HistoryReport>();
  const { run: runHistory } = history;
  const loadHistory = React.useCallback(
    () => runHistory(() => actions.inspectHistory()),
    [actions, runHistory],
  );
  const wantsHistory = form.seasonalitySource === "history";
  React.useEffect(() => {
    if (wantsHistory) void loadHistory();
  }, [wantsHistory, loadHistory]);
  const { options, errors } = targetsOptions(form, strings, wantsHistory ? history.value : null);
  // The engine's word on a minimum too high for a region, beside the field until the form changes.
  const [minimumError, setMinimumError] = React.useState<Localized | null>(null);
  const stamp = JSON.stringify([options, mappings]);
  React.useEffect(() => setMinimumError(null), [stamp]);
  const guard = async <T,>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SalesPlanError && error.template === jobMessages.minimumTooHigh)
        setMinimumError(localize(error));
      throw error;
    }
  };
  const monthName = (m: number) => monthNameOf(strings.numberLocale, m);
  const basisLabels: Record<TargetOptions["basis"], string> = {
    history: strings.basisHistory,
    potential: strings.basisPotential,
    equal: strings.basisEqual,
    blend: strings.basisBlend,
  };
  const decimalLabels: Record<string, string> = {
    "2": strings.decimals2,
    "0": strings.decimals0,
    "-2": strings.decimalsM2,
    "-3": strings.decimalsM3,
  };
  // A weighting whose Reps column is not mapped weighs every rep 0: say so beside the choice.
  const [reports, setReports] = React.useState<readonly InputReport[]>([]);
  const basisWarning = unmappedBasisWarning(form.basis, reports, strings);
  const names = form.source === "regions" ? (["Reps", "Regions"] as const) : (["Reps"] as const);
  const products = editRows(form.products, (rows) => set("products", rows));
  return (
    <FormCheck>
      <div className={styles.stack}>
        <InputsStep
          actions={actions}
          names={names}
          uses={{ Reps: ["LastYearSales", "Potential", "HireDate", "EndDate"] }}
          mappings={mappings}
          onMappings={setMappings}
          onReports={setReports}
        />
        <Section title={strings.stepOptions} step="options">
          <Field label={strings.targetSource}>
            <RadioGroup
              value={form.source}
              onChange={(_, d) => set("source", d.value as TargetsForm["source"])}
            >
              <Radio value="company" label={strings.sourceCompany} />
              <Radio value="regions" label={strings.sourceRegions} />
            </RadioGroup>
          </Field>
          {form.source === "company" && (
            <NumberField
              label={strings.companyTarget}
              value={form.companyTarget}
              onChange={(v) => set("companyTarget", v)}
              error={errors.companyTarget}
              required
            />
          )}
          <Field
            label={strings.basis}
            validationState={basisWarning ? "warning" : "none"}
            validationMessage={basisWarning}
          >
            <Dropdown
              className={styles.fullWidth}
              value={basisLabels[form.basis]}
              selectedOptions={[form.basis]}
              onOptionSelect={(_, d) => set("basis", d.optionValue as TargetOptions["basis"])}
            >
              {(Object.keys(basisLabels) as TargetOptions["basis"][]).map((b) => (
                <Option key={b} value={b}>
                  {basisLabels[b]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <NumberField
            label={strings.repMinimum}
            hint={strings.repMinimumHint}
            value={form.repMinimum}
            onChange={(v) => set("repMinimum", v)}
            error={errors.repMinimum ?? (minimumError ? pick(minimumError, strings) : undefined)}
          />
          {form.basis === "blend" && (
            <Field label={fill(strings.blendShare, { value: form.blendHistory })}>
              <Slider
                min={0}
                max={100}
                step={5}
                value={form.blendHistory}
                onChange={(_, d) => set("blendHistory", d.value)}
              />
            </Field>
          )}
          <div className={styles.grid2}>
            <Field label={strings.decimals}>
              <Dropdown
                className={styles.fullWidth}
                value={decimalLabels[form.decimals]}
                selectedOptions={[form.decimals]}
                onOptionSelect={(_, d) => set("decimals", d.optionValue ?? "0")}
              >
                {Object.keys(decimalLabels).map((k) => (
                  <Option key={k} value={k}>
                    {decimalLabels[k]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <NumberField
              label={strings.fiscalYear}
              value={form.fiscalYear}
              onChange={(v) => set("fiscalYear", v)}
              error={errors.fiscalYear}
              grouping={false}
              required
            />
          </div>
          <Field label={strings.fiscalStart}>
            <Dropdown
              className={styles.fullWidth}
              value={monthName(Number(form.fiscalStartMonth))}
              selectedOptions={[form.fiscalStartMonth]}
              onOptionSelect={(_, d) => set("fiscalStartMonth", d.optionValue ?? "1")}
            >
              {MONTHS.map((m) => (
                <Option key={m} value={String(m)}>
                  {monthName(m)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <SeasonFields
            form={form}
            errors={errors}
            history={wantsHistory ? history : null}
            onReloadHistory={() => void loadHistory()}
            set={set}
          />
          <Switch
            label={strings.splitProducts}
            checked={form.splitProducts}
            onChange={(_, d) => set("splitProducts", d.checked)}
          />
          {form.splitProducts && (
            <div className={styles.plain}>
              {form.products.map((p, i) => (
                <div key={i} className={styles.pairRow}>
                  <CheckedField
                    checkLabel={fill(strings.productNameRow, { row: i + 1 })}
                    validationMessage={errors[`product${i}`]}
                    validationState={errors[`product${i}`] ? "error" : "none"}
                  >
                    <Input
                      className={styles.fullWidth}
                      aria-label={fill(strings.productNameRow, { row: i + 1 })}
                      placeholder={strings.productName}
                      value={p.name}
                      onChange={(_, d) => products.patch(i, { name: d.value })}
                    />
                  </CheckedField>
                  <Field>
                    <Input
                      className={styles.fullWidth}
                      aria-label={fill(strings.productWeightRow, { row: i + 1 })}
                      placeholder={strings.productWeight}
                      inputMode="decimal"
                      input={{ className: styles.numberInput }}
                      value={p.weight}
                      onChange={(_, d) => products.patch(i, { weight: d.value })}
                    />
                  </Field>
                  <RemoveRowButton
                    label={fill(strings.removeRow, { row: i + 1 })}
                    onRemove={() => products.remove(i)}
                  />
                </div>
              ))}
              <div>
                <Button size="small" onClick={() => products.add({ name: "", weight: "" })}>
                  {strings.addRow}
                </Button>
              </div>
            </div>
          )}
        </Section>
        <PreviewAndWrite
          stamp={stamp}
          table="SalesTargets"
          columns={["RepID", "Region", "Period", "Target"]}
          ready={options !== null}
          makePreview={(control) =>
            guard(() => actions.previewTargets(options as TargetOptions, mappings, control))
          }
          makeWrite={(control) =>
            guard(() => actions.writeTargets(options as TargetOptions, mappings, control))
          }
          undo={undoOf(actions)}
        />
      </div>
    </FormCheck>
  );
}

/** The Reps columns a weighting reads. */
const BASIS_COLUMNS: Record<TargetOptions["basis"], readonly string[]> = {
  history: ["LastYearSales"],
  potential: ["Potential"],
  blend: ["LastYearSales", "Potential"],
  equal: [],
};

/** "LastYearSales is not mapped in Reps…" when the chosen weighting's column is not found; else undefined. */
export function unmappedBasisWarning(
  basis: TargetOptions["basis"],
  reports: readonly InputReport[],
  strings: Strings,
): string | undefined {
  const reps = reports.find((r) => r.name === "Reps");
  if (!reps?.found) return undefined;
  const missing = BASIS_COLUMNS[basis].filter(
    (key) => !reps.columns.some((c) => c.key === key && c.header !== null),
  );
  return missing.length > 0
    ? counted(strings, "basisUnmapped", missing.length, { list: listText(strings, missing) })
    : undefined;
}

/** The season: none, from SalesHistory (found or not, the shares it gives) or 12 typed weights. */
function SeasonFields({
  form,
  errors,
  history,
  onReloadHistory,
  set,
}: {
  form: TargetsForm;
  errors: TargetsErrors;
  history: Task<HistoryReport> | null;
  onReloadHistory: () => void;
  set: <K extends keyof TargetsForm>(key: K, value: TargetsForm[K]) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const percent = (share: number) => fill(strings.profileShare, { value: format(share * 100, 1, 1) });
  const start = Number(form.fiscalStartMonth);
  // Fiscal order, so the year reads as the plan does.
  const order = Array.from({ length: 12 }, (_, i) => ((start - 1 + i) % 12) + 1);
  const typedShares = profileShares(form.profile);
  const report = history?.value ?? null;
  const profile = editRows(form.profile, (weights) => set("profile", weights));
  return (
    <>
      <CheckedField
        now
        label={strings.seasonSource}
        validationMessage={errors.seasonSource}
        validationState={errors.seasonSource ? "error" : "none"}
      >
        <RadioGroup
          value={form.seasonalitySource}
          onChange={(_, d) => set("seasonalitySource", d.value as SeasonalitySource)}
        >
          <Radio value="none" label={strings.seasonNone} />
          <Radio value="history" label={strings.seasonHistory} />
          <Radio value="typed" label={strings.seasonTyped} />
        </RadioGroup>
      </CheckedField>
      {history && (
        <div className={styles.card} data-input="SalesHistory">
          {history.busy && <Spinner size="tiny" label={strings.loading} />}
          <ErrorBar error={history.error} />
          {report && (
            <>
              <Text weight="semibold" className={styles.wrap}>
                {!report.found
                  ? strings.historyMissing
                  : report.table
                    ? fill(strings.historyFoundTable, {
                        table: report.table,
                        sheet: report.sheet,
                        rows: report.rowCount,
                      })
                    : fill(strings.historyFoundAt, { sheet: report.sheet, rows: report.rowCount })}
              </Text>
              {report.found && report.years.length > 0 && (
                <Caption1>{fill(strings.historyYears, { years: report.years.join(", ") })}</Caption1>
              )}
              {report.problems.slice(0, 3).map((p, i) => (
                <Caption1 key={i} className={mergeClasses(styles.wrap, styles.bad)}>
                  {pick(p, strings)}
                </Caption1>
              ))}
              {report.seasonality && (
                <ul className={styles.shares} aria-label={strings.seasonSharesLabel}>
                  {order.map((m) => (
                    <li key={m}>
                      <Caption1>
                        {monthNameOf(strings.numberLocale, m, "short")}{" "}
                        {percent((report.seasonality as readonly number[])[m - 1])}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <div>
            <Button size="small" onClick={onReloadHistory} disabled={history.busy}>
              {strings.refresh}
            </Button>
          </div>
        </div>
      )}
      {form.seasonalitySource === "typed" && (
        <CheckedField
          label={strings.profileIntro}
          validationMessage={errors.profile}
          validationState={errors.profile ? "error" : "none"}
        >
          <div role="group" className={styles.grid3}>
            {order.map((m) => {
              const error = errors[`profile${m - 1}`];
              return (
                <CheckedField
                  key={m}
                  label={monthNameOf(strings.numberLocale, m)}
                  validationMessage={error}
                  validationState={error ? "error" : "none"}
                  hint={error || !typedShares ? undefined : percent(typedShares[m - 1])}
                >
                  <Input
                    inputMode="decimal"
                    input={{ className: styles.numberInput }}
                    className={styles.fullWidth}
                    value={form.profile[m - 1]}
                    onChange={(_, d) => profile.replace(m - 1, d.value)}
                  />
                </CheckedField>
              );
            })}
          </div>
        </CheckedField>
      )}
    </>
  );
}
