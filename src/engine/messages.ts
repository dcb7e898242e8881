/** Argument shapes the engine and the SALES.* functions name in their messages. */
import type { MessageTable } from "../kernel/messages";

/** Shapes a range argument can be expected to have, as message parameters in both languages. */
export const shapeText = {
  oneRow: { en: "one row", zh: "一行" },
  twoColumns: { en: "2 columns", zh: "2 列" },
  tierColumns: { en: "lower bound, rate", zh: "下限、费率" },
  curveColumns: { en: "attainment, payout", zh: "达成率、奖金比例" },
  groupTotalColumns: { en: "2 columns (group, total)", zh: "2 列（组、总额）" },
  columns: { en: "columns", zh: "列" },
} as const satisfies MessageTable;
