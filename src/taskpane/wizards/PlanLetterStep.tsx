/**
 * Plan letters in the Incentive plan wizard: choose a rep, preview their letter (the same job as
 * `salesplan letters`) and write it as the printable PlanLetter sheet; beside it, the reps who have
 * not acknowledged the saved plan's current version (the workbook check's rule).
 */
import {
  Body1,
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
import type { Letter, LetterRow, LetterView } from "../../jobs";
import type { WrittenSheet } from "../../workbook/printSheet";
import type { Mappings, SalesPlanActions } from "../actions";
import { fill, plural, useStrings, type Strings } from "../i18n";
import { ErrorBar, Section, SuccessBar } from "./fields";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";

const useStyles = makeStyles({
  letter: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  heading: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 45%) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  paragraph: { margin: 0 },
  headerCell: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "start",
  },
  // A row's label: read out as the row's header, printed as plain text (bold only on the total).
  rowHeader: { fontWeight: "inherit", textAlign: "start", overflowWrap: "break-word" },
  totalRow: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  sign: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", minHeight: "24px" },
  signLine: {
    flexGrow: 1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minHeight: "16px",
  },
});

function repLabel(rep: { id: string; name: string }, strings: Strings): string {
  return rep.name ? fill(strings.letterRepOption, { name: rep.name, rep: rep.id }) : rep.id;
}

type Block =
  | { kind: "row"; row: LetterRow }
  | { kind: "fields"; rows: LetterRow[] }
  | { kind: "table"; rows: LetterRow[] };

/** Consecutive fields as one list, header-to-total runs as one table, everything else as it comes. */
function blocks(rows: readonly LetterRow[]): Block[] {
  const out: Block[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (row.kind === "field") {
      if (last?.kind === "fields") last.rows.push(row);
      else out.push({ kind: "fields", rows: [row] });
    } else if (row.kind === "header") out.push({ kind: "table", rows: [row] });
    else if ((row.kind === "line" || row.kind === "total") && last?.kind === "table") last.rows.push(row);
    else out.push({ kind: "row", row });
  }
  return out;
}

/** The heading a block stands under. */
function sectionOf(all: readonly Block[], at: number): string {
  for (let i = at - 1; i >= 0; i--) {
    const b = all[i];
    if (b.kind === "row" && b.row.kind === "heading") return String(b.row.cells[0] ?? "");
  }
  return "";
}

/** The letter as the sheet prints it: a narrow page of the same rows. */
export function LetterPreview({ letter }: { letter: Letter }): React.JSX.Element {
  const strings = useStrings();
  const common = useCommonStyles();
  const styles = useStyles();
  const format = useFormat();
  const cell = (v: string | number | null) => (typeof v === "number" ? format(v, 2, 2) : (v ?? ""));
  return (
    <article
      className={styles.letter}
      lang={letter.language === "zh" ? "zh-CN" : "en"}
      aria-label={fill(strings.letterPreviewLabel, {
        rep: repLabel({ id: letter.repId, name: letter.name }, strings),
      })}
    >
      {blocks(letter.rows).map((block, i, all) => {
        if (block.kind === "fields")
          return (
            <dl key={i} className={styles.fields}>
              {block.rows.map((r, j) => (
                <React.Fragment key={j}>
                  <dt className={styles.label}>{cell(r.cells[0])}</dt>
                  <dd className={styles.value}>{cell(r.cells[1])}</dd>
                </React.Fragment>
              ))}
            </dl>
          );
        if (block.kind === "table") {
          const [header, ...body] = block.rows;
          return (
            // Scrolls sideways in a narrow pane: focusable, named by its section's heading.
            <div
              key={i}
              className={common.tableWrap}
              role="region"
              tabIndex={0}
              aria-label={sectionOf(all, i)}
            >
              <table className={common.table}>
                <thead>
                  <tr>
                    {header.cells.map((h, c) => (
                      <th
                        key={c}
                        scope="col"
                        className={`${styles.headerCell} ${c > 0 ? common.cellNumber : ""}`}
                      >
                        {cell(h)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {body.map((r, j) => (
                    <tr key={j} className={r.kind === "total" ? styles.totalRow : undefined}>
                      {r.cells.map((v, c) =>
                        c === 0 ? (
                          <th key={c} scope="row" className={styles.rowHeader}>
                            {cell(v)}
                          </th>
                        ) : (
                          <td key={c} className={common.cellNumber}>
                            {cell(v)}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }
        const { row } = block;
        switch (row.kind) {
          case "title":
            return (
              <h4 key={i} className={styles.title}>
                {cell(row.cells[0])}
              </h4>
            );
          case "heading":
            return (
              <h5 key={i} className={styles.heading}>
                {cell(row.cells[0])}
              </h5>
            );
          case "sign":
            return (
              <div key={i} className={styles.sign}>
                <Text weight="semibold">{cell(row.cells[0])}</Text>
                <span className={styles.signLine}>{cell(row.cells[1] ?? null)}</span>
              </div>
            );
          default:
            return (
              <p key={i} className={styles.paragraph}>
                {row.cells.map(cell).join(" ")}
              </p>
            );
        }
      })}
    </article>
  );
}

function Acknowledgements({ view }: { view: LetterView }): React.JSX.Element {
  const strings = useStrings();
  const common = useCommonStyles();
  const missing = view.unacknowledged;
  return (
    <div
      className={common.plain}
      role="status"
      aria-label={fill(strings.letterAckTitle, { plan: view.plan })}
    >
      <Text weight="semibold">{fill(strings.letterAckTitle, { plan: view.plan })}</Text>
      {missing === null ? (
        <Caption1>{strings.letterAckNoTable}</Caption1>
      ) : missing.length === 0 ? (
        <Body1 className={common.ok}>{fill(strings.letterAckAll, { plan: view.plan })}</Body1>
      ) : (
        <>
          <Body1>
            {fill(strings.letterAckMissing, {
              reps: plural(strings, "reps", missing.length),
              plan: view.plan,
            })}
          </Body1>
          <ul className={common.list} aria-label={strings.letterAckListLabel}>
            {missing.map((r) => (
              <li key={r.id}>{repLabel(r, strings)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function PlanLetterStep({
  actions,
  mappings,
}: {
  actions: SalesPlanActions;
  mappings: Mappings;
}): React.JSX.Element {
  const strings = useStrings();
  const common = useCommonStyles();
  const viewTask = useTask<LetterView>();
  const previewTask = useTask<Letter>();
  const writeTask = useTask<{ letter: Letter; written: WrittenSheet }>();
  const [rep, setRep] = React.useState<string | null>(null);
  const reps = viewTask.value?.reps ?? [];
  const chosen = reps.find((r) => r.id === rep) ?? reps[0];
  const busy = previewTask.busy || writeTask.busy;
  const load = () => {
    previewTask.reset();
    writeTask.reset();
    void viewTask.run(() => actions.letterView(mappings));
  };
  const shown = writeTask.value?.letter ?? previewTask.value;
  const written = writeTask.value;
  return (
    // The id lets the browser test check this step alone for accessibility.
    <div id="plan-letters" className={common.plain}>
      <Section title={strings.letterTitle}>
        <Caption1>{strings.letterIntro}</Caption1>
        <div className={common.actions}>
          <Button size="small" disabled={viewTask.busy} onClick={load}>
            {viewTask.value ? strings.refresh : strings.letterLoad}
          </Button>
        </div>
        {viewTask.busy && <Spinner size="tiny" label={strings.loading} />}
        <ErrorBar error={viewTask.error} />
        {viewTask.value && <Acknowledgements view={viewTask.value} />}
        {chosen !== undefined && (
          <>
            <Field label={strings.letterRep}>
              <Dropdown
                className={common.fullWidth}
                value={repLabel(chosen, strings)}
                selectedOptions={[chosen.id]}
                onOptionSelect={(_, d) => {
                  setRep(d.optionValue ?? null);
                  previewTask.reset();
                  writeTask.reset();
                }}
              >
                {reps.map((r) => (
                  <Option key={r.id} value={r.id} text={repLabel(r, strings)}>
                    {repLabel(r, strings)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <div className={common.actions}>
              <Button
                disabled={busy}
                onClick={() => {
                  writeTask.reset();
                  void previewTask.run(() => actions.previewLetter(chosen.id, mappings));
                }}
              >
                {strings.letterPreview}
              </Button>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => void writeTask.run(() => actions.writeLetter(chosen.id, mappings))}
              >
                {strings.letterWrite}
              </Button>
            </div>
          </>
        )}
        {busy && <Spinner size="tiny" label={strings.working} />}
        <ErrorBar error={previewTask.error ?? writeTask.error} />
        {written && (
          <SuccessBar>
            {fill(strings.letterWritten, {
              rep: repLabel({ id: written.letter.repId, name: written.letter.name }, strings),
              rows: written.written.rows,
              how: written.written.created ? strings.created : strings.replaced,
            })}
          </SuccessBar>
        )}
        {shown && <LetterPreview letter={shown} />}
      </Section>
    </div>
  );
}
