import type { KpiActuals, KpiTarget, ScorecardPlan, ScorecardRep } from "../../../src/engine/scorecards";

/**
 * A four-rep team with three process and two result KPIs, 40/60 between the groups, a 120% cap
 * and a collection-rate gate at 80%. The expected figures in the tests are worked by hand from
 * these numbers (see the comments there).
 */
export const plan: ScorecardPlan = {
  kpis: [
    { name: "Visits", kind: "process", weight: 2 },
    { name: "Calls", kind: "process", weight: 1 },
    { name: "ProposalQuality", kind: "process", weight: 1 },
    { name: "Revenue", kind: "result", weight: 3 },
    { name: "CollectionRate", kind: "result", weight: 1, gate: 0.8 },
  ],
  groupWeights: { process: 40, result: 60 },
};

export const reps: ScorecardRep[] = [
  { rep: "R1", name: "Alice", region: "North", team: "T1" },
  { rep: "R2", name: "Bob", region: "North", team: "T1" },
  { rep: "R3", name: "Chen", region: "South", team: "T1" },
  { rep: "R4", name: "Dana", region: "South", team: "T1", role: "AE" },
];

export const targets: KpiTarget[] = [
  { kpi: "Visits", target: 20 },
  { kpi: "Visits", role: "AE", target: 16 },
  { kpi: "Calls", target: 50 },
  { kpi: "ProposalQuality", target: 4 },
  { kpi: "Revenue", rep: "R1", target: 100000 },
  { kpi: "Revenue", rep: "R2", target: 80000 },
  { kpi: "Revenue", rep: "R3", target: 100000 },
  { kpi: "Revenue", rep: "R4", target: 50000 },
  { kpi: "CollectionRate", target: 0.9 },
];

export const march: KpiActuals[] = [
  {
    rep: "R1",
    period: "2026-03",
    values: { Visits: 24, Calls: 50, ProposalQuality: 5, Revenue: 130000, CollectionRate: 0.9 },
  },
  {
    rep: "R2",
    period: "2026-03",
    values: { Visits: 10, Calls: 40, ProposalQuality: 3, Revenue: 80000, CollectionRate: 0.81 },
  },
  {
    rep: "R3",
    period: "2026-03",
    values: { Visits: 20, Calls: 60, ProposalQuality: 4, Revenue: 110000, CollectionRate: 0.72 },
  },
  {
    rep: "R4",
    period: "2026-03",
    values: { Visits: 16, Calls: 45, ProposalQuality: 4.4, Revenue: 50000, CollectionRate: 0.99 },
  },
];

/** Bob met every target exactly in February: every achievement 1, score 100. */
export const february: KpiActuals[] = [
  {
    rep: "R2",
    period: "2026-02",
    values: { Visits: 20, Calls: 50, ProposalQuality: 4, Revenue: 80000, CollectionRate: 0.9 },
  },
];
