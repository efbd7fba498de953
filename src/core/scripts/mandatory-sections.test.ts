import { describe, expect, it } from 'vitest';
import { isMandatorySection, lockedSectionChange, withLockedSections } from './mandatory-sections.ts';
import type { ScriptSection } from './script.ts';

const company: ScriptSection[] = [
  { id: 'opening', title: 'Opening', body: 'Hi, {{setter.firstName}} calling on behalf of {{client.name}}.' },
  { id: 'pitch', title: 'Pitch', body: 'Solar panels' },
  { id: 'disclosure', title: 'Disclosure', body: 'This call may be recorded.', mandatory: true },
];

describe('mandatory sections', () => {
  it('the opening is always mandatory; another section when the manager marks it', () => {
    expect(company.map(isMandatorySection)).toEqual([true, false, true]);
  });

  it.each<{ name: string; variant: ScriptSection[]; change: ReturnType<typeof lockedSectionChange> }>([
    { name: 'the company text kept word for word', variant: company, change: undefined },
    {
      name: 'a reworded opening ("calling on behalf of" dropped)',
      variant: [
        { ...(company[0] as ScriptSection), body: 'Hey, {{setter.firstName}} from {{client.name}}.' },
        ...company.slice(1),
      ],
      change: { sectionId: 'opening', title: 'Opening', field: 'sections.0.body' },
    },
    {
      name: 'a locked section retitled',
      variant: [...company.slice(0, 2), { ...(company[2] as ScriptSection), title: 'Small print' }],
      change: { sectionId: 'disclosure', title: 'Disclosure', field: 'sections.2.body' },
    },
    {
      name: 'a locked section left out',
      variant: company.slice(0, 2),
      change: { sectionId: 'disclosure', title: 'Disclosure', field: 'sections' },
    },
    {
      name: 'an unlocked section reworded',
      variant: [
        company[0] as ScriptSection,
        { id: 'pitch', title: 'Pitch', body: 'Cheap power' },
        company[2] as ScriptSection,
      ],
      change: undefined,
    },
  ])('$name', ({ variant, change }) => {
    expect(lockedSectionChange(company, variant)).toEqual(change);
  });

  it('an older variant that differs in a locked section reads the company wording there', () => {
    const old: ScriptSection[] = [
      { id: 'opening', title: 'Opening', body: 'Yo!' },
      { id: 'pitch', title: 'Pitch', body: 'Cheap power' },
    ];
    expect(withLockedSections(company, old).map((s) => s.body)).toEqual([
      company[0]?.body,
      'Cheap power',
      'This call may be recorded.',
    ]);
  });
});
