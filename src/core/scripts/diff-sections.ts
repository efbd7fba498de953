import type { ScriptSection } from './script.ts';
import { type DiffPart, diffWords } from './word-diff.ts';

/** How one section changed between two versions of a script, with its text diffed word by word. */
export interface SectionDiff {
  sectionId: string;
  title: string;
  /** The old title when the section was renamed, else null. */
  previousTitle: string | null;
  change: 'same' | 'changed' | 'added' | 'removed';
  parts: DiffPart[];
}

/**
 * The text a reviewer compares for a section: its body, then one line per branch button, so a
 * renamed or new branch shows in the diff as well.
 */
export function sectionText(section: ScriptSection): string {
  const branches = (section.branches ?? []).map((branch) => `\n→ ${branch.label}`).join('');
  return `${section.body}${branches}`;
}

const sameSection = (left: ScriptSection, right: ScriptSection) =>
  left.title === right.title &&
  left.body === right.body &&
  JSON.stringify(left.branches ?? []) === JSON.stringify(right.branches ?? []);

const whole = (kind: DiffPart['kind'], text: string): DiffPart[] => (text === '' ? [] : [{ kind, text }]);

/**
 * Compares two versions of a script section by section, matched by id: in the right version's
 * order, each section the same, changed (title, text or branches) or added; then the sections only
 * the left one has, removed, in their old order.
 *
 * @example
 * diffSections([{ id: 'opening', title: 'Opening', body: 'Hi there' }],
 *              [{ id: 'opening', title: 'Opening', body: 'Hello there' }])
 * // [{ sectionId: 'opening', title: 'Opening', previousTitle: null, change: 'changed',
 * //    parts: [{ kind: 'removed', text: 'Hi' }, { kind: 'added', text: 'Hello' }, { kind: 'same', text: ' there' }] }]
 */
export function diffSections(left: readonly ScriptSection[], right: readonly ScriptSection[]): SectionDiff[] {
  const leftById = new Map(left.map((section) => [section.id, section]));
  const rightIds = new Set(right.map((section) => section.id));
  const kept = right.map((section): SectionDiff => {
    const before = leftById.get(section.id);
    if (before === undefined)
      return {
        sectionId: section.id,
        title: section.title,
        previousTitle: null,
        change: 'added',
        parts: whole('added', sectionText(section)),
      };
    const same = sameSection(before, section);
    return {
      sectionId: section.id,
      title: section.title,
      previousTitle: before.title === section.title ? null : before.title,
      change: same ? 'same' : 'changed',
      parts: same
        ? whole('same', sectionText(section))
        : diffWords(sectionText(before), sectionText(section)),
    };
  });
  const removed = left
    .filter((section) => !rightIds.has(section.id))
    .map(
      (section): SectionDiff => ({
        sectionId: section.id,
        title: section.title,
        previousTitle: null,
        change: 'removed',
        parts: whole('removed', sectionText(section)),
      }),
    );
  return [...kept, ...removed];
}
