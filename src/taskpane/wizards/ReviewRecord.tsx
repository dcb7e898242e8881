/**
 * The review as a record: last time's actions and their status first (each can be marked done
 * now), the KPI trend since as small bars with the figures in words for screen readers, then the
 * notes of this review (strengths, gaps, agreed actions with owner and due date) saved into
 * ReviewNotes through the workbook's guarded write.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { ActionEntry, Localized, ReviewEntry, ReviewView } from "../../jobs";
import { entryMessages } from "../../jobs";
import { dateKey, ymdOf } from "../../kernel/calendar";
import type { RunResult, SalesPlanActions } from "../actions";
import { fill, pick, useStrings, type Strings } from "../i18n";
import { ErrorBar, RemoveRowButton, SuccessBar } from "./fields";
import { editRows } from "./rows";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";
import { ReviewCard } from "./ReviewCard";
import { DevelopmentPart } from "./DevelopmentPart";
import { StateChip } from "./StateChip";

const useStyles = makeStyles({
  heading: { margin: 0 },
  trendRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 7em) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  bars: { display: "flex", alignItems: "flex-end", columnGap: "3px", height: "24px" },
  bar: { width: "10px", backgroundColor: tokens.colorBrandBackground, borderRadius: "1px 1px 0 0" },
  empty: { width: "10px", height: "2px", backgroundColor: tokens.colorNeutralStroke1 },
  // A message under one field must not stretch its neighbour.
  top: { alignItems: "start" },
});

const dueText = (serial: number | null): string => (serial === null ? "" : dateKey(ymdOf(serial)));

/** Last time's notes and actions, each action with its status and a "done now" box. */
function LastReviewPart({
  review,
  done,
  onDone,
}: {
  review: ReviewView;
  done: readonly boolean[];
  onDone: (index: number, value: boolean) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const last = review.last;
  if (last === null) return <Text className={styles.muted}>{strings.lastNone}</Text>;
  return (
    <section
      className={styles.plain}
      aria-label={fill(strings.lastTitle, { period: last.period })}
      data-part="last"
    >
      <Text as="h4" weight="semibold" className={styles.heading}>
        {fill(strings.lastTitle, { period: last.period })}
      </Text>
      {(last.date !== null || last.reviewer) && (
        <Caption1 className={styles.muted}>
          {fill(strings.lastBy, { date: dueText(last.date), reviewer: last.reviewer || "—" })}
        </Caption1>
      )}
      {last.actions.length === 0 ? (
        <Text className={styles.muted}>{strings.lastNoActions}</Text>
      ) : (
        <ul className={styles.list} aria-label={strings.lastActions}>
          {last.actions.map((a, i) => (
            <li key={i} className={styles.wrap}>
              {fill(strings.lastAction, {
                action: a.action,
                owner: a.owner || "—",
                due: dueText(a.due) || "—",
              })}
              <StateChip state={done[i] ? "done" : a.state} />
              {a.state !== "done" && (
                <Checkbox
                  label={fill(strings.lastMarkDone, { action: a.action })}
                  checked={done[i] ?? false}
                  onChange={(_, d) => onDone(i, d.checked === true)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {(last.strengths || last.gaps) && (
        <Caption1 className={styles.wrap}>
          {[
            last.strengths && `${strings.notesStrengths}${strings.reviewSeparator}${last.strengths}`,
            last.gaps && `${strings.notesGaps}${strings.reviewSeparator}${last.gaps}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Caption1>
      )}
    </section>
  );
}

/** Each KPI's achievement by month since the last review, as bars, with the same in words. */
function TrendSincePart({ review }: { review: ReviewView }): React.JSX.Element | null {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const { periods, kpis, scores } = review.since;
  if (periods.length === 0) return null;
  const title = review.last
    ? fill(strings.sinceTitle, { period: review.last.period })
    : fill(strings.sinceTitleRecent, { count: periods.length });
  // Bars share one scale: 150% of target fills the box.
  const line = (
    label: string,
    values: readonly (number | null)[],
    asText: (v: number) => string,
    top: number,
  ) => {
    const words = fill(strings.sinceText, {
      kpi: label,
      list: values
        .map((v, i) =>
          fill(strings.sinceItem, { period: periods[i], value: v === null ? strings.sinceNone : asText(v) }),
        )
        .join(strings.sinceJoin),
    });
    return (
      <div key={label} className={styles.trendRow}>
        <Caption1 className={styles.wrap}>{label}</Caption1>
        <div className={styles.bars} role="img" aria-label={words} title={words}>
          {values.map((v, i) =>
            v === null ? (
              <div key={i} className={styles.empty} />
            ) : (
              <div
                key={i}
                className={styles.bar}
                style={{ height: `${Math.max(2, Math.min(1, v / top) * 100)}%` }}
              />
            ),
          )}
        </div>
      </div>
    );
  };
  return (
    <section className={styles.plain} aria-label={title} data-part="since">
      <Text as="h4" weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {line(strings.sinceScore, scores, (v) => format(v, 1), Math.max(100, ...scores.map((s) => s ?? 0)))}
      {kpis.map((k) => line(k.kpi, k.achievements, (v) => `${format(v * 100, 0)}%`, 1.5))}
      <Caption1 className={styles.muted}>{periods.join(" · ")}</Caption1>
    </section>
  );
}

interface ActionForm {
  readonly action: string;
  readonly owner: string;
  readonly due: string;
}

interface NotesForm {
  readonly reviewer: string;
  readonly strengths: string;
  readonly gaps: string;
  readonly actions: readonly ActionForm[];
}

function initialNotes(review: ReviewView): NotesForm {
  const saved = review.saved;
  return saved
    ? { reviewer: saved.reviewer, strengths: saved.strengths, gaps: saved.gaps, actions: saved.actions }
    : { reviewer: review.team, strengths: "", gaps: "", actions: [] };
}

/** A field's message after a save was tried: the problem in the pane's language. */
const messageOf =
  (problems: Record<string, Localized>, strings: Strings, tried: boolean) => (path: string) =>
    tried && problems[path]
      ? { validationMessage: pick(problems[path], strings), validationState: "error" as const }
      : { validationState: "none" as const };

/**
 * The review as opened: the engine's card with last time's actions and the trend since first,
 * then the notes of this review and Save.
 */
export function ReviewRecord({
  review,
  actions,
}: {
  review: ReviewView;
  actions: SalesPlanActions;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const local = useStyles();
  const [form, setForm] = React.useState<NotesForm>(() => initialNotes(review));
  const [done, setDone] = React.useState<boolean[]>([]);
  const [tried, setTried] = React.useState(false);
  const save = useTask<RunResult>();
  const rows = editRows(form.actions, (list) => setForm((f) => ({ ...f, actions: list })));
  const entry: ReviewEntry = {
    rep: review.rep,
    period: review.period,
    reviewer: form.reviewer,
    strengths: form.strengths,
    gaps: form.gaps,
    actions: form.actions.map((a): ActionEntry => ({ action: a.action, owner: a.owner, due: a.due })),
    ...(review.last && done.some(Boolean) ? { previous: { period: review.last.period, done } } : {}),
  };
  const problems = entryMessages(entry);
  const message = messageOf(problems, strings, tried);
  const onSave = () => {
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    void save.run((control) => actions.saveReview(entry, control));
  };
  const name = review.name || review.rep;
  const written = save.value?.tables.find((t) => t.name === "ReviewNotes");
  return (
    <div className={styles.plain}>
      <ReviewCard
        review={review}
        lead={
          <>
            <LastReviewPart
              review={review}
              done={done}
              onDone={(i, value) => setDone((d) => Object.assign([...d], { [i]: value }))}
            />
            <TrendSincePart review={review} />
          </>
        }
      />
      <DevelopmentPart review={review} actions={actions} />
      <section
        className={styles.card}
        aria-label={fill(strings.notesRegion, { name, period: review.period })}
        data-part="notes"
      >
        <Text as="h4" weight="semibold">
          {strings.notesTitle}
        </Text>
        {review.saved && <Caption1>{fill(strings.notesSaved, { period: review.period })}</Caption1>}
        <Field label={strings.notesReviewer}>
          <Input
            className={styles.fullWidth}
            value={form.reviewer}
            onChange={(_, d) => setForm((f) => ({ ...f, reviewer: d.value }))}
          />
        </Field>
        <Field label={strings.notesStrengths}>
          <Textarea
            resize="vertical"
            value={form.strengths}
            onChange={(_, d) => setForm((f) => ({ ...f, strengths: d.value }))}
          />
        </Field>
        <Field label={strings.notesGaps}>
          <Textarea
            resize="vertical"
            value={form.gaps}
            onChange={(_, d) => setForm((f) => ({ ...f, gaps: d.value }))}
          />
        </Field>
        <Text weight="semibold">{strings.notesActions}</Text>
        {form.actions.map((a, i) => {
          const title = fill(strings.notesAction, { row: i + 1 });
          return (
            <div key={i} className={styles.card} role="group" aria-label={title}>
              <div className={styles.row}>
                <Field label={title} className={styles.grow} {...message(`action.${i}.action`)}>
                  <Input
                    className={styles.fullWidth}
                    value={a.action}
                    onChange={(_, d) => rows.patch(i, { action: d.value })}
                  />
                </Field>
                <RemoveRowButton
                  label={fill(strings.notesRemoveAction, { row: i + 1 })}
                  onRemove={() => rows.remove(i)}
                />
              </div>
              <div className={mergeClasses(styles.grid2, local.top)}>
                <Field label={strings.notesOwner} {...message(`action.${i}.owner`)}>
                  <Input
                    className={styles.fullWidth}
                    aria-label={`${title}: ${strings.notesOwner}`}
                    value={a.owner}
                    onChange={(_, d) => rows.patch(i, { owner: d.value })}
                  />
                </Field>
                <Field label={strings.notesDue} {...message(`action.${i}.due`)}>
                  <Input
                    className={styles.fullWidth}
                    aria-label={`${title}: ${strings.notesDue}`}
                    placeholder={strings.notesDuePlaceholder}
                    value={a.due}
                    onChange={(_, d) => rows.patch(i, { due: d.value })}
                  />
                </Field>
              </div>
            </div>
          );
        })}
        <div>
          <Button size="small" onClick={() => rows.add({ action: "", owner: name, due: "" })}>
            {strings.notesAddAction}
          </Button>
        </div>
        {tried && Object.keys(problems).length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {strings.notesFix}
              {problems.entry && ` ${pick(problems.entry, strings)}`}
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" disabled={save.busy} onClick={onSave}>
            {strings.notesSave}
          </Button>
        </div>
        <ErrorBar error={save.error} />
        {written && <SuccessBar>{fill(strings.notesSavedDone, { rows: written.rows })}</SuccessBar>}
      </section>
    </div>
  );
}
