import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import {
  addSection,
  canMoveSection,
  draftsFrom,
  insertAt,
  moveSection,
  newSectionId,
  removeSection,
  scriptFormFrom,
  sectionsFromDrafts,
  serverProblems,
} from './script-form.ts';

const drafts = () =>
  draftsFrom([
    { id: 'opening', title: 'Opening', body: 'Hi', branches: [{ label: 'Voicemail', target: 'voicemail' }] },
    { id: 'discovery', title: 'Discovery', body: 'Q' },
    { id: 'voicemail', title: 'Voicemail', body: 'Bye' },
  ]);
const ids = (list: { id: string }[]) => list.map((d) => d.id);

describe('script form', () => {
  it('a new script starts with an opening that says who calls and for whom', () => {
    const form = scriptFormFrom(null, 'Opening');
    expect(sectionsFromDrafts(form.sections)).toEqual([
      { id: 'opening', title: 'Opening', body: expect.stringContaining('{{setter.firstName}}') },
    ]);
    expect(form.sections[0]?.body).toContain('{{client.name}}');
  });

  it('round-trips sections, dropping empty branch rows and trimming titles', () => {
    const list = drafts();
    const first = list[0];
    if (!first) throw new Error('no opening');
    first.title = ' Opening ';
    first.branches.push({ key: 'x', label: '', target: '' });
    expect(sectionsFromDrafts(list)[0]).toEqual({
      id: 'opening',
      title: 'Opening',
      body: 'Hi',
      branches: [{ label: 'Voicemail', target: 'voicemail' }],
    });
  });

  it.each<[string, number, -1 | 1, boolean]>([
    ['the opening never moves', 0, 1, false],
    ['nothing moves above the opening', 1, -1, false],
    ['a middle section moves down', 1, 1, true],
    ['the last section does not move down', 2, 1, false],
    ['the last section moves up', 2, -1, true],
  ])('%s', (_, index, offset, allowed) => {
    expect(canMoveSection(drafts(), index, offset)).toBe(allowed);
    const moved = ids(moveSection(drafts(), index, offset));
    expect(moved).toEqual(
      allowed
        ? ids(drafts()).map((id, at, all) =>
            at === index ? all[index + offset] : at === index + offset ? all[index] : id,
          )
        : ids(drafts()),
    );
  });

  it('removing a section drops the buttons that jumped to it; the opening cannot be removed', () => {
    const after = removeSection(drafts(), 2);
    expect(ids(after)).toEqual(['opening', 'discovery']);
    expect(after[0]?.branches).toEqual([]);
    expect(ids(removeSection(drafts(), 0))).toEqual(ids(drafts()));
  });

  it('new sections get free ids', () => {
    const list = draftsFrom([
      { id: 'opening', title: 'O', body: '' },
      { id: 'section-3', title: 'S', body: '' },
    ]);
    expect(newSectionId(list)).toBe('section-4');
    expect(ids(addSection(list, 'New'))).toEqual(['opening', 'section-3', 'section-4']);
  });

  it.each([
    ['at the caret', 'Hi there', { start: 3, end: 3 }, 'Hi {{x}}there', 8],
    ['over a selection', 'Hi there', { start: 3, end: 8 }, 'Hi {{x}}', 8],
    ['past the end', 'Hi', { start: 9, end: 9 }, 'Hi{{x}}', 7],
  ])('inserts a variable %s', (_, text, selection, expected, caret) => {
    expect(insertAt(text, selection, '{{x}}')).toEqual({ text: expected, caret });
  });
});

describe('serverProblems', () => {
  it('reads every listed problem of a script, else the one field named', () => {
    const listed = new ApiError({
      code: 'VALIDATION',
      message: 'x',
      status: 400,
      field: 'sections.0.body',
      details: [{ code: 'OPENING_VARIABLES', field: 'sections.0.body', message: 'm' }, { path: '/x' }],
    });
    expect(serverProblems(listed)).toEqual([
      { code: 'OPENING_VARIABLES', field: 'sections.0.body', message: 'm' },
    ]);
    const single = new ApiError({
      code: 'VALIDATION',
      message: 'body.name: too long',
      status: 400,
      field: 'body.name',
    });
    expect(serverProblems(single)).toEqual([
      { code: 'SERVER', field: 'name', message: 'body.name: too long' },
    ]);
    expect(serverProblems(new ApiError({ code: 'CONFLICT', message: 'x', status: 409 }))).toEqual([]);
    expect(serverProblems(new Error('boom'))).toEqual([]);
  });
});
