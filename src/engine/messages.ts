/**
 * One catalogue for every message a user can see, in en-US and zh-CN. Each area of the engine
 * keeps its own table (targets, incentives, ...) and this file gathers them, so one test can check
 * that every message has both languages and the same placeholders in each.
 */
// Shared message rules live in the kernel; importers move there (issue 11).
export {
  commonMessages,
  formatMessage,
  positionText,
  type Locale,
  type MessageTable,
  type MessageTemplate,
} from "../kernel/messages";
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
