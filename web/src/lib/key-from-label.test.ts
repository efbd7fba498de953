import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyFromLabel } from './key-from-label.ts';

describe('keyFromLabel', () => {
  it.each([
    ['plain words', 'Appointment booked', 'appointment_booked'],
    ['punctuation and dashes collapse to one _', 'Interested — call back!', 'interested_call_back'],
    ['Latin diacritics are dropped', 'Nije zainteresovan — čeka ponudu', 'nije_zainteresovan_ceka_ponudu'],
    ['Serbian đ keeps its sound', 'Međunarodni', 'medjunarodni'],
    ['Serbian Cyrillic is spelled in Latin', 'Није заинтересован', 'nije_zainteresovan'],
    ['digits stay', 'Budget over 10k', 'budget_over_10k'],
    ['a label without letters falls back', '—?!', 'item'],
    ['a long label is cut at 40 with no trailing _', `${'a'.repeat(39)} b`, 'a'.repeat(39)],
  ])('%s', (_title, label, key) => {
    expect(keyFromLabel(label)).toBe(key);
  });

  it('a taken key gets the next free suffix, still within the length', () => {
    expect(keyFromLabel('Other', ['other', 'other_2'])).toBe('other_3');
    expect(keyFromLabel('x'.repeat(40), ['x'.repeat(40)])).toBe(`${'x'.repeat(38)}_2`);
    expect(keyFromLabel('', ['option'], { fallback: 'option' })).toBe('option_2');
  });

  it('always gives a slug the outcomes contract accepts, never one already taken', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 12 })), (label, taken) => {
        const key = keyFromLabel(label, taken);
        expect(key).toMatch(/^[a-z0-9_]{1,40}$/);
        expect(taken).not.toContain(key);
      }),
    );
  });
});
