/** Which wizard step a "Go" on the home tab opens (a leaf module: the shared Section and the home both read it). */
import * as React from "react";

/** The steps a "Go" can open (Section's `step`). */
export type StepId = "inputs" | "options" | "preview" | "write" | "check" | "publish" | "monthEnd";

/** The step a "Go" asked for: that step opens, scrolls into view and takes focus. */
export const StepFocusContext = React.createContext<StepId | null>(null);
