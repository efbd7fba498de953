import type { RepDto, SaveRepRequest, TerritoryDto } from '../../../../../src/contracts/reps.ts';
import type { WeeklyInterval } from './intervals.ts';

export interface RepFormState {
  name: string;
  email: string;
  timeZone: string;
  weeklyHours: WeeklyInterval[];
  /** '' = no daily maximum. */
  dailyMax: number | '';
  active: boolean;
  states: string[];
  postalPrefixes: string[];
  areaCodes: string[];
  skills: string[];
}

/** A new rep starts on office hours, Monday to Friday 09:00–17:00, in the manager's zone. */
export const defaultWeeklyHours: WeeklyInterval[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  startLocal: '09:00',
  endLocal: '17:00',
}));

export function repFormFromDto(rep: RepDto | null, defaultTimeZone: string): RepFormState {
  if (!rep) {
    return {
      name: '',
      email: '',
      timeZone: defaultTimeZone,
      weeklyHours: defaultWeeklyHours,
      dailyMax: '',
      active: true,
      states: [],
      postalPrefixes: [],
      areaCodes: [],
      skills: [],
    };
  }
  return {
    name: rep.name,
    email: rep.email,
    timeZone: rep.timeZone,
    weeklyHours: rep.weeklyHours,
    dailyMax: rep.dailyMax ?? '',
    active: rep.active,
    states: rep.territory.states,
    postalPrefixes: rep.territory.postalPrefixes,
    areaCodes: rep.territory.areaCodes,
    skills: rep.skills,
  };
}

/** Entries of the territory the API would refuse, by field: states are two letters, area codes three digits. */
export function territoryProblems(form: Pick<RepFormState, 'states' | 'areaCodes'>): {
  states: string[];
  areaCodes: string[];
} {
  return {
    states: form.states.filter((state) => !/^[A-Za-z]{2}$/.test(state.trim())),
    areaCodes: form.areaCodes.filter((code) => !/^\d{3}$/.test(code.trim())),
  };
}

/** The request the API takes; the rep's login (userId) is kept as it was, since PUT replaces it. */
export function repRequestFromForm(
  form: RepFormState,
  clientId: number,
  userId: number | null,
): SaveRepRequest {
  return {
    clientId,
    name: form.name.trim(),
    email: form.email.trim(),
    timeZone: form.timeZone,
    weeklyHours: form.weeklyHours,
    dailyMax: form.dailyMax === '' ? null : form.dailyMax,
    active: form.active,
    territory: {
      states: form.states.map((state) => state.trim().toUpperCase()),
      postalPrefixes: form.postalPrefixes.map((prefix) => prefix.trim()),
      areaCodes: form.areaCodes.map((code) => code.trim()),
    },
    skills: form.skills.map((skill) => skill.trim()).filter(Boolean),
    userId,
  };
}

/** "TX, OK · 750*, 751* · 214": the territory on one line; null when it is anywhere. */
export function territorySummary(territory: TerritoryDto): string | null {
  const parts = [
    territory.states.join(', '),
    territory.postalPrefixes.map((prefix) => `${prefix}*`).join(', '),
    territory.areaCodes.join(', '),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}
