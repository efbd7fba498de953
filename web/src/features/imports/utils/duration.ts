/**
 * A number of seconds as the largest two units, in the user's language: "1 hr 5 min",
 * "3 min 20 sec", "45 sec". Rounded to whole seconds; under a second reads as "1 sec".
 */
export function formatDuration(totalSeconds: number, locale: string): string {
  const seconds = Math.max(1, Math.round(totalSeconds));
  const parts: [number, 'hour' | 'minute' | 'second'][] = [
    [Math.floor(seconds / 3600), 'hour'],
    [Math.floor((seconds % 3600) / 60), 'minute'],
    [seconds % 60, 'second'],
  ];
  const first = parts.findIndex(([value]) => value > 0);
  const shown = parts.slice(first, first + 2).filter(([value]) => value > 0);
  const text = shown.map(([value, unit]) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value),
  );
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(text);
}
