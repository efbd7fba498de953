import { AppError } from '../shared/app-error.ts';
import { scriptVariablesIn } from './render-script.ts';
import type { ScriptSection } from './script.ts';

/** What can be wrong with a script; screens translate these, the API sends them in `details`. */
export const scriptProblemCodes = [
  'NO_SECTIONS',
  'OPENING_FIRST',
  'OPENING_VARIABLES',
  'ID_FORMAT',
  'ID_TAKEN',
  'TITLE_REQUIRED',
  'BRANCH_LABEL',
  'BRANCH_TARGET',
] as const;
export type ScriptProblemCode = (typeof scriptProblemCodes)[number];

/** One thing wrong with a script, with the request field it belongs to (`sections.2.branches.0.target`). */
export interface ScriptProblem {
  code: ScriptProblemCode;
  field: string;
  message: string;
}

/** The section every script starts with: who is calling, and on behalf of whom. */
export const openingSectionId = 'opening';
/** Variables the opening must use, so the prospect always hears the setter's name and the client's. */
export const openingVariables = ['setter.firstName', 'client.name'] as const;

const sectionIdPattern = /^[A-Za-z0-9_-]{1,60}$/;

/**
 * Everything wrong with a script's sections (a company version or a setter's variant), in
 * reading order; empty when the script may be saved. The first section must be the opening
 * (id `opening`) and name who is calling and for whom; ids are unique; branches jump to
 * sections that exist.
 *
 * @example
 * scriptProblems([{ id: 'intro', title: 'Intro', body: 'Hi' }])
 * // [{ code: 'OPENING_FIRST', field: 'sections.0.id', message: 'The first section must be the opening, with the id "opening"' }, …]
 */
export function scriptProblems(sections: readonly ScriptSection[]): ScriptProblem[] {
  if (sections.length === 0)
    return [{ code: 'NO_SECTIONS', field: 'sections', message: 'A script needs at least its opening' }];
  const problems: ScriptProblem[] = [...openingProblems(sections[0])];
  const firstIndexOf = new Map<string, number>();
  sections.forEach((section, index) => {
    const at = `sections.${index}`;
    if (!sectionIdPattern.test(section.id))
      problems.push({
        code: 'ID_FORMAT',
        field: `${at}.id`,
        message: `Section ${index + 1}: the id may use only letters, digits, "-" and "_" (at most 60)`,
      });
    const first = firstIndexOf.get(section.id);
    if (first === undefined) firstIndexOf.set(section.id, index);
    else
      problems.push({
        code: 'ID_TAKEN',
        field: `${at}.id`,
        message: `Sections ${first + 1} and ${index + 1} have the same id "${section.id}"`,
      });
    if (section.title.trim() === '')
      problems.push({
        code: 'TITLE_REQUIRED',
        field: `${at}.title`,
        message: `Section ${index + 1} needs a title`,
      });
  });
  sections.forEach((section, index) => {
    (section.branches ?? []).forEach((branch, b) => {
      const at = `sections.${index}.branches.${b}`;
      if (branch.label.trim() === '')
        problems.push({
          code: 'BRANCH_LABEL',
          field: `${at}.label`,
          message: `"${section.title}": branch ${b + 1} needs a label`,
        });
      if (!firstIndexOf.has(branch.target))
        problems.push({
          code: 'BRANCH_TARGET',
          field: `${at}.target`,
          message: `"${section.title}": branch "${branch.label}" jumps to "${branch.target}", which is not a section`,
        });
    });
  });
  return problems;
}

function openingProblems(opening: ScriptSection | undefined): ScriptProblem[] {
  if (opening === undefined) return [];
  if (opening.id !== openingSectionId)
    return [
      {
        code: 'OPENING_FIRST',
        field: 'sections.0.id',
        message: `The first section must be the opening, with the id "${openingSectionId}"`,
      },
    ];
  const used = new Set(scriptVariablesIn(opening.body));
  const missing = openingVariables.filter((name) => !used.has(name));
  if (missing.length === 0) return [];
  return [
    {
      code: 'OPENING_VARIABLES',
      field: 'sections.0.body',
      message: `The opening must say who is calling and for whom: use ${missing.map((name) => `{{${name}}}`).join(' and ')}`,
    },
  ];
}

/**
 * Throws VALIDATION naming the first problem's field, with every problem in `details`.
 *
 * @example
 * requireValidScript(request.body.sections);
 */
export function requireValidScript(sections: readonly ScriptSection[]): void {
  const problems = scriptProblems(sections);
  const [first] = problems;
  if (first === undefined) return;
  throw new AppError('VALIDATION', { message: first.message, field: first.field, details: problems });
}
