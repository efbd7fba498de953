import type { ScriptSegment, ScriptVariables } from './script.ts';

/** An identifier or a dotted path of them; anything else between braces is left as text. */
const variableName = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*$/;

type Token = { kind: 'text'; text: string } | { kind: 'variable'; name: string };

/**
 * Splits a template into text and variables, with values filled in. Spaces inside the braces are
 * allowed; a missing, empty or unknown variable has `value: null` (never "undefined"); a `{{`
 * without a matching `}}`, or braces around something that is not a variable name, stay text;
 * neighbouring text is one segment.
 *
 * @example
 * renderScriptText('Hi {{ lead.firstName }}, this is {{setter.firstName}}.', {
 *   lead: { firstName: 'Ana' }, setter: {}, client: {},
 * })
 * // [{ kind: 'text', text: 'Hi ' }, { kind: 'variable', name: 'lead.firstName', value: 'Ana' },
 * //  { kind: 'text', text: ', this is ' }, { kind: 'variable', name: 'setter.firstName', value: null },
 * //  { kind: 'text', text: '.' }]
 */
export function renderScriptText(template: string, vars: ScriptVariables): ScriptSegment[] {
  return tokenize(template).map((token) =>
    token.kind === 'text'
      ? token
      : { kind: 'variable', name: token.name, value: variableValue(token.name, vars) },
  );
}

/**
 * The script as plain text; a variable without a value shows as `placeholder(name)`,
 * by default `[lead.firstName]`.
 *
 * @example
 * renderScriptToString('Is {{custom.roofAge}} years right, {{lead.firstName}}?', {
 *   lead: { firstName: 'Ana' }, setter: {}, client: {}, custom: { roofAge: '' },
 * }) // 'Is [custom.roofAge] years right, Ana?'
 */
export function renderScriptToString(
  template: string,
  vars: ScriptVariables,
  placeholder: (name: string) => string = (name) => `[${name}]`,
): string {
  return renderScriptText(template, vars)
    .map((segment) => (segment.kind === 'text' ? segment.text : (segment.value ?? placeholder(segment.name))))
    .join('');
}

/**
 * The variable names a template uses, each once, in order of first use.
 *
 * @example
 * scriptVariablesIn('{{lead.firstName}} {{ client.name }} {{lead.firstName}}') // ['lead.firstName', 'client.name']
 */
export function scriptVariablesIn(template: string): string[] {
  const names = tokenize(template).flatMap((token) => (token.kind === 'variable' ? [token.name] : []));
  return [...new Set(names)];
}

function tokenize(template: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let position = 0;
  while (position < template.length) {
    const open = template.indexOf('{{', position);
    const close = open === -1 ? -1 : template.indexOf('}}', open + 2);
    if (close === -1) break;
    const name = template.slice(open + 2, close).trim();
    if (!variableName.test(name)) {
      // Keep one brace and look again: '{{{lead.firstName}}}' is a brace around a variable.
      text += template.slice(position, open + 1);
      position = open + 1;
      continue;
    }
    text += template.slice(position, open);
    if (text !== '') tokens.push({ kind: 'text', text });
    text = '';
    tokens.push({ kind: 'variable', name });
    position = close + 2;
  }
  text += template.slice(position);
  if (text !== '') tokens.push({ kind: 'text', text });
  return tokens;
}

/** `custom.x` and `lead.custom.x` read the lead's custom fields; `lead.x`, `setter.x`, `client.x` their own. */
function variableValue(name: string, vars: ScriptVariables): string | null {
  const [namespace, first, second, ...rest] = name.split('.');
  if (first === undefined || rest.length > 0) return null;
  if (namespace === 'custom' && second === undefined) return readValue(vars.custom, first);
  if (namespace === 'lead' && first === 'custom' && second !== undefined)
    return readValue(vars.custom, second);
  if (second !== undefined) return null;
  if (namespace === 'lead' || namespace === 'setter' || namespace === 'client')
    return readValue(vars[namespace], first);
  return null;
}

function readValue(
  source: Record<string, string | null | undefined> | undefined,
  key: string,
): string | null {
  const value = source !== undefined && Object.hasOwn(source, key) ? source[key] : null;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
