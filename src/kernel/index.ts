/** The kernel: rules every layer shares (calendar, money, errors, messages). Imports nothing of ours. */
export * from "./calendar";
export * from "./errors";
export * from "./messages";
export * from "./money";
