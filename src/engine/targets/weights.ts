import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { targetMessages } from "./messages";

/** What a planner splits by. */
export type BasisName = "history" | "potential" | "headcount" | "equal";

/**
 * One basis, or a blend of several with their weights, e.g. { history: 0.6, potential: 0.4 }.
 * Each part is normalised to shares before blending, so a basis measured in larger numbers
 * (potential is often 5x sales) does not outweigh the others.
 */
export type Basis = BasisName | Readonly<Partial<Record<BasisName, number>>>;

/** The fields a basis reads; blank (null/undefined) counts as 0, headcount defaults to 1. */
export interface BasisMember {
  readonly lastYearSales?: number | null;
  readonly potential?: number | null;
  readonly headcount?: number | null;
}

/** The column each basis reads, as the tables name it, for messages. */
const COLUMN: Record<BasisName, string> = {
  history: "LastYearSales",
  potential: "Potential",
  headcount: "Headcount",
  equal: "",
};

function basisValue(member: BasisMember, name: BasisName): number | null {
  switch (name) {
    case "history":
      return member.lastYearSales ?? null;
    case "potential":
      return member.potential ?? null;
    case "headcount":
      return member.headcount ?? 1;
    case "equal":
      return 1;
  }
}

/** The parts of a basis with their blend weights, checked. */
export function basisParts(basis: Basis): [BasisName, number][] {
  const parts: [BasisName, number][] =
    typeof basis === "string"
      ? [[basis, 1]]
      : (Object.entries(basis) as [BasisName, number][]).filter(([, f]) => f !== undefined);
  for (const [name, f] of parts) {
    if (!(name in COLUMN))
      fail(commonMessages.unknownOption, {
        arg: "basis",
        value: name,
        expected: Object.keys(COLUMN).join(", "),
      });
    if (!Number.isFinite(f) || f < 0) fail(commonMessages.negative, { arg: `basis.${name}`, value: f });
  }
  if (!parts.some(([, f]) => f > 0)) fail(targetMessages.emptyBasis);
  return parts;
}

/** Where the members sit, so messages point at the user's table rows. */
export interface BasisSource {
  /** Table name in messages: "reps" gives "reps.LastYearSales". Default "reps". */
  readonly arg?: string;
  /** Each member's row in the table (from 0); default their position in `members`. */
  readonly rows?: readonly number[];
  /** Rows in the whole table. */
  readonly tableRows?: number;
  /** The group the members belong to (a region), named when all of them are 0. */
  readonly group?: string;
}

/**
 * One weight per member from a basis or a blend: sum over the parts of
 * blend weight * (member's value / all members' total of that value).
 */
export function basisWeights(
  members: readonly BasisMember[],
  basis: Basis,
  source: BasisSource = {},
): number[] {
  const arg = source.arg ?? "reps";
  const parts = basisParts(basis).filter(([, f]) => f > 0);
  const blendTotal = parts.reduce((s, [, f]) => s + f, 0);
  const weights = new Array<number>(members.length).fill(0);
  for (const [name, f] of parts) {
    const column = `${arg}.${COLUMN[name]}`;
    let total = 0;
    const values = members.map((m, i) => {
      const v = basisValue(m, name) ?? 0;
      const at = {
        row: source.rows?.[i] ?? i,
        column: 0,
        rows: source.tableRows ?? members.length,
        columns: 1,
      };
      if (!Number.isFinite(v)) fail(commonMessages.notFinite, { arg: column, value: String(v) }, { at });
      if (v < 0) fail(commonMessages.negative, { arg: column, value: v }, { at });
      total += v;
      return v;
    });
    if (total === 0) {
      if (source.group !== undefined) fail(targetMessages.groupAllZero, { arg: column, group: source.group });
      fail(targetMessages.allZeroWeights, { arg: column });
    }
    // A single basis needs no normalising (the split is scale-free), and its raw values split exactly.
    if (parts.length === 1) return values;
    values.forEach((v, i) => (weights[i] += (f / blendTotal) * (v / total)));
  }
  return weights;
}
