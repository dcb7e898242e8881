/**
 * Each rep's plan letter as a printable sheet model any host can render: their targets by month,
 * the plan's rules in words, example payouts for the year at 80%, 100% and 120% of target computed
 * by the payout engine for that rep (their targets, target incentive, hire and leave dates), and
 * the acknowledgement lines. Each model holds one rep's figures only.
 */
import { monthKey, serialOf } from "../kernel/calendar";
import { SalesPlanError } from "../kernel/errors";
import {
  annualIncentiveOf,
  computePayouts,
  measureKey,
  type MeasureAmount,
  type Plan,
  type Rep,
} from "../engine/incentives";
import { formatMessage, type Locale, type MessageTable } from "../kernel/messages";
import { fromCents, toCents } from "../kernel/money";
import type { WorkbookHost } from "../workbook/host";
import { repsSpec } from "../workbook/inputs";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean, type Mappings } from "./inputs";
import { num, text } from "./job";
import { readRepExtras } from "./ledger";
import { letterText, type LetterKey } from "./letterText";
import { planRules } from "./letterRules";
import { assembleTargets, measureTargetsSpec } from "./measureTargets";
import { salesTargetsSpec } from "./payouts";
import { plansFromTables, planSpec, planTiersSpec } from "./plan";
import { assignmentBook, planAssignmentsSpec } from "./assignments";
import { hasTeamMeasures, targetsPlan, withTeams } from "./organisation";
import { scenarioAmounts } from "./modelScenario";
import { planYear } from "./screen";

export const letterMessages = {
  noPlan: {
    en: "No incentive plan in this workbook (SalesPlan table): save a plan before writing plan letters",
    zh: "此工作簿中没有奖金方案（SalesPlan 表）：请先保存方案，再生成奖金方案确认书",
  },
  noReps: {
    en: "No reps in this workbook (Reps table): no plan letters to write",
    zh: "此工作簿中没有销售代表（Reps 表）：无奖金方案确认书可写",
  },
  noLetterFor: {
    en: "No plan letter for rep '{rep}': not in Reps, or left before {year}",
    zh: "无法为销售代表“{rep}”生成奖金方案确认书：不在 Reps 表中，或在 {year} 年之前已离职",
  },
  noSheetWrite: {
    en: "This workbook cannot take a {sheet} sheet here: write letter files with salesplan letters instead",
    zh: "此处无法在工作簿中写入 {sheet} 工作表：请改用 salesplan letters 生成确认书文件",
  },
} as const satisfies MessageTable;

/** The attainments the letter shows example payouts at. */
export const EXAMPLE_ATTAINMENTS = [0.8, 1, 1.2] as const;

export interface LetterExample {
  readonly attainment: number;
  /** Each plan measure's pay for the year, after its own threshold and caps. */
  readonly measures: readonly { readonly measure: string; readonly amount: number }[];
  /** What the plan adds or takes on top of the measures: draw top-ups, the plan cap, proration. */
  readonly adjustments: number;
  /** What the year pays in all, to the cent: the sum of the engine's rep totals. */
  readonly paid: number;
  /** Draw the rep owes after the last period. */
  readonly drawOwed: number;
}

/**
 * The year's payouts for one rep if every measure reaches `attainment` of its target every month:
 * the engine's own run over the rep's targets. Gate measures the plan does not pay on are taken at
 * the same attainment (a gate on an actual value, e.g. a rate, as just met); no SPIFF units.
 */
export function examplePayouts(
  plan: Plan,
  rep: Rep,
  targets: readonly MeasureAmount[],
  attainment: number,
  language: Locale = "en",
): LetterExample {
  const own = targets.filter((t) => t.repId === rep.id);
  const amounts = scenarioAmounts(plan, own, () => attainment);
  const result = computePayouts({
    plan,
    reps: [{ ...rep, drawBalance: 0 }],
    targets: amounts.targets,
    actuals: amounts.actuals,
    language,
  });
  const byMeasure = new Map(plan.measures.map((m) => [measureKey(m.name), 0n]));
  let paid = 0n;
  let drawOwed = 0;
  for (const row of result.rows) {
    if (row.kind === "total") {
      paid += toCents(row.net);
      drawOwed = row.drawBalance;
      continue;
    }
    const key = measureKey(row.measure);
    if (byMeasure.has(key)) byMeasure.set(key, byMeasure.get(key)! + toCents(row.net));
  }
  const measures = plan.measures.map((m) => ({
    measure: m.name,
    amount: fromCents(byMeasure.get(measureKey(m.name)) ?? 0n),
  }));
  const earned = [...byMeasure.values()].reduce((s, c) => s + c, 0n);
  return { attainment, measures, adjustments: fromCents(paid - earned), paid: fromCents(paid), drawOwed };
}

export type LetterRowKind = "title" | "field" | "heading" | "header" | "line" | "total" | "text" | "sign";

/** One printed row: cells from column A, money as numbers; "text" rows span the page and wrap. */
export interface LetterRow {
  readonly kind: LetterRowKind;
  readonly cells: readonly (string | number | null)[];
}

export interface Letter {
  readonly repId: string;
  readonly name: string;
  readonly language: Locale;
  readonly sheet: string;
  /** "FY2026 Field Sales 1.0". */
  readonly plan: string;
  readonly version: string;
  readonly year: number;
  /** Columns the rows use (at least 4: a label and the three examples). */
  readonly columns: number;
  readonly rows: readonly LetterRow[];
  readonly examples: readonly LetterExample[];
}

export interface LetterOptions {
  /** The language of reps without a Language in Reps. */
  readonly lang: Locale;
  readonly now: Date;
  readonly mappings?: Mappings;
  /** The plan year; absent: the year most SalesTargets rows fall in. */
  readonly year?: number;
}

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);

function letterOf(
  plan: Plan,
  rep: Rep & { region: string },
  /** The rep's own targets. */
  own: readonly MeasureAmount[],
  ctx: { year: number; language: Locale; currency: string; issued: string },
): Letter {
  const { year, language } = ctx;
  const t = (key: LetterKey, p: Record<string, string | number> = {}) =>
    formatMessage(letterText[key][language], p);
  const planName = `${plan.name} ${plan.version}`.trim();
  const columns = Math.max(4, 1 + plan.measures.length);
  const incentive = annualIncentiveOf(rep, plan);
  const rows: LetterRow[] = [
    { kind: "title", cells: [t("title", { year })] },
    { kind: "field", cells: [t("rep"), `${rep.id} ${rep.name ?? ""}`.trim()] },
    { kind: "field", cells: [t("region"), rep.region || null] },
    { kind: "field", cells: [t("plan"), planName] },
    { kind: "field", cells: [t("currency"), ctx.currency || null] },
  ];
  if (incentive !== null) rows.push({ kind: "field", cells: [t("targetIncentive"), incentive] });
  rows.push({ kind: "field", cells: [t("issued"), ctx.issued] });

  // Targets by month: one column per plan measure.
  rows.push({ kind: "heading", cells: [t("targets")] });
  const months = [...new Set(own.map((x) => x.period))].sort();
  if (months.length === 0) rows.push({ kind: "text", cells: [t("noTargets", { year })] });
  else {
    rows.push({ kind: "header", cells: [t("month"), ...plan.measures.map((m) => m.name)] });
    const target = (period: string, m: string) =>
      own.find((x) => x.period === period && measureKey(x.measure) === measureKey(m))?.amount ?? null;
    for (const period of months)
      rows.push({ kind: "line", cells: [period, ...plan.measures.map((m) => target(period, m.name))] });
    rows.push({
      kind: "total",
      cells: [
        t("total"),
        ...plan.measures.map((m) =>
          fromCents(months.reduce((s, p) => s + toCents(target(p, m.name) ?? 0), 0n)),
        ),
      ],
    });
  }

  rows.push({ kind: "heading", cells: [t("rules")] });
  for (const sentence of planRules(plan, language)) rows.push({ kind: "text", cells: [sentence] });

  const examples = months.length
    ? EXAMPLE_ATTAINMENTS.map((a) => examplePayouts(plan, rep, own, a, language))
    : [];
  if (examples.length > 0) {
    rows.push({ kind: "heading", cells: [t("examples")] });
    rows.push({ kind: "text", cells: [t("examplesNote", { year })] });
    rows.push({
      kind: "header",
      cells: [
        t("line"),
        ...examples.map((e) => t("ofTarget", { value: `${Math.round(e.attainment * 100)}%` })),
      ],
    });
    plan.measures.forEach((m, i) =>
      rows.push({ kind: "line", cells: [m.name, ...examples.map((e) => e.measures[i].amount)] }),
    );
    rows.push({ kind: "line", cells: [t("adjustments"), ...examples.map((e) => e.adjustments)] });
    rows.push({ kind: "total", cells: [t("paid"), ...examples.map((e) => e.paid)] });
    if (plan.draw) rows.push({ kind: "line", cells: [t("drawOwed"), ...examples.map((e) => e.drawOwed)] });
  }

  rows.push({ kind: "heading", cells: [t("acknowledgement")] });
  rows.push({ kind: "text", cells: [t("acknowledge", { plan: planName })] });
  rows.push({ kind: "sign", cells: [t("signature")] });
  rows.push({ kind: "sign", cells: [t("name"), rep.name ?? null] });
  rows.push({ kind: "sign", cells: [t("date")] });
  return {
    repId: rep.id,
    name: rep.name ?? "",
    language,
    sheet: letterText.sheet[language],
    plan: planName,
    version: plan.version,
    year,
    columns,
    rows,
    examples,
  };
}

/**
 * What every letter reads: the saved plans, Reps (but those who left before the plan year), the
 * year, and each rep's plan: with several plans and PlanAssignments, the plan of the rep's last
 * assignment in the plan year (where a transfer leaves them); else SalesPlan's (first) plan.
 */
async function letterInputs(host: WorkbookHost, options: LetterOptions) {
  const mappings = options.mappings ?? {};
  const planTable = await host.readTable(planSpec);
  const plans = found(planTable) ? plansFromTables(planTable, await host.readTable(planTiersSpec)) : null;
  const plan = plans?.[0] ?? null;
  if (!plans || !plan) throw new SalesPlanError(letterMessages.noPlan);
  const reps = requireClean(await host.readTable(repsSpec, mappings.Reps ?? {}), "Reps");
  if (reps.rows.length === 0) throw new SalesPlanError(letterMessages.noReps);
  const salesTargets = await host.readTable(salesTargetsSpec);
  const year =
    options.year ?? planYear(found(salesTargets) ? salesTargets : undefined, options.now.getUTCFullYear());
  // A rep who left before the plan year began has no plan to be told about.
  const yearStart = serialOf(year, 1, 1);
  const current = reps.rows.filter((r) => (num(r.values.EndDate) ?? yearStart) >= yearStart);
  const book =
    plans.length > 1
      ? assignmentBook(
          await host.readTable(planAssignmentsSpec),
          reps,
          plans.map((p) => p.name),
        )
      : null;
  const byName = new Map(plans.map((p) => [p.name.trim().toLowerCase(), p]));
  const planOf = (repId: string): Plan => {
    const stints = book?.within(repId, yearStart, serialOf(year + 1, 1, 1) - 1) ?? [];
    const last = stints[stints.length - 1];
    return (last && byName.get(last.assignment.plan.trim().toLowerCase())) ?? plan;
  };
  return { mappings, plan, planOf, book, reps, current, salesTargets, year };
}

/** The reps a letter can be written for (Reps' order) and the plan, for the pane's picker. */
export async function letterReps(
  host: WorkbookHost,
  options: LetterOptions,
): Promise<{ plan: Plan; year: number; reps: ParsedTable; current: { id: string; name: string }[] }> {
  const { plan, reps, current, year } = await letterInputs(host, options);
  return {
    plan,
    year,
    reps,
    current: current.map((r) => ({ id: text(r.values.RepID), name: text(r.values.Name) })),
  };
}

/**
 * One letter per rep in Reps, in Reps' order and each rep's language; with `repId`, that rep's
 * only (none when the rep is not in Reps or left before the plan year).
 */
export async function buildLetters(
  host: WorkbookHost,
  options: LetterOptions & { readonly repId?: string },
): Promise<Letter[]> {
  const { mappings, planOf, book, reps, current, salesTargets, year } = await letterInputs(host, options);
  const chosen =
    options.repId === undefined ? current : current.filter((r) => text(r.values.RepID) === options.repId);
  const measureTargets = await host.readTable(measureTargetsSpec);
  const months = Array.from({ length: 12 }, (_, i) => monthKey({ year, month: i + 1 }));
  // Each plan's targets, as its payouts assemble them: a team measure's summed over the team.
  const targetsByPlan = new Map<Plan, Map<string, MeasureAmount[]>>();
  const targetsOf = (plan: Plan): Map<string, MeasureAmount[]> => {
    const known = targetsByPlan.get(plan);
    if (known) return known;
    const { targets: own } = assembleTargets(
      targetsPlan(plan),
      {},
      { reps, salesTargets, measureTargets },
      months,
    );
    const targets = hasTeamMeasures(plan) ? withTeams(plan, reps, [], own, book).targets : own;
    const byRep = new Map<string, MeasureAmount[]>();
    for (const x of targets) {
      const list = byRep.get(x.repId);
      if (list) list.push(x);
      else byRep.set(x.repId, [x]);
    }
    targetsByPlan.set(plan, byRep);
    return byRep;
  };
  const info = await readRepExtras(host, mappings);
  const issued = options.now.toISOString().slice(0, 10);
  return chosen.map((r) => {
    const id = text(r.values.RepID);
    const rep = {
      id,
      name: text(r.values.Name),
      region: text(r.values.Region),
      ...(text(r.values.Role) ? { role: text(r.values.Role) } : {}),
      targetIncentive: num(r.values.TargetIncentive),
      hireDate: num(r.values.HireDate),
      endDate: num(r.values.EndDate),
    };
    const extra = info.get(id);
    const plan = planOf(id);
    return letterOf(plan, rep, targetsOf(plan).get(id) ?? [], {
      year,
      language: extra?.language ?? options.lang,
      currency: extra?.currency || plan.currency,
      issued,
    });
  });
}
