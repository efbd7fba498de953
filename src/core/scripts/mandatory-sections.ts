import { AppError } from '../shared/app-error.ts';
import { normalizeSection, sameWording } from './same-sections.ts';
import type { ScriptSection } from './script.ts';
import { openingSectionId } from './validate-script.ts';

/**
 * A section a setter may not reword: the opening (who calls, for whom) always, and any section the
 * manager marked mandatory.
 *
 * @example
 * isMandatorySection({ id: 'opening', title: 'Opening', body: '…' }) // true
 */
export const isMandatorySection = (section: Pick<ScriptSection, 'id' | 'mandatory'>): boolean =>
  section.id === openingSectionId || section.mandatory === true;

/**
 * The first mandatory company section a variant left out or worded differently, with the request
 * field it belongs to; undefined when every locked section reads word for word.
 *
 * @example
 * lockedSectionChange(company, [{ ...company[0], body: 'Hey' }]) // { sectionId: 'opening', field: 'sections.0.body', … }
 */
export function lockedSectionChange(
  company: readonly ScriptSection[],
  variant: readonly ScriptSection[],
): { sectionId: string; title: string; field: string } | undefined {
  for (const locked of company.filter(isMandatorySection)) {
    const index = variant.findIndex((section) => section.id === locked.id);
    const mine = variant[index];
    if (mine === undefined) return { sectionId: locked.id, title: locked.title, field: 'sections' };
    if (!sameWording(mine, locked))
      return { sectionId: locked.id, title: locked.title, field: `sections.${index}.body` };
  }
  return undefined;
}

/** Throws SCRIPT_SECTION_LOCKED naming the first locked section the variant changed. */
export function requireLockedSectionsKept(
  company: readonly ScriptSection[],
  variant: readonly ScriptSection[],
): void {
  const change = lockedSectionChange(company, variant);
  if (change === undefined) return;
  throw new AppError('SCRIPT_SECTION_LOCKED', {
    message: `"${change.title}" is read word for word: keep the company wording`,
    field: change.field,
    details: { sectionId: change.sectionId },
  });
}

/**
 * A variant as read on a call: the company wording in every mandatory section (also for a
 * variant approved before the section was locked), the setter's elsewhere.
 *
 * @example
 * withLockedSections(company, variant).find((s) => s.id === 'opening') // the company's opening
 */
export function withLockedSections(
  company: readonly ScriptSection[],
  variant: readonly ScriptSection[],
): ScriptSection[] {
  const locked = new Map(company.filter(isMandatorySection).map((section) => [section.id, section]));
  const read = variant.map((section) => normalizeSection(locked.get(section.id) ?? section));
  const missing = company.filter(
    (section) => locked.has(section.id) && !variant.some((v) => v.id === section.id),
  );
  return [...read, ...missing.map(normalizeSection)];
}
