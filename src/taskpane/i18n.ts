/** Task pane text in en-US and zh-CN; components read it through useStrings(). */
import { createContext, useContext } from "react";
import type { Locale } from "../engine/messages";

const en = {
  appTitle: "SalesPlan",
  appSubtitle: "Targets, incentives and scorecards for your sales team",
  navLabel: "Wizards",
  tabTargets: "Targets",
  tabIncentives: "Incentive plan",
  tabScorecard: "Scorecard",
  tabPublish: "Publish for finance",
  targetsIntro:
    "Split the company target to regions, reps and months. Reads the Reps and Regions tables and writes SalesTargets.",
  incentivesIntro:
    "Set up measures, tiers, gates and caps, then run payouts. Reads Actuals and writes SalesPlan, SalesPlanTiers and SalesPayouts.",
  scorecardIntro:
    "Weigh process (visits, calls, proposals) against results (revenue, collection). Reads Activities and writes SalesScorecard.",
  publishIntro:
    "Prepare the workbook for finance: plain values in named tables, the plan beside them and an audit row per run.",
  functionsTitle: "Functions in this add-in",
  languageLabel: "Language",
} as const;

export type Strings = { readonly [K in keyof typeof en]: string };

const zh: Strings = {
  appTitle: "SalesPlan 销售规划",
  appSubtitle: "为销售团队分解目标、计算奖金、评估绩效",
  navLabel: "向导",
  tabTargets: "目标分解",
  tabIncentives: "激励方案",
  tabScorecard: "绩效评分",
  tabPublish: "发布给财务",
  targetsIntro: "将公司目标分解到区域、销售代表和月份。读取 Reps 和 Regions 表，写入 SalesTargets。",
  incentivesIntro:
    "设置指标、阶梯、门槛和封顶，然后计算奖金。读取 Actuals，写入 SalesPlan、SalesPlanTiers 和 SalesPayouts。",
  scorecardIntro:
    "同时衡量过程（拜访、通话、方案）与结果（收入、回款）。读取 Activities，写入 SalesScorecard。",
  publishIntro: "为财务准备工作簿：命名表中只有数值，方案参数和每次运行的审计记录一并保存。",
  functionsTitle: "本加载项的函数",
  languageLabel: "语言",
};

export const catalogues: Readonly<Record<Locale, Strings>> = { en, zh };

/** zh for any Chinese display language (zh-CN, zh-TW, zh-Hans...), en otherwise. */
export function localeFromDisplayLanguage(language: string | undefined): Locale {
  return (language ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

export const StringsContext = createContext<Strings>(en);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
