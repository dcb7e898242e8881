/** The kernel: rules every layer shares (calendar, money, errors, messages, restoring saved values). Imports nothing of ours. */
export * from "./calendar";
export * from "./errors";
export * from "./messages";
export * from "./money";
export * from "./restore";
