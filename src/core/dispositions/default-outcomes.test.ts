import { describe, expect, it } from 'vitest';
import { languages } from '../../contracts/auth.ts';
import {
  defaultOutcomes,
  defaultOutcomesFor,
  defaultReasons,
  defaultReasonsFor,
} from './default-outcomes.ts';
import { isOtherReason } from './outcome.ts';

const latinLetter = /[A-Za-z]/;

describe('defaultOutcomesFor', () => {
  it('English keeps the outcomes migration 0007 gave the clients of its day', () => {
    expect(defaultOutcomes.map((o) => [o.key, o.label])).toEqual([
      ['interested_callback', 'Interested — call back'],
      ['appointment', 'Appointment booked'],
      ['not_interested', 'Not interested'],
      ['not_qualified', 'Not qualified'],
      ['nurture', 'Not now — nurture'],
      ['do_not_call', 'Do not call'],
    ]);
    expect(defaultReasons.not_interested).toContain('No budget');
  });

  it.each(languages)('%s has the same keys, order, flags and reason slots as English', (locale) => {
    const strip = ({ label: _, ...rest }: { label: string }) => rest;
    expect(defaultOutcomesFor(locale).map(strip)).toEqual(defaultOutcomesFor('en').map(strip));
    const reasons = defaultReasonsFor(locale);
    expect(Object.keys(reasons)).toEqual(Object.keys(defaultReasonsFor('en')));
    for (const [key, labels] of Object.entries(defaultReasonsFor('en')))
      expect(reasons[key]?.length, key).toBe(labels.length);
  });

  it('Serbian names every outcome and reason in Cyrillic, none left in English', () => {
    const labels = [
      ...defaultOutcomesFor('sr').map((o) => o.label),
      ...Object.values(defaultReasonsFor('sr')).flat(),
    ];
    for (const label of labels) {
      expect(label.trim(), label).not.toBe('');
      expect(label, label).not.toMatch(latinLetter);
    }
    expect(defaultOutcomesFor('sr').find((o) => o.key === 'appointment')?.label).toBe('Заказан састанак');
  });

  it('labels are unique within a language, so a setter can tell them apart', () => {
    for (const locale of languages) {
      const outcomeLabels = defaultOutcomesFor(locale).map((o) => o.label);
      expect(new Set(outcomeLabels).size).toBe(outcomeLabels.length);
      for (const labels of Object.values(defaultReasonsFor(locale)))
        expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('"Other" asks for the setter’s words in every language: each list ends with it', () => {
    for (const locale of languages)
      for (const labels of Object.values(defaultReasonsFor(locale)))
        expect(isOtherReason({ label: labels.at(-1) ?? '' }), `${locale} ${labels.at(-1)}`).toBe(true);
    expect(isOtherReason({ label: ' друго ' })).toBe(true);
    expect(isOtherReason({ label: 'Нема буџет' })).toBe(false);
  });
});
