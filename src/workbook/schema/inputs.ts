/**
 * The input tables PRODUCT.md promises, read by name (a table or a sheet): their columns, the
 * English and Chinese headers each column accepts, and what kind of value it holds.
 */
import { column, type InputColumnSpec, type TableSchema } from "./types";

/** A rep's ID under the headers people use for it. */
export const repIdAliases = [
  "Rep ID",
  "Rep",
  "Rep Code",
  "EmployeeID",
  "Employee ID",
  "工号",
  "员工编号",
  "销售代表编号",
];
const periodAliases = ["Month", "期间", "月份"];

export const repsSchema: TableSchema = {
  name: "Reps",
  columns: [
    column("RepID", "text", repIdAliases, { required: true, unique: true }),
    column("Name", "text", ["Rep Name", "姓名", "销售代表"], { required: true }),
    column("Region", "text", ["区域", "大区"], { required: true }),
    column("Manager", "text", ["经理"]),
    column("HireDate", "date", ["Hire Date", "Start Date", "入职日期"]),
    column("EndDate", "date", ["End Date", "Leave Date", "离职日期"]),
    // Optional incentive details: the role picks a plan's role incentive; a draw balance already
    // owed carries into this run's draw.
    column("Role", "text", ["Position", "角色", "岗位"]),
    column("DrawBalance", "number", ["Draw Balance", "预支余额", "预付余额"], { min: 0 }),
    column("TargetIncentive", "number", ["Target Incentive", "目标奖金"], { min: 0 }),
    column("LastYearSales", "number", ["Last Year Sales", "去年销售额"]),
    column("Potential", "number", ["Market Potential", "市场潜力"], { min: 0 }),
    // The RepID of the rep's mentor (the people side: mentoring coverage of newcomers).
    column("Mentor", "text", ["导师", "带教导师"]),
    // Read by month-end only: the currency and language of a rep's statement.
    column("Currency", "text", ["币种", "货币"], { onRequest: true }),
    column("Language", "text", ["Lang", "语言"], { onRequest: true }),
  ],
};

export const regionsSchema: TableSchema = {
  name: "Regions",
  columns: [
    column("Region", "text", ["区域", "大区"], { required: true, unique: true }),
    column("Target", "number", ["目标", "目标额"], { required: true, min: 0 }),
  ],
};

export const actualsSchema: TableSchema = {
  name: "Actuals",
  columns: [
    column("RepID", "text", repIdAliases, { required: true, unique: false }),
    column("Period", "month", periodAliases, { required: true }),
    column("Measure", "text", ["指标"], { required: true }),
    column("Amount", "number", ["Value", "金额"], { required: true }),
    column("Product", "text", ["Product Line", "产品", "产品线"]),
  ],
};

/** The process KPIs Activities commonly holds; any other header becomes a KPI under its own name. */
export const knownKpis: readonly InputColumnSpec[] = [
  column("Visits", "number", ["拜访量", "拜访次数"], { min: 0 }),
  column("Calls", "number", ["通话次数", "电话量"], { min: 0 }),
  column("Proposals", "number", ["方案数"], { min: 0 }),
  column("ProposalQuality", "number", ["Proposal Quality", "方案质量"]),
  column("CollectionRate", "ratio", ["Collection Rate", "回款率"], { min: 0 }),
];

export const activitiesSchema: TableSchema = {
  name: "Activities",
  columns: [
    column("RepID", "text", repIdAliases, { required: true, unique: false }),
    column("Period", "month", periodAliases, { required: true }),
  ],
  extra: { kind: "number", known: knownKpis },
};

/**
 * Optional one-off adjustments, one row each: a SPIFF (amount per unit, times Count), a clawback
 * of an earlier payout (in full, or prorated by MonthsServed of MonthsRequired) or a manual
 * correction with its reason. Found like the input tables, by table or sheet name.
 */
export const adjustmentsSchema: TableSchema = {
  name: "Adjustments",
  columns: [
    column("RepID", "text", ["Rep ID", "工号"], { required: true }),
    column("Period", "month", periodAliases, { required: true }),
    column("Kind", "text", ["Type", "Adjustment", "调整类型", "类型"], { required: true }),
    column("Amount", "number", ["金额"], { required: true }),
    column("Reason", "text", ["Note", "原因", "说明"]),
    column("Count", "number", ["Units", "数量"], { min: 0 }),
    column("MonthsServed", "number", ["Months Served", "已服务月数"], { min: 0 }),
    column("MonthsRequired", "number", ["Months Required", "要求服务月数"], { min: 0 }),
  ],
};

/** Two or more years of monthly sales: the seasonality of the targets. Optional. ("History" is a sheet name Excel reserves.) */
export const historySchema: TableSchema = {
  name: "SalesHistory",
  columns: [
    column("RepID", "text", ["Rep ID", "工号"]),
    column("Period", "month", periodAliases, { required: true }),
    column("Amount", "number", ["Sales", "金额", "销售额"], { required: true }),
  ],
};

/** The optional MeasureTargets input table: a target per rep (or role), month and measure. */
export const measureTargetsSchema: TableSchema = {
  name: "MeasureTargets",
  columns: [
    column("RepID", "text", ["Rep ID", "工号"]),
    column("Role", "text", ["Position", "角色", "岗位"]),
    column("Period", "month", periodAliases, { required: true }),
    column("Measure", "text", ["指标"], { required: true }),
    column("Target", "number", ["目标"], { required: true, min: 0 }),
  ],
};

/** A rep's question about a period's figure (see jobs/inquiries.ts). */
export const inquiriesSchema: TableSchema = {
  name: "Inquiries",
  columns: [
    column("RepID", "text", repIdAliases, { required: true, unique: false }),
    column("Period", "month", periodAliases, { required: true }),
    column("Measure", "text", ["Line", "指标"]),
    column("Question", "text", ["Inquiry", "问题", "疑问"], { required: true }),
    column("Status", "text", ["状态"]),
    column("Resolution", "text", ["Answer", "处理结果", "答复"]),
    column("Amount", "number", ["金额"]),
  ],
};

/** A rep's signed plan letter (see jobs/acknowledgements.ts). */
export const acknowledgementsSchema: TableSchema = {
  name: "Acknowledgements",
  columns: [
    column("RepID", "text", repIdAliases, { required: true, unique: false }),
    column("Plan", "text", ["Plan Name", "方案", "方案名称"]),
    column("Version", "text", ["PlanVersion", "Plan Version", "版本", "方案版本"], { required: true }),
    column("Date", "date", ["Acknowledged", "Acknowledged On", "Signed", "确认日期", "签署日期", "日期"], {
      required: true,
    }),
  ],
};

const peopleRepId = column("RepID", "text", ["Rep ID", "工号", "销售代表编号"], { required: true });

/** Award rules; absent: the built-in rules (defaultAwardRules). */
export const recognitionSchema: TableSchema = {
  name: "Recognition",
  columns: [
    column("Award", "text", ["奖项", "荣誉"], { required: true }),
    column("Rule", "text", ["规则", "评选规则"], { required: true }),
    column("Count", "number", ["名额", "人数"]),
    column("Minimum", "number", ["最低", "门槛值"]),
    column("GateMet", "boolean", ["Gate Met", "Requires Gate", "需达门槛"]),
    column("NoOpenClawback", "boolean", ["No Open Clawback", "无未结追回"]),
    column("MinTenure", "number", ["Min Tenure", "Minimum Tenure", "最低司龄"]),
    column("Cash", "number", ["Cash Award", "现金", "现金奖励"]),
  ],
};

/**
 * One-to-one reviews held (PRODUCT.md "People"); team health counts them per rep and month. The
 * pane's review writes it (jobs/reviewNotes.ts), so each column also says how it is written.
 */
export const reviewNotesSchema: TableSchema = {
  name: "ReviewNotes",
  columns: [
    { ...peopleRepId, out: { kind: "text", width: 10, required: true } },
    column("Period", "month", periodAliases, {
      required: true,
      out: { kind: "text", width: 10, required: true },
    }),
    column("Date", "date", ["Review Date", "日期", "面谈日期"], { out: { kind: "date" } }),
    column("Reviewer", "text", ["评估人", "面谈人"], { out: { kind: "text", width: 14 } }),
    column("Strengths", "text", ["优势"], { out: { kind: "text", width: 30 } }),
    column("Gaps", "text", ["不足", "差距"], { out: { kind: "text", width: 30 } }),
    column("Actions", "text", ["行动", "改进行动"], { out: { kind: "text", width: 34 } }),
    column("Owner", "text", ["负责人"], { out: { kind: "text", width: 14 } }),
    column("Due", "date", ["Due Date", "截止日期"], { out: { kind: "date" } }),
    column("Status", "text", ["状态"], { out: { kind: "text", width: 10 } }),
  ],
};

/**
 * Development items; team health counts the ones due each month and done. The pane's review adds
 * items to it (jobs/development.ts), so each column also says how it is written.
 */
export const developmentSchema: TableSchema = {
  name: "Development",
  columns: [
    { ...peopleRepId, out: { kind: "text", width: 10, required: true } },
    column("Level", "text", ["层级", "级别"], { out: { kind: "text", width: 12 } }),
    column("Skill", "text", ["技能"], { out: { kind: "text", width: 34 } }),
    column("Kind", "text", ["Type", "类型", "形式"], { out: { kind: "text", width: 12 } }),
    column("Mentor", "text", ["导师", "带教导师"], { out: { kind: "text", width: 10 } }),
    column("Due", "date", ["Due Date", "截止日期"], { out: { kind: "date" } }),
    column("Status", "text", ["状态"], { out: { kind: "text", width: 10 } }),
    column("KPI", "text", ["指标"], { out: { kind: "text", width: 16 } }),
  ],
};

/** Coaching suggestions by KPI and language; absent: the built-in ones (PRODUCT.md "People"). */
export const coachingLibrarySchema: TableSchema = {
  name: "CoachingLibrary",
  columns: [
    column("KPI", "text", ["指标"], { required: true }),
    column("Language", "text", ["Lang", "语言"]),
    column("Suggestion", "text", ["Coaching", "建议", "辅导建议"], { required: true }),
  ],
};

/** Deals, one row per rep credited (PRODUCT.md "Organisations"); when present Actuals are built from them. */
export const dealsSchema: TableSchema = {
  name: "Deals",
  columns: [
    column("DealID", "text", ["Deal ID", "Deal", "Opportunity", "交易编号", "交易"], { required: true }),
    column("Date", "date", ["Close Date", "Closed", "日期", "成交日期"], { required: true }),
    column("RepID", "text", repIdAliases, { required: true }),
    column("Amount", "number", ["Value", "金额"], { required: true }),
    column("Split", "ratio", ["Share", "Credit", "分成", "分成比例"], { min: 0 }),
    column("Measure", "text", ["指标"], { required: true }),
    column("Product", "text", ["Product Line", "产品", "产品线"]),
    column("Customer", "text", ["Account", "客户"]),
    column("Overlay", "boolean", ["叠加", "叠加分成"]),
  ],
};

/** Rates to the reporting currency by currency and month (PRODUCT.md "Organisations"). Optional. */
export const fxRatesSchema: TableSchema = {
  name: "FxRates",
  columns: [
    column("Currency", "text", ["币种", "货币"], { required: true }),
    column("Period", "month", periodAliases, { required: true }),
    column("Rate", "number", ["汇率"], { required: true }),
  ],
};

/**
 * Who is on which plan when (PRODUCT.md "Organisations"), one row per assignment; blank Role,
 * Region, Manager or TargetIncentive keep the rep's own from Reps. Optional.
 */
export const planAssignmentsSchema: TableSchema = {
  name: "PlanAssignments",
  columns: [
    column("RepID", "text", repIdAliases, { required: true, unique: false }),
    column("Plan", "text", ["Plan Name", "方案", "方案名称"], { required: true }),
    column("From", "date", ["Start", "Start Date", "Effective From", "Effective", "开始日期", "生效日期"]),
    column("To", "date", ["End", "End Date", "Until", "Effective To", "结束日期", "截止日期"]),
    column("Role", "text", ["Position", "角色", "岗位"]),
    column("Region", "text", ["区域", "大区"]),
    column("Manager", "text", ["经理"]),
    column("TargetIncentive", "number", ["Target Incentive", "目标奖金"], { min: 0 }),
  ],
};
