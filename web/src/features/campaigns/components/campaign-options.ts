/** Select options from a client's scripts, forms or meeting types. */
export function toOptions(
  items: readonly { id: number; name: string }[],
): { value: string; label: string }[] {
  return items.map((item) => ({ value: String(item.id), label: item.name }));
}

/** An untouched choice takes the only option there is; a cleared one stays empty. */
export function pickDefault(
  choice: string | null | undefined,
  options: readonly { value: string }[],
): string | null {
  if (choice !== undefined) return choice;
  return options.length === 1 ? (options[0]?.value ?? null) : null;
}
