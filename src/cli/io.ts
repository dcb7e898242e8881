/**
 * What the file-writing commands (close, approve, paid, statements, letters) need of the command
 * line; main.ts builds it. Its own file so that monthEnd.ts, statements.ts, letters.ts and pdf.ts
 * need not import each other for it (an import cycle).
 */
import type { MessageParams } from "../kernel/errors";
import type { MessageTemplate } from "../kernel/messages";

export interface MonthEndIO {
  readonly cwd: string;
  readonly now: () => Date;
  readonly say: (text: string) => void;
  readonly complain: (text: string) => void;
  /** Throws the command line's usage error (exit 2). */
  readonly usage: (template: MessageTemplate, params?: MessageParams) => never;
}
