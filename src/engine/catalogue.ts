import { commonMessages, type MessageTable } from "./messages";
import { incentiveMessages } from "./incentives/messages";
import { scorecardMessages } from "./scorecards/messages";
import { targetMessages } from "./targets/messages";
import { trackingMessages } from "./tracking/messages";

/** Every message table, by area, for the checks that each has both languages. */
export const messageCatalogue: Readonly<Record<string, MessageTable>> = {
  common: commonMessages,
  targets: targetMessages,
  incentives: incentiveMessages,
  scorecards: scorecardMessages,
  tracking: trackingMessages,
};
