import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderScriptText, renderScriptToString, scriptVariablesIn } from './render-script.ts';
import type { ScriptSegment, ScriptVariables } from './script.ts';

const vars: ScriptVariables = {
  lead: { firstName: 'Ana', company: 'Roofs & Co', lastName: '', phone: undefined, email: null },
  setter: { firstName: 'Marko' },
  client: { name: 'SunPower' },
  custom: { roofAge: '12', blank: '  ' },
};
const text = (value: string): ScriptSegment => ({ kind: 'text', text: value });
const variable = (name: string, value: string | null): ScriptSegment => ({ kind: 'variable', name, value });

describe('renderScriptText', () => {
  it.each<{ name: string; template: string; segments: ScriptSegment[] }>([
    {
      name: 'fills lead, setter and client values',
      template: 'Hi {{lead.firstName}}, {{setter.firstName}} from {{client.name}}.',
      segments: [
        text('Hi '),
        variable('lead.firstName', 'Ana'),
        text(', '),
        variable('setter.firstName', 'Marko'),
        text(' from '),
        variable('client.name', 'SunPower'),
        text('.'),
      ],
    },
    {
      name: 'allows spaces inside the braces',
      template: 'At {{ lead.company }}?',
      segments: [text('At '), variable('lead.company', 'Roofs & Co'), text('?')],
    },
    {
      name: 'reads custom fields both ways',
      template: '{{lead.custom.roofAge}}/{{custom.roofAge}}',
      segments: [variable('lead.custom.roofAge', '12'), text('/'), variable('custom.roofAge', '12')],
    },
    {
      name: 'empty, blank, null, undefined and absent values are null',
      template: '{{lead.lastName}}{{lead.phone}}{{lead.email}}{{lead.title}}{{custom.blank}}',
      segments: ['lastName', 'phone', 'email', 'title']
        .map((key) => variable(`lead.${key}`, null))
        .concat(variable('custom.blank', null)),
    },
    {
      name: 'unknown namespaces, bare names and too-deep paths are null',
      template: '{{agent.name}} {{firstName}} {{lead.address.city}}',
      segments: [
        variable('agent.name', null),
        text(' '),
        variable('firstName', null),
        text(' '),
        variable('lead.address.city', null),
      ],
    },
    {
      name: 'inherited property names are not values',
      template: '{{lead.constructor}}{{custom.toString}}',
      segments: [variable('lead.constructor', null), variable('custom.toString', null)],
    },
    {
      name: 'a {{ without a closing }} is plain text',
      template: 'Hi {{lead.firstName and more',
      segments: [text('Hi {{lead.firstName and more')],
    },
    {
      name: 'braces around something that is not a name stay text, merged with their neighbours',
      template: 'a {{ }} b {{two words}} c {{lead.firstName}}',
      segments: [text('a {{ }} b {{two words}} c '), variable('lead.firstName', 'Ana')],
    },
    {
      name: 'a variable inside an extra pair of braces',
      template: '{{{lead.firstName}}}',
      segments: [text('{'), variable('lead.firstName', 'Ana'), text('}')],
    },
    {
      name: 'a stray {{ before a real variable',
      template: '{{ oops {{lead.firstName}}',
      segments: [text('{{ oops '), variable('lead.firstName', 'Ana')],
    },
    {
      name: 'no custom fields given',
      template: '{{custom.roofAge}}',
      segments: [variable('custom.roofAge', null)],
    },
    { name: 'an empty template', template: '', segments: [] },
  ])('$name', ({ template, segments }) => {
    const withoutCustom = template === '{{custom.roofAge}}' ? { ...vars, custom: undefined } : vars;
    expect(renderScriptText(template, withoutCustom)).toEqual(segments);
  });

  it('never puts two text segments side by side and round-trips the template text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('{{', '}}', '{', '}', ' ', 'lead.firstName', 'custom.roofAge', 'x y', 'Hi', '\n'),
        ),
        (parts) => {
          const template = parts.join('');
          const segments = renderScriptText(template, vars);
          segments.forEach((segment, i) => {
            if (segment.kind === 'text') expect(segment.text).not.toBe('');
            if (segment.kind === 'text') expect(segments[i + 1]?.kind).not.toBe('text');
          });
          const source = segments.map((s) => (s.kind === 'text' ? s.text : `{{${s.name}}}`)).join('');
          expect(source.replace(/\s/g, '')).toBe(template.replace(/\s/g, ''));
        },
      ),
    );
  });
});

describe('renderScriptToString', () => {
  it('shows a visible placeholder for missing values, never "undefined"', () => {
    const rendered = renderScriptToString('Hi {{lead.phone}} / {{lead.firstName}}', vars);
    expect(rendered).toBe('Hi [lead.phone] / Ana');
  });

  it('takes a custom placeholder', () => {
    expect(renderScriptToString('Hi {{ lead.lastName }}!', vars, (name) => `<${name.toUpperCase()}>`)).toBe(
      'Hi <LEAD.LASTNAME>!',
    );
  });
});

describe('scriptVariablesIn', () => {
  it.each([
    ['{{lead.firstName}} {{ client.name }} {{lead.firstName}}', ['lead.firstName', 'client.name']],
    ['{{lead.custom.roofAge}} and {{ oops', ['lead.custom.roofAge']],
    ['no variables', []],
  ])('%j uses %j', (template, names) => {
    expect(scriptVariablesIn(template)).toEqual(names);
  });
});
