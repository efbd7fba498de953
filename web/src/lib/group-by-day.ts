/** Items in their order, grouped under the label of their day; days in first-seen order. */
export function groupByDay<Item>(items: readonly Item[], dayOf: (item: Item) => string): [string, Item[]][] {
  const days = new Map<string, Item[]>();
  for (const item of items) {
    const day = dayOf(item);
    const list = days.get(day);
    if (list) list.push(item);
    else days.set(day, [item]);
  }
  return [...days.entries()];
}
