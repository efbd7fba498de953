import type { Me } from '../../../../../src/contracts/auth.ts';
import type { LeadDto } from '../../../../../src/contracts/leads.ts';
import type { ScriptVariables } from '../../../../../src/core/scripts/script.ts';

/** What a script may say about the lead, the setter and the client: `{{lead.firstName}}` and so on. */
export function scriptVariablesFor(lead: LeadDto, user: Me, client: { name: string }): ScriptVariables {
  const [setterFirstName, ...setterRest] = user.name.trim().split(/\s+/);
  return {
    lead: {
      firstName: lead.firstName,
      lastName: lead.lastName,
      fullName: `${lead.firstName} ${lead.lastName}`.trim(),
      company: lead.company,
      email: lead.email,
      phone: lead.phone,
      address: lead.address,
      city: lead.city,
      state: lead.state,
      postalCode: lead.postalCode,
      country: lead.country,
      source: lead.source,
    },
    setter: {
      firstName: setterFirstName,
      lastName: setterRest.join(' '),
      name: user.name,
      email: user.email,
    },
    client: { name: client.name },
    custom: lead.customFields,
  };
}
