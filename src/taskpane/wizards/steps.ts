/** Which wizard step a "Go" on the home tab opens (a leaf module: the shared Section and the home both read it). */
import * as React from "react";

/** The pane's wizards, one per tab after the home. */
export type WizardId = "targets" | "incentives" | "scorecard" | "publish";

/** The steps a "Go" can open (Section's `step`). */
export type StepId = "inputs" | "options" | "preview" | "write" | "check" | "publish" | "monthEnd";

/** The step a "Go" asked for: that step opens, scrolls into view and takes focus. */
export const StepFocusContext = React.createContext<StepId | null>(null);

/** Opens a wizard at a step, as the home's "Go" does; a wizard uses it to send the user where a missing input is made. */
export const GoContext = React.createContext<((to: { wizard: WizardId; step: StepId }) => void) | null>(null);
