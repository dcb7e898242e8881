/** Scorecard: Activities (+ Reps, Actuals) -> KPIs, group weights, bands -> preview -> SalesScorecard. */
import {
  Button,
  Caption1,
  Combobox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Option,
  OptionGroup,
  Slider,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { kpiKey, type ScorecardOptions } from "../../jobs";
import type { InputReport, SalesPlanActions } from "../actions";
import { fill, useStrings } from "../i18n";
import { InputsStep } from "./InputsStep";
import { undoOf } from "./UndoOffer";
import { PreviewAndWrite } from "./PreviewAndWrite";
import { NumberField, RemoveRowButton, Section } from "./fields";
import { CheckedField, FormCheck } from "./validation";
import { editRows } from "./rows";
import { useCommonStyles } from "./styles";
import { choiceNames, restoreScorecardForm } from "./choices";
import { usePersistentMappings, usePersistentState } from "./persist";
import { PeoplePanel } from "./PeoplePanel";
import { RepReview } from "./RepReview";
import { KpiRow } from "./KpiRow";
import { parseNumber } from "./numberText";
import {
  initialScorecardForm,
  kpiSources,
  newKpi,
  scorecardOptions,
  scorecardWarnings,
  suggestKpis,
  unusedSources,
  type KpiSources,
  type ScorecardForm,
} from "./scorecardForm";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // A message under one field must not stretch its neighbours.
  top: { alignItems: "start" },
  // The ✕ beside a band's boxes: centred on the boxes, not on a message below them.
  removeCell: { display: "flex", alignItems: "center", height: "32px" },
  bandHead: { marginBottom: `calc(-1 * ${tokens.spacingVerticalS})` },
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

/**
 * One slider for process against result: the two always add up to 100, so neither is balanced by
 * hand (the boxes below stay for typing an exact figure).
 */
function GroupSlider({
  process,
  onChange,
}: {
  process: string;
  onChange: (process: number) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const typed = parseNumber(process);
  const value = typeof typed === "number" && typed >= 0 && typed <= 100 ? Math.round(typed) : 50;
  const text = fill(strings.groupSlider, { process: value, result: 100 - value });
  return (
    <Field label={text}>
      <Slider
        className={styles.fullWidth}
        min={0}
        max={100}
        step={5}
        value={value}
        aria-valuetext={text}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
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
        <Section title={strings.stepOptions} step="options">
          <Text weight="semibold">{strings.kpis}</Text>
          {form.kpis.map((k, i) => (
            <KpiRow
              key={i}
              index={i}
              kpi={k}
              cardCap={form.cap}
              message={message}
              onPatch={(patch) => kpis.patch(i, patch)}
              onRemove={() => kpis.remove(i)}
            />
          ))}
          <KpiPicker form={form} sources={sources} onAdd={(name) => kpis.add(newKpi(name))} />
          <Switch
            label={strings.groupWeights}
            checked={form.groupOn}
            onChange={(_, d) => set("groupOn", d.checked)}
          />
          {form.groupOn && (
            <GroupSlider
              process={form.processWeight}
              onChange={(process) =>
                setForm((f) => ({
                  ...f,
                  processWeight: String(process),
                  resultWeight: String(100 - process),
                }))
              }
            />
          )}
          {form.groupOn && (
            <div className={mergeClasses(styles.grid2, styles.top)}>
              <NumberField
                label={strings.processWeight}
                value={form.processWeight}
                onChange={(v) => set("processWeight", v)}
                error={errors.processWeight}
                unit={strings.percentUnit}
              />
              <NumberField
                label={strings.resultWeight}
                value={form.resultWeight}
                onChange={(v) => set("resultWeight", v)}
                error={errors.resultWeight}
                unit={strings.percentUnit}
                // The sum of both: typing the process weight can make it wrong.
                now
              />
            </div>
          )}
          <NumberField
            label={strings.cardCap}
            value={form.cap}
            onChange={(v) => set("cap", v)}
            error={errors.cap}
            unit={strings.percentUnit}
          />
          <Text weight="semibold">{strings.bands}</Text>
          {/* Column headers over the band rows; each box also carries its own name for assistive technology. */}
          <div className={mergeClasses(styles.pairRow, styles.bandHead)} aria-hidden="true">
            <Caption1>{strings.bandMinimum}</Caption1>
            <Caption1>{strings.bandLabel}</Caption1>
          </div>
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
          undo={undoOf(actions)}
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
