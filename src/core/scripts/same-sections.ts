import type { ScriptSection } from './script.ts';

/**
 * A section as stored: only its own fields, without an empty branch list, so that what a
 * browser sends as `branches: []` and what it leaves out compare and save alike.
 */
export function normalizeSection(section: ScriptSection): ScriptSection {
  const { id, title, body, branches, mandatory } = section;
  return {
    id,
    title,
    body,
    ...(branches && branches.length > 0
      ? { branches: branches.map(({ label, target }) => ({ label, target })) }
      : {}),
    ...(mandatory === true ? { mandatory: true } : {}),
  };
}

/**
 * True when two sections read the same to the prospect: title, text and branches (whether the
 * company locks a section is not part of its wording).
 *
 * @example
 * sameWording({ id: 'a', title: 'A', body: 'x', mandatory: true }, { id: 'a', title: 'A', body: 'x' }) // true
 */
export function sameWording(left: ScriptSection, right: ScriptSection): boolean {
  const { mandatory: _l, ...l } = normalizeSection(left);
  const { mandatory: _r, ...r } = normalizeSection(right);
  return JSON.stringify(l) === JSON.stringify(r);
}

/**
 * True when two scripts read the same: same sections in the same order with the same titles,
 * text and branches. Saving an unchanged text records no new version.
 *
 * @example
 * sameSections([{ id: 'a', title: 'A', body: 'x', branches: [] }], [{ id: 'a', title: 'A', body: 'x' }]) // true
 */
export function sameSections(left: readonly ScriptSection[], right: readonly ScriptSection[]): boolean {
  return JSON.stringify(left.map(normalizeSection)) === JSON.stringify(right.map(normalizeSection));
}
