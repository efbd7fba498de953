import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryOpenVariant, carryVariant, rebaseVariant } from './rebase-variant.ts';
import type { ScriptSection } from './script.ts';

const s = (id: string, body: string, extra: Partial<ScriptSection> = {}): ScriptSection => ({
  id,
  title: id[0]?.toUpperCase() + id.slice(1),
  body,
  ...extra,
});
const opening = s('opening', 'Hi, {{setter.firstName}} for {{client.name}}');
const base = [opening, s('pitch', 'Solar panels'), s('booking', 'When suits you?')];
const bodies = (sections: ScriptSection[]) => sections.map((x) => `${x.id}:${x.body}`);

describe('rebaseVariant, section by section', () => {
  it.each<{
    name: string;
    mine: ScriptSection[];
    company: ScriptSection[];
    read: string[];
    conflicts: string[];
  }>([
    {
      name: 'a section the setter did not change follows the company (the new Booking line arrives)',
      mine: [opening, s('pitch', 'Cheap solar'), base[2] as ScriptSection],
      company: [opening, base[1] as ScriptSection, s('booking', 'When suits you? Battery storage too?')],
      read: [`opening:${opening.body}`, 'pitch:Cheap solar', 'booking:When suits you? Battery storage too?'],
      conflicts: [],
    },
    {
      name: 'a section changed only by the setter keeps their wording',
      mine: [opening, s('pitch', 'Cheap solar'), base[2] as ScriptSection],
      company: base,
      read: [`opening:${opening.body}`, 'pitch:Cheap solar', 'booking:When suits you?'],
      conflicts: [],
    },
    {
      name: 'a section changed on both sides is a conflict, read in the company wording',
      mine: [opening, s('pitch', 'Cheap solar'), base[2] as ScriptSection],
      company: [opening, s('pitch', 'Solar and batteries'), base[2] as ScriptSection],
      read: [`opening:${opening.body}`, 'pitch:Solar and batteries', 'booking:When suits you?'],
      conflicts: ['pitch'],
    },
    {
      name: 'both sides made the same change: no conflict',
      mine: [opening, s('pitch', 'Same words'), base[2] as ScriptSection],
      company: [opening, s('pitch', 'Same words'), base[2] as ScriptSection],
      read: [`opening:${opening.body}`, 'pitch:Same words', 'booking:When suits you?'],
      conflicts: [],
    },
    {
      name: 'a new company section arrives after the section before it',
      mine: [opening, s('pitch', 'Cheap solar'), base[2] as ScriptSection],
      company: [opening, base[1] as ScriptSection, s('price', 'From $99'), base[2] as ScriptSection],
      read: [`opening:${opening.body}`, 'pitch:Cheap solar', 'price:From $99', 'booking:When suits you?'],
      conflicts: [],
    },
    {
      name: 'a section the company removed goes, even when the setter had reworded it',
      mine: [opening, s('pitch', 'Cheap solar'), base[2] as ScriptSection],
      company: [opening, base[2] as ScriptSection],
      read: [`opening:${opening.body}`, 'booking:When suits you?'],
      conflicts: [],
    },
    {
      name: 'a section only the setter added stays where they put it',
      mine: [opening, s('story', 'My neighbour'), ...base.slice(1)],
      company: [opening, base[1] as ScriptSection, s('booking', 'Pick a day')],
      read: [`opening:${opening.body}`, 'story:My neighbour', 'pitch:Solar panels', 'booking:Pick a day'],
      conflicts: [],
    },
    {
      name: 'a section the setter removed and the company changed comes back as a conflict',
      mine: [opening, base[2] as ScriptSection],
      company: [opening, s('pitch', 'Solar and batteries'), base[2] as ScriptSection],
      read: [`opening:${opening.body}`, 'pitch:Solar and batteries', 'booking:When suits you?'],
      conflicts: ['pitch'],
    },
    {
      name: 'a mandatory section always follows the company, never a conflict',
      mine: [s('opening', 'Yo, it is {{setter.firstName}} of {{client.name}}'), ...base.slice(1)],
      company: [s('opening', 'Good day, {{setter.firstName}} for {{client.name}}'), ...base.slice(1)],
      read: [
        'opening:Good day, {{setter.firstName}} for {{client.name}}',
        'pitch:Solar panels',
        'booking:When suits you?',
      ],
      conflicts: [],
    },
  ])('$name', ({ mine, company, read, conflicts }) => {
    const rebased = rebaseVariant(base, mine, company);
    expect(bodies(rebased.sections)).toEqual(read);
    expect(rebased.conflicts.map((c) => c.sectionId)).toEqual(conflicts);
  });

  it('a conflict keeps the setter’s wording for review', () => {
    const mine = [opening, s('pitch', 'Cheap solar'), base[2] as ScriptSection];
    const company = [opening, s('pitch', 'Solar and batteries'), base[2] as ScriptSection];
    expect(rebaseVariant(base, mine, company).conflicts).toEqual([
      { sectionId: 'pitch', title: 'Pitch', mine: s('pitch', 'Cheap solar') },
    ]);
  });

  it('a branch of the setter’s to a section the company removed is dropped', () => {
    const withGatekeeper = [...base, s('gatekeeper', 'Is the owner in?')];
    const mine = [
      opening,
      s('pitch', 'Cheap solar', { branches: [{ label: 'Gatekeeper', target: 'gatekeeper' }] }),
      ...withGatekeeper.slice(2),
    ];
    const rebased = rebaseVariant(withGatekeeper, mine, base);
    expect(rebased.sections.find((x) => x.id === 'pitch')).toEqual(s('pitch', 'Cheap solar'));
  });

  it('a section the company newly marks mandatory carries the mark and the company wording', () => {
    const mine = [opening, s('pitch', 'Cheap solar'), base[2] as ScriptSection];
    const company = [opening, s('pitch', 'Solar panels', { mandatory: true }), base[2] as ScriptSection];
    const pitch = rebaseVariant(base, mine, company).sections[1];
    expect(pitch).toEqual(s('pitch', 'Solar panels', { mandatory: true }));
  });
});

const words = fc.constantFrom('solar', 'battery', 'roof', 'save', 'today', 'call');
const body = fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const ids = ['pitch', 'booking', 'price', 'gatekeeper', 'voicemail'] as const;
/** A script: the opening, then a subset of named sections in some order, with branches among them. */
const script = fc
  .tuple(fc.shuffledSubarray([...ids]), fc.array(body, { minLength: ids.length, maxLength: ids.length }))
  .chain(([chosen, texts]) =>
    fc
      .array(fc.constantFrom('opening', ...chosen), { maxLength: 2 })
      .map((targets) => [
        opening,
        ...chosen.map((id, i) =>
          s(
            id,
            texts[i] ?? '',
            i === 0 && targets.length > 0 ? { branches: targets.map((t) => ({ label: t, target: t })) } : {},
          ),
        ),
      ]),
  );
/** The setter's variant of a base: some sections reworded, the opening kept. */
const variantOf = (of: ScriptSection[]) =>
  fc
    .array(fc.option(body, { nil: undefined }), { minLength: of.length, maxLength: of.length })
    .map((edits) =>
      of.map((section, i) => (i === 0 || edits[i] === undefined ? section : { ...section, body: edits[i] })),
    );

describe('rebaseVariant properties', () => {
  it('rebasing onto an unchanged company version changes nothing', () => {
    fc.assert(
      fc.property(
        script.chain((b) => fc.tuple(fc.constant(b), variantOf(b))),
        ([b, mine]) => {
          expect(rebaseVariant(b, mine, b)).toEqual({ sections: mine, conflicts: [] });
        },
      ),
    );
  });

  it('a variant identical to its base becomes the new company version', () => {
    fc.assert(
      fc.property(script, script, (b, company) => {
        expect(rebaseVariant(b, b, company)).toEqual({ sections: company, conflicts: [] });
      }),
    );
  });

  it('every section read is the company’s or the setter’s, and conflicts read the company’s', () => {
    fc.assert(
      fc.property(
        script.chain((b) => fc.tuple(fc.constant(b), variantOf(b), script)),
        ([b, mine, company]) => {
          const rebased = rebaseVariant(b, mine, company);
          for (const conflict of rebased.conflicts)
            expect(rebased.sections.find((x) => x.id === conflict.sectionId)).toEqual(
              company.find((x) => x.id === conflict.sectionId),
            );
          expect(rebased.sections[0]).toEqual(company[0]);
        },
      ),
    );
  });
});

describe('carrying variants onto a new company version', () => {
  const mine = [opening, s('pitch', 'Cheap solar'), base[2] as ScriptSection];
  const company = [opening, s('pitch', 'Solar and batteries'), s('booking', 'Pick a day')];

  it('a variant in use with a conflict goes to review, the company wording read there', () => {
    expect(carryVariant({ sections: mine, baseSections: base, conflicts: [] }, company)).toMatchObject({
      status: 'needs_rebase',
      sections: company,
      conflicts: [{ sectionId: 'pitch' }],
    });
  });

  it('an earlier conflict still waiting is kept when the company changes something else', () => {
    const waiting = carryVariant({ sections: mine, baseSections: base, conflicts: [] }, company);
    const next = [...company.slice(0, 2), s('booking', 'Pick any day')];
    const again = carryVariant({ ...waiting, baseSections: company }, next);
    expect(again.status).toBe('needs_rebase');
    expect(again.conflicts.map((c) => c.sectionId)).toEqual(['pitch']);
    expect(again.sections).toEqual(next);
  });

  it('a variant still open keeps the setter’s wording where both changed it and takes the rest', () => {
    expect(carryOpenVariant({ sections: mine, baseSections: base, conflicts: [] }, company)).toEqual({
      status: 'open',
      conflicts: [],
      sections: [opening, s('pitch', 'Cheap solar'), s('booking', 'Pick a day')],
    });
  });
});
