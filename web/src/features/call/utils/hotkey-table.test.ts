import { describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import sr from '../../../i18n/sr.json';
import {
  findHotkey,
  type HotkeyDefinition,
  type KeyInput,
  keysOf,
  leadHotkeys,
  outcomeHotkeys,
  resultHotkeys,
  screenHotkeys,
  worksInFields,
} from './hotkey-table.ts';

const press = (key: string, code: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  key,
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

const outcomes = outcomeHotkeys(['Interested — call back', 'Appointment booked', 'Not interested']);
/** The keys live at the same time: the first level (call results) and the second (outcomes). */
const activeSets: [string, readonly HotkeyDefinition[]][] = [
  ['call results on screen', [...screenHotkeys, ...leadHotkeys, ...resultHotkeys]],
  ['outcomes on screen', [...screenHotkeys, ...leadHotkeys, ...outcomes]],
];

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, part) => (typeof node === 'object' && node ? (node as Tree)[part] : undefined),
      tree,
    );

describe('keysOf', () => {
  it.each([
    ['a plain letter is its capital', press('n', 'KeyN'), 'N'],
    ['Shift+n (caps) is still N', press('N', 'KeyN'), 'N'],
    ['? typed with Shift is ?', press('?', 'Slash'), '?'],
    ['a digit is the digit', press('6', 'Digit6'), '6'],
    ['Alt+1 reads the physical key (a Mac types ¡)', press('¡', 'Digit1', { altKey: true }), 'Alt+1'],
    ['Alt+C reads the physical key', press('ç', 'KeyC', { altKey: true }), 'Alt+C'],
    ['⌘K counts as Ctrl+K', press('k', 'KeyK', { metaKey: true }), 'Ctrl+K'],
    ['Ctrl+Enter', press('Enter', 'Enter', { ctrlKey: true }), 'Ctrl+Enter'],
    ['Escape is Esc', press('Escape', 'Escape'), 'Esc'],
    ['a plain Enter is never a hotkey', press('Enter', 'Enter'), null],
    ['Space is never a hotkey', press(' ', 'Space'), null],
    [
      'Ctrl+Alt (AltGr on a Serbian layout) is never a hotkey',
      press('@', 'KeyV', { altKey: true, ctrlKey: true }),
      null,
    ],
    ['an arrow is never a hotkey', press('ArrowDown', 'ArrowDown'), null],
  ])('%s', (_title, input, expected) => {
    expect(keysOf(input)).toBe(expected);
  });
});

describe('findHotkey', () => {
  const definitions = [...screenHotkeys, ...leadHotkeys, ...resultHotkeys];

  it('a digit picks the call result of that digit', () => {
    expect(findHotkey(definitions, press('6', 'Digit6'), false)?.id).toBe('result.contact_made');
  });

  it('typing in a field: letters and digits type, they trigger nothing', () => {
    expect(findHotkey(definitions, press('1', 'Digit1'), true)).toBeUndefined();
    expect(findHotkey(definitions, press('n', 'KeyN'), true)).toBeUndefined();
    expect(findHotkey(definitions, press('/', 'Slash'), true)).toBeUndefined();
  });

  it('typing in a field: Alt, Ctrl and Esc still act', () => {
    expect(findHotkey(definitions, press('3', 'Digit3', { altKey: true }), true)?.id).toBe(
      'panelQualification',
    );
    expect(findHotkey(definitions, press('k', 'KeyK', { ctrlKey: true }), true)?.id).toBe(
      'objectionSearchCtrl',
    );
    expect(findHotkey(definitions, press('Enter', 'Enter', { ctrlKey: true }), true)?.id).toBe('submit');
    expect(findHotkey(definitions, press('Escape', 'Escape'), true)?.id).toBe('back');
  });

  it('the n-th outcome is the digit n, the tenth is 0, an eleventh has no key', () => {
    const ten = outcomeHotkeys(Array.from({ length: 11 }, (_, index) => `Outcome ${index + 1}`));
    expect(ten.map((definition) => definition.keys)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '0',
    ]);
    expect(findHotkey(ten, press('0', 'Digit0'), false)?.label).toEqual({ text: 'Outcome 10' });
  });
});

describe('the hotkey table', () => {
  it.each(activeSets)('no key does two things while %s', (_title, definitions) => {
    const keys = definitions.map((definition) => definition.keys);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('leaves Alt+I to the incoming-call action', () => {
    const all = [...screenHotkeys, ...leadHotkeys, ...resultHotkeys, ...outcomes];
    expect(all.map((definition) => definition.keys)).not.toContain('Alt+I');
  });

  it('every key the table lists can be typed as the table writes it', () => {
    for (const definition of [...screenHotkeys, ...leadHotkeys, ...resultHotkeys]) {
      expect(definition.keys).toMatch(/^(?:Esc|Ctrl\+(?:Enter|[A-Z])|Alt\+[0-9A-Z]|[A-Z0-9/?])$/);
      expect(worksInFields(definition.keys)).toBe(/^(?:Esc|Alt\+|Ctrl\+)/.test(definition.keys));
    }
  });

  it('every label the help shows is translated in English and Serbian', () => {
    for (const definition of [...screenHotkeys, ...leadHotkeys, ...resultHotkeys]) {
      if (!('key' in definition.label)) continue;
      expect(lookup(en as Tree, definition.label.key), definition.label.key).toEqual(expect.any(String));
      expect(lookup(sr as Tree, definition.label.key), definition.label.key).toEqual(expect.any(String));
    }
  });
});
