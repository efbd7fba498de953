import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import sr from '../../../i18n/sr.json';
import { countryName, problemText } from './problem-text.ts';

beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, sr: { translation: sr } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const foreign = {
  reason: '+442079460958 is a number of GB, not of US',
  code: 'PHONE_FOREIGN',
  params: { phone: '+442079460958', phoneCountry: 'GB', country: 'US' },
};

describe('problemText', () => {
  it('a foreign phone reads with country names in the reader’s language', () => {
    expect(problemText(i18n.getFixedT('en'), 'en-US', foreign)).toBe(
      '+442079460958 is a number of United Kingdom, not of United States: kept, check it',
    );
    const serbian = problemText(i18n.getFixedT('sr'), 'sr-Cyrl-RS', foreign);
    expect(serbian).toContain('Уједињено Краљевство');
    expect(serbian).not.toContain('GB');
  });

  it('a duplicate names the field and the existing lead', () => {
    const text = problemText(i18n.getFixedT('sr'), 'sr-Cyrl-RS', {
      reason: 'Phone +12125550100 is already lead #7',
      code: 'DUPLICATE_EXISTING',
      params: { field: 'phone', value: '+12125550100', leadId: '7' },
    });
    expect(text).toContain('+12125550100');
    expect(text).toContain('7');
    expect(text).not.toMatch(/already/);
  });

  it('without a known code the server’s reason is shown as it is', () => {
    expect(problemText(i18n.getFixedT('sr'), 'sr-Cyrl-RS', { reason: 'Something new' })).toBe(
      'Something new',
    );
    expect(problemText(i18n.getFixedT('sr'), 'sr-Cyrl-RS', { reason: 'Other', code: 'NOT_A_CODE' })).toBe(
      'Other',
    );
  });

  it('countryName falls back to the code for what Intl does not know', () => {
    expect(countryName('001', 'en-US')).toBe('001');
  });
});
