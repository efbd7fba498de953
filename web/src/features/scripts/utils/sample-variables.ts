import type { Me } from '../../../../../src/contracts/auth.ts';
import type { ScriptVariables } from '../../../../../src/core/scripts/script.ts';

/** The variables a script may use, in the order the insert buttons offer them. */
export const scriptVariableNames = [
  'lead.firstName',
  'lead.lastName',
  'lead.company',
  'lead.city',
  'lead.state',
  'setter.firstName',
  'client.name',
] as const;

/**
 * A sample lead for the live preview. It has no company and no custom fields on purpose, so the
 * author sees how a missing value shows on the call screen: a visible placeholder.
 */
export function sampleVariables(user: Pick<Me, 'name'>, clientName: string): ScriptVariables {
  const [firstName = '', ...rest] = user.name.trim().split(/\s+/);
  return {
    lead: {
      firstName: 'Ana',
      lastName: 'Reyes',
      fullName: 'Ana Reyes',
      company: null,
      city: 'Denver',
      state: 'CO',
      phone: '+1 303 555 0100',
      email: 'ana.reyes@example.com',
    },
    setter: { firstName, lastName: rest.join(' '), name: user.name },
    client: { name: clientName },
    custom: {},
  };
}

/** The opening's required variables, as the help and error texts show them (not interpolated). */
export const openingVariableText = {
  setterVar: '{{setter.firstName}}',
  clientVar: '{{client.name}}',
} as const;
