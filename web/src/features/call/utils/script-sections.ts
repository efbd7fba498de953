import type { ScriptSection } from '../../../../../src/core/scripts/script.ts';
import { openingSectionId } from '../../../../../src/core/scripts/validate-script.ts';

/**
 * The sections in reading order with the mandatory opening (who is calling and for whom) first,
 * whatever order an older script stored them in.
 *
 * @example
 * scriptReadingOrder([{ id: 'pitch', … }, { id: 'opening', … }]).map((s) => s.id) // ['opening', 'pitch']
 */
export function scriptReadingOrder<T extends ScriptSection>(sections: readonly T[]): T[] {
  const opening = sections.find((section) => section.id === openingSectionId);
  return opening ? [opening, ...sections.filter((section) => section !== opening)] : [...sections];
}

export const isOpening = (section: ScriptSection): boolean => section.id === openingSectionId;
