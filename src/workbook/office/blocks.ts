/**
 * Reading cells in blocks through Office.js: each request asks for the next rows of as many blocks
 * as fit in the budget, so its answer stays under Excel on the web's 5 MB response limit (sized
 * from the rows already read, halved on ResponsePayloadSizeLimitExceeded). Each request is a round
 * trip to Excel, so several tables read together cost about what the largest of them does.
 */
import { isPayloadTooLarge, utf8Length } from "../chunks";

/** A rectangle of cells to read, as indexes on its sheet. */
export interface Block {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** What is loaded of each range: its values, or its values and formulas. */
export type BlockProperties = "values" | "values,formulas";

/**
 * Read every block's rows in order; `take(index, firstRow, range)` gets each loaded range (of the
 * block at `index`, starting at its row `firstRow`).
 */
export async function readInBlocks(
  context: Excel.RequestContext,
  blocks: readonly Block[],
  properties: BlockProperties,
  budget: number,
  take: (index: number, firstRow: number, range: Excel.Range) => void,
): Promise<void> {
  // First guess: 32 bytes a cell for each grid loaded; later requests are sized from the answers.
  const grids = properties.split(",").length;
  const reads = blocks.map((block, index) => ({
    block,
    index,
    next: 0,
    perRow: Math.max(1, block.columns * 32 * grids),
  }));
  for (;;) {
    const pending = reads.filter((r) => r.next < r.block.rows);
    if (pending.length === 0) return;
    // Fill one request up to the budget, block after block.
    let room = budget;
    const batch: { read: (typeof reads)[number]; count: number; range: Excel.Range }[] = [];
    for (const read of pending) {
      if (batch.length > 0 && room < read.perRow) break;
      const { block } = read;
      const count = Math.min(block.rows - read.next, Math.max(1, Math.floor(room / read.perRow)));
      const range = context.workbook.worksheets
        .getItem(block.sheet)
        .getRangeByIndexes(block.top + read.next, block.left, count, block.columns)
        .load(properties);
      batch.push({ read, count, range });
      room -= count * read.perRow;
    }
    try {
      // One sync per ~4 MB of answer by design: each must stay under the 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || batch.every((b) => b.count === 1)) throw error;
      for (const b of batch) b.read.perRow = Math.ceil((budget / b.count) * 2);
      continue;
    }
    for (const { read, count, range } of batch) {
      take(read.index, read.next, range);
      let bytes = utf8Length(JSON.stringify(range.values));
      if (properties === "values,formulas") bytes += utf8Length(JSON.stringify(range.formulas));
      read.perRow = Math.max(read.perRow / 4, Math.ceil((bytes / count) * 1.25), 1);
      read.next += count;
    }
  }
}
