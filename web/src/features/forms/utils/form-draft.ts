import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import type {
  Criterion,
  QualificationForm,
  QualificationQuestion,
  QuestionType,
} from '../../../../../src/core/qualification/qualification-form.ts';
import { keyFromLabel } from '../../../lib/key-from-label.ts';

export interface OptionDraft {
  draftId: string;
  /** The stored value; null for a new option, whose value follows its label until saved. */
  savedValue: string | null;
  label: string;
  points: number;
  knockOut: boolean;
}

/** "At least `atLeast` scores `points`", for number and money questions. */
export interface BandDraft {
  draftId: string;
  atLeast: number;
  points: number;
}

export interface QuestionDraft {
  draftId: string;
  /** The stored id (answers are kept under it); null for a new question, whose id follows its label. */
  savedId: string | null;
  label: string;
  type: QuestionType;
  criterion: Criterion;
  weight: number;
  required: boolean;
  /** Kept while the type changes, so switching back loses nothing; sent only for choice types. */
  options: OptionDraft[];
  /** Sent only for number and money. */
  bands: BandDraft[];
}

export interface FormDraft {
  name: string;
  threshold: number;
  questions: QuestionDraft[];
}

let lastDraftId = 0;
export const newDraftId = (prefix: string): string => `${prefix}-${++lastDraftId}`;

export const isChoice = (type: QuestionType): boolean =>
  type === 'single_choice' || type === 'multiple_choice';
export const isScaled = (type: QuestionType): boolean => type === 'number' || type === 'money';

export const newOption = (label = '', points = 0): OptionDraft => ({
  draftId: newDraftId('option'),
  savedValue: null,
  label,
  points,
  knockOut: false,
});

export const newBand = (atLeast = 0, points = 0): BandDraft => ({
  draftId: newDraftId('band'),
  atLeast,
  points,
});

/** A new question: a single choice about interest, two options to name. */
export const newQuestion = (): QuestionDraft => ({
  draftId: newDraftId('question'),
  savedId: null,
  label: '',
  type: 'single_choice',
  criterion: 'interest',
  weight: 1,
  required: false,
  options: [newOption('', 100), newOption('', 0)],
  bands: [newBand(0, 0)],
});

function questionDraftFrom(question: QualificationQuestion): QuestionDraft {
  return {
    draftId: newDraftId('question'),
    savedId: question.id,
    label: question.label,
    type: question.type,
    criterion: question.criterion,
    weight: question.weight,
    required: question.required ?? false,
    options: (question.options ?? []).map((option) => ({
      draftId: newDraftId('option'),
      savedValue: option.value,
      label: option.label,
      points: option.points,
      knockOut: option.knockOut ?? false,
    })),
    bands: (question.scoring ?? []).map((band) => newBand(band.atLeast, band.points)),
  };
}

/** A stored form as a draft; a new form starts with one question and a threshold of 60. */
export function formDraftFrom(form: QualificationFormDto | null): FormDraft {
  if (!form) return { name: '', threshold: 60, questions: [newQuestion()] };
  return { name: form.name, threshold: form.threshold, questions: form.questions.map(questionDraftFrom) };
}

/** Stored ids and values stay; new ones come from the label, unique among their siblings. */
function resolveKeys<T>(
  items: readonly T[],
  saved: (item: T) => string | null,
  label: (item: T) => string,
  fallback: string,
): string[] {
  const taken = new Set(items.flatMap((item) => saved(item) ?? []));
  return items.map((item) => {
    const stored = saved(item);
    if (stored !== null) return stored;
    const key = keyFromLabel(label(item), taken, { fallback, maxLength: 60 });
    taken.add(key);
    return key;
  });
}

export const questionIds = (questions: readonly QuestionDraft[]): string[] =>
  resolveKeys(
    questions,
    (q) => q.savedId,
    (q) => q.label,
    'question',
  );

export const optionValues = (options: readonly OptionDraft[]): string[] =>
  resolveKeys(
    options,
    (o) => o.savedValue,
    (o) => o.label,
    'option',
  );

/**
 * The draft as the form the scoring and validation rules read, and the server stores: ids and
 * option values resolved, labels trimmed, options only on choice questions, bands only on
 * number and money ones (in ascending order).
 */
export function draftToForm(draft: FormDraft): QualificationForm {
  const ids = questionIds(draft.questions);
  return {
    threshold: draft.threshold,
    questions: draft.questions.map((question, i) => {
      const values = optionValues(question.options);
      return {
        id: ids[i] ?? '',
        label: question.label.trim(),
        type: question.type,
        criterion: question.criterion,
        weight: question.weight,
        required: question.required,
        ...(isChoice(question.type)
          ? {
              options: question.options.map((option, o) => ({
                value: values[o] ?? '',
                label: option.label.trim(),
                points: option.points,
                ...(option.knockOut ? { knockOut: true } : {}),
              })),
            }
          : {}),
        ...(isScaled(question.type)
          ? {
              scoring: [...question.bands]
                .sort((a, b) => a.atLeast - b.atLeast)
                .map((band) => ({ atLeast: band.atLeast, points: band.points })),
            }
          : {}),
      };
    }),
  };
}

/** The body of PUT /qualification-forms/:id; POST adds the client. */
export const formRequest = (draft: FormDraft) => ({ name: draft.name.trim(), ...draftToForm(draft) });

/**
 * The draft as saved: each new question's id and option's value fixed to what was just stored,
 * so later label edits no longer move them (answers are kept under them). Draft ids stay, so
 * focus and the preview's answers survive the save.
 */
export function lockedDraft(draft: FormDraft): FormDraft {
  const ids = questionIds(draft.questions);
  return {
    ...draft,
    questions: draft.questions.map((question, q) => {
      const values = optionValues(question.options);
      return {
        ...question,
        savedId: ids[q] ?? question.savedId,
        options: question.options.map((option, o) => ({
          ...option,
          savedValue: values[o] ?? option.savedValue,
        })),
      };
    }),
  };
}
