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
import { kpiKey, type ScorecardOptions } from "../../jobs";
import type { InputReport, SalesPlanActions } from "../actions";
import { fill, useStrings } from "../i18n";
import { InputsStep } from "./InputsStep";
import { PreviewAndWrite } from "./PreviewAndWrite";
import { NumberField, RemoveRowButton, Section } from "./fields";
import { CheckedField, FormCheck } from "./validation";
import { editRows } from "./rows";
import { useCommonStyles } from "./styles";
import { choiceNames, restoreScorecardForm } from "./choices";
import { usePersistentMappings, usePersistentState } from "./persist";
import { PeoplePanel } from "./PeoplePanel";
import { RepReview } from "./RepReview";
import {
  initialScorecardForm,
  kpiSources,
  newKpi,
  scorecardOptions,
  scorecardWarnings,
  suggestKpis,
  unusedSources,
  type KpiForm,
  type KpiSources,
  type ScorecardForm,
} from "./scorecardForm";

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
          expandIcon={{ "aria-label": strings.openList }}
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
  const kpis = editRows(form.kpis, (rows) => set("kpis", rows));
  const bands = editRows(form.bands, (rows) => set("bands", rows));
  const kindLabels = { process: strings.kindProcess, result: strings.kindResult };
  const directionLabels = { up: strings.directionUp, down: strings.directionDown };
  return (
    <FormCheck>
      <div className={styles.stack}>
        <InputsStep
          actions={actions}
          names={["Activities", "Reps", "Actuals"]}
          optional={["Reps", "Actuals"]}
          uses={{ Reps: ["Manager"], Actuals: [] }}
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
                  <CheckedField label={strings.kpiName} className={styles.grow} {...message(`kpi.${i}.name`)}>
                    <Input
                      className={styles.fullWidth}
                      value={k.name}
                      onChange={(_, d) => kpis.patch(i, { name: d.value })}
                    />
                  </CheckedField>
                  <RemoveRowButton
                    label={fill(strings.removeKpi, { row: i + 1 })}
                    onRemove={() => kpis.remove(i)}
                  />
                </div>
                <div className={styles.grid2}>
                  <Field label={strings.kpiKind}>
                    <Dropdown
                      className={styles.fullWidth}
                      aria-label={`${label}: ${strings.kpiKind}`}
                      value={kindLabels[k.kind]}
                      selectedOptions={[k.kind]}
                      onOptionSelect={(_, d) => kpis.patch(i, { kind: d.optionValue as KpiForm["kind"] })}
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
                      onOptionSelect={(_, d) =>
                        kpis.patch(i, { direction: d.optionValue as KpiForm["direction"] })
                      }
                    >
                      <Option value="up">{strings.directionUp}</Option>
                      <Option value="down">{strings.directionDown}</Option>
                    </Dropdown>
                  </Field>
                </div>
                <div className={mergeClasses(styles.grid2, styles.top)}>
                  <CheckedField label={strings.kpiTarget} {...message(`kpi.${i}.target`)}>
                    <Input
                      className={styles.fullWidth}
                      inputMode="decimal"
                      aria-label={`${label}: ${strings.kpiTarget}`}
                      value={k.target}
                      onChange={(_, d) => kpis.patch(i, { target: d.value })}
                    />
                  </CheckedField>
                  <CheckedField label={strings.kpiWeight} {...message(`kpi.${i}.weight`)}>
                    <Input
                      className={styles.fullWidth}
                      inputMode="decimal"
                      aria-label={`${label}: ${strings.kpiWeight}`}
                      value={k.weight}
                      onChange={(_, d) => kpis.patch(i, { weight: d.value })}
                    />
                  </CheckedField>
                </div>
                <CheckedField label={strings.kpiCap} {...message(`kpi.${i}.cap`)}>
                  <Input
                    className={styles.fullWidth}
                    inputMode="decimal"
                    aria-label={`${label}: ${strings.kpiCap}`}
                    placeholder={form.cap}
                    value={k.cap}
                    onChange={(_, d) => kpis.patch(i, { cap: d.value })}
                  />
                </CheckedField>
              </div>
            );
          })}
          <KpiPicker form={form} sources={sources} onAdd={(name) => kpis.add(newKpi(name))} />
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
                // The sum of both: typing Process % can make it wrong.
                now
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
              <CheckedField {...message(`band.${i}.minimum`)}>
                <Input
                  className={styles.fullWidth}
                  inputMode="decimal"
                  aria-label={fill(strings.bandMinimumRow, { row: i + 1 })}
                  placeholder={strings.bandMinimum}
                  value={b.minimum}
                  onChange={(_, d) => bands.patch(i, { minimum: d.value })}
                />
              </CheckedField>
              <CheckedField {...message(`band.${i}.label`)}>
                <Input
                  className={styles.fullWidth}
                  aria-label={fill(strings.bandLabelRow, { row: i + 1 })}
                  placeholder={strings.bandLabel}
                  value={b.label}
                  onChange={(_, d) => bands.patch(i, { label: d.value })}
                />
              </CheckedField>
              <div className={styles.removeCell}>
                <RemoveRowButton
                  label={`${strings.bands}${strings.colon}${fill(strings.removeRow, { row: i + 1 })}`}
                  disabled={form.bands.length <= 1}
                  onRemove={() => bands.remove(i)}
                />
              </div>
            </div>
          ))}
          <div>
            <Button
              size="small"
              aria-label={`${strings.bands}${strings.colon}${strings.addRow}`}
              onClick={() => bands.add({ minimum: "", label: "" })}
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
        <Section title={strings.stepReview} defaultOpen={false} openWhen={scored === stamp}>
          {options !== null && scored === stamp ? (
            <RepReview key={stamp} actions={actions} options={options} mappings={mappings} />
          ) : (
            <Text className={styles.muted}>{strings.reviewIntro}</Text>
          )}
        </Section>
        <Section title={strings.peopleStep} defaultOpen={false} openWhen={scored === stamp}>
          {options !== null && scored === stamp ? (
            <PeoplePanel key={stamp} actions={actions} options={options} mappings={mappings} />
          ) : (
            <Text className={styles.muted}>{strings.peopleWaiting}</Text>
          )}
        </Section>
      </div>
    </FormCheck>
  );
}
