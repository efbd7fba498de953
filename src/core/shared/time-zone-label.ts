/**
 * Time-zone names people recognise, from the platform's own CLDR data (Intl), in any language:
 * the zone's generic name ("Eastern Time", "Северноамеричко источно време") and its city
 * ("New York", "Њујорк"), instead of an IANA id or a hand-kept table.
 */

const genericNames = new Map<string, string>();
const cityNames = new Map<string, string>();

// A December noon: the generic name does not depend on the date, only the fallbacks do.
const sample = new Date(Date.UTC(2026, 11, 7, 12));

function zoneNamePart(
  locale: string,
  timeZone: string,
  style: 'longGeneric' | 'shortGeneric',
): string | null {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(sample);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}

/** "America/Indiana/Indianapolis" → "Indianapolis": the IANA city, as English spells it. */
export function ianaCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/** An abbreviation or an offset ("ET", "CET", "GMT-5"): not a name to show for a city. */
const notACity = /^(?:[A-Z]{2,5}|(?:GMT|UTC)(?:[+\-\u2212]\d.*)?)$/u;

/**
 * The zone's city in the locale's language, or null when the platform has no translated name.
 * CLDR's location format gives the translated city where the locale has no short name for the
 * zone (Serbian: 'Њујорк'); in English the IANA city is the English exemplar city.
 *
 * @example
 * zoneCity('America/New_York', 'sr-Cyrl-RS') // 'Њујорк'
 * zoneCity('America/New_York', 'en-US') // 'New York'
 * zoneCity('Europe/Belgrade', 'sr-Cyrl-RS') // null: Serbian abbreviates it ('CET')
 */
export function zoneCity(timeZone: string, locale: string): string | null {
  const key = `${locale}|${timeZone}`;
  const known = cityNames.get(key);
  if (known !== undefined) return known === '' ? null : known;
  const language = locale.split('-')[0] ?? locale;
  const english = ianaCity(timeZone);
  const located = language === 'en' ? english : zoneNamePart(locale, timeZone, 'shortGeneric');
  // Another language answering the English city has no translation of it (browsers ship trimmed
  // CLDR data): the generic name alone reads better than an English word in a Cyrillic label.
  const untranslated = language !== 'en' && located === english;
  const city = located && !untranslated && !notACity.test(located) ? located : null;
  cityNames.set(key, city ?? '');
  return city;
}

/**
 * A zone as a manager reads it: generic name and city, "Eastern Time — New York",
 * "Северноамеричко источно време — Њујорк" (the generic name alone where the language has no
 * name for the city). Zones without a city (UTC, Etc/GMT+5) show their offset; a zone the
 * platform does not know, its IANA city.
 *
 * @example
 * timeZoneLabel('America/Los_Angeles', 'en-US') // 'Pacific Time — Los Angeles'
 * timeZoneLabel('America/Phoenix', 'en-US') // 'Mountain Standard Time — Phoenix' (no daylight saving)
 * timeZoneLabel('America/New_York', 'sr-Latn-RS') // 'Severnoameričko istočno vreme — Njujork'
 */
export function timeZoneLabel(timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  const known = genericNames.get(key);
  if (known !== undefined) return known;
  const generic = zoneNamePart(locale, timeZone, 'longGeneric');
  let label: string;
  if (generic === null) label = ianaCity(timeZone);
  else if (timeZone === 'UTC' || timeZone.startsWith('Etc/')) label = generic;
  else {
    const city = zoneCity(timeZone, locale);
    label = city === null || generic.includes(city) ? generic : `${generic} — ${city}`;
  }
  genericNames.set(key, label);
  return label;
}
