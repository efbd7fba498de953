import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import type { ScriptSection } from './script.ts';
import { requireValidScript, scriptProblems } from './validate-script.ts';

const opening: ScriptSection = {
  id: 'opening',
  title: 'Opening',
  body: 'Hi {{lead.firstName}}, this is {{setter.firstName}} calling for {{client.name}}.',
};
const section = (id: string, extra: Partial<ScriptSection> = {}): ScriptSection => ({
  id,
  title: id,
  body: `About ${id}`,
  ...extra,
});

describe('scriptProblems', () => {
  it.each<{ name: string; sections: ScriptSection[]; fields: string[] }>([
    { name: 'a valid script has none', sections: [opening, section('gatekeeper')], fields: [] },
    {
      name: 'spaces inside the braces still count for the opening',
      sections: [{ ...opening, body: 'This is {{ setter.firstName }} from {{ client.name }}.' }],
      fields: [],
    },
    { name: 'no sections at all', sections: [], fields: ['sections'] },
    {
      name: 'the opening is not first',
      sections: [section('gatekeeper'), opening],
      fields: ['sections.0.id'],
    },
    {
      name: 'the opening does not say who calls',
      sections: [{ ...opening, body: 'Hello from {{client.name}}.' }],
      fields: ['sections.0.body'],
    },
    {
      name: 'the opening does not say for whom',
      sections: [{ ...opening, body: 'Hi, {{setter.firstName}} here.' }],
      fields: ['sections.0.body'],
    },
    {
      name: 'the setter named as plain text is not the variable',
      sections: [{ ...opening, body: 'Hi, setter.firstName from client.name' }],
      fields: ['sections.0.body'],
    },
    {
      name: 'two sections share an id',
      sections: [opening, section('objection'), section('objection')],
      fields: ['sections.2.id'],
    },
    {
      name: 'an id with a space',
      sections: [opening, section('two words')],
      fields: ['sections.1.id'],
    },
    {
      name: 'a blank title',
      sections: [opening, section('close', { title: '  ' })],
      fields: ['sections.1.title'],
    },
    {
      name: 'a branch jumps to a missing section',
      sections: [{ ...opening, branches: [{ label: 'Voicemail', target: 'voicemail' }] }],
      fields: ['sections.0.branches.0.target'],
    },
    {
      name: 'a branch without a label',
      sections: [opening, section('close', { branches: [{ label: ' ', target: 'opening' }] })],
      fields: ['sections.1.branches.0.label'],
    },
  ])('$name', ({ sections, fields }) => {
    expect(scriptProblems(sections).map((problem) => problem.field)).toEqual(fields);
  });

  it('names the missing variables and the sections that share an id', () => {
    const [missing] = scriptProblems([{ ...opening, body: 'Hello.' }]);
    expect(missing?.message).toContain('{{setter.firstName}} and {{client.name}}');
    const [duplicate] = scriptProblems([opening, section('x'), section('x')]);
    expect(duplicate?.message).toBe('Sections 2 and 3 have the same id "x"');
  });
});

describe('requireValidScript', () => {
  it('throws VALIDATION with the first field and every problem in details', () => {
    const sections = [
      { ...opening, id: 'intro' },
      section('a', { branches: [{ label: 'Go', target: 'b' }] }),
    ];
    try {
      requireValidScript(sections);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.code).toBe('VALIDATION');
      expect(appError.field).toBe('sections.0.id');
      expect(appError.details).toHaveLength(2);
    }
  });

  it('passes a valid script', () => {
    expect(() => requireValidScript([opening])).not.toThrow();
  });
});
