/**
 * Explanations in en and zh (issue 12, points 8-10): for every kind of row the golden fixtures
 * and the worked examples below produce, the Chinese sentence quotes the same figures as the
 * English one, both redo to the row's cents, and zh uses full-width punctuation.
 */
import fs from "fs";
import path from "path";
import { computePayouts, type PayoutInput, type Plan } from "../../../src/engine/incentives";
import { serialOf as dateSerial } from "../../../src/kernel/calendar";
import { cents, FIGURE, recompute } from "../../support/explanations";
import { monthly } from "../../support/plans";

const dir = path.join(__dirname, "../../fixtures/incentives");
const fixtures = fs
  .readdirSync(dir)
  .map((file) => [file, JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))] as const)
  .filter(([, f]) => f.kind === "payouts")
  .map(([file, f]) => [file, f.input as PayoutInput] as const);

const curve: Plan = {
  name: "Kinds",
  version: "1",
  currency: "EUR",
  frequency: "monthly",
  trueUp: true,
  negativeTrueUp: "carry",
  targetIncentive: 12000,
  cap: 500,
  measures: [
    {
      name: "Revenue",
      weight: 0.7,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0.5, payout: 0.25 },
          { attainment: 1, payout: 1 },
          { attainment: 1.5, payout: 2 },
        ],
      },
      attainmentCap: 1.1,
      cap: 1200,
    },
    {
      name: "NPS",
      weight: 0.3,
      method: {
        kind: "tiers",
        mode: "retro",
        basis: "attainment",
        payOn: "incentive",
        tiers: [
          { from: 0, rate: 1 },
          { from: 1, rate: 1.3 },
        ],
      },
    },
    {
      name: "Units",
      method: {
        kind: "tiers",
        mode: "retro",
        basis: "amount",
        tiers: [
          { from: 0, rate: 10 },
          { from: 50, rate: 12.5 },
        ],
      },
      threshold: 0.8,
    },
  ],
  gates: [{ measure: "CollectionRate", minimum: 0.9, on: "actual" }],
  spiffs: [{ name: "New logo", measure: "NewLogos", amount: 333.33 }],
  draw: { amount: 1000, recoverable: true },
};

/** A joiner (hired mid-February) on a gated, capped true-up plan with every kind of adjustment. */
const kinds: PayoutInput = {
  plan: curve,
  reps: [{ id: "J", name: "Jo", hireDate: dateSerial(2026, 2, 11) }],
  targets: monthly("J", { Revenue: [0, 30000, 30000, 30000], NPS: [0, 40, 40, 40], Units: [0, 60, 60, 60] }),
  actuals: monthly("J", {
    Revenue: [0, 21000, 47000, 12000],
    NPS: [0, 44, 38, 41],
    Units: [0, 70, 20, 65],
    CollectionRate: [0, 0.95, 0.85, 0.97],
    NewLogos: [0, 1, 0, 3],
  }),
  adjustments: [
    { repId: "J", period: "2026-03", kind: "manual", amount: -12.5, reason: "split: 50% to R7" },
    {
      repId: "J",
      period: "2026-04",
      kind: "clawback",
      amount: 900,
      monthsServed: 5,
      monthsRequired: 12,
      reason: "churn",
    },
    { repId: "J", period: "2026-04", kind: "spiff", amount: 75, count: 2, reason: "Q2 push" },
  ],
};

const cases: (readonly [string, PayoutInput])[] = [...fixtures, ["every kind, a joiner on a true-up", kinds]];

describe.each(cases)("%s", (_name, input) => {
  const en = computePayouts({ ...input, language: "en" }).rows;
  const zh = computePayouts({ ...input, language: "zh" }).rows;

  test("en and zh quote the same figures, and each redoes to the row's cents", () => {
    expect(zh.length).toBe(en.length);
    en.forEach((row, i) => {
      const [e, z] = [row.explanation, zh[i].explanation];
      expect([z, z.match(FIGURE)]).toEqual([z, e.match(FIGURE)]);
      // A total row's sentence ends on its adjustments; a measure row's on its net payout.
      const pays = row.kind === "total" && row.adjustmentItems.length > 0 ? row.adjustments : row.net;
      for (const sentence of [e, z])
        expect([sentence, cents(recompute(sentence))]).toEqual([sentence, cents(pays)]);
      expect([z, /[:;]/.test(z.replace(/“[^”]*”/g, ""))]).toEqual([z, false]);
    });
  });
});

test("the worked example shows each kind of row, in both languages", () => {
  const en = computePayouts({ ...kinds, language: "en" })
    .rows.map((r) => r.explanation)
    .join("\n");
  const zh = computePayouts({ ...kinds, language: "zh" })
    .rows.map((r) => r.explanation)
    .join("\n");
  for (const [english, chinese] of [
    ["not employed in 2026-01", "2026-01 不在职"],
    ["credited up to the attainment cap 110%", "按达成率封顶 110% 计入"],
    ["whole attainment at tier 2", "全部达成率按第 2 档"],
    ["(whole amount at tier", "（全额按第"],
    ["below the threshold of 80%", "低于起付线 80%"],
    ["- plan cap (", "- 方案封顶（"],
    ["negative true-up carried forward", "负数追溯调整结转下期"],
    ["prorated for the days employed", "按在职天数折算"],
    [
      "plan gate not met this period (CollectionRate 0.85 < 0.9)",
      "本期未达到方案准入门槛（CollectionRate 0.85 < 0.9）",
    ],
    ["This period: earned to date", "本期：年初至今应得"],
    ["SPIFF New logo 3 × 333.33", "专项奖励 New logo 3 × 333.33"],
    ["SPIFF “Q2 push” 2 × 75", "专项奖励“Q2 push” 2 × 75"],
    ["clawback “churn” 900 × 7/12 months not served", "追回“churn” 900 × 7/12 个月未服务"],
    ["manual adjustment “split: 50% to R7”", "手工调整“split: 50% to R7”"],
    ["draw top-up (to ", "预支补足（至 "],
    ["draw balance owed", "尚欠预支"],
  ]) {
    expect([english, en.includes(english)]).toEqual([english, true]);
    expect([chinese, zh.includes(chinese)]).toEqual([chinese, true]);
  }
});
