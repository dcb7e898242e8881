/**
 * Coaching & recognition in the Scorecard wizard: the honour roll (each winner with the reason in
 * words) and team health (indicators per manager, labelled as such) for a period, computed by the
 * people job over the workbook with this scorecard; Write puts them into SalesHonourRoll and
 * SalesTeamHealth as `salesplan run` does.
 */
import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { HealthLine, HonourLine, Mappings, PeopleView, ScorecardOptions } from "../../jobs";
import type { RunResult, SalesPlanActions } from "../actions";
import { fill, pick, useStrings } from "../i18n";
import { ErrorBar, SuccessBar } from "./fields";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";

const useStyles = makeStyles({
  heading: { margin: 0 },
  award: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  winner: { display: "flex", flexDirection: "column" },
  line: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { margin: 0 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** Periods the view has, newest first. */
function periodsOf(view: PeopleView): string[] {
  const all = new Set([...view.honours.map((h) => h.period), ...view.health.map((h) => h.period)]);
  return [...all].sort().reverse();
}

function HonourRoll({ lines, period }: { lines: readonly HonourLine[]; period: string }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const awards: string[] = [];
  for (const l of lines) if (!awards.includes(l.award.en)) awards.push(l.award.en);
  return (
    <section className={styles.card} aria-label={strings.honourTitle} data-part="honours">
      <Text as="h4" weight="semibold" className={styles.heading}>
        {strings.honourTitle} · {period}
      </Text>
      {lines.length === 0 && <Text className={styles.muted}>{fill(strings.honourNone, { period })}</Text>}
      {awards.map((award) => {
        const of = lines.filter((l) => l.award.en === award);
        const name = pick(of[0].award, strings);
        const winners = of.filter((l) => l.rank !== null);
        const others = of.filter((l) => l.rank === null);
        return (
          <div key={award} className={styles.award}>
            <Text weight="semibold">{name}</Text>
            <ul className={styles.list} aria-label={name}>
              {winners.map((w, i) => (
                <li key={i} className={styles.winner}>
                  <span className={styles.line}>
                    <Badge appearance="tint" shape="rounded">
                      {fill(strings.honourRank, { rank: w.rank ?? "" })}
                    </Badge>
                    <Text weight="semibold">{w.name || w.rep}</Text>
                    <Caption1 className={styles.muted}>
                      {w.rep}
                      {w.region && ` · ${w.region}`}
                    </Caption1>
                    {w.cash > 0 && (
                      <Caption1>{fill(strings.honourCash, { cash: format(w.cash, 2, 2) })}</Caption1>
                    )}
                  </span>
                  <Caption1 className={styles.wrap}>{pick(w.reason, strings)}</Caption1>
                </li>
              ))}
              {others.map((w, i) => (
                <li key={`o${i}`} className={styles.winner}>
                  <span className={styles.line}>
                    <Caption1 className={styles.muted}>{strings.honourNotAwarded}</Caption1>
                    <Text>{w.name || w.rep}</Text>
                  </span>
                  <Caption1 className={styles.wrap}>{pick(w.reason, strings)}</Caption1>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function TeamHealth({
  lines,
  period,
  note,
}: {
  lines: readonly HealthLine[];
  period: string;
  note: PeopleView["note"];
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const format = useFormat();
  const percent = (v: number | null) => (v === null ? strings.healthNoValue : `${format(v * 100, 0)}%`);
  return (
    <section className={styles.card} aria-label={strings.healthTitle} data-part="health">
      <Text as="h4" weight="semibold" className={styles.heading}>
        {strings.healthTitle} · {period}
      </Text>
      <Caption1 className={styles.wrap}>{pick(note, strings)}</Caption1>
      {lines.length === 0 && <Text className={styles.muted}>{fill(strings.healthNone, { period })}</Text>}
      {lines.map((h) => {
        const team = h.manager ? fill(strings.healthTeam, { manager: h.manager }) : strings.healthNoManager;
        const rows: [string, string][] = [
          [strings.healthReps, format(h.reps, 0)],
          [strings.healthAt80, percent(h.at80)],
          [strings.healthOneToOne, percent(h.oneToOne)],
          [strings.healthDevelopment, percent(h.developmentOnTime)],
          [strings.healthMentoring, percent(h.mentoring)],
        ];
        return (
          <div key={h.manager} className={styles.plain} role="group" aria-label={team}>
            <Text weight="semibold">{team}</Text>
            <dl className={styles.figures}>
              {rows.map(([term, value]) => (
                <React.Fragment key={term}>
                  <dt className={styles.term}>{term}</dt>
                  <dd className={styles.value}>{value}</dd>
                </React.Fragment>
              ))}
            </dl>
            {h.practice && (
              <Caption1 className={styles.wrap} data-part="practice">
                {fill(strings.healthPractice, { practice: pick(h.practice, strings) })}
              </Caption1>
            )}
          </div>
        );
      })}
    </section>
  );
}

export function PeoplePanel({
  actions,
  options,
  mappings,
}: {
  actions: SalesPlanActions;
  /** The scorecard as previewed or written (the parent remounts on a change). */
  options: ScorecardOptions;
  mappings: Mappings;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const view = useTask<PeopleView>();
  const write = useTask<RunResult>();
  const [period, setPeriod] = React.useState<string | null>(null);
  const periods = view.value ? periodsOf(view.value) : [];
  const chosen = period !== null && periods.includes(period) ? period : periods[0];
  return (
    <div className={styles.plain}>
      <Text>{strings.peopleIntro}</Text>
      <div className={styles.actions}>
        <Button
          disabled={view.busy}
          onClick={() => void view.run(() => actions.peopleView(options, mappings))}
        >
          {strings.peopleShow}
        </Button>
        <Button
          appearance="primary"
          disabled={write.busy}
          onClick={() => void write.run((control) => actions.writePeople(options, mappings, control))}
        >
          {strings.peopleWrite}
        </Button>
      </div>
      {(view.busy || write.busy) && <Spinner size="tiny" label={strings.working} />}
      <ErrorBar error={view.error ?? write.error} />
      {write.value && (
        <SuccessBar>
          {fill(strings.peopleWritten, {
            tables: write.value.tables.map((t) => `${t.name} (${t.rows})`).join(", "),
          })}
        </SuccessBar>
      )}
      {view.value && chosen !== undefined && (
        <>
          <Field label={strings.peoplePeriod}>
            <Dropdown
              className={styles.fullWidth}
              value={chosen}
              selectedOptions={[chosen]}
              onOptionSelect={(_, d) => setPeriod(d.optionValue ?? null)}
            >
              {periods.map((p) => (
                <Option key={p} value={p}>
                  {p}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <HonourRoll lines={view.value.honours.filter((h) => h.period === chosen)} period={chosen} />
          <TeamHealth
            lines={view.value.health.filter((h) => h.period === chosen)}
            period={chosen}
            note={view.value.note}
          />
        </>
      )}
    </div>
  );
}
