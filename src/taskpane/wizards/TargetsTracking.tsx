/**
 * The Targets wizard's second view, "Track & re-plan": SalesTargets as written against Actuals, per
 * rep and region (attainment to date against the seasonal target to date, which sets the off-pace
 * flag; the linear pace beside it; required run rate; off-pace reps first) and each rep's
 * gap re-planned over the remaining months. All numbers come from the tracking job
 * (src/jobs/tracking.ts); this file only lays them out. Writes nothing but the values-only
 * SalesReplan sheet, when asked ("Copy re-plan to sheet").
 */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import * as React from "react";
import type { Mappings, SalesPlanActions, TrackingView } from "../actions";
import { REPLAN_SHEET, type TrackingNote } from "../../jobs";
import { fill, pick, plural, useStrings } from "../i18n";
import { InputsStep } from "./InputsStep";
import { ErrorBar, NumberField, Section, SuccessBar } from "./fields";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";
import { trackingOptions, type TrackingForm } from "./targetsForm";

const useStyles = makeStyles({
  // An off-pace line: a red bar at its start (red text on a red background fails contrast in dark themes).
  // Off-pace text: Fluent's strongest red foreground keeps 4.5:1 on a hovered row in dark themes too.
  alert: { color: tokens.colorPaletteRedForeground2 },
  offPace: { boxShadow: `inset 4px 0 0 ${tokens.colorPaletteRedBorder2}` },
  repCell: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS, minWidth: 0 },
  expand: { minWidth: "24px", paddingLeft: 0, paddingRight: 0, flexShrink: 0 },
  details: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  months: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
  // A header with a definition: dotted underline, as for an abbreviation.
  // Long defined headers ("Projected full year") wrap so the numbers, not the headers, size the columns.
  defined: {
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    cursor: "help",
    whiteSpace: "normal",
    overflowWrap: "break-word",
  },
  // The name column keeps a short name on one line; the numbers never wrap.
  nameColumn: { minWidth: "80px" },
  // Names break at spaces; a single long word only when nothing else fits.
  name: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "break-word" },
  // Fluent lays a header cell's text out in a flex box: textAlign alone leaves it on the left.
  headNumber: {
    textAlign: "end",
    whiteSpace: "normal",
    // Three defined headers beside the names in a 320 px pane: the outer padding is what gives.
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    "& .fui-TableHeaderCell__button": { justifyContent: "flex-end", whiteSpace: "normal", textAlign: "end" },
  },
});

export function TargetsTracking({
  actions,
  mappings,
  onMappings,
  form,
  onForm,
}: {
  actions: SalesPlanActions;
  mappings: Mappings;
  onMappings: (mappings: Mappings) => void;
  form: TrackingForm;
  onForm: React.Dispatch<React.SetStateAction<TrackingForm>>;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const task = useTask<TrackingView>();
  const { options, marginError } = trackingOptions(form, strings);
  // The last view's measures and months stay as choices while a new one loads or fails.
  const [choices, setChoices] = React.useState<TrackingView | null>(null);
  const stamp = JSON.stringify([options, mappings]);
  const { run } = task;
  const load = React.useCallback(() => {
    if (!options) return;
    void run(async () => {
      const view = await actions.trackTargets(options, mappings);
      setChoices(view);
      return view;
    });
    // `stamp` stands for options and mappings.
  }, [actions, run, stamp]);
  React.useEffect(load, [load]);
  const view = task.value;
  const shown = view ?? choices;
  const set = <K extends keyof TrackingForm>(key: K, value: TrackingForm[K]) =>
    onForm((f) => ({ ...f, [key]: value }));
  return (
    <>
      <Body1>{strings.trackIntro}</Body1>
      <InputsStep actions={actions} names={["Reps", "Actuals"]} mappings={mappings} onMappings={onMappings} />
      <Section title={strings.stepOptions} step="options">
        <div className={styles.grid2}>
          <Field label={strings.trackMeasure}>
            <Dropdown
              className={styles.fullWidth}
              value={shown?.measure ?? ""}
              selectedOptions={shown ? [shown.measure] : []}
              disabled={!shown}
              // Another measure has other months: its latest one becomes the as-of month.
              onOptionSelect={(_, d) => onForm((f) => ({ ...f, measure: d.optionValue ?? null, asOf: null }))}
            >
              {(shown?.measures ?? []).map((m) => (
                <Option key={m} value={m}>
                  {m}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={strings.trackAsOf}>
            <Dropdown
              className={styles.fullWidth}
              value={shown?.asOf ?? ""}
              selectedOptions={shown ? [shown.asOf] : []}
              disabled={!shown}
              onOptionSelect={(_, d) => set("asOf", d.optionValue ?? null)}
            >
              {(shown?.actualMonths ?? []).map((m) => (
                <Option key={m} value={m}>
                  {m}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
        <NumberField
          label={strings.trackMargin}
          value={form.margin}
          onChange={(v) => set("margin", v)}
          error={marginError}
          unit={strings.percentUnit}
        />
        <div className={styles.actions}>
          <Button appearance="secondary" disabled={!options || task.busy} onClick={load}>
            {view ? strings.trackUpdate : strings.trackShow}
          </Button>
        </div>
      </Section>
      {task.busy && <Spinner size="tiny" label={strings.working} />}
      <ErrorBar error={task.error} />
      {view && options && <TrackingResults view={view} copy={() => actions.copyReplan(options, mappings)} />}
    </>
  );
}

/** Money and counts as the targets are rounded (never more than cents). */
function useAmounts(decimals: number): (value: number | null) => string {
  const format = useFormat();
  const digits = Math.max(0, decimals);
  return (value) => (value === null ? "–" : format(value, digits, digits));
}

/** A numeric column header whose definition shows on hover and on keyboard focus. */
function DefinedHeader({ label, definition }: { label: string; definition: string }): React.JSX.Element {
  const styles = { ...useCommonStyles(), ...useStyles() };
  return (
    <TableHeaderCell className={styles.headNumber}>
      <Tooltip content={definition} relationship="description" withArrow>
        <span tabIndex={0} className={styles.defined}>
          {label}
        </span>
      </Tooltip>
    </TableHeaderCell>
  );
}

/** Rows left out, grouped under their rep (names where the view knows them), a few per rep. */
function TrackingIssues({ view }: { view: TrackingView }): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useCommonStyles();
  if (view.issues.length === 0) return null;
  const groups = new Map<string, TrackingNote[]>();
  for (const issue of view.issues) groups.set(issue.rep, [...(groups.get(issue.rep) ?? []), issue]);
  const names = new Map(view.reps.map((r) => [r.key, r.name]));
  const REPS = 5;
  const EACH = 3;
  const shown = [...groups].slice(0, REPS);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{fill(strings.trackIssues, { count: view.issues.length })}</MessageBarTitle>
        <ul className={styles.list} aria-label={strings.trackIssuesLabel}>
          {shown.map(([rep, notes]) => {
            const name = names.get(rep);
            const label = name && name !== rep ? `${name} (${rep})` : rep;
            return (
              <li key={rep} className={styles.wrap} data-issues-rep={rep}>
                <b>{label}</b>
                <ul className={styles.list} aria-label={label}>
                  {notes.slice(0, EACH).map((note, i) => (
                    <li key={i} className={styles.wrap}>
                      {pick(note, strings)}
                    </li>
                  ))}
                  {notes.length > EACH && (
                    <li className={styles.wrap}>
                      {fill(strings.trackIssuesMore, {
                        rows: plural(strings, "rows", notes.length - EACH),
                        rep: label,
                      })}
                    </li>
                  )}
                </ul>
              </li>
            );
          })}
          {groups.size > REPS && (
            <li className={styles.wrap}>
              {fill(strings.trackIssuesMoreReps, { reps: plural(strings, "reps", groups.size - REPS) })}
            </li>
          )}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** "Copy re-plan to sheet": the view written as values on the SalesReplan sheet, then what was written. */
function CopyReplan({ copy }: { copy: () => ReturnType<SalesPlanActions["copyReplan"]> }): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const task = useTask<Awaited<ReturnType<SalesPlanActions["copyReplan"]>>>();
  const done = task.value;
  return (
    <>
      <div className={styles.actions}>
        <Button appearance="secondary" disabled={task.busy} onClick={() => void task.run(copy)}>
          {strings.trackCopy}
        </Button>
      </div>
      <Caption1 className={styles.wrap}>{fill(strings.trackCopyHint, { sheet: REPLAN_SHEET })}</Caption1>
      {task.busy && <Spinner size="tiny" label={strings.working} />}
      <ErrorBar error={task.error} />
      {done && (
        <SuccessBar>
          {fill(strings.trackCopied, {
            sheet: done.written.sheet,
            asOf: done.view.asOf,
            rows: plural(strings, "rows", done.written.rows),
          })}
        </SuccessBar>
      )}
    </>
  );
}

function TrackingResults({
  view,
  copy,
}: {
  view: TrackingView;
  copy: () => ReturnType<SalesPlanActions["copyReplan"]>;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const amount = useAmounts(view.decimals);
  const percent = (ratio: number | null) => (ratio === null ? "–" : `${format(ratio * 100, 1, 1)}%`);
  const [open, setOpen] = React.useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const unit: Record<string, string> = {
    "2": strings.decimals2,
    "0": strings.decimals0,
    "-2": strings.decimalsM2,
    "-3": strings.decimalsM3,
  };
  const offPace = view.reps.filter((r) => r.offPace).length;
  // The reading guide walks through the first row with a target to date (ahead and behind read alike).
  const reading = view.reps.find((r) => r.attainmentToDate !== null && r.remaining > 0);
  return (
    <>
      <Section title={strings.trackPace}>
        <Text weight="semibold" className={styles.wrap}>
          {fill(strings.trackSummary, {
            measure: view.measure,
            asOf: view.asOf,
            elapsed: view.company.elapsed,
            total: view.company.total,
            remaining: view.company.remaining,
            offPace,
            reps: view.reps.length,
          })}
        </Text>
        <div className={styles.tableWrap}>
          <Table size="extra-small" className={styles.table} aria-label={strings.trackRepsLabel}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.nameColumn}>{strings.trackColRep}</TableHeaderCell>
                <DefinedHeader label={strings.trackColToDate} definition={strings.trackDefToDate} />
                <DefinedHeader label={strings.trackColPace} definition={strings.trackDefPace} />
                <DefinedHeader label={strings.trackGap} definition={strings.trackDefGap} />
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.reps.map((rep) => {
                const name = rep.name || rep.key;
                const expanded = open.has(rep.key);
                const replanned = rep.replan.reduce((s, v) => s + v, 0);
                return (
                  <React.Fragment key={rep.key}>
                    <TableRow
                      data-rep={rep.key}
                      data-off-pace={rep.offPace ? "true" : "false"}
                      aria-label={rep.offPace ? fill(strings.trackOffPaceRow, { rep: name }) : name}
                    >
                      <TableCell className={rep.offPace ? styles.offPace : undefined}>
                        <span className={styles.repCell}>
                          <Button
                            size="small"
                            appearance="subtle"
                            className={styles.expand}
                            aria-expanded={expanded}
                            aria-label={fill(strings.trackDetailsFor, { rep: name })}
                            onClick={() => toggle(rep.key)}
                          >
                            {expanded ? "▾" : "▸"}
                          </Button>
                          <span className={styles.name}>
                            <span>{name}</span>
                            {rep.offPace && (
                              <Caption1 className={styles.alert}>▼ {strings.trackOffPace}</Caption1>
                            )}
                          </span>
                        </span>
                      </TableCell>
                      <TableCell
                        className={mergeClasses(styles.cellNumber, rep.offPace ? styles.alert : undefined)}
                      >
                        {percent(rep.attainmentToDate)}
                      </TableCell>
                      <TableCell className={styles.cellNumber}>{percent(rep.atPlanAttainment)}</TableCell>
                      <TableCell className={styles.cellNumber}>{amount(rep.gap)}</TableCell>
                    </TableRow>
                    {expanded && (
                      <TableRow data-rep-details={rep.key}>
                        <TableCell colSpan={4}>
                          <dl className={styles.details}>
                            {(
                              [
                                [strings.col_RepID, rep.key],
                                [strings.trackTargetToDate, amount(rep.targetToDate)],
                                [strings.trackActualToDate, amount(rep.actualToDate)],
                                [strings.trackAnnualTarget, amount(rep.target)],
                                [strings.trackOfAnnual, percent(rep.attainment)],
                                [strings.trackColNeeded, amount(rep.requiredRunRate)],
                                [strings.trackRunRate, amount(rep.runRate)],
                                [strings.trackProjected, amount(rep.atPlan)],
                              ] as const
                            ).map(([term, value]) => (
                              <React.Fragment key={term}>
                                <dt className={styles.term}>{term}</dt>
                                <dd className={styles.value}>{value}</dd>
                              </React.Fragment>
                            ))}
                          </dl>
                          <Text weight="semibold">{fill(strings.trackReplanFor, { rep: name })}</Text>
                          {view.remainingMonths.length === 0 ? (
                            <Caption1 className={styles.wrap}>{strings.trackNoMonthsLeft}</Caption1>
                          ) : (
                            <ul
                              className={styles.months}
                              aria-label={fill(strings.trackReplanFor, { rep: name })}
                            >
                              {view.remainingMonths.map((m, i) => (
                                <li key={m}>
                                  <Caption1>
                                    {m}
                                    {strings.colon}
                                    <b>{amount(rep.replan[i])}</b>
                                  </Caption1>
                                </li>
                              ))}
                            </ul>
                          )}
                          <Caption1 className={styles.wrap}>
                            {rep.unplaced > 0
                              ? fill(strings.trackReplanUnplaced, { value: amount(rep.unplaced) })
                              : replanned === 0
                                ? strings.trackReplanMet
                                : fill(strings.trackReplanSum, { value: amount(replanned) })}
                          </Caption1>
                        </TableCell>
                      </TableRow>
                    )}
                  </React.Fragment>
                );
              })}
            </TableBody>
          </Table>
        </div>
        {reading && (
          <Caption1 className={styles.wrap} data-field="reading">
            {fill(strings.trackReading, {
              rep: reading.name || reading.key,
              toDate: percent(reading.attainmentToDate),
              asOf: view.asOf,
              remaining: view.company.remaining,
              projected: percent(reading.atPlanAttainment),
              gap: amount(reading.gap),
            })}
          </Caption1>
        )}
        <Caption1 className={styles.wrap}>
          {fill(strings.trackReplanNote, { unit: unit[String(view.decimals)] ?? String(view.decimals) })}
        </Caption1>
        <CopyReplan copy={copy} />
        <TrackingIssues view={view} />
      </Section>
      <Section title={strings.trackRegions}>
        <div className={styles.tableWrap}>
          <Table size="extra-small" className={styles.table} aria-label={strings.trackRegionsLabel}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.trackColRegion}</TableHeaderCell>
                <DefinedHeader label={strings.trackColToDate} definition={strings.trackDefToDate} />
                <DefinedHeader label={strings.trackColPace} definition={strings.trackDefPace} />
                <DefinedHeader label={strings.trackGap} definition={strings.trackDefGap} />
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...view.regions, view.company].map((line, i) => {
                const all = i === view.regions.length;
                return (
                  <TableRow key={all ? "*" : line.key} data-region={all ? "*" : line.key}>
                    <TableCell
                      className={mergeClasses(
                        styles.wrap,
                        all ? styles.strong : undefined,
                        line.offPace ? styles.offPace : undefined,
                      )}
                    >
                      {all ? strings.trackAllReps : line.key}
                    </TableCell>
                    <TableCell
                      className={mergeClasses(styles.cellNumber, line.offPace ? styles.alert : undefined)}
                    >
                      {percent(line.attainmentToDate)}
                    </TableCell>
                    <TableCell className={styles.cellNumber}>{percent(line.atPlanAttainment)}</TableCell>
                    <TableCell className={styles.cellNumber}>{amount(line.gap)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      </Section>
    </>
  );
}
