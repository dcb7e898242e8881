/**
 * A realistic sample company from a seed: 6 regions, about 60 reps (a few joiners this year and
 * one leaver), 3 product lines, two years of monthly history with seasonality, year-to-date
 * actuals (revenue by product, collection, new logos) and monthly activity KPIs.
 */
import { monthKey, serialOf } from "../../kernel/calendar";
import { Random } from "../random";

export interface DemoOptions {
  readonly seed: number;
  /** The plan year; history covers the two years before it. */
  readonly year: number;
  /** Actuals and activities run from January to this month. */
  readonly asOfMonth: number;
  /** How many reps (default about 60); larger companies, for the benchmark, keep the six regions' proportions. */
  readonly reps?: number;
}

export const defaultDemoOptions: DemoOptions = { seed: 2026, year: 2026, asOfMonth: 6 };

export interface DemoRep {
  readonly RepID: string;
  readonly Name: string;
  readonly Region: string;
  readonly Manager: string;
  /** Excel date serials. */
  readonly HireDate: number;
  readonly EndDate: number | null;
  readonly TargetIncentive: number;
  readonly LastYearSales: number | null;
  readonly Potential: number;
}

export interface DemoCompany {
  readonly options: DemoOptions;
  readonly products: readonly { readonly product: string; readonly weight: number }[];
  readonly regions: readonly { readonly Region: string; readonly Target: number }[];
  readonly reps: readonly DemoRep[];
  readonly history: readonly {
    readonly RepID: string;
    readonly Region: string;
    readonly Period: string;
    readonly Amount: number;
  }[];
  readonly actuals: readonly {
    readonly RepID: string;
    readonly Period: string;
    readonly Measure: string;
    readonly Amount: number;
    readonly Product: string | null;
  }[];
  readonly activities: readonly {
    readonly RepID: string;
    readonly Period: string;
    readonly Visits: number;
    readonly Calls: number;
    readonly Proposals: number;
    readonly ProposalQuality: number;
    readonly CollectionRate: number;
  }[];
}

const REGIONS: readonly { name: string; reps: number; size: number; growth: number }[] = [
  { name: "华东", reps: 12, size: 1.25, growth: 1.12 },
  { name: "华北", reps: 11, size: 1.1, growth: 1.1 },
  { name: "华南", reps: 11, size: 1.15, growth: 1.14 },
  { name: "华中", reps: 9, size: 0.9, growth: 1.08 },
  { name: "西南", reps: 9, size: 0.85, growth: 1.15 },
  { name: "东北", reps: 8, size: 0.75, growth: 1.05 },
];

const PRODUCTS = [
  { product: "Cloud", weight: 0.5 },
  { product: "Devices", weight: 0.3 },
  { product: "Services", weight: 0.2 },
];

/** January..December: Spring Festival dip, year-end push. */
const SEASON = [0.85, 0.62, 0.98, 1.0, 1.02, 1.08, 0.94, 0.9, 1.04, 1.0, 1.12, 1.45];

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "徐",
  "孙",
  "胡",
  "朱",
  "高",
  "林",
  "何",
  "郭",
  "马",
  "罗",
];
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "磊",
  "强",
  "洋",
  "艳",
  "勇",
  "军",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀兰",
  "霞",
  "平",
  "刚",
  "婷",
  "浩然",
  "子涵",
  "欣怡",
  "宇航",
  "思远",
  "佳怡",
  "俊杰",
];

const month = (year: number, m: number): string => monthKey({ year, month: m });

/**
 * Managers are reps, so a manager plan can pay on their teams (PRODUCT.md "Organisations"): each
 * region's longest-serving rep (before the year, not leaving) leads it and the region's others
 * report to them by name; the leads report to the first region's lead, who heads sales and reports
 * to the director the region was generated with (not a rep). A region without such a rep keeps its
 * generated manager.
 */
function withLeads(reps: readonly DemoRep[], year: number): DemoRep[] {
  const start = serialOf(year, 1, 1);
  const leads = new Map<string, DemoRep>();
  for (const r of reps) {
    const lead = leads.get(r.Region);
    if (r.EndDate === null && r.HireDate < start && (!lead || r.HireDate < lead.HireDate))
      leads.set(r.Region, r);
  }
  const head = reps.length > 0 ? leads.get(reps[0].Region) : undefined;
  return reps.map((r) => {
    const lead = leads.get(r.Region);
    if (!lead || !head || r === head) return r;
    return { ...r, Manager: r === lead ? head.Name : lead.Name };
  });
}

/** Share of a month a rep was employed, and the ramp of a joiner's first months. */
function presence(rep: DemoRep, year: number, m: number): number {
  const start = serialOf(year, m, 1);
  const end = serialOf(year, m + 1, 1) - 1;
  const from = Math.max(start, rep.HireDate);
  const to = Math.min(end, rep.EndDate ?? end);
  if (to < from) return 0;
  const share = (to - from + 1) / (end - start + 1);
  const tenureMonths = (start - rep.HireDate) / 30.4;
  // New hires sell slowly at first: a little under the quota ramp, as most do.
  const ramp = [0.15, 0.35, 0.55, 0.75, 0.9][Math.max(0, Math.floor(tenureMonths) + 1)] ?? 1;
  return share * ramp;
}

/** A region's rep count scaled to a company of `total` reps (the six regions hold 60 by default). */
function regionReps(reps: number, total: number | undefined): number {
  const standard = REGIONS.reduce((s, r) => s + r.reps, 0);
  return total === undefined ? reps : Math.max(1, Math.round((reps * total) / standard));
}

export function generateCompany(options: DemoOptions = defaultDemoOptions): DemoCompany {
  const rnd = new Random(options.seed);
  const { year, asOfMonth } = options;
  const reps: DemoRep[] = [];
  const base = new Map<string, number>();
  const skill = new Map<string, number>();
  const names = new Set<string>();
  const newName = (): string => {
    // Past a few hundred the 560 name combinations run out: number them instead.
    if (names.size >= 400) {
      const name = `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN)}${names.size + 1}`;
      names.add(name);
      return name;
    }
    for (;;) {
      const name = rnd.pick(SURNAMES) + rnd.pick(GIVEN);
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };

  // Joiners this year and one leaver, at fixed places so every seed tells the same story.
  const joinerDates = [
    serialOf(year, 2, 1),
    serialOf(year, 3, 16),
    serialOf(year, 4, 1),
    serialOf(year, 5, 11),
  ];
  const joinerSlots = new Set([7, 19, 33, 48]);
  const leaverSlot = 25;
  let slot = 0;
  for (const region of REGIONS) {
    const manager = newName();
    for (let i = 0; i < regionReps(region.reps, options.reps); i++, slot++) {
      const id = `R${String(slot + 1).padStart(3, "0")}`;
      const joiner = joinerSlots.has(slot);
      const hireDate = joiner
        ? joinerDates[[...joinerSlots].indexOf(slot)]
        : slot % 9 === 4
          ? serialOf(year - 1 - (slot % 2), rnd.int(1, 3), 1)
          : serialOf(rnd.int(2014, year - 3), rnd.int(1, 12), 1);
      const monthly = Math.round(region.size * rnd.between(70_000, 190_000));
      base.set(id, monthly);
      skill.set(id, rnd.noise(0.28));
      reps.push({
        RepID: id,
        Name: newName(),
        Region: region.name,
        Manager: manager,
        HireDate: hireDate,
        EndDate: slot === leaverSlot ? serialOf(year, 4, 30) : null,
        // The target incentive the collection curve pays on; revenue pays commission on the amount.
        TargetIncentive: 1800 * rnd.int(6, 16),
        LastYearSales: null,
        Potential: Math.round((monthly * 12 * rnd.between(1.15, 1.7)) / 10_000) * 10_000,
      });
    }
  }

  const history: DemoCompany["history"][number][] = [];
  const lastYear = new Map<string, number>();
  for (const rep of reps) {
    for (const y of [year - 2, year - 1]) {
      for (let m = 1; m <= 12; m++) {
        const share = presence(rep, y, m);
        if (share === 0) continue;
        const growth = y === year - 2 ? 0.93 : 1;
        const amount = Math.round(
          (base.get(rep.RepID) as number) * SEASON[m - 1] * growth * share * rnd.noise(0.18),
        );
        history.push({ RepID: rep.RepID, Region: rep.Region, Period: month(y, m), Amount: amount });
        if (y === year - 1) lastYear.set(rep.RepID, (lastYear.get(rep.RepID) ?? 0) + amount);
      }
    }
  }
  const withHistory = withLeads(reps, year).map((r) => ({
    ...r,
    LastYearSales: lastYear.get(r.RepID) ?? null,
  }));

  const regions = REGIONS.map((region) => {
    const sales = withHistory
      .filter((r) => r.Region === region.name)
      .reduce((s, r) => s + (r.LastYearSales ?? 0), 0);
    // Room for this year's joiners on top of last year's base and the region's growth.
    const joiners = withHistory.filter((r) => r.Region === region.name && r.LastYearSales === null).length;
    const target = sales * region.growth + joiners * 600_000;
    return { Region: region.name, Target: Math.round(target / 100_000) * 100_000 };
  });

  const actuals: DemoCompany["actuals"][number][] = [];
  const activities: DemoCompany["activities"][number][] = [];
  for (const rep of withHistory) {
    for (let m = 1; m <= asOfMonth; m++) {
      const share = presence(rep, year, m);
      if (share === 0) continue;
      const period = month(year, m);
      const perform = (skill.get(rep.RepID) as number) * rnd.noise(0.22);
      const revenue = (base.get(rep.RepID) as number) * SEASON[m - 1] * 1.1 * share * perform;
      let booked = 0;
      for (const p of PRODUCTS) {
        const amount = Math.round(revenue * p.weight * rnd.noise(0.3));
        booked += amount;
        actuals.push({
          RepID: rep.RepID,
          Period: period,
          Measure: "Revenue",
          Amount: amount,
          Product: p.product,
        });
      }
      const rate = Math.min(1.05, Math.max(0.55, rnd.noise(0.12) * (0.86 + 0.06 * perform)));
      const collected = Math.round(booked * rate);
      actuals.push({
        RepID: rep.RepID,
        Period: period,
        Measure: "Collection",
        Amount: collected,
        Product: null,
      });
      const logos = rnd.next() < 0.18 * perform ? rnd.int(1, 2) : 0;
      if (logos > 0)
        actuals.push({ RepID: rep.RepID, Period: period, Measure: "NewLogos", Amount: logos, Product: null });
      activities.push({
        RepID: rep.RepID,
        Period: period,
        Visits: Math.round(22 * share * perform * rnd.noise(0.3)),
        Calls: Math.round(70 * share * rnd.noise(0.35)),
        Proposals: Math.max(0, Math.round(6 * share * perform * rnd.noise(0.4))),
        ProposalQuality:
          Math.round(Math.min(5, Math.max(1.5, 3.6 * rnd.noise(0.25) * (0.8 + 0.2 * perform))) * 10) / 10,
        CollectionRate: Math.round((booked > 0 ? collected / booked : 0) * 1000) / 1000,
      });
    }
  }
  return { options, products: PRODUCTS, regions, reps: withHistory, history, actuals, activities };
}
