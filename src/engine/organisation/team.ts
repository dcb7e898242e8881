/**
 * Reporting lines: who reports to whom (Reps Manager holds the manager's RepID or name), the
 * whole team under each manager (directly or through others), and team sums of a measure's
 * actuals and targets. A loop in the lines stops the run, naming the reps in it.
 */
import { fail } from "../../kernel/errors";
import { organisationMessages } from "./messages";

export interface ReportingRep {
  readonly id: string;
  readonly name?: string;
  /** The manager's RepID or name; blank or someone not in Reps: the rep reports to no one here. */
  readonly manager?: string | null;
}

/** The RepID a written manager (a RepID or a rep's name) stands for; undefined for no rep. */
export function managerResolver(
  reps: readonly ReportingRep[],
): (written: string | null | undefined) => string | undefined {
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const r of reps) byId.set(r.id.trim().toLowerCase(), r.id);
  for (const r of reps) if (r.name) byName.set(r.name.trim().toLowerCase(), r.id);
  return (written) => {
    const key = (written ?? "").trim().toLowerCase();
    return key ? (byId.get(key) ?? byName.get(key)) : undefined;
  };
}

/** Each rep's manager (a RepID), for reps whose manager is a rep; checked for loops. */
export function reportingLines(reps: readonly ReportingRep[]): Map<string, string> {
  const resolve = managerResolver(reps);
  const managerOf = new Map<string, string>();
  for (const r of reps) {
    const manager = resolve(r.manager);
    if (manager !== undefined) managerOf.set(r.id, manager);
  }
  // Walk up from each rep; meeting a rep of the same walk again is a loop.
  const done = new Set<string>();
  for (const r of reps) {
    const walk: string[] = [];
    const onWalk = new Map<string, number>();
    let at: string | undefined = r.id;
    while (at !== undefined && !done.has(at)) {
      const seen = onWalk.get(at);
      if (seen !== undefined)
        fail(organisationMessages.reportingLoop, { reps: walk.slice(seen).join(" -> ") });
      onWalk.set(at, walk.length);
      walk.push(at);
      at = managerOf.get(at);
    }
    for (const id of walk) done.add(id);
  }
  return managerOf;
}

/** Everyone under each manager, directly or not (managers with nobody under them are absent). */
export function teamsOf(managerOf: ReadonlyMap<string, string>): Map<string, string[]> {
  const teams = new Map<string, string[]>();
  for (const rep of managerOf.keys()) {
    for (let boss = managerOf.get(rep); boss !== undefined; boss = managerOf.get(boss)) {
      const team = teams.get(boss);
      if (team) team.push(rep);
      else teams.set(boss, [rep]);
    }
  }
  return teams;
}

export interface Amount {
  readonly repId: string;
  readonly period: string;
  readonly amount: number;
}

/**
 * A team measure's amounts: for each manager and month, the sum of the amounts of everyone under
 * them (not their own), in the team measure's name. Months with nothing under a manager are left out.
 */
export function teamAmounts(
  managerOf: ReadonlyMap<string, string>,
  amounts: readonly Amount[],
  measure: string,
  /**
   * Where the lines change during the year: the lines of a month, and, for a rep whose manager
   * changes during it, the managers their amount goes to first with each one's share (a transfer
   * on the 16th splits it by days); null: the month's own line.
   */
  inForce?: {
    readonly lines: (period: string) => ReadonlyMap<string, string>;
    readonly first: (
      repId: string,
      period: string,
    ) => readonly (readonly [string | undefined, number])[] | null;
  },
  /** A member's amount in a manager's currency (members paid in another currency); absent: as is. */
  convert?: (amount: number, repId: string, manager: string, period: string) => number,
): { repId: string; period: string; measure: string; amount: number }[] {
  const sums = new Map<string, { repId: string; period: string; measure: string; amount: number }>();
  const add = (boss: string, period: string, own: number, repId: string) => {
    const amount = convert ? convert(own, repId, boss, period) : own;
    const key = `${boss}\u0001${period}`;
    const sum = sums.get(key);
    if (sum) sum.amount += amount;
    else sums.set(key, { repId: boss, period, measure, amount });
  };
  for (const a of amounts) {
    if (inForce) {
      const lines = inForce.lines(a.period);
      const firsts = inForce.first(a.repId, a.period) ?? [[lines.get(a.repId), 1] as const];
      for (const [manager, share] of firsts)
        for (let boss = manager; boss !== undefined; boss = lines.get(boss))
          add(boss, a.period, a.amount * share, a.repId);
      continue;
    }
    for (let boss = managerOf.get(a.repId); boss !== undefined; boss = managerOf.get(boss))
      add(boss, a.period, a.amount, a.repId);
  }
  return [...sums.values()];
}
