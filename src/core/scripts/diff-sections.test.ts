import { describe, expect, it } from 'vitest';
import { diffSections, sectionText } from './diff-sections.ts';
import { normalizeSection, sameSections } from './same-sections.ts';
import type { ScriptSection } from './script.ts';

const s = (id: string, body: string, extra: Partial<ScriptSection> = {}): ScriptSection => ({
  id,
  title: id.toUpperCase(),
  body,
  ...extra,
});

describe('diffSections', () => {
  it.each<{ name: string; left: ScriptSection[]; right: ScriptSection[]; changes: [string, string][] }>([
    {
      name: 'unchanged sections are same, in the right order',
      left: [s('opening', 'Hi'), s('close', 'Bye')],
      right: [s('opening', 'Hi'), s('close', 'Bye')],
      changes: [
        ['opening', 'same'],
        ['close', 'same'],
      ],
    },
    {
      name: 'a new section is added, a dropped one removed at the end',
      left: [s('opening', 'Hi'), s('voicemail', 'Leave a message')],
      right: [s('opening', 'Hi'), s('gatekeeper', 'Who decides?')],
      changes: [
        ['opening', 'same'],
        ['gatekeeper', 'added'],
        ['voicemail', 'removed'],
      ],
    },
    {
      name: 'a renamed section with the same text is changed',
      left: [s('opening', 'Hi')],
      right: [s('opening', 'Hi', { title: 'Hello' })],
      changes: [['opening', 'changed']],
    },
    {
      name: 'a new branch changes the section',
      left: [s('opening', 'Hi')],
      right: [s('opening', 'Hi', { branches: [{ label: 'Busy', target: 'opening' }] })],
      changes: [['opening', 'changed']],
    },
    {
      name: 'reordered sections follow the right version and stay same',
      left: [s('a', 'x'), s('b', 'y')],
      right: [s('b', 'y'), s('a', 'x')],
      changes: [
        ['b', 'same'],
        ['a', 'same'],
      ],
    },
  ])('$name', ({ left, right, changes }) => {
    expect(diffSections(left, right).map((d) => [d.sectionId, d.change])).toEqual(changes);
  });

  it('diffs a changed body word by word and keeps the old title of a renamed section', () => {
    const [diff] = diffSections(
      [s('opening', 'Hi there')],
      [s('opening', 'Hello there', { title: 'Intro' })],
    );
    expect(diff).toEqual({
      sectionId: 'opening',
      title: 'Intro',
      previousTitle: 'OPENING',
      change: 'changed',
      parts: [
        { kind: 'removed', text: 'Hi' },
        { kind: 'added', text: 'Hello' },
        { kind: 'same', text: ' there' },
      ],
    });
  });

  it('shows an added section whole as added and a removed one whole as removed; an empty body has no parts', () => {
    const diffs = diffSections([s('old', 'Gone')], [s('new', 'Fresh'), s('empty', '')]);
    expect(diffs.map((d) => d.parts)).toEqual([
      [{ kind: 'added', text: 'Fresh' }],
      [],
      [{ kind: 'removed', text: 'Gone' }],
    ]);
  });

  it('reads branch labels as lines of the section text', () => {
    expect(sectionText(s('a', 'Hi', { branches: [{ label: 'Busy', target: 'b' }] }))).toBe('Hi\n→ Busy');
  });
});

describe('sameSections', () => {
  it.each<[string, ScriptSection[], ScriptSection[], boolean]>([
    ['an empty branch list is no branch list', [s('a', 'x', { branches: [] })], [s('a', 'x')], true],
    ['a changed word', [s('a', 'x')], [s('a', 'y')], false],
    ['another order', [s('a', 'x'), s('b', 'y')], [s('b', 'y'), s('a', 'x')], false],
    [
      'a changed branch target',
      [s('a', 'x', { branches: [{ label: 'L', target: 'a' }] })],
      [s('a', 'x', { branches: [{ label: 'L', target: 'b' }] })],
      false,
    ],
  ])('%s', (_, left, right, expected) => {
    expect(sameSections(left, right)).toBe(expected);
  });

  it('drops fields a section does not have', () => {
    const extra = { ...s('a', 'x'), colour: 'red' } as ScriptSection;
    expect(normalizeSection(extra)).toEqual(s('a', 'x'));
  });
});
