/**
 * One Chinese term per concept. Every zh message (the pane's, and every catalogue the kernel
 * lists) uses the term given here; the other translations a concept has had are refused, so a
 * reader never meets two words for one thing or one word for two things (门槛 was both the
 * threshold and the gate). test/taskpane/glossary.test.ts holds the catalogues to it.
 */
export interface GlossaryEntry {
  /** The concept as the English text names it. */
  readonly en: string;
  /** The one Chinese term. */
  readonly zh: string;
  /** Translations the concept must not get (checked after every glossary term is taken out). */
  readonly refused: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // A measure's threshold: below it nothing is paid.
  { en: "threshold", zh: "起付线", refused: ["门槛", "阈值"] },
  // The plan's gate: no bonus unless the gate measure reaches its minimum.
  { en: "gate", zh: "准入门槛", refused: ["门槛", "闸门"] },
  { en: "attainment to date", zh: "累计达成率", refused: ["累计达成（", "至今达成率", "当前达成率"] },
  { en: "projected full year", zh: "预计全年达成率", refused: ["按此速度预计全年"] },
  { en: "remaining to annual", zh: "距全年目标", refused: ["剩余全年"] },
  { en: "attainment", zh: "达成率", refused: ["完成率", "达标率"] },
  { en: "cap", zh: "封顶", refused: ["上限封顶", "限额"] },
  { en: "draw", zh: "预支", refused: ["预付佣金", "垫付"] },
  { en: "rate table", zh: "费率表", refused: ["档位表", "阶梯表"] },
  { en: "payout curve", zh: "奖金曲线", refused: ["支付曲线", "发放曲线"] },
  { en: "target incentive", zh: "目标奖金", refused: ["目标激励", "目标提成"] },
  { en: "rep", zh: "销售代表", refused: ["业务员", "销售员"] },
  { en: "band", zh: "等级", refused: ["档次", "评级"] },
  { en: "off pace", zh: "落后于进度", refused: ["进度落后", "落后进度"] },
];

/** The refused translations found in `text`, once every glossary term is taken out of it. */
export function refusedTerms(text: string): string[] {
  // Longest first, so 准入门槛 is taken out before anything could match inside it.
  let rest = text;
  for (const term of [...GLOSSARY].map((g) => g.zh).sort((a, b) => b.length - a.length))
    rest = rest.split(term).join("\u0000");
  const found: string[] = [];
  for (const g of GLOSSARY)
    for (const r of g.refused) if (rest.includes(r)) found.push(`${r} (${g.en}: ${g.zh})`);
  return found;
}
