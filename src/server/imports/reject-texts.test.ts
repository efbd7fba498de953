import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowProblemCodes } from '../../contracts/imports.ts';
import { prepareLeadRow, type RowError } from '../../core/lead-intake/prepare-lead-row.ts';
import { rejectColumnText, rejectReasonText, rejectsCsvHeaders } from './reject-texts.ts';
import { rejectsCsv } from './rejects-csv.ts';

const stored = (problem: Pick<RowError, 'field' | 'reason' | 'code' | 'params'>) => ({
  field: problem.field,
  reason: problem.reason,
  code: problem.code ?? null,
  params: problem.params ? JSON.stringify(problem.params) : null,
});

/** The problems of one row as the import stores them: errors when refused, else warnings. */
function problemsOf(values: Record<string, string>, foreignPhones: 'warn' | 'refuse' = 'warn') {
  const mapping = Object.fromEntries(Object.keys(values).map((k) => [k, k])) as Parameters<
    typeof prepareLeadRow
  >[2];
  const result = prepareLeadRow(2, values, mapping, { defaultCountry: 'US', foreignPhones });
  return (result.ok ? result.warnings : result.errors).map(stored);
}

// Letters of English words: what a Serbian reason must not contain outside the row's own cells.
const englishWord = /\b(?:is|not|the|was|phone|number|left|out|kept|valid|read|known|state|note)\b/i;

describe('rejectReasonText', () => {
  it('English: the reason as stored', () => {
    const [problem] = problemsOf({ phone: '' });
    expect(problem && rejectReasonText('en', problem)).toBe('No phone number');
  });

  it.each([
    ['no phone', { phone: '' }],
    ['an invalid phone', { phone: '12345' }],
    ['an invalid phone and an invalid email', { phone: '12345', email: 'ana@' }],
    ['an invalid email', { phone: '2125550100', email: 'ana@example' }],
    ['a second phone left out', { phone: '2125550100', phone2: 'call me' }],
    ['an unknown country', { phone: '2125550100', country: 'Atlantis' }],
    ['an unknown US state', { phone: '2125550100', state: 'Narnia' }],
    ['an unreadable postal code', { phone: '2125550100', postalCode: '??' }],
    ['an unknown time zone', { phone: '2125550100', timeZone: 'Mars/Olympus' }],
    ['a note too long', { phone: '2125550100', note: 'x'.repeat(5001) }],
    ['a foreign phone kept', { phone: '+442079460958' }],
    ['a foreign phone refused', { phone: '+442079460958' }, 'refuse' as const],
    ['a foreign second phone left out', { phone: '2125550100', phone2: '+442079460958' }, 'refuse' as const],
  ])('Serbian for %s, with no English left', (_, values, policy?: 'warn' | 'refuse') => {
    const problems = problemsOf(values, policy);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const text = rejectReasonText('sr', problem);
      expect(text, problem.reason).not.toBe(problem.reason);
      expect(text.replace(/„[^“]*“/g, ''), problem.reason).not.toMatch(englishWord);
    }
  });

  it('translates a duplicate by its code, naming the field and the lead', () => {
    const problem = {
      field: 'phone',
      reason: 'Phone +12125550100 is already lead #7',
      code: 'DUPLICATE_EXISTING',
      params: JSON.stringify({ field: 'phone', value: '+12125550100', leadId: '7' }),
    };
    expect(rejectReasonText('sr', problem)).toBe('Телефон +12125550100 већ има контакт бр. 7');
  });

  it.each(rowProblemCodes)('%s reads as on the import screen (web sr.json import.problem)', (code) => {
    const sr = JSON.parse(
      readFileSync(new URL('../../../web/src/i18n/sr.json', import.meta.url), 'utf8'),
    ) as {
      import: { problem: Record<string, string> };
    };
    const params = {
      phone: '+442079460958',
      phoneCountry: 'GB',
      country: 'US',
      field: 'email',
      value: 'a@b.rs',
      row: '4',
      leadId: '9',
    };
    const shown = {
      ...params,
      phoneCountry: 'Уједињено Краљевство',
      country: 'Сједињене Државе',
      field: 'Имејл',
    };
    const screen = (sr.import.problem[code] ?? '').replace(
      /\{\{(\w+)\}\}/g,
      (_, name: keyof typeof shown) => shown[name],
    );
    const problem = { field: 'email', reason: 'English', code, params: JSON.stringify(params) };
    expect(rejectReasonText('sr', problem)).toBe(screen);
  });

  it('a text it does not know (a file reader’s message) stays as stored', () => {
    const problem = {
      field: 'row',
      reason: 'Row 3 has 4 values; the header has 5',
      code: null,
      params: null,
    };
    expect(rejectReasonText('sr', problem)).toBe(problem.reason);
  });
});

describe('rejects CSV in the reader’s language', () => {
  it('Serbian headers, columns and reasons; the file’s own headers as they are', async () => {
    expect(rejectsCsvHeaders('sr')).toEqual(['Ред', 'Колона', 'Разлог', 'Контакт']);
    expect(rejectColumnText('sr', 'Telefon')).toBe('Telefon');
    async function* rows() {
      yield {
        row_number: 2,
        field: 'phone',
        reason: 'No phone number',
        code: null,
        params: null,
        lead_id: null,
        cells: JSON.stringify({ Name: 'Ana', Phone: '' }),
      };
    }
    let csv = '';
    for await (const chunk of rejectsCsv(['Name', 'Phone'], rows(), 'sr')) csv += chunk;
    expect(csv).toBe('\uFEFFРед,Колона,Разлог,Контакт,Name,Phone\r\n2,Телефон,Нема броја телефона,,Ana,\r\n');
  });

  it('English by default, as before', async () => {
    let csv = '';
    for await (const chunk of rejectsCsv(['Name'], (async function* () {})())) csv += chunk;
    expect(csv).toBe('\uFEFFRow,Column,Reason,Lead,Name\r\n');
  });
});
