import type { ObjectionInput } from '../../core/objections/manage-objections.ts';

const objection = (title: string, keywords: string[], responses: [string, string]): ObjectionInput => ({
  title,
  keywords,
  responses: responses.map((text, i) => ({ id: `r${i + 1}`, text })),
  position: null,
  active: true,
});

/** The objections every setter hears, worded for a product; two prepared responses each. */
function library(product: {
  price: [string, string];
  provider: [string, string];
  email: [string, string];
}): ObjectionInput[] {
  return [
    objection('The price is too high', ['price', 'cost', 'expensive', 'budget', 'cena'], product.price),
    objection('Send me an email', ['email', 'mail', 'brochure', 'information', 'info'], product.email),
    objection(
      'Not interested',
      ['no', 'not interested', 'no thanks'],
      [
        'I understand — most people say that before they hear the numbers. May I ask what you have in place today?',
        'Fair enough. So I don’t call you again about the wrong thing: is it the timing or the idea itself?',
      ],
    ),
    objection(
      'We already have a provider',
      ['provider', 'supplier', 'vendor', 'already', 'contract'],
      product.provider,
    ),
    objection(
      'Call me later',
      ['later', 'busy', 'bad time', 'callback', 'not now'],
      [
        'Of course — when is better: later today or tomorrow morning? I’ll put it in my calendar.',
        'No problem. It takes two minutes: would {{lead.firstName}} prefer I call back at a set time?',
      ],
    ),
    objection(
      'Who gave you my number?',
      ['number', 'privacy', 'where', 'how did you get', 'gdpr'],
      [
        'Your details came from the enquiry made on our website; I can tell you exactly when it was made.',
        'I can remove your number right away if you prefer — shall I put you on our do-not-call list?',
      ],
    ),
  ];
}

/** A question prospects ask about the product, with the answer to give, or a fact to have at hand. */
const knowledge = (
  kind: 'question' | 'fact',
  title: string,
  keywords: string[],
  answer: string,
): ObjectionInput => ({
  kind,
  title,
  keywords,
  responses: [{ id: 'r1', text: answer }],
  position: null,
  active: true,
});

export const solarObjections: ObjectionInput[] = [
  ...library({
    price: [
      'Most homeowners pay nothing up front: the panels are financed out of what you stop paying the utility.',
      'Compared with your electricity bill over 25 years, the system usually costs less — the consultant shows your numbers.',
    ],
    email: [
      'Happy to — so it’s worth reading, what matters most to you: the savings, the roof or the financing?',
      'I’ll send it now. Most people find the 20-minute consultation answers more than a brochure: shall we pencil one in?',
    ],
    provider: [
      'That’s fine — many of our customers had a quote already. A second opinion on your roof costs nothing.',
      'Great that you’re looking into it. Did they include battery storage and the tax credit in the quote?',
    ],
  }),
  knowledge(
    'question',
    'Is there a warranty?',
    ['warranty', 'guarantee', 'garancija'],
    '25 years on the panels and their output, 10 years on the inverter and 10 on the installation work.',
  ),
  knowledge(
    'question',
    'Do I need a new roof first?',
    ['roof', 'shingles', 'krov'],
    'Not usually: the consultant checks the roof on the visit. If it needs work within 5 years, we say so before you sign.',
  ),
  knowledge(
    'fact',
    'Federal tax credit',
    ['tax', 'credit', 'itc', 'porez'],
    'Homeowners can claim 30% of the system cost as a federal tax credit; the consultant does not give tax advice.',
  ),
];

export const softwareObjections: ObjectionInput[] = [
  ...library({
    price: [
      'Teams your size usually recover the licence in month-end close time alone — the demo shows the math.',
      'We price per active user, and there’s a plan for smaller finance teams. What are you paying today?',
    ],
    email: [
      'Sure — which is bigger for you right now: closing faster or cleaner audits? I’ll send the right case study.',
      'I’ll send it. A 30-minute demo on your own numbers says more than a PDF: does Thursday work?',
    ],
    provider: [
      'Most of our customers switched from a spreadsheet-plus-ERP setup; we connect to what you already have.',
      'Makes sense. When does your current contract renew? Seeing an alternative before then costs nothing.',
    ],
  }),
  knowledge(
    'question',
    'Does it work with our ERP?',
    ['erp', 'netsuite', 'sap', 'integration'],
    'Yes: NetSuite, Sage Intacct, Microsoft Dynamics and SAP Business One connect out of the box; others by file import.',
  ),
  knowledge(
    'fact',
    'Security certification',
    ['security', 'soc', 'audit', 'bezbednost'],
    'Ledgerly is SOC 2 Type II audited every year; data stays in the region the customer chooses.',
  ),
];
