/** Scorecard: Activities (+ Reps, Actuals) -> KPIs, group weights, bands -> preview -> SalesScorecard. */
import {
  Button,
  Combobox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Option,
  OptionGroup,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { kpiKey } from "../../engine/scorecards";
import type { KpiOption, ScorecardOptions } from "../../jobs";
import type { InputReport, SalesPlanActions } from "../actions";
import { fill, useStrings, type Strings } from "../i18n";
import {
  InputsStep,
  NumberField,
  parseNumber,
  PreviewAndWrite,
  Section,
  useCommonStyles,
  RemoveRowButton,
  withoutIndex,
} from "./common";
import { choiceNames, restoreScorecardForm } from "./choices";
import { usePersistentMappings, usePersistentState } from "./persist";
import { RepReview } from "./RepReview";

export interface KpiForm {
  readonly name: string;
  readonly kind: KpiOption["kind"];
  readonly direction: KpiOption["direction"];
  readonly weight: string;
  readonly cap: string;
  readonly target: string;
}

export interface ScorecardForm {
  readonly kpis: readonly KpiForm[];
  readonly groupOn: boolean;
  readonly processWeight: string;
  readonly resultWeight: string;
  readonly cap: string;
  readonly bands: readonly { readonly minimum: string; readonly label: string }[];
}

export const initialScorecardForm: ScorecardForm = {
  kpis: [],
  groupOn: true,
  processWeight: "40",
  resultWeight: "60",
  cap: "120",
  bands: [
    { minimum: "100", label: "A" },
    { minimum: "85", label: "B" },
    { minimum: "70", label: "C" },
    { minimum: "0", label: "D" },
  ],
};

/** Result KPIs by name: revenue-like measures and collection rates lag; everything else is process. */
const RESULT_NAMES = /revenue|sales|collection|回款|收入|销售额/i;

/** A new KPI row for a column or measure, with its kind guessed from the name and an empty target. */
export function newKpi(name: string): KpiForm {
  return {
    name,
    kind: RESULT_NAMES.test(name) ? "result" : "process",
    direction: "up",
    weight: "1",
    cap: "",
    target: "",
  };
}

/** Where KPI values can come from: the Activities columns and the Actuals measures. */
export interface KpiSources {
  readonly activities: readonly string[];
  readonly measures: readonly string[];
}

export function kpiSources(reports: readonly InputReport[]): KpiSources {
  return {
    activities: reports.find((r) => r.name === "Activities")?.extras ?? [],
    measures: reports.find((r) => r.name === "Actuals")?.measures ?? [],
  };
}

/** Suggested KPIs: the Activities columns, then the Actuals measures, each with an empty target. */
export function suggestKpis(reports: readonly InputReport[]): KpiForm[] {
  const { activities, measures } = kpiSources(reports);
  const seen = new Set<string>();
  const out: KpiForm[] = [];
  for (const name of [...activities, ...measures]) {
    if (seen.has(kpiKey(name))) continue;
    seen.add(kpiKey(name));
    out.push(newKpi(name));
  }
  return out;
}

/** The sources' names the form does not use yet, for the "Add KPI" picker. */
export function unusedSources(form: ScorecardForm, sources: KpiSources): KpiSources {
  const used = new Set(form.kpis.map((k) => kpiKey(k.name)));
  const unused = (names: readonly string[]) => names.filter((n) => !used.has(kpiKey(n)));
  const activities = unused(sources.activities);
  const inActivities = new Set(activities.map(kpiKey));
  // A measure named like a column reads the column (the job's rule): list it once.
  return { activities, measures: unused(sources.measures).filter((n) => !inActivities.has(kpiKey(n))) };
}

/**
 * Warnings that do not stop a preview: a KPI the tables do not hold (the job will say so) and
 * bands that leave low scores without a band (the engine leaves their Band blank).
 */
export function scorecardWarnings(
  form: ScorecardForm,
  sources: KpiSources | null,
  strings: Strings,
): Readonly<Record<string, string>> {
  const warnings: Record<string, string> = {};
  if (sources !== null) {
    const known = new Set([...sources.activities, ...sources.measures].map(kpiKey));
    form.kpis.forEach((k, i) => {
      if (k.name.trim() !== "" && !known.has(kpiKey(k.name))) warnings[`kpi.${i}.name`] = strings.kpiUnknown;
    });
  }
  // Scores run from 0 (a gate, or no credit anywhere) up to the cap: the lowest band must start at 0.
  const minimums = form.bands.map((b) => parseNumber(b.minimum));
  let lowest = -1;
  minimums.forEach((m, i) => {
    if (typeof m === "number" && (lowest < 0 || m < Number(minimums[lowest]))) lowest = i;
  });
  if (lowest >= 0 && Number(minimums[lowest]) > 0)
    warnings[`band.${lowest}.minimum`] = fill(strings.bandNoBottom, { minimum: Number(minimums[lowest]) });
  return warnings;
}

export function scorecardOptions(
  form: ScorecardForm,
  strings: Strings,
): { options: ScorecardOptions | null; errors: Readonly<Record<string, string>> } {
  const errors: Record<string, string> = {};
  const num = (path: string, text: string, optional = false, positive = false): number | null => {
    const n = parseNumber(text);
    if (n === null) {
      if (!optional) errors[path] = positive ? strings.positiveExpected : strings.numberExpected;
      return null;
    }
    if (n === undefined || n < 0 || (positive && n === 0)) {
      errors[path] = positive ? strings.positiveExpected : strings.numberExpected;
      return null;
    }
    return n;
  };
  const kpiNames = new Set<string>();
  const kpis = form.kpis.map((k, i): KpiOption => {
    if (k.name.trim() === "") errors[`kpi.${i}.name`] = strings.nameExpected;
    else if (kpiNames.has(kpiKey(k.name)))
      errors[`kpi.${i}.name`] = fill(strings.kpiDuplicate, { name: k.name.trim() });
    kpiNames.add(kpiKey(k.name));
    const cap = num(`kpi.${i}.cap`, k.cap, true, true);
    return {
      name: k.name.trim(),
      kind: k.kind,
      direction: k.direction,
      weight: num(`kpi.${i}.weight`, k.weight) ?? 0,
      cap: cap === null ? null : cap / 100,
      target: num(`kpi.${i}.target`, k.target, false, true),
    };
  });
  const process = form.groupOn ? num("processWeight", form.processWeight) : null;
  const result = form.groupOn ? num("resultWeight", form.resultWeight) : null;
  if (process !== null && result !== null && Math.abs(process + result - 100) > 1e-9)
    errors.resultWeight = fill(strings.groupWeightsSum, { value: process + result });
  const cap = num("cap", form.cap, false, true) ?? 120;
  const minimums = new Set<number>();
  const bands = form.bands.map((b, i) => {
    if (b.label.trim() === "") errors[`band.${i}.label`] = strings.nameExpected;
    const minimum = num(`band.${i}.minimum`, b.minimum);
    // The engine refuses a minimum given twice: say so beside the second one.
    if (minimum !== null && minimums.has(minimum))
      errors[`band.${i}.minimum`] = fill(strings.bandDuplicate, { value: minimum });
    if (minimum !== null) minimums.add(minimum);
    return { minimum: minimum ?? 0, label: b.label.trim() };
  });
  if (Object.keys(errors).length > 0) return { options: null, errors };
  return {
    options: {
      kpis,
      groupWeights: form.groupOn ? { process: process ?? 0, result: result ?? 0 } : null,
      cap: cap / 100,
      bands,
    },
    errors,
  };
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // A message under one field must not stretch its neighbours.
  top: { alignItems: "start" },
  // The ✕ beside a band's boxes: centred on the boxes, not on a message below them.
  removeCell: { display: "flex", alignItems: "center", height: "32px" },
});

/** A field's message: an error when there is one, else a warning, else none. */
function fieldMessage(
  path: string,
  errors: Readonly<Record<string, string>>,
  warnings: Readonly<Record<string, string>>,
): { validationMessage?: string; validationState: "error" | "warning" | "none" } {
  if (errors[path] !== undefined) return { validationMessage: errors[path], validationState: "error" };
  if (warnings[path] !== undefined) return { validationMessage: warnings[path], validationState: "warning" };
  return { validationState: "none" };
}

/**
 * "Add KPI": the Activities columns and Actuals measures the card does not use yet, or any typed
 * name. A name already on the card is refused with a message beside the field.
 */
function KpiPicker({
  form,
  sources,
  onAdd,
}: {
  form: ScorecardForm;
  sources: KpiSources | null;
  onAdd: (name: string) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const [text, setText] = React.useState("");
  const [tried, setTried] = React.useState(false);
  const name = text.trim();
  const duplicate = name !== "" && form.kpis.some((k) => kpiKey(k.name) === kpiKey(name));
  const error = duplicate
    ? fill(strings.kpiDuplicate, { name })
    : tried && name === ""
      ? strings.kpiPickEmpty
      : undefined;
  const unused = sources ? unusedSources(form, sources) : { activities: [], measures: [] };
  // Typing narrows the list; a name picked from it shows every choice again.
  const all = [...unused.activities, ...unused.measures];
  const filter = all.some((n) => n === text) ? "" : name.toLowerCase();
  const shown = (names: readonly string[]) => names.filter((n) => n.toLowerCase().includes(filter));
  const add = () => {
    setTried(true);
    if (name === "" || duplicate) return;
    onAdd(name);
    setText("");
    setTried(false);
  };
  return (
    <div className={styles.plain}>
      <Field
        label={strings.kpiPick}
        hint={strings.kpiPickHint}
        validationMessage={error}
        validationState={error ? "error" : "none"}
      >
        <Combobox
          freeform
          className={styles.fullWidth}
          placeholder={strings.kpiPickPlaceholder}
          value={text}
          selectedOptions={all.includes(text) ? [text] : []}
          onChange={(e) => setText(e.target.value)}
          onOptionSelect={(_, d) => setText(d.optionValue ?? "")}
          onKeyDown={(e) => {
            // Enter on a listed name picks it (the combobox's own); on a name nothing matches, adds it.
            if (e.key === "Enter" && shown(all).length === 0) add();
          }}
        >
          {[
            [strings.kpiPickActivities, shown(unused.activities)] as const,
            [strings.kpiPickActuals, shown(unused.measures)] as const,
          ].map(
            ([label, names]) =>
              names.length > 0 && (
                <OptionGroup key={label} label={label}>
                  {names.map((n) => (
                    <Option key={n} value={n}>
                      {n}
                    </Option>
                  ))}
                </OptionGroup>
              ),
          )}
        </Combobox>
      </Field>
      <div>
        <Button size="small" onClick={add} disabled={duplicate}>
          {strings.addKpi}
        </Button>
      </div>
    </div>
  );
}

export function ScorecardWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const [mappings, setMappings] = usePersistentMappings(actions, choiceNames.scorecardMappings);
  const [form, setForm] = usePersistentState<ScorecardForm>(
    actions,
    choiceNames.scorecardForm,
    initialScorecardForm,
    restoreScorecardForm,
  );
  const [sources, setSources] = React.useState<KpiSources | null>(null);
  // The options a preview or write last succeeded with: the review reads the same scorecard.
  const [scored, setScored] = React.useState<string | null>(null);
  const set = <K extends keyof ScorecardForm>(key: K, value: ScorecardForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const onReports = React.useCallback((reports: InputReport[]) => {
    setSources(kpiSources(reports));
    // Suggest KPIs once, from what the tables hold; later edits are the user's.
    setForm((f) => (f.kpis.length > 0 ? f : { ...f, kpis: suggestKpis(reports) }));
  }, []);
  const { options, errors } = scorecardOptions(form, strings);
  const warnings = scorecardWarnings(form, sources, strings);
  const message = (path: string) => fieldMessage(path, errors, warnings);
  const stamp = JSON.stringify([options, mappings]);
  const remember = async <T,>(work: Promise<T>): Promise<T> => {
    const value = await work;
    setScored(stamp);
    return value;
  };
  const setKpi = (i: number, patch: Partial<KpiForm>) =>
    set(
      "kpis",
      form.kpis.map((k, j) => (j === i ? { ...k, ...patch } : k)),
    );
  const kindLabels = { process: strings.kindProcess, result: strings.kindResult };
  const directionLabels = { up: strings.directionUp, down: strings.directionDown };
  return (
    <div className={styles.stack}>
      <InputsStep
        actions={actions}
        names={["Activities", "Reps", "Actuals"]}
        optional={["Reps", "Actuals"]}
        mappings={mappings}
        onMappings={setMappings}
        onReports={onReports}
      />
      <Section title={strings.stepOptions}>
        <Text weight="semibold">{strings.kpis}</Text>
        {form.kpis.map((k, i) => {
          const title = fill(strings.kpiTitle, { row: i + 1 });
          const label = k.name || title;
          return (
            <div key={i} className={styles.card} role="group" aria-label={label}>
              <div className={styles.row}>
                <Field label={strings.kpiName} className={styles.grow} {...message(`kpi.${i}.name`)}>
                  <Input
                    className={styles.fullWidth}
                    value={k.name}
                    onChange={(_, d) => setKpi(i, { name: d.value })}
                  />
                </Field>
                <RemoveRowButton
                  label={fill(strings.removeKpi, { row: i + 1 })}
                  onRemove={() => set("kpis", withoutIndex(form.kpis, i))}
                />
              </div>
              <div className={styles.grid2}>
                <Field label={strings.kpiKind}>
                  <Dropdown
                    className={styles.fullWidth}
                    aria-label={`${label}: ${strings.kpiKind}`}
                    value={kindLabels[k.kind]}
                    selectedOptions={[k.kind]}
                    onOptionSelect={(_, d) => setKpi(i, { kind: d.optionValue as KpiForm["kind"] })}
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
                    onOptionSelect={(_, d) => setKpi(i, { direction: d.optionValue as KpiForm["direction"] })}
                  >
                    <Option value="up">{strings.directionUp}</Option>
                    <Option value="down">{strings.directionDown}</Option>
                  </Dropdown>
                </Field>
              </div>
              <div className={mergeClasses(styles.grid2, styles.top)}>
                <Field label={strings.kpiTarget} {...message(`kpi.${i}.target`)}>
                  <Input
                    className={styles.fullWidth}
                    inputMode="decimal"
                    aria-label={`${label}: ${strings.kpiTarget}`}
                    value={k.target}
                    onChange={(_, d) => setKpi(i, { target: d.value })}
                  />
                </Field>
                <Field label={strings.kpiWeight} {...message(`kpi.${i}.weight`)}>
                  <Input
                    className={styles.fullWidth}
                    inputMode="decimal"
                    aria-label={`${label}: ${strings.kpiWeight}`}
                    value={k.weight}
                    onChange={(_, d) => setKpi(i, { weight: d.value })}
                  />
                </Field>
              </div>
              <Field label={strings.kpiCap} {...message(`kpi.${i}.cap`)}>
                <Input
                  className={styles.fullWidth}
                  inputMode="decimal"
                  aria-label={`${label}: ${strings.kpiCap}`}
                  placeholder={form.cap}
                  value={k.cap}
                  onChange={(_, d) => setKpi(i, { cap: d.value })}
                />
              </Field>
            </div>
          );
        })}
        <KpiPicker
          form={form}
          sources={sources}
          onAdd={(name) => set("kpis", [...form.kpis, newKpi(name)])}
        />
        <Switch
          label={strings.groupWeights}
          checked={form.groupOn}
          onChange={(_, d) => set("groupOn", d.checked)}
        />
        {form.groupOn && (
          <div className={mergeClasses(styles.grid2, styles.top)}>
            <NumberField
              label={strings.processWeight}
              value={form.processWeight}
              onChange={(v) => set("processWeight", v)}
              error={errors.processWeight}
            />
            <NumberField
              label={strings.resultWeight}
              value={form.resultWeight}
              onChange={(v) => set("resultWeight", v)}
              error={errors.resultWeight}
            />
          </div>
        )}
        <NumberField
          label={strings.cardCap}
          value={form.cap}
          onChange={(v) => set("cap", v)}
          error={errors.cap}
        />
        <Text weight="semibold">{strings.bands}</Text>
        {form.bands.map((b, i) => (
          <div key={i} className={mergeClasses(styles.pairRow, styles.top)}>
            <Field {...message(`band.${i}.minimum`)}>
              <Input
                className={styles.fullWidth}
                inputMode="decimal"
                aria-label={fill(strings.bandMinimumRow, { row: i + 1 })}
                placeholder={strings.bandMinimum}
                value={b.minimum}
                onChange={(_, d) =>
                  set(
                    "bands",
                    form.bands.map((c, j) => (j === i ? { ...c, minimum: d.value } : c)),
                  )
                }
              />
            </Field>
            <Field {...message(`band.${i}.label`)}>
              <Input
                className={styles.fullWidth}
                aria-label={fill(strings.bandLabelRow, { row: i + 1 })}
                placeholder={strings.bandLabel}
                value={b.label}
                onChange={(_, d) =>
                  set(
                    "bands",
                    form.bands.map((c, j) => (j === i ? { ...c, label: d.value } : c)),
                  )
                }
              />
            </Field>
            <div className={styles.removeCell}>
              <RemoveRowButton
                label={`${strings.bands}: ${fill(strings.removeRow, { row: i + 1 })}`}
                disabled={form.bands.length <= 1}
                onRemove={() => set("bands", withoutIndex(form.bands, i))}
              />
            </div>
          </div>
        ))}
        <div>
          <Button
            size="small"
            aria-label={`${strings.bands}: ${strings.addRow}`}
            onClick={() => set("bands", [...form.bands, { minimum: "", label: "" }])}
          >
            {strings.addRow}
          </Button>
        </div>
      </Section>
      <PreviewAndWrite
        stamp={stamp}
        table="SalesScorecard"
        columns={["RepID", "Period", "Score", "Band", "Rank"]}
        ready={options !== null && form.kpis.length > 0}
        makePreview={(control) =>
          remember(actions.previewScorecard(options as ScorecardOptions, mappings, control))
        }
        makeWrite={(control) =>
          remember(actions.writeScorecard(options as ScorecardOptions, mappings, control))
        }
      />
      <Section title={strings.stepReview}>
        {options !== null && scored === stamp ? (
          <RepReview key={stamp} actions={actions} options={options} mappings={mappings} />
        ) : (
          <Text className={styles.muted}>{strings.reviewIntro}</Text>
        )}
      </Section>
    </div>
  );
}
