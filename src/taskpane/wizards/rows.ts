/**
 * Editable rows of a form (products, KPIs, bands, measures, tier points, month weights): the one
 * place a list is changed at an index, so every wizard edits its rows the same way and never
 * mutates the list it was given.
 */

/** The list without its item at `index`. */
export function withoutIndex<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, j) => j !== index);
}

export interface RowsEditor<T> {
  /** Row `index` replaced by `row`. */
  replace(index: number, row: T): void;
  /** Row `index` with the fields of `patch` changed. */
  patch(index: number, patch: Partial<T>): void;
  remove(index: number): void;
  add(row: T): void;
}

/** Edits of `rows`, each handing the whole new list to `onRows`. */
export function editRows<T>(rows: readonly T[], onRows: (rows: T[]) => void): RowsEditor<T> {
  const replace = (index: number, row: T) => onRows(rows.map((r, j) => (j === index ? row : r)));
  return {
    replace,
    patch: (index, patch) => replace(index, { ...rows[index], ...patch }),
    remove: (index) => onRows(withoutIndex(rows, index)),
    add: (row) => onRows([...rows, row]),
  };
}
