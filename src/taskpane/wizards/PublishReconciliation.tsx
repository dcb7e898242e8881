/**
 * The Publish wizard's reconciliation (step 2): SalesPayouts' totals against what the run that
 * wrote it recorded, then by period, region and measure, each line adding up to the cent.
 */
import {
  Caption1,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { serialText } from "../../jobs";
import type {
  CurrencyReconciliation,
  LedgerReconciliation,
  Reconciliation,
  ReconciliationGroup,
  ReconciliationLine,
} from "../../jobs";
import { fill, pick, useStrings, type Strings } from "../i18n";
import { useCommonStyles, useFormat } from "./styles";

export const usePublishStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  nameCell: { display: "flex", flexDirection: "column", minWidth: 0 },
  // Five columns in 320-360 px: Fluent sets the type and padding on each cell, so ours go there too.
  cell: {
    paddingLeft: "2px",
    paddingRight: "2px",
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  amount: { whiteSpace: "nowrap" },
  // A header cell's text sits in a flex "button": align it there, over right-aligned numbers.
  headerEnd: { justifyContent: "flex-end" },
  key: { overflowWrap: "break-word" },
  mark: { width: "1.5em", textAlign: "center" },
  sumRow: { fontWeight: tokens.fontWeightSemibold },
});

/** An audit action ("targets", read back from either language) in the pane's language. */
export function actionLabel(strings: Strings, action: string): string {
  return (strings as Readonly<Record<string, string>>)[`auditAction_${action}`] ?? action;
}

/** ✓ or ✗, read out as "matches" / "does not match". */
export function Mark({ ok }: { ok: boolean }): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  return (
    <span
      role="img"
      aria-label={ok ? strings.pubMatches : strings.pubMismatch}
      className={ok ? styles.ok : styles.bad}
    >
      {ok ? "✓" : "✗"}
    </span>
  );
}

const keyColumn = (group: ReconciliationGroup, strings: Strings): string =>
  group.by === "period"
    ? strings.pubColPeriod
    : group.by === "region"
      ? strings.pubColRegion
      : strings.pubColMeasure;

function keyText(group: ReconciliationGroup, key: string, strings: Strings): string {
  if (key !== "") return key;
  return group.by === "region" ? strings.pubNoRegion : strings.pubBlank;
}

type Amounts = Pick<ReconciliationLine, "gross" | "adjustments" | "net">;

/** A right-aligned money column's header (its sort button, too, aligned to the numbers). */
function AmountHeader({ children }: { children: React.ReactNode }): React.JSX.Element {
  const styles = { ...useCommonStyles(), ...usePublishStyles() };
  return (
    <TableHeaderCell
      button={{ className: styles.headerEnd }}
      className={mergeClasses(styles.cell, styles.cellNumber)}
    >
      {children}
    </TableHeaderCell>
  );
}

/** The narrow ✓ column's header, named for screen readers. */
function CheckHeader(): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...usePublishStyles() };
  return (
    <TableHeaderCell className={mergeClasses(styles.cell, styles.mark)} aria-label={strings.pubColCheck}>
      ✓
    </TableHeaderCell>
  );
}

/** One compact reconciliation table: a line per key, then the lines' sum against all rows. */
/** A line as the table shows it: its amounts, what the run wrote for it (undefined: no column), ✓ or ✗. */
interface ReconRow {
  readonly key: string;
  readonly line: Amounts;
  readonly written?: number | null;
  readonly ok: boolean;
}

function ReconTable({
  label,
  keyHeader,
  lines,
  footer,
}: {
  label: string;
  keyHeader: string;
  lines: readonly ReconRow[];
  footer: ReconRow;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...usePublishStyles() };
  const format = useFormat();
  // "Run wrote" beside Net when the run recorded its lines: the line that differs is the one to look at.
  const wrote = lines.some((l) => l.written !== undefined);
  const row = (r: ReconRow, sum: boolean) => (
    <TableRow key={r.key} className={sum ? styles.sumRow : undefined} data-ok={r.ok}>
      <TableCell className={mergeClasses(styles.cell, styles.key)}>{r.key}</TableCell>
      {[r.line.gross, r.line.adjustments, r.line.net, ...(wrote ? [r.written ?? null] : [])].map((v, i) => (
        <TableCell key={i} className={mergeClasses(styles.cell, styles.cellNumber, styles.amount)}>
          {format(v, 2, 2)}
        </TableCell>
      ))}
      <TableCell className={mergeClasses(styles.cell, styles.mark)}>
        <Mark ok={r.ok} />
      </TableCell>
    </TableRow>
  );
  return (
    <Table size="extra-small" className={styles.table} aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cell}>{keyHeader}</TableHeaderCell>
          <AmountHeader>{strings.pubColGross}</AmountHeader>
          <AmountHeader>{strings.pubColAdjustments}</AmountHeader>
          <AmountHeader>{strings.pubColNet}</AmountHeader>
          {wrote && <AmountHeader>{strings.pubColRun}</AmountHeader>}
          <CheckHeader />
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((l) => row(l, false))}
        {row(footer, true)}
      </TableBody>
    </Table>
  );
}

/** The grand total against what the run that wrote SalesPayouts recorded: payout, adjustments, net as rows. */
function TotalsTable({ reconciliation }: { reconciliation: Reconciliation }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...usePublishStyles() };
  const format = useFormat();
  const { total, recorded } = reconciliation;
  const rows: [string, keyof Amounts][] = [
    [strings.pubColGross, "gross"],
    [strings.pubColAdjustments, "adjustments"],
    [strings.pubColNet, "net"],
  ];
  return (
    <>
      <Table size="extra-small" className={styles.table} aria-label={strings.pubTotalLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell} />
            <AmountHeader>{strings.pubColAllRows}</AmountHeader>
            {recorded && <AmountHeader>{strings.pubColRun}</AmountHeader>}
            {recorded && <CheckHeader />}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([label, key]) => {
            const then = recorded?.[key] ?? null;
            return (
              <TableRow key={key}>
                <TableCell className={mergeClasses(styles.cell, styles.key)}>{label}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.cellNumber, styles.amount)}>
                  {format(total[key], 2, 2)}
                </TableCell>
                {recorded && (
                  <TableCell className={mergeClasses(styles.cell, styles.cellNumber, styles.amount)}>
                    {format(then, 2, 2)}
                  </TableCell>
                )}
                {recorded && (
                  <TableCell className={mergeClasses(styles.cell, styles.mark)}>
                    <Mark ok={recorded.agrees[key]} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>
        {fill(strings.pubTotalNote, { rows: total.rows })}
        {recorded &&
          ` ${fill(strings.pubRecorded, {
            action: actionLabel(strings, recorded.action),
            time: recorded.time === null ? "" : serialText(recorded.time),
          })}`}
      </Caption1>
    </>
  );
}

/**
 * SalesPayouts in both currencies (PRODUCT.md "Organisations"): a line per currency, its net in
 * itself and in the reporting currency; the reporting sum against what the run recorded.
 */
function CurrencyTable({ currencies }: { currencies: CurrencyReconciliation }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...usePublishStyles() };
  const format = useFormat();
  const number = (v: number | null, digits: number) => (
    <TableCell className={mergeClasses(styles.cell, styles.cellNumber, styles.amount)}>
      {format(v, digits, digits)}
    </TableCell>
  );
  return (
    <>
      <Text weight="semibold">{strings.pubCurrencyTitle}</Text>
      <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>{strings.pubCurrencyIntro}</Caption1>
      <Table size="extra-small" className={styles.table} aria-label={strings.pubCurrencyLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell}>{strings.pubColCurrency}</TableHeaderCell>
            <AmountHeader>{strings.pubColRows}</AmountHeader>
            <AmountHeader>{strings.pubColOwn}</AmountHeader>
            <AmountHeader>{strings.pubColReporting}</AmountHeader>
            <CheckHeader />
          </TableRow>
        </TableHeader>
        <TableBody>
          {currencies.lines.map((l) => (
            <TableRow key={l.currency}>
              <TableCell className={mergeClasses(styles.cell, styles.key)}>
                {l.currency || strings.pubCurrencyNone}
              </TableCell>
              {number(l.rows, 0)}
              {number(l.net, 2)}
              {number(l.reporting, 2)}
              <TableCell className={styles.cell} />
            </TableRow>
          ))}
          <TableRow className={styles.sumRow} data-ok={currencies.agrees}>
            <TableCell className={mergeClasses(styles.cell, styles.key)}>{strings.pubSum}</TableCell>
            {number(
              currencies.lines.reduce((n, l) => n + l.rows, 0),
              0,
            )}
            <TableCell className={styles.cell} />
            {number(currencies.reporting, 2)}
            <TableCell className={mergeClasses(styles.cell, styles.mark)}>
              <Mark ok={currencies.agrees} />
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {currencies.recorded !== null && (
        <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>
          {fill(strings.pubCurrencyRecorded, { amount: format(currencies.recorded, 2, 2) })}
        </Caption1>
      )}
    </>
  );
}

export function ReconciliationView({
  reconciliation,
}: {
  reconciliation: Reconciliation;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  return (
    <>
      <Caption1 className={styles.muted}>{strings.pubReconIntro}</Caption1>
      <Text weight="semibold">{strings.pubTotalLabel}</Text>
      <TotalsTable reconciliation={reconciliation} />
      {reconciliation.currencies && <CurrencyTable currencies={reconciliation.currencies} />}
      {reconciliation.groups.map((g) => (
        <React.Fragment key={g.by}>
          <Text weight="semibold">{strings[`pubBy_${g.by}`]}</Text>
          <ReconTable
            label={strings[`pubByLabel_${g.by}`]}
            keyHeader={keyColumn(g, strings)}
            lines={g.lines.map((l) => ({
              key: keyText(g, l.key, strings),
              line: l,
              written: l.written,
              // Adds up, and (where the run recorded it) is what the run wrote.
              ok: l.addsUp && (l.written === undefined || l.written === null || l.asWritten === true),
            }))}
            footer={{
              key: strings.pubSum,
              line: g.sum,
              written: reconciliation.recorded?.net ?? null,
              ok: g.matches && (reconciliation.recorded?.agrees.net ?? true),
            }}
          />
        </React.Fragment>
      ))}
    </>
  );
}

/** "2026-01 – 2026-03", "2026-02", in order. */
const periodsText = (periods: readonly string[]): string =>
  periods.length <= 1 ? (periods[0] ?? "") : `${periods[0]} – ${periods[periods.length - 1]}`;

/** Ledger + open periods = recomputed: the month-end check, four rows and one mark. */
export function LedgerReconView({ ledger }: { ledger: LedgerReconciliation }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...usePublishStyles() };
  const format = useFormat();
  const row = (label: string, value: number | null, mark?: boolean, sum?: boolean) => (
    <TableRow key={label} className={sum ? styles.sumRow : undefined}>
      <TableCell className={mergeClasses(styles.cell, styles.key)}>{label}</TableCell>
      <TableCell className={mergeClasses(styles.cell, styles.cellNumber, styles.amount)}>
        {format(value, 2, 2)}
      </TableCell>
      <TableCell className={mergeClasses(styles.cell, styles.mark)}>
        {mark !== undefined && <Mark ok={mark} />}
      </TableCell>
    </TableRow>
  );
  return (
    <>
      <Text weight="semibold">{strings.pubLedgerTitle}</Text>
      <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>{strings.pubLedgerIntro}</Caption1>
      <Table size="extra-small" className={styles.table} aria-label={strings.pubLedgerLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell} />
            <AmountHeader>{strings.pubColAmount}</AmountHeader>
            <CheckHeader />
          </TableRow>
        </TableHeader>
        <TableBody>
          {row(fill(strings.pubLedgerBooked, { periods: periodsText(ledger.closed) }), ledger.ledger)}
          {row(
            ledger.open.length > 0
              ? fill(strings.pubLedgerOpen, { periods: periodsText(ledger.open) })
              : strings.pubLedgerNoOpen,
            ledger.payouts,
          )}
          {row(strings.pubLedgerSum, ledger.sum, undefined, true)}
          {row(
            strings.pubLedgerRecomputed,
            ledger.recomputed,
            ledger.recomputed === null ? undefined : ledger.matches,
            true,
          )}
        </TableBody>
      </Table>
      {ledger.why && (
        <Caption1 className={mergeClasses(styles.bad, styles.wrap)}>
          {fill(strings.pubLedgerNoRecompute, { reason: pick(ledger.why, strings) })}
        </Caption1>
      )}
    </>
  );
}
