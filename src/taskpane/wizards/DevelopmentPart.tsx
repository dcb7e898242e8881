/**
 * Development and mentoring on the review: the rep's development items (a completed one with its
 * KPI before and after), items proposed for the KPIs below the team median from the coaching
 * library that the manager can tick, adjust and save into Development, and mentoring lines (the
 * rep's own ramp as a mentee, or each mentee's) against reps hired in the same quarter.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import {
  DEVELOPMENT_KINDS,
  developmentMessages,
  type ActionState,
  type DevelopmentEntry,
  type DevelopmentKind,
  type DevelopmentLine,
  type MentoringLine,
  type ReviewView,
} from "../../jobs";
import { dateKey, monthKey, monthOf, ymdOf } from "../../kernel/calendar";
import type { RunResult, SalesPlanActions } from "../actions";
import { fill, pick, useStrings, type Strings } from "../i18n";
import { ErrorBar, SuccessBar } from "./fields";
import { StateChip } from "./StateChip";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";

const dueText = (serial: number | null): string => (serial === null ? "" : dateKey(ymdOf(serial)));

/** Done by its status; overdue when due by the end of the review's month and not done. */
function stateOf(item: DevelopmentLine, period: string): ActionState {
  if (item.done) return "done";
  return item.due !== null && monthKey(monthOf(item.due)) <= period ? "overdue" : "open";
}

const kindLabel = (kind: string, strings: Strings): string =>
  ({
    course: strings.devKind_course,
    practice: strings.devKind_practice,
    "joint visit": strings.devKind_jointVisit,
    mentoring: strings.devKind_mentoring,
  })[kind.trim().toLowerCase()] ?? kind;

/** The last day of the month after `period` ("2026-03" -> "2026-04-30"): a new item's due date. */
function nextMonthEnd(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7)) + 1;
  const [y, m] = month > 12 ? [year + 1, 1] : [year, month];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, "0")}-${last}`;
}

function ItemsList({ review }: { review: ReviewView }): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const format = useFormat();
  const items = review.people.development;
  if (items.length === 0) return <Text className={styles.muted}>{strings.devNone}</Text>;
  return (
    <ul className={styles.list} aria-label={strings.devItems}>
      {items.map((item, i) => {
        const o = item.outcome;
        const outcome =
          o === null
            ? null
            : o.before === null
              ? fill(strings.devNoBefore, { kpi: item.kpi })
              : o.after === null
                ? fill(strings.devNoAfter, {
                    kpi: item.kpi,
                    before: format(o.before.value),
                    from: o.before.period,
                  })
                : fill(strings.devOutcome, {
                    kpi: item.kpi,
                    before: format(o.before.value),
                    from: o.before.period,
                    after: format(o.after.value),
                    to: o.after.period,
                  });
        return (
          <li key={i} className={styles.wrap}>
            {fill(strings.devItem, {
              skill: item.skill || "—",
              kind: kindLabel(item.kind, strings) || "—",
              kpi: item.kpi || "—",
              due: dueText(item.due) || "—",
            })}
            <StateChip state={stateOf(item, review.period)} />
            {outcome && (
              <>
                <br />
                <Caption1 data-part="outcome">{outcome}</Caption1>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function MentoringPart({ review }: { review: ReviewView }): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useCommonStyles();
  const format = useFormat();
  const { ownRamp, mentees } = review.people;
  if (ownRamp === null && mentees.length === 0) return null;
  const percent = (v: number | null) => (v === null ? strings.mentorNoValue : `${format(v * 100, 0)}%`);
  const cohort = (l: MentoringLine) =>
    l.cohortMedian === null
      ? fill(strings.mentorNoCohort, { quarter: l.hireQuarter })
      : fill(strings.mentorCohort, {
          quarter: l.hireQuarter,
          median: percent(l.cohortMedian),
          count: l.cohortSize,
        });
  const lines = [
    ...(ownRamp
      ? [
          `${fill(strings.mentorOwn, { mentor: ownRamp.mentor, attainment: percent(ownRamp.attainment), tenure: ownRamp.tenure })}; ${cohort(ownRamp)}`,
        ]
      : []),
    ...mentees.map(
      (l) =>
        `${fill(strings.mentorMentee, { mentee: l.mentee, attainment: percent(l.attainment), tenure: l.tenure })}; ${cohort(l)}`,
    ),
  ];
  return (
    <section className={styles.plain} aria-label={strings.mentorTitle} data-part="mentoring">
      <Text as="h4" weight="semibold">
        {strings.mentorTitle}
      </Text>
      <ul className={styles.list} aria-label={strings.mentorTitle}>
        {lines.map((line, i) => (
          <li key={i} className={styles.wrap}>
            {line}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface ProposalForm {
  readonly chosen: boolean;
  readonly skill: string;
  readonly kind: DevelopmentKind;
  readonly due: string;
}

export function DevelopmentPart({
  review,
  actions,
}: {
  review: ReviewView;
  actions: SalesPlanActions;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const format = useFormat();
  const { proposals, mentor, level } = review.people;
  const [forms, setForms] = React.useState<ProposalForm[]>(() =>
    proposals.map((p) => ({
      chosen: false,
      skill: pick(p.suggestion, strings),
      kind: "practice",
      due: nextMonthEnd(review.period),
    })),
  );
  const [tried, setTried] = React.useState(false);
  const save = useTask<RunResult>();
  const patch = (i: number, change: Partial<ProposalForm>) =>
    setForms((list) => list.map((f, j) => (j === i ? { ...f, ...change } : f)));
  const picked = forms.flatMap((f, i) => (f.chosen ? [{ form: f, proposal: proposals[i], at: i }] : []));
  const entry: DevelopmentEntry = {
    rep: review.rep,
    level,
    mentor,
    items: picked.map(({ form, proposal }) => ({
      kpi: proposal.kpi,
      skill: form.skill,
      kind: form.kind,
      due: form.due,
    })),
  };
  const problems = developmentMessages(entry);
  // Problems are by the entry's item number; the fields are by proposal.
  const message = (at: number, field: "skill" | "due") => {
    const n = picked.findIndex((p) => p.at === at);
    const problem = tried && n >= 0 ? problems[`item.${n}.${field}`] : undefined;
    return problem
      ? { validationMessage: pick(problem, strings), validationState: "error" as const }
      : { validationState: "none" as const };
  };
  const onSave = () => {
    setTried(true);
    if (picked.length === 0 || Object.keys(problems).length > 0) return;
    void save.run((control) => actions.saveDevelopment(entry, control));
  };
  const written = save.value?.tables.find((t) => t.name === "Development");
  const percent = (v: number) => `${format(v * 100, 0)}%`;
  return (
    <section className={styles.card} aria-label={strings.devTitle} data-part="development">
      <Text as="h4" weight="semibold">
        {strings.devTitle}
      </Text>
      <ItemsList review={review} />
      <Text weight="semibold">{strings.devProposals}</Text>
      {proposals.length === 0 && (
        <Text className={styles.muted}>
          {review.people.belowMedian > 0 ? strings.devProposalCovered : strings.devProposalNone}
        </Text>
      )}
      {proposals.map((p, i) => {
        const title = fill(strings.devAdd, { kpi: p.kpi });
        const form = forms[i];
        return (
          <div key={p.kpi} className={styles.card} role="group" aria-label={title}>
            <Checkbox
              label={title}
              checked={form.chosen}
              onChange={(_, d) => patch(i, { chosen: d.checked === true })}
            />
            <Caption1 className={styles.muted}>
              {fill(strings.devProposalWhy, {
                kpi: p.kpi,
                achievement: percent(p.achievement),
                median: percent(p.teamMedian),
              })}
            </Caption1>
            {form.chosen && (
              <>
                <Field label={strings.devSkill} {...message(i, "skill")}>
                  <Input
                    className={styles.fullWidth}
                    aria-label={`${title}: ${strings.devSkill}`}
                    value={form.skill}
                    onChange={(_, d) => patch(i, { skill: d.value })}
                  />
                </Field>
                <div className={styles.grid2}>
                  <Field label={strings.devKind}>
                    <Dropdown
                      aria-label={`${title}: ${strings.devKind}`}
                      value={kindLabel(form.kind, strings)}
                      selectedOptions={[form.kind]}
                      onOptionSelect={(_, d) =>
                        patch(i, { kind: (d.optionValue as DevelopmentKind | undefined) ?? form.kind })
                      }
                    >
                      {DEVELOPMENT_KINDS.map((k) => (
                        <Option key={k} value={k} text={kindLabel(k, strings)}>
                          {kindLabel(k, strings)}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                  <Field label={strings.devDue} {...message(i, "due")}>
                    <Input
                      className={styles.fullWidth}
                      aria-label={`${title}: ${strings.devDue}`}
                      placeholder={strings.notesDuePlaceholder}
                      value={form.due}
                      onChange={(_, d) => patch(i, { due: d.value })}
                    />
                  </Field>
                </div>
              </>
            )}
          </div>
        );
      })}
      {tried && (picked.length === 0 || Object.keys(problems).length > 0) && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{picked.length === 0 ? strings.devChoose : strings.devFix}</MessageBarBody>
        </MessageBar>
      )}
      {proposals.length > 0 && (
        <div className={styles.actions}>
          <Button disabled={save.busy} onClick={onSave}>
            {strings.devSave}
          </Button>
        </div>
      )}
      <ErrorBar error={save.error} />
      {written && <SuccessBar>{fill(strings.devSaved, { rows: written.rows })}</SuccessBar>}
      <MentoringPart review={review} />
    </section>
  );
}
