import type { MessageTable } from "../messages";

/** Messages for scorecards and bands. */
export const scorecardMessages = {} as const satisfies MessageTable;
