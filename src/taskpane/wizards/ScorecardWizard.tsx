/** Scorecard: Activities (+ Reps, Actuals) -> KPIs, group weights, bands -> preview -> SalesScorecard. */
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { KpiOption, ScorecardOptions } from "../../jobs";
import type { InputReport, Mappings, SalesPlanActions } from "../actions";
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

/** Suggested KPIs: the Activities columns, then the Actuals measures, each with an empty target. */
export function suggestKpis(reports: readonly InputReport[]): KpiForm[] {
  const activities = reports.find((r) => r.name === "Activities")?.extras ?? [];
  const measures = reports.find((r) => r.name === "Actuals")?.measures ?? [];
  const seen = new Set<string>();
  const out: KpiForm[] = [];
  for (const name of [...activities, ...measures]) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      name,
      kind: RESULT_NAMES.test(name) ? "result" : "process",
      direction: "up",
      weight: "1",
      cap: "",
      target: "",
    });
  }
  return out;
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
  const kpis = form.kpis.map((k, i): KpiOption => {
    if (k.name.trim() === "") errors[`kpi.${i}.name`] = strings.nameExpected;
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
  const cap = num("cap", form.cap, false, true) ?? 120;
  const bands = form.bands.map((b, i) => {
    if (b.label.trim() === "") errors[`band.${i}.label`] = strings.nameExpected;
    return { minimum: num(`band.${i}.minimum`, b.minimum) ?? 0, label: b.label.trim() };
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
});

export function ScorecardWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const [mappings, setMappings] = React.useState<Mappings>({});
  const [form, setForm] = React.useState<ScorecardForm>(initialScorecardForm);
  const set = <K extends keyof ScorecardForm>(key: K, value: ScorecardForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const onReports = React.useCallback((reports: InputReport[]) => {
    // Suggest KPIs once, from what the tables hold; later edits are the user's.
    setForm((f) => (f.kpis.length > 0 ? f : { ...f, kpis: suggestKpis(reports) }));
  }, []);
  const { options, errors } = scorecardOptions(form, strings);
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
                <Field
                  label={strings.kpiName}
                  className={styles.grow}
                  validationMessage={errors[`kpi.${i}.name`]}
                  validationState={errors[`kpi.${i}.name`] ? "error" : "none"}
                >
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
              <div className={styles.grid2}>
                <Field
                  label={strings.kpiTarget}
                  validationMessage={errors[`kpi.${i}.target`]}
                  validationState={errors[`kpi.${i}.target`] ? "error" : "none"}
                >
                  <Input
                    className={styles.fullWidth}
                    inputMode="decimal"
                    aria-label={`${label}: ${strings.kpiTarget}`}
                    value={k.target}
                    onChange={(_, d) => setKpi(i, { target: d.value })}
                  />
                </Field>
                <Field
                  label={strings.kpiWeight}
                  validationMessage={errors[`kpi.${i}.weight`]}
                  validationState={errors[`kpi.${i}.weight`] ? "error" : "none"}
                >
                  <Input
                    className={styles.fullWidth}
                    inputMode="decimal"
                    aria-label={`${label}: ${strings.kpiWeight}`}
                    value={k.weight}
                    onChange={(_, d) => setKpi(i, { weight: d.value })}
                  />
                </Field>
              </div>
              <Field
                label={strings.kpiCap}
                validationMessage={errors[`kpi.${i}.cap`]}
                validationState={errors[`kpi.${i}.cap`] ? "error" : "none"}
              >
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
        <div>
          <Button
            size="small"
            onClick={() =>
              set("kpis", [
                ...form.kpis,
                { name: "", kind: "process", direction: "up", weight: "1", cap: "", target: "" },
              ])
            }
          >
            {strings.addKpi}
          </Button>
        </div>
        <Switch
          label={strings.groupWeights}
          checked={form.groupOn}
          onChange={(_, d) => set("groupOn", d.checked)}
        />
        {form.groupOn && (
          <div className={styles.grid2}>
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
          <div key={i} className={styles.pairRow}>
            <Field
              validationMessage={errors[`band.${i}.minimum`]}
              validationState={errors[`band.${i}.minimum`] ? "error" : "none"}
            >
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
            <Field
              validationMessage={errors[`band.${i}.label`]}
              validationState={errors[`band.${i}.label`] ? "error" : "none"}
            >
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
            <RemoveRowButton
              label={`${strings.bands}: ${fill(strings.removeRow, { row: i + 1 })}`}
              disabled={form.bands.length <= 1}
              onRemove={() => set("bands", withoutIndex(form.bands, i))}
            />
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
        stamp={JSON.stringify([options, mappings])}
        table="SalesScorecard"
        columns={["RepID", "Period", "Score", "Band", "Rank"]}
        ready={options !== null && form.kpis.length > 0}
        makePreview={() => actions.previewScorecard(options as ScorecardOptions, mappings)}
        makeWrite={() => actions.writeScorecard(options as ScorecardOptions, mappings)}
      />
    </div>
  );
}
