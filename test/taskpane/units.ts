/** A number box's unit as the pane shows it (its contentAfter): "%", "CNY", or null. */
export const unitAfter = (box: HTMLElement): string | null =>
  box.parentElement?.querySelector(".fui-Input__contentAfter")?.textContent ?? null;
