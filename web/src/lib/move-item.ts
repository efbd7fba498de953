/**
 * The list with the item at `index` moved by `offset` places; unchanged when that leaves the list.
 *
 * @example
 * moveItem(['a', 'b', 'c'], 2, -1) // ['a', 'c', 'b']
 */
export function moveItem<T>(items: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  const item = items[index];
  if (item === undefined || target < 0 || target >= items.length) return [...items];
  const rest = items.filter((_, i) => i !== index);
  return [...rest.slice(0, target), item, ...rest.slice(target)];
}

/**
 * After a move, focus the same row's button in the direction it went (or the other one at an
 * end), so the arrow buttons can be pressed again and again from the keyboard. Buttons carry the
 * ids `${rowId}-up` and `${rowId}-down`.
 */
export function focusAfterMove(rowId: string, direction: 'up' | 'down'): void {
  requestAnimationFrame(() => {
    const button = (which: string) =>
      document.getElementById(`${rowId}-${which}`) as HTMLButtonElement | null;
    const target = button(direction);
    (target && !target.disabled ? target : button(direction === 'up' ? 'down' : 'up'))?.focus();
  });
}
