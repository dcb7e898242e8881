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
import type { HistoryReport, Mappings, SalesPlanActions } from "../actions";
import { fill, useStrings, type Strings } from "../i18n";
import {
  ErrorBar,
  InputsStep,
  NumberField,
  parseNumber,
  pick,
  PreviewAndWrite,
  Section,
  useCommonStyles,
  useFormat,
  useTask,
  type Task,
  RemoveRowButton,
  withoutIndex,
} from "./common";
import { choiceNames, restoreTargetsForm, restoreTrackingForm } from "./choices";
import { usePersistentMappings, usePersistentState } from "./persist";
import { initialTrackingForm, TargetsTracking, type TrackingForm } from "./TargetsTracking";

export type SeasonalitySource = NonNullable<TargetOptions["seasonalitySource"]>;

export interface TargetsForm {
  readonly source: "company" | "regions";
  readonly companyTarget: string;
  readonly basis: TargetOptions["basis"];
  readonly blendHistory: number;
  readonly decimals: string;
  readonly fiscalYear: string;
  readonly fiscalStartMonth: string;
  readonly splitProducts: boolean;
  readonly products: readonly { readonly name: string; readonly weight: string }[];
  /** Blank: no minimum. */
  readonly repMinimum: string;
  readonly seasonalitySource: SeasonalitySource;
  /** Typed weights, January first (calendar order, as TargetOptions.seasonality). */
  readonly profile: readonly string[];
}

export function initialTargetsForm(year: number): TargetsForm {
  return {
    source: "company",
    companyTarget: "",
    basis: "history",
    blendHistory: 60,
    decimals: "0",
    fiscalYear: String(year),
    fiscalStartMonth: "1",
    splitProducts: false,
    products: [
      { name: "Hardware", weight: "50" },
      { name: "Software", weight: "30" },
      { name: "Services", weight: "20" },
    ],
    repMinimum: "",
    seasonalitySource: "none",
    profile: new Array<string>(12).fill("1"),
  };
}

export type TargetsErrors = Partial<
  Record<
    | "companyTarget"
    | "fiscalYear"
    | `product${number}`
    | "repMinimum"
    | "seasonSource"
    | "profile"
    | `profile${number}`,
    string
  >
>;

/** The typed profile as shares of the year (0..1, January first); null when a weight is not a number >= 0 or all are 0. */
export function profileShares(profile: readonly string[]): number[] | null {
  const weights = profile.map(parseNumber);
  if (weights.some((w) => w === undefined || (w !== null && w < 0))) return null;
  const values = weights.map((w) => w ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  return total > 0 ? values.map((v) => v / total) : null;
}

/**
 * The form as job options, or the fields at fault with their messages. `history`: what the
 * workbook's SalesHistory holds, once read (the history source needs a whole year of it).
 */
export function targetsOptions(
  form: TargetsForm,
  strings: Strings,
  history: HistoryReport | null = null,
): { options: TargetOptions | null; errors: TargetsErrors } {
  const errors: TargetsErrors = {};
  const company = parseNumber(form.companyTarget);
  if (form.source === "company" && (company === null || company === undefined || company <= 0))
    errors.companyTarget = strings.positiveExpected;
  const year = parseNumber(form.fiscalYear);
  if (year === null || year === undefined || !Number.isInteger(year) || year < 1900 || year > 9999)
    errors.fiscalYear = strings.numberExpected;
  const products = form.splitProducts
    ? form.products.map((p, i) => {
        const weight = parseNumber(p.weight);
        if (weight === null || weight === undefined || weight < 0 || p.name.trim() === "")
          errors[`product${i}`] = strings.numberExpected;
        return { product: p.name.trim(), weight: weight ?? 0 };
      })
    : [];
  const minimum = parseNumber(form.repMinimum);
  if (minimum === undefined) errors.repMinimum = strings.numberExpected;
  else if (minimum !== null && minimum < 0) errors.repMinimum = strings.minimumNegative;
  else if (minimum !== null && form.source === "company" && company && minimum > company)
    errors.repMinimum = strings.minimumAboveCompany;
  if (form.seasonalitySource === "history" && history) {
    if (!history.found) errors.seasonSource = strings.historyNotFoundField;
    else if (!history.seasonality) errors.seasonSource = strings.historyNoWholeYear;
  }
  let seasonality: number[] | undefined;
  if (form.seasonalitySource === "typed") {
    form.profile.forEach((text, i) => {
      const w = parseNumber(text);
      if (w === undefined) errors[`profile${i}`] = strings.numberExpected;
      else if (w !== null && w < 0) errors[`profile${i}`] = strings.minimumNegative;
    });
    const shares = profileShares(form.profile);
    if (shares) seasonality = form.profile.map((t) => parseNumber(t) ?? 0);
    else if (!Object.keys(errors).some((k) => k.startsWith("profile")))
      errors.profile = strings.profileSumZero;
  }
  if (Object.keys(errors).length > 0) return { options: null, errors };
  return {
    options: {
      source: form.source,
      companyTarget: form.source === "company" ? (company ?? null) : null,
      basis: form.basis,
      blendHistory: form.blendHistory,
      decimals: Number(form.decimals),
      fiscalYear: year as number,
      fiscalStartMonth: Number(form.fiscalStartMonth),
      products,
      repMinimum: minimum ?? 0,
      seasonalitySource: form.seasonalitySource,
      ...(seasonality ? { seasonality } : {}),
    },
    errors,
  };
}

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
  const names = form.source === "regions" ? (["Reps", "Regions"] as const) : (["Reps"] as const);
  return (
    <div className={styles.stack}>
      <InputsStep actions={actions} names={names} mappings={mappings} onMappings={setMappings} />
      <Section title={strings.stepOptions}>
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
            error={form.companyTarget === "" ? undefined : errors.companyTarget}
          />
        )}
        <Field label={strings.basis}>
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
                <Field
                  validationMessage={errors[`product${i}`]}
                  validationState={errors[`product${i}`] ? "error" : "none"}
                >
                  <Input
                    className={styles.fullWidth}
                    aria-label={fill(strings.productNameRow, { row: i + 1 })}
                    placeholder={strings.productName}
                    value={p.name}
                    onChange={(_, d) =>
                      set(
                        "products",
                        form.products.map((q, j) => (j === i ? { ...q, name: d.value } : q)),
                      )
                    }
                  />
                </Field>
                <Field>
                  <Input
                    className={styles.fullWidth}
                    aria-label={fill(strings.productWeightRow, { row: i + 1 })}
                    placeholder={strings.productWeight}
                    inputMode="decimal"
                    value={p.weight}
                    onChange={(_, d) =>
                      set(
                        "products",
                        form.products.map((q, j) => (j === i ? { ...q, weight: d.value } : q)),
                      )
                    }
                  />
                </Field>
                <RemoveRowButton
                  label={fill(strings.removeRow, { row: i + 1 })}
                  onRemove={() => set("products", withoutIndex(form.products, i))}
                />
              </div>
            ))}
            <div>
              <Button
                size="small"
                onClick={() => set("products", [...form.products, { name: "", weight: "" }])}
              >
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
      />
    </div>
  );
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
  return (
    <>
      <Field
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
      </Field>
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
        <Field
          label={strings.profileIntro}
          validationMessage={errors.profile}
          validationState={errors.profile ? "error" : "none"}
        >
          <div role="group" className={styles.grid3}>
            {order.map((m) => {
              const error = errors[`profile${m - 1}`];
              return (
                <Field
                  key={m}
                  label={monthNameOf(strings.numberLocale, m)}
                  validationMessage={error}
                  validationState={error ? "error" : "none"}
                  hint={error || !typedShares ? undefined : percent(typedShares[m - 1])}
                >
                  <Input
                    inputMode="decimal"
                    className={styles.fullWidth}
                    value={form.profile[m - 1]}
                    onChange={(_, d) =>
                      set(
                        "profile",
                        form.profile.map((v, j) => (j === m - 1 ? d.value : v)),
                      )
                    }
                  />
                </Field>
              );
            })}
          </div>
        </Field>
      )}
    </>
  );
}
