/** Where a rep sells: empty lists everywhere means anywhere. */
export interface Territory {
  /** Two-letter state or province codes. */
  states: string[];
  postalPrefixes: string[];
  /** North American area codes, three digits. */
  areaCodes: string[];
}

export const anywhere: Territory = { states: [], postalPrefixes: [], areaCodes: [] };

/** What eligibility reads of a rep. */
export interface EligibleRepCandidate {
  id: number;
  active: boolean;
  territory: Territory;
  skills: string[];
}

/** What eligibility reads of a meeting type. */
export interface EligibilityRules {
  /** The reps who take the type; empty: every active rep of the client. */
  repIds: number[];
  /** Skills or products a rep needs, all of them. */
  requiredSkills: string[];
}

/** Where the lead is, as the territory rules read it. */
export interface LeadPlace {
  state: string | null;
  postalCode: string | null;
  /** Primary phone, E.164. */
  phone: string;
}

const normalizedPostal = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();
const normalizedSkill = (skill: string) => skill.trim().toLowerCase();

/**
 * The area code of a North American number (+1 NXX …), else null.
 *
 * @example
 * areaCodeOf('+12125550123') // '212'
 * areaCodeOf('+442071234567') // null
 */
export function areaCodeOf(phone: string): string | null {
  const match = /^\+1([2-9]\d{2})\d{7}$/.exec(phone.replace(/[^\d+]/g, ''));
  return match?.[1] ?? null;
}

/**
 * True when the lead lies in the territory: an empty territory is anywhere; otherwise the lead's
 * state is one of the states, or its postal code starts with one of the prefixes, or its phone's
 * area code is one of the area codes. Any one match is enough.
 *
 * @example
 * isInTerritory({ states: ['TX'], postalPrefixes: ['100'], areaCodes: [] }, { state: 'NY', postalCode: '10001', phone: '+12125550123' }) // true: 100…
 * isInTerritory({ states: [], postalPrefixes: [], areaCodes: ['305'] }, { state: 'NY', postalCode: null, phone: '+12125550123' }) // false
 */
export function isInTerritory(territory: Territory, lead: LeadPlace): boolean {
  const { states, postalPrefixes, areaCodes } = territory;
  if (states.length === 0 && postalPrefixes.length === 0 && areaCodes.length === 0) return true;
  const state = lead.state?.trim().toUpperCase();
  if (state && states.some((s) => s.trim().toUpperCase() === state)) return true;
  const postal = lead.postalCode ? normalizedPostal(lead.postalCode) : '';
  if (postal && postalPrefixes.some((p) => p.trim() !== '' && postal.startsWith(normalizedPostal(p)))) {
    return true;
  }
  const areaCode = areaCodeOf(lead.phone);
  return areaCode !== null && areaCodes.includes(areaCode);
}

/** True when the rep has every required skill (compared without case or surrounding spaces). */
export function hasSkills(repSkills: readonly string[], required: readonly string[]): boolean {
  const own = new Set(repSkills.map(normalizedSkill));
  return required.every((skill) => own.has(normalizedSkill(skill)));
}

/**
 * The reps who may take a meeting of this type with this lead, in the given order: active, among
 * the type's reps when it names some, with every required skill, and whose territory holds the
 * lead; only `onlyRepId` when one is chosen.
 *
 * @example
 * eligibleReps(
 *   [
 *     { id: 1, active: true, territory: { states: ['CA'], postalPrefixes: [], areaCodes: [] }, skills: ['solar'] },
 *     { id: 2, active: true, territory: anywhere, skills: [] },
 *   ],
 *   { repIds: [], requiredSkills: ['Solar'] },
 *   { state: 'CA', postalCode: '94103', phone: '+14155550100' },
 * ).map((rep) => rep.id) // [1]: rep 2 lacks the skill
 */
export function eligibleReps<R extends EligibleRepCandidate>(
  reps: readonly R[],
  rules: EligibilityRules,
  lead: LeadPlace,
  onlyRepId?: number | null,
): R[] {
  const named = new Set(rules.repIds);
  return reps.filter(
    (rep) =>
      rep.active &&
      (onlyRepId === undefined || onlyRepId === null || rep.id === onlyRepId) &&
      (named.size === 0 || named.has(rep.id)) &&
      hasSkills(rep.skills, rules.requiredSkills) &&
      isInTerritory(rep.territory, lead),
  );
}

/**
 * The rep ids of a slot with the lead's owner rep first, the others in their order.
 *
 * @example
 * ownerFirst([2, 5, 9], 9) // [9, 2, 5]
 * ownerFirst([2, 5], 9) // [2, 5]
 */
export function ownerFirst(repIds: readonly number[], ownerRepId: number | null): number[] {
  if (ownerRepId === null || !repIds.includes(ownerRepId)) return [...repIds];
  return [ownerRepId, ...repIds.filter((id) => id !== ownerRepId)];
}
