/**
 * Sizing Office.js requests: Excel on the web rejects a request over 5 MB
 * (RequestPayloadSizeLimitExceeded), so values go in row blocks whose JSON stays under a budget.
 */

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one block of values may take, leaving room for the request's envelope and other actions. */
export const DEFAULT_BLOCK_BYTES = 4 * 1024 * 1024;

/** Bytes of a string in UTF-8 (Chinese text is 3 bytes a character), without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a row takes in the request's JSON: "[a,b,c]" and a separating comma. */
export function rowBytes(row: readonly unknown[]): number {
  return utf8Length(JSON.stringify(row)) + 1;
}

export interface Block {
  /** First row of the block, from 0 within the rows written. */
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

/** Consecutive row blocks each within `budget` bytes (a row larger than the budget gets a block alone). */
export function planBlocks(sizes: readonly number[], budget: number): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < sizes.length; i++) {
    if (i > start && bytes + sizes[i] > budget) {
      blocks.push({ start, count: i - start, bytes });
      start = i;
      bytes = 2;
    }
    bytes += sizes[i];
  }
  if (sizes.length > start) blocks.push({ start, count: sizes.length - start, bytes });
  return blocks;
}

/** Office.js error codes that mean "this request or its answer was too big". */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
