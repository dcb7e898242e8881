/**
 * The headers of the tables SalesPlan writes, as the pane shows them in a preview. The workbook
 * keeps its English headers (finance's formulas and the CLI read them); the pane speaks the
 * user's language. A column not listed here (a KPI, a measure) shows under its own name.
 */
export const en = {
  col_RepID: "Rep ID",
  col_Name: "Name",
  col_Region: "Region",
  col_Product: "Product",
  col_Period: "Period",
  col_Target: "Target",
  col_Measure: "Measure",
  col_Actual: "Actual",
  col_Attainment: "Attainment",
  col_Rate: "Rate",
  col_Payout: "Payout",
  col_Adjustments: "Adjustments",
  col_NetPayout: "Net payout",
  col_Explanation: "Explanation",
  col_Score: "Score",
  col_Band: "Band",
  col_Rank: "Rank",
  col_Q1: "Q1",
  col_Q2: "Q2",
  col_Q3: "Q3",
  col_Q4: "Q4",
  col_Annual: "Annual",
} as const;

export const zh: { readonly [K in keyof typeof en]: string } = {
  col_RepID: "代表编号",
  col_Name: "姓名",
  col_Region: "区域",
  col_Product: "产品",
  col_Period: "期间",
  col_Target: "目标",
  col_Measure: "指标",
  col_Actual: "实际",
  col_Attainment: "达成率",
  col_Rate: "费率",
  col_Payout: "奖金",
  col_Adjustments: "调整",
  col_NetPayout: "净奖金",
  col_Explanation: "说明",
  col_Score: "得分",
  col_Band: "等级",
  col_Rank: "排名",
  col_Q1: "一季度",
  col_Q2: "二季度",
  col_Q3: "三季度",
  col_Q4: "四季度",
  col_Annual: "全年",
};
