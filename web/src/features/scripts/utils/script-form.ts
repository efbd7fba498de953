import type { ScriptMode, ScriptPurpose, ScriptSection } from '../../../../../src/core/scripts/script.ts';
import { openingSectionId } from '../../../../../src/core/scripts/validate-script.ts';
import { isApiError } from '../../../lib/api-client.ts';

export interface BranchDraft {
  key: string;
  label: string;
  target: string;
}
export interface SectionDraft {
  /** React's key: stable while the section moves. */
  key: string;
  id: string;
  title: string;
  body: string;
  branches: BranchDraft[];
  /** Locked word for word in setters' variants (the opening always is). */
  mandatory?: boolean;
}
export interface ScriptFormState {
  name: string;
  mode: ScriptMode;
  purpose: ScriptPurpose;
  note: string;
  sections: SectionDraft[];
}

/** A problem to show beside a field: a code the screen translates, or the server's own words. */
export interface FieldProblem {
  field: string;
  code: string;
  message?: string;
}

let lastKey = 0;
const newKey = () => `draft-${++lastKey}`;

/** The opening a new script starts with: it already says who is calling and for whom. */
export const defaultOpeningBody =
  'Hi {{lead.firstName}}, this is {{setter.firstName}} calling on behalf of {{client.name}}.';

export function draftsFrom(sections: readonly ScriptSection[]): SectionDraft[] {
  return sections.map((section) => ({
    key: newKey(),
    id: section.id,
    title: section.title,
    body: section.body,
    branches: (section.branches ?? []).map((branch) => ({ key: newKey(), ...branch })),
    ...(section.mandatory ? { mandatory: true } : {}),
  }));
}

/** The form for a script, or for a new one with just its opening. */
export function scriptFormFrom(
  script: { name: string; mode: ScriptMode; purpose: ScriptPurpose; sections: ScriptSection[] } | null,
  openingTitle: string,
): ScriptFormState {
  if (script)
    return {
      name: script.name,
      mode: script.mode,
      purpose: script.purpose,
      note: '',
      sections: draftsFrom(script.sections),
    };
  return {
    name: '',
    mode: 'verbatim',
    purpose: 'outbound',
    note: '',
    sections: draftsFrom([{ id: openingSectionId, title: openingTitle, body: defaultOpeningBody }]),
  };
}

/** The sections as the API takes them; branches without a label and a target are left out. */
export function sectionsFromDrafts(drafts: readonly SectionDraft[]): ScriptSection[] {
  return drafts.map(({ id, title, body, branches, mandatory }) => {
    const kept = branches
      .filter((branch) => branch.label.trim() !== '' || branch.target !== '')
      .map(({ label, target }) => ({ label: label.trim(), target }));
    return {
      id,
      title: title.trim(),
      body,
      ...(kept.length > 0 ? { branches: kept } : {}),
      ...(mandatory ? { mandatory: true } : {}),
    };
  });
}

/** A fresh id for a new section: `section-2`, `section-3` … whichever is free. */
export function newSectionId(drafts: readonly SectionDraft[]): string {
  const taken = new Set(drafts.map((draft) => draft.id));
  let n = drafts.length + 1;
  while (taken.has(`section-${n}`)) n++;
  return `section-${n}`;
}

export function addSection(drafts: readonly SectionDraft[], title: string): SectionDraft[] {
  return [...drafts, { key: newKey(), id: newSectionId(drafts), title, body: '', branches: [] }];
}

export const newBranch = (): BranchDraft => ({ key: newKey(), label: '', target: '' });

/** The opening stays first: it never moves, and nothing moves above it. */
export function canMoveSection(drafts: readonly SectionDraft[], index: number, offset: -1 | 1): boolean {
  const to = index + offset;
  return index > 0 && to > 0 && to < drafts.length;
}

export function moveSection(drafts: readonly SectionDraft[], index: number, offset: -1 | 1): SectionDraft[] {
  if (!canMoveSection(drafts, index, offset)) return [...drafts];
  const next = [...drafts];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(index + offset, 0, moved);
  return next;
}

/** Removes a section (never the opening) and the branch buttons that jumped to it. */
export function removeSection(drafts: readonly SectionDraft[], index: number): SectionDraft[] {
  const removed = drafts[index];
  if (index === 0 || removed === undefined) return [...drafts];
  return drafts
    .filter((_, at) => at !== index)
    .map((draft) => ({
      ...draft,
      branches: draft.branches.filter((branch) => branch.target !== removed.id),
    }));
}

/** Inserts text at the caret (replacing a selection); answers the new text and where the caret goes. */
export function insertAt(
  text: string,
  selection: { start: number; end: number },
  insertion: string,
): { text: string; caret: number } {
  const start = Math.max(0, Math.min(selection.start, text.length));
  const end = Math.max(start, Math.min(selection.end, text.length));
  return { text: text.slice(0, start) + insertion + text.slice(end), caret: start + insertion.length };
}

/**
 * What the server refused, by field: every problem of a script it listed in `details`, else the
 * one field its error names. Empty for errors that belong to no field.
 */
export function serverProblems(error: unknown): FieldProblem[] {
  if (!isApiError(error) || error.code !== 'VALIDATION') return [];
  if (Array.isArray(error.details)) {
    const listed = error.details.flatMap((item: unknown): FieldProblem[] => {
      if (typeof item !== 'object' || item === null) return [];
      const { field, code, message } = item as Record<string, unknown>;
      return typeof field === 'string' && typeof code === 'string' && /^[A-Z_]+$/.test(code)
        ? [{ field, code, ...(typeof message === 'string' ? { message } : {}) }]
        : [];
    });
    if (listed.length > 0) return listed;
  }
  return error.field
    ? [{ field: error.field.replace(/^body\./, ''), code: 'SERVER', message: error.message }]
    : [];
}
