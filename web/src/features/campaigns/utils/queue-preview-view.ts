import type { CallingWindowDto } from '../../../../../src/contracts/campaigns.ts';
import type { LeadDto } from '../../../../../src/contracts/leads.ts';
import { leadStatuses } from '../../../../../src/core/leads/lead.ts';

/** Every lead status (the domain's own list; the test holds it to the contract's). */
export { leadStatuses };

import { customFieldKeyPattern } from './ordering-draft.ts';

/** A lead's value under one sort key, typed so the screen can format it for the user's locale. */
export type SortValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'instant'; instant: string };

const text = (value: string | null | undefined): SortValue | null =>
  value ? { kind: 'text', text: value } : null;

/** A North American number's area code: "+13035550142" → "303". */
export function areaCodeOf(phone: string): string | null {
  return /^\+1(\d{3})\d{7}$/.exec(phone)?.[1] ?? null;
}

/**
 * What the lead holds under a sort key, for showing why it sits where it does. null when the
 * preview does not carry it (a score, a random draw) or the lead has none.
 *
 * @example
 * sortValueOf(lead, 'custom:roof_type') // { kind: 'text', text: 'tile' }
 */
export function sortValueOf(lead: LeadDto, field: string): SortValue | null {
  if (field.startsWith('custom:')) return text(lead.customFields[field.slice('custom:'.length)]);
  switch (field) {
    case 'area_code':
      return text(areaCodeOf(lead.phone));
    case 'postal_code':
      return text(lead.postalCode);
    case 'state':
      return text(lead.state);
    case 'source':
      return text(lead.source);
    case 'attempts':
      return { kind: 'number', value: lead.attemptCount };
    case 'created_at':
      return { kind: 'instant', instant: lead.createdAt };
    case 'last_attempt_at':
      return lead.lastAttemptAt ? { kind: 'instant', instant: lead.lastAttemptAt } : null;
    default:
      return null;
  }
}

/** The blocked counts worth showing, largest first (ties by code, so the order is stable). */
export function blockedRows(blocked: Readonly<Record<string, number>>): { reason: string; leads: number }[] {
  return Object.entries(blocked)
    .filter(([, leads]) => leads > 0)
    .map(([reason, leads]) => ({ reason, leads }))
    .sort((a, b) => b.leads - a.leads || a.reason.localeCompare(b.reason));
}

/** The window's end is exclusive: the last minute to dial is the one before it ("until 20:59"). */
export function lastCallableMinute(callableUntil: string | null): string | null {
  if (!callableUntil) return null;
  return new Date(Date.parse(callableUntil) - 60_000).toISOString();
}

// Leads held back by the campaign's own window open when that window starts in their zone.
const windowReasons: ReadonlySet<string> = new Set([
  'OUTSIDE_CALLING_WINDOW',
  'BLACKOUT_DATE',
  'NO_CALLING_DAY',
]);

/** The leads' own clock when a blocked group opens, where the rule says it ("08:00"); else null. */
export function openingLocalTime(
  reason: string,
  window: Pick<CallingWindowDto, 'startLocal'>,
): string | null {
  return windowReasons.has(reason) ? window.startLocal : null;
}

/** Custom-field keys seen on the previewed leads that a sort key or filter can name. */
export function customFieldKeysOf(leads: readonly LeadDto[]): string[] {
  const keys = new Set(leads.flatMap((lead) => Object.keys(lead.customFields)));
  return [...keys].filter((key) => customFieldKeyPattern.test(key)).sort();
}

/** Values to offer for a filter: the statuses, or what the previewed leads hold. */
export function filterValueSuggestions(field: string, leads: readonly LeadDto[]): string[] {
  const seen = (pick: (lead: LeadDto) => string | null | undefined) =>
    [...new Set(leads.map(pick).filter((v): v is string => Boolean(v)))].sort();
  if (field.startsWith('custom:')) return seen((lead) => lead.customFields[field.slice('custom:'.length)]);
  switch (field) {
    case 'status':
      return [...leadStatuses];
    case 'state':
      return seen((lead) => lead.state);
    case 'source':
      return seen((lead) => lead.source);
    case 'area_code':
      return seen((lead) => areaCodeOf(lead.phone));
    default:
      return [];
  }
}
