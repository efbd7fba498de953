import type { CampaignChangeEntryDto } from '../../../../../src/contracts/campaign-admin.ts';

type Change = CampaignChangeEntryDto['changes'][number];
export type ChangeField = Change['field'];

/** Names of the things a change refers to by id, per kind; an unknown id is shown as "#id". */
export interface ChangeNames {
  lists: ReadonlyMap<number, string>;
  scripts: ReadonlyMap<number, string>;
  forms: ReadonlyMap<number, string>;
  meetingTypes: ReadonlyMap<number, string>;
  setters: ReadonlyMap<number, string>;
}

/** How a value reads in the history: names for ids, null as "none", a list joined. */
export type ValueText =
  | { kind: 'text'; text: string }
  | { kind: 'none' }
  | { kind: 'everyone' }
  | { kind: 'status'; status: string }
  | { kind: 'window'; start: string; end: string }
  | { kind: 'changed' };

const nameOf = (names: ReadonlyMap<number, string>, id: unknown) =>
  typeof id === 'number' ? (names.get(id) ?? `#${id}`) : String(id);

function idsText(names: ReadonlyMap<number, string>, value: unknown, empty: ValueText): ValueText {
  if (!Array.isArray(value) || value.length === 0) return empty;
  return { kind: 'text', text: value.map((id) => nameOf(names, id)).join(', ') };
}

/**
 * One side (before or after) of a logged change, readable: the script's name instead of its id,
 * "everyone" for no setters, the window's hours; rules too rich for a line read "changed".
 *
 * @example
 * valueText('scriptId', 4, names) // { kind: 'text', text: 'Solar — autumn' }
 */
export function valueText(field: ChangeField, value: unknown, names: ChangeNames): ValueText {
  switch (field) {
    case 'name':
      return { kind: 'text', text: String(value) };
    case 'status':
      return { kind: 'status', status: String(value) };
    case 'listIds':
      return idsText(names.lists, value, { kind: 'none' });
    case 'setterIds':
      return idsText(names.setters, value, { kind: 'everyone' });
    case 'scriptId':
      return value === null ? { kind: 'none' } : { kind: 'text', text: nameOf(names.scripts, value) };
    case 'qualificationFormId':
      return value === null ? { kind: 'none' } : { kind: 'text', text: nameOf(names.forms, value) };
    case 'meetingTypeId':
      return value === null ? { kind: 'none' } : { kind: 'text', text: nameOf(names.meetingTypes, value) };
    case 'callingWindow': {
      const window = value as { startLocal?: unknown; endLocal?: unknown } | null;
      return typeof window?.startLocal === 'string' && typeof window.endLocal === 'string'
        ? { kind: 'window', start: window.startLocal, end: window.endLocal }
        : { kind: 'changed' };
    }
    case 'sortKeys':
    case 'filters':
    case 'retryPolicy':
      return { kind: 'changed' };
    default: {
      const unreachable: never = field;
      return { kind: 'text', text: String(unreachable) };
    }
  }
}
