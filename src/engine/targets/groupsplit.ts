import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { toScaledUnits } from "../../kernel/money";
import { checkDecimals, prepareWeights, splitUnits, unitsToNumbers } from "./apportion";
import { targetMessages } from "./messages";

/** Group names match as Excel's lookups do: ignoring case and surrounding spaces. */
export function groupKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * SALES.GROUPSPLIT: each group's total split across that group's members by weight, with the
 * largest-remainder method, so each group's members add up exactly to ROUND(total, decimals).
 * Returns one value per member, in member order. Members with a blank or 0 weight get 0.
 */
export function groupSplitCore(
  groupTotals: ReadonlyArray<readonly [string, number]>,
  memberGroups: ReadonlyArray<string | null>,
  memberWeights: ReadonlyArray<number | null>,
  decimals = 0,
): number[] {
  checkDecimals(decimals);
  const members = memberGroups.length;
  if (memberWeights.length !== members) {
    fail(commonMessages.shapeMismatch, {
      arg: "member_weights",
      other: "member_groups",
      expected: `${members} rows`,
      actual: `${memberWeights.length} rows`,
    });
  }
  const groups = new Map<string, number>();
  groupTotals.forEach(([name, total], r) => {
    const at = { row: r, column: 0, rows: groupTotals.length, columns: 2 };
    if (name.trim() === "") fail(commonMessages.blank, { arg: "group_totals" }, { at });
    const key = groupKey(name);
    if (groups.has(key)) fail(targetMessages.duplicateGroup, { arg: "group_totals", group: name }, { at });
    if (!Number.isFinite(total))
      fail(
        commonMessages.notFinite,
        { arg: "group_totals", value: String(total) },
        { at: { ...at, column: 1 } },
      );
    groups.set(key, r);
  });
  const byGroup: number[][] = groupTotals.map(() => []);
  memberGroups.forEach((name, i) => {
    const at = { row: i, column: 0, rows: members, columns: 1 };
    if (name === null || name.trim() === "") fail(commonMessages.blank, { arg: "member_groups" }, { at });
    const g = groups.get(groupKey(name));
    if (g === undefined) fail(targetMessages.unknownGroup, { arg: "member_groups", group: name }, { at });
    const w = memberWeights[i];
    if (w !== null && !Number.isFinite(w))
      fail(commonMessages.notFinite, { arg: "member_weights", value: String(w) }, { at });
    if (w !== null && w < 0) fail(commonMessages.negative, { arg: "member_weights", value: w }, { at });
    byGroup[g].push(i);
  });
  const result = new Array<number>(members).fill(0);
  groupTotals.forEach(([name, total], g) => {
    const units = toScaledUnits(total, decimals);
    const indices = byGroup[g];
    const weights = indices.map((i) => memberWeights[i]);
    if (!weights.some((w) => w !== null && w > 0)) {
      if (units === 0n) return;
      fail(
        targetMessages.groupWithoutWeight,
        { arg: "group_totals", group: name, total },
        { at: { row: g, column: 0, rows: groupTotals.length, columns: 1 } },
      );
    }
    const parts = unitsToNumbers(
      splitUnits(units, prepareWeights(weights, { arg: "member_weights" })),
      decimals,
    );
    indices.forEach((i, j) => (result[i] = parts[j]));
  });
  return result;
}
