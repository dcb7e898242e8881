/**
 * Every message template of the shared code, found by its English text: how an error rebuilt on
 * the other side of the worker boundary gets the catalogue's own template object back. Here, not in
 * the pane, since it reads the engine's and the workbook's catalogues.
 */
import type { MessageTemplate } from "../kernel/messages";
import { commonMessages } from "../kernel/messages";
import { incentiveMessages } from "../engine/incentives/messages";
import { scorecardMessages } from "../engine/scorecards/messages";
import { targetMessages } from "../engine/targets/messages";
import { trackingMessages } from "../engine/tracking/messages";
import { actionMessages, checkMessages, jobMessages, publishMessages } from "./messages";
import { workbookMessages } from "../workbook/messages";
import { settingsMessages } from "../workbook/settings";

let byText: Map<string, MessageTemplate> | undefined;

/** The catalogue's template with the same text, else the one given. */
export function templateOf(template: MessageTemplate): MessageTemplate {
  byText ??= new Map(
    [
      commonMessages,
      incentiveMessages,
      scorecardMessages,
      targetMessages,
      trackingMessages,
      actionMessages,
      checkMessages,
      jobMessages,
      publishMessages,
      workbookMessages,
      settingsMessages,
    ].flatMap((catalogue) =>
      Object.values(catalogue as Record<string, MessageTemplate>).map((t) => [t.en, t]),
    ),
  );
  return byText.get(template.en) ?? template;
}
