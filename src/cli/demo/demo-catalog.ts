import type { QualificationForm } from '../../core/qualification/qualification-form.ts';
import type { ScriptSection } from '../../core/scripts/script.ts';

/** The demo clients' scripts and qualification forms: realistic enough to work a shift with. */
export const solarScript: ScriptSection[] = [
  {
    id: 'opening',
    title: 'Opening',
    body:
      'Hi {{lead.firstName}}, this is {{setter.firstName}} calling on behalf of {{client.name}}. ' +
      'You asked about lowering your electricity bill with solar — do you have two minutes?',
    branches: [
      { label: 'Gatekeeper', target: 'gatekeeper' },
      { label: 'Not a good time', target: 'callback' },
    ],
  },
  {
    id: 'discovery',
    title: 'Discovery',
    body:
      'Great. Do you own your home in {{lead.city}}? Roughly what is your monthly electric bill? ' +
      'How old is your roof, and who besides you would decide on a project like this?',
  },
  {
    id: 'booking',
    title: 'Booking',
    body:
      'Based on that, a free roof and savings assessment makes sense. One of our energy consultants can walk you ' +
      'through the numbers — would a call or a video meeting suit you better?',
  },
  {
    id: 'gatekeeper',
    title: 'Gatekeeper',
    body: 'I am following up on a request from {{lead.firstName}} about a solar assessment. When is a good time to reach them?',
  },
  {
    id: 'callback',
    title: 'Not a good time',
    body: 'No problem at all — when would be a better time to call you back, {{lead.firstName}}?',
  },
];

export const solarForm: QualificationForm = {
  threshold: 60,
  questions: [
    {
      id: 'homeowner',
      label: 'Do you own the home?',
      type: 'single_choice',
      criterion: 'authority',
      weight: 2,
      required: true,
      options: [
        { value: 'own', label: 'Owns the home', points: 100 },
        { value: 'rent', label: 'Rents', points: 0, knockOut: true },
      ],
    },
    {
      id: 'bill',
      label: 'Monthly electric bill (USD)',
      type: 'money',
      criterion: 'budget',
      weight: 2,
      scoring: [
        { atLeast: 80, points: 40 },
        { atLeast: 150, points: 80 },
        { atLeast: 250, points: 100 },
      ],
    },
    {
      id: 'roof_age',
      label: 'Roof age (years)',
      type: 'number',
      criterion: 'need',
      weight: 1,
      scoring: [
        { atLeast: 0, points: 100 },
        { atLeast: 15, points: 50 },
        { atLeast: 25, points: 10 },
      ],
    },
    {
      id: 'timeline',
      label: 'When would they like to go solar?',
      type: 'single_choice',
      criterion: 'timeline',
      weight: 2,
      options: [
        { value: 'now', label: 'Within 3 months', points: 100 },
        { value: 'half_year', label: 'Within 6 months', points: 70 },
        { value: 'later', label: 'Later than that', points: 20 },
      ],
    },
    { id: 'notes', label: 'Anything else about the home', type: 'text', criterion: 'custom', weight: 0 },
  ],
};

export const softwareScript: ScriptSection[] = [
  {
    id: 'opening',
    title: 'Opening',
    body:
      'Hi {{lead.firstName}}, {{setter.firstName}} here from {{client.name}}. I am calling because teams like ' +
      '{{lead.company}} use us to close their books in days instead of weeks. Is finance something you own?',
    branches: [
      { label: 'Gatekeeper', target: 'gatekeeper' },
      { label: 'Voicemail', target: 'voicemail' },
    ],
  },
  {
    id: 'discovery',
    title: 'Discovery',
    body: 'How do you handle month-end close today? How many people are on the finance team, and what would you change first?',
  },
  {
    id: 'booking',
    title: 'Booking',
    body: 'It sounds worth a 30-minute demo with one of our account executives. Which day works best this week or next?',
  },
  {
    id: 'gatekeeper',
    title: 'Gatekeeper',
    body: 'Could you point me to whoever leads finance at {{lead.company}}? I will keep it short.',
  },
  {
    id: 'voicemail',
    title: 'Voicemail',
    body: 'Hi {{lead.firstName}}, {{setter.firstName}} from {{client.name}} — I will try you again tomorrow. Have a great day.',
  },
];

export const softwareForm: QualificationForm = {
  threshold: 55,
  questions: [
    {
      id: 'role',
      label: 'Their role in the decision',
      type: 'single_choice',
      criterion: 'authority',
      weight: 2,
      required: true,
      options: [
        { value: 'decider', label: 'Decides', points: 100 },
        { value: 'influencer', label: 'Influences', points: 60 },
        { value: 'none', label: 'No say', points: 0, knockOut: true },
      ],
    },
    {
      id: 'team_size',
      label: 'Finance team size',
      type: 'number',
      criterion: 'need',
      weight: 1,
      scoring: [
        { atLeast: 1, points: 30 },
        { atLeast: 3, points: 70 },
        { atLeast: 10, points: 100 },
      ],
    },
    {
      id: 'pains',
      label: 'Pains mentioned',
      type: 'multiple_choice',
      criterion: 'interest',
      weight: 2,
      options: [
        { value: 'slow_close', label: 'Slow month-end close', points: 50 },
        { value: 'spreadsheets', label: 'Too many spreadsheets', points: 40 },
        { value: 'audit', label: 'Audit trouble', points: 40 },
      ],
    },
    {
      id: 'timeline',
      label: 'Buying timeline',
      type: 'single_choice',
      criterion: 'timeline',
      weight: 1,
      options: [
        { value: 'quarter', label: 'This quarter', points: 100 },
        { value: 'year', label: 'This year', points: 60 },
        { value: 'none', label: 'No plans', points: 10 },
      ],
    },
  ],
};

/** What a SunPeak setter says when a prospect calls in (after a mailer or an ad): high interest. */
export const solarInboundScript: ScriptSection[] = [
  {
    id: 'opening',
    title: 'Opening',
    body:
      'Thank you for calling {{client.name}}, this is {{setter.firstName}}. Who do I have the pleasure of ' +
      'speaking with, and what made you call today?',
    branches: [{ label: 'Saw a mailer or ad', target: 'offer' }],
  },
  {
    id: 'offer',
    title: 'The offer they saw',
    body:
      'Great — the free savings assessment is exactly what that was about. Do you own your home, and roughly ' +
      'what is your monthly electric bill?',
  },
  {
    id: 'booking',
    title: 'Booking',
    body: 'Let us get you a time with an energy consultant while I have you — is a phone or a video call easier?',
  },
];

/** What a Ledgerly setter says when a finance leader calls in. */
export const softwareInboundScript: ScriptSection[] = [
  {
    id: 'opening',
    title: 'Opening',
    body:
      'Thanks for calling {{client.name}}, {{setter.firstName}} speaking. May I have your name and company, ' +
      'and what prompted the call?',
  },
  {
    id: 'booking',
    title: 'Booking',
    body: 'The quickest way to see it is a 30-minute demo with an account executive. Which day suits you?',
  },
];
