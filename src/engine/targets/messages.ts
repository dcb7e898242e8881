import type { MessageTable } from "../messages";

/** Messages for target splitting, seasonality, ramp and re-plan. */
export const targetMessages = {} as const satisfies MessageTable;
