import type { MessageTable } from "../messages";

/** Messages for attainment tracking and pace. */
export const trackingMessages = {} as const satisfies MessageTable;
