import type { Language } from '../../contracts/auth.ts';
import type { OutcomeFlags } from '../../contracts/dispositions.ts';
import { noFlags, otherReasonLabel } from './outcome.ts';

export interface OutcomeDefinition {
  key: string;
  label: string;
  flags: OutcomeFlags;
  requiresReason: boolean;
}

const outcome = <K extends string>(
  key: K,
  flags: Partial<OutcomeFlags>,
  requiresReason = false,
): Omit<OutcomeDefinition, 'label'> & { key: K } => ({
  key,
  flags: { ...noFlags, contact: true, ...flags },
  requiresReason,
});

/** The default outcomes without their names: the same keys and flags in every language. */
const defaultOutcomeShapes = [
  outcome('interested_callback', { callback: true }),
  outcome('appointment', { qualified: true, appointment: true }),
  outcome('not_interested', { notInterested: true }, true),
  outcome('not_qualified', { nurture: true }, true),
  outcome('nurture', { nurture: true }),
  outcome('do_not_call', { doNotCall: true }),
] as const;

type DefaultOutcomeKey = (typeof defaultOutcomeShapes)[number]['key'];
type ReasonOutcomeKey = 'not_interested' | 'not_qualified';

interface DefaultVocabulary {
  outcomes: Record<DefaultOutcomeKey, string>;
  /** In order; "Other" (outcome.ts otherReasonLabel) asks the setter for their own words. */
  reasons: Record<ReasonOutcomeKey, readonly string[]>;
}

/** The names of the default outcomes and reasons, per language: managers may rename them later. */
const vocabularies: Record<Language, DefaultVocabulary> = {
  en: {
    outcomes: {
      interested_callback: 'Interested — call back',
      appointment: 'Appointment booked',
      not_interested: 'Not interested',
      not_qualified: 'Not qualified',
      nurture: 'Not now — nurture',
      do_not_call: 'Do not call',
    },
    reasons: {
      not_interested: [
        'No budget',
        'Already has a provider',
        'Bad timing',
        'Not the decision maker',
        otherReasonLabel.en,
      ],
      not_qualified: ['Too small', 'Outside the service area', 'No need', otherReasonLabel.en],
    },
  },
  sr: {
    outcomes: {
      interested_callback: 'Заинтересован — позвати поново',
      appointment: 'Заказан састанак',
      not_interested: 'Није заинтересован',
      not_qualified: 'Не испуњава услове',
      nurture: 'Не сада — неговати',
      do_not_call: 'Не звати',
    },
    reasons: {
      not_interested: ['Нема буџет', 'Већ има добављача', 'Лош тренутак', 'Не одлучује', otherReasonLabel.sr],
      not_qualified: ['Премали', 'Ван области услуге', 'Нема потребу', otherReasonLabel.sr],
    },
  },
};

/**
 * The outcomes every client starts with, in order, named in the organization's language (its
 * managers may rename, add and retire them). Keys and flags are the same in every language.
 *
 * @example
 * defaultOutcomesFor('sr')[1] // { key: 'appointment', label: 'Заказан састанак', flags: { …, appointment: true }, … }
 */
export function defaultOutcomesFor(locale: Language): OutcomeDefinition[] {
  const names = vocabularies[locale].outcomes;
  return defaultOutcomeShapes.map((shape) => ({ ...shape, label: names[shape.key] }));
}

/**
 * The reasons of the default outcomes that need one, by outcome key, in order, in the language.
 *
 * @example
 * defaultReasonsFor('sr').not_interested?.[0] // 'Нема буџет'
 */
export function defaultReasonsFor(locale: Language): Readonly<Record<string, readonly string[]>> {
  return vocabularies[locale].reasons;
}

/** The English defaults: the same list migration 0007 gave the clients that existed then. */
export const defaultOutcomes: readonly OutcomeDefinition[] = defaultOutcomesFor('en');
export const defaultReasons: Readonly<Record<string, readonly string[]>> = defaultReasonsFor('en');
