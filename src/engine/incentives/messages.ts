import type { MessageTable } from "../messages";

/** Messages for incentive plans and payouts. */
export const incentiveMessages = {} as const satisfies MessageTable;
