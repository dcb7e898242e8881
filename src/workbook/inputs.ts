/**
 * The input tables PRODUCT.md promises (Reps, Regions, Actuals, Activities): their columns,
 * the English and Chinese headers each column accepts, and what kind of value it holds.
 */

/** How a cell is parsed: dates become Excel serials, months become "2026-03". */
export type InputKind = "text" | "number" | "integer" | "ratio" | "date" | "month" | "boolean";

export interface InputColumnSpec {
  /** The key parsed rows use; also the canonical English header. */
  readonly key: string;
  /** Headers accepted for it, matched case-, width- and space-insensitively. */
  readonly aliases: readonly string[];
  readonly kind: InputKind;
  readonly required: boolean;
  /** Smallest allowed value for numbers (e.g. 0 for targets). */
  readonly min?: number;
  /** Each value must appear once (e.g. RepID in Reps). */
  readonly unique?: boolean;
}

export interface InputTableSpec {
  readonly name: string;
  readonly columns: readonly InputColumnSpec[];
  /** Every other non-empty header becomes a column of this kind (Activities: one per KPI). */
  readonly extra?: { readonly kind: InputKind; readonly known: readonly InputColumnSpec[] };
}

const repId = (unique: boolean): InputColumnSpec => ({
  key: "RepID",
  aliases: [
    "RepID",
    "Rep ID",
    "Rep",
    "Rep Code",
    "EmployeeID",
    "Employee ID",
    "工号",
    "员工编号",
    "销售代表编号",
  ],
  kind: "text",
  required: true,
  unique,
});

const period: InputColumnSpec = {
  key: "Period",
  aliases: ["Period", "Month", "期间", "月份"],
  kind: "month",
  required: true,
};

export const repsSpec: InputTableSpec = {
  name: "Reps",
  columns: [
    repId(true),
    { key: "Name", aliases: ["Name", "Rep Name", "姓名", "销售代表"], kind: "text", required: true },
    { key: "Region", aliases: ["Region", "区域", "大区"], kind: "text", required: true },
    { key: "Manager", aliases: ["Manager", "经理"], kind: "text", required: false },
    {
      key: "HireDate",
      aliases: ["HireDate", "Hire Date", "Start Date", "入职日期"],
      kind: "date",
      required: false,
    },
    {
      key: "EndDate",
      aliases: ["EndDate", "End Date", "Leave Date", "离职日期"],
      kind: "date",
      required: false,
    },
    // Optional incentive details: the role picks a plan's role incentive; a draw balance already
    // owed carries into this run's draw.
    { key: "Role", aliases: ["Role", "Position", "角色", "岗位"], kind: "text", required: false },
    {
      key: "DrawBalance",
      aliases: ["DrawBalance", "Draw Balance", "预支余额", "预付余额"],
      kind: "number",
      required: false,
      min: 0,
    },
    {
      key: "TargetIncentive",
      aliases: ["TargetIncentive", "Target Incentive", "目标奖金"],
      kind: "number",
      required: false,
      min: 0,
    },
    {
      key: "LastYearSales",
      aliases: ["LastYearSales", "Last Year Sales", "去年销售额"],
      kind: "number",
      required: false,
    },
    {
      key: "Potential",
      aliases: ["Potential", "Market Potential", "市场潜力"],
      kind: "number",
      required: false,
      min: 0,
    },
    // The RepID of the rep's mentor (the people side: mentoring coverage of newcomers).
    { key: "Mentor", aliases: ["Mentor", "导师", "带教导师"], kind: "text", required: false },
  ],
};

export const regionsSpec: InputTableSpec = {
  name: "Regions",
  columns: [
    { key: "Region", aliases: ["Region", "区域", "大区"], kind: "text", required: true, unique: true },
    { key: "Target", aliases: ["Target", "目标", "目标额"], kind: "number", required: true, min: 0 },
  ],
};

export const actualsSpec: InputTableSpec = {
  name: "Actuals",
  columns: [
    repId(false),
    period,
    { key: "Measure", aliases: ["Measure", "指标"], kind: "text", required: true },
    { key: "Amount", aliases: ["Amount", "Value", "金额"], kind: "number", required: true },
    { key: "Product", aliases: ["Product", "Product Line", "产品", "产品线"], kind: "text", required: false },
  ],
};

/** The process KPIs Activities commonly holds; any other header becomes a KPI under its own name. */
export const knownKpis: readonly InputColumnSpec[] = [
  { key: "Visits", aliases: ["Visits", "拜访量", "拜访次数"], kind: "number", required: false, min: 0 },
  { key: "Calls", aliases: ["Calls", "通话次数", "电话量"], kind: "number", required: false, min: 0 },
  { key: "Proposals", aliases: ["Proposals", "方案数"], kind: "number", required: false, min: 0 },
  {
    key: "ProposalQuality",
    aliases: ["ProposalQuality", "Proposal Quality", "方案质量"],
    kind: "number",
    required: false,
  },
  {
    key: "CollectionRate",
    aliases: ["CollectionRate", "Collection Rate", "回款率"],
    kind: "ratio",
    required: false,
    min: 0,
  },
];

export const activitiesSpec: InputTableSpec = {
  name: "Activities",
  columns: [repId(false), period],
  extra: { kind: "number", known: knownKpis },
};

export const inputSpecs: readonly InputTableSpec[] = [repsSpec, regionsSpec, actualsSpec, activitiesSpec];
