/**
 * Number the distinct keys of a table's rows: a million Deals rows hold a few hundred thousand
 * DealIDs and a few thousand reps. Numbering each column once, with an open-addressing table
 * that grows with the keys (not the rows) and compares against a compact array of first-seen
 * spellings, lets the sums run over typed arrays; a Map keyed by a string built per row took
 * several times as long on the crediting benchmark (`npm run bench -- organisation`).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units. */
export function hashText(value: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * How a column's values compare: `hash` agrees with `same` (equal keys, equal hashes); `same` is
 * asked only when two spellings differ (e.g. "r1" and "R1").
 */
export interface Spelling {
  readonly hash: (value: string) => number;
  readonly same: (a: string, b: string) => boolean;
}

export const exactSpelling: Spelling = { hash: hashText, same: () => false };

/**
 * A spelling that lower-cases and, with `dropSpaces`, drops whitespace, as `normalise` does:
 * hashed without building the normalised string when the value is ASCII.
 */
export function foldedSpelling(normalise: (value: string) => string, dropSpaces: boolean): Spelling {
  return {
    hash: (value) => {
      let h = FNV_OFFSET;
      for (let i = 0; i < value.length; i++) {
        let c = value.charCodeAt(i);
        if (c > 127) return hashText(normalise(value));
        if (dropSpaces && (c === 32 || (c >= 9 && c <= 13))) continue;
        if (c >= 65 && c <= 90) c += 32;
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      return h >>> 0;
    },
    same: (a, b) => normalise(a) === normalise(b),
  };
}

/** Rows numbered by key: each row's id (0.. in first-seen order), each id's first row, how many. */
export interface Numbered {
  readonly ids: Int32Array;
  readonly first: Int32Array;
  readonly count: number;
}

/** Number `rows` rows by the text `keyOf(row)`, read with `spelling`. */
export function numberRows(rows: number, keyOf: (row: number) => string, spelling: Spelling): Numbered {
  const ids = new Int32Array(rows);
  // At most half full: a slot holds 1 + the id; the id's hash, spelling and first row sit beside it.
  let size = 1024;
  let mask = size - 1;
  let slots = new Int32Array(size);
  let hashes = new Uint32Array(size / 2);
  const keys: string[] = [];
  const first: number[] = [];
  for (let r = 0; r < rows; r++) {
    const key = keyOf(r);
    const hash = spelling.hash(key) >>> 0;
    let at = hash & mask;
    let held = slots[at];
    for (; held !== 0; held = slots[at]) {
      if (hashes[held - 1] === hash && (keys[held - 1] === key || spelling.same(keys[held - 1], key))) break;
      at = (at + 1) & mask;
    }
    if (held !== 0) {
      ids[r] = held - 1;
      continue;
    }
    const id = keys.length;
    if (id === size / 2) {
      size *= 2;
      mask = size - 1;
      slots = new Int32Array(size);
      for (let k = 0; k < id; k++) {
        let to = hashes[k] & mask;
        while (slots[to] !== 0) to = (to + 1) & mask;
        slots[to] = k + 1;
      }
      const more = new Uint32Array(size / 2);
      more.set(hashes);
      hashes = more;
      at = hash & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
    }
    hashes[id] = hash;
    keys.push(key);
    first.push(r);
    slots[at] = id + 1;
    ids[r] = id;
  }
  return { ids, first: Int32Array.from(first), count: keys.length };
}

/**
 * Number rows by a combination of numbered columns (e.g. rep, month, measure): a dense table when
 * the combinations are few enough, else a Map on the combined code.
 */
export function numberCombined(columns: readonly Numbered[], rows: number): Numbered {
  const ids = new Int32Array(rows);
  const first: number[] = [];
  const combinations = columns.reduce((n, c) => n * Math.max(1, c.count), 1);
  const codeOf = (r: number) => columns.reduce((code, c) => code * c.count + c.ids[r], 0);
  if (combinations <= 4 * rows + 4096) {
    const table = new Int32Array(combinations);
    for (let r = 0; r < rows; r++) {
      const code = codeOf(r);
      if (table[code] === 0) {
        first.push(r);
        table[code] = first.length;
      }
      ids[r] = table[code] - 1;
    }
  } else {
    const table = new Map<number, number>();
    for (let r = 0; r < rows; r++) {
      const code = codeOf(r);
      let id = table.get(code);
      if (id === undefined) {
        id = first.length;
        first.push(r);
        table.set(code, id);
      }
      ids[r] = id;
    }
  }
  return { ids, first: Int32Array.from(first), count: first.length };
}
