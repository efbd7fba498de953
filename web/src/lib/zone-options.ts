import { zoneLabel } from './format.ts';

export interface ZoneOption {
  /** The IANA id the form keeps. */
  value: string;
  /** The zone's name in the locale; with its IANA id where another zone would read the same. */
  label: string;
}

/**
 * Zones for a choice, each named in the locale by the one labeller (`zoneLabel`) and sorted by
 * that name. Where two zones read alike — Serbian names Berlin's and Belgrade's zone alike,
 * "Средњеевропско време" — each keeps its IANA id in parentheses, so no two options look the same.
 *
 * @example
 * timeZoneOptions(['America/New_York'], 'sr-Cyrl-RS')
 * // [{ value: 'America/New_York', label: 'Северноамеричко источно време — Њујорк' }]
 */
export function timeZoneOptions(zones: readonly string[], locale: string): ZoneOption[] {
  const named = zones.map((zone) => ({ value: zone, name: zoneLabel(zone, locale) }));
  const uses = new Map<string, number>();
  for (const { name } of named) uses.set(name, (uses.get(name) ?? 0) + 1);
  const collator = new Intl.Collator(locale);
  return named
    .map(({ value, name }) => ({ value, label: (uses.get(name) ?? 0) > 1 ? `${name} (${value})` : name }))
    .sort((a, b) => collator.compare(a.label, b.label) || a.value.localeCompare(b.value));
}

/** Does an option match what was typed into the search: by its name or its IANA id, any case. */
export function zoneMatches(option: ZoneOption, search: string): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${option.label} ${option.value} ${option.value.replaceAll('_', ' ')}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}
