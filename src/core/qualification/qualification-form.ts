export const questionTypes = ['single_choice', 'multiple_choice', 'number', 'money', 'date', 'text'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** What a question helps judge: interest, ability to buy (budget), authority, need, readiness (timeline). */
export const criteria = ['interest', 'budget', 'authority', 'need', 'timeline', 'custom'] as const;
export type Criterion = (typeof criteria)[number];

/** How warm a prospect sounded, as the setter records it. */
export const interestLevels = ['cold', 'warm', 'hot'] as const;
export type InterestLevel = (typeof interestLevels)[number];

export interface QuestionOption {
  value: string;
  label: string;
  /** 0..100; values outside are clamped. */
  points: number;
  /** Choosing this option disqualifies the lead whatever the score. */
  knockOut?: boolean;
}

export interface QualificationQuestion {
  id: string;
  label: string;
  type: QuestionType;
  criterion: Criterion;
  /** Share of the score; 0 asks without scoring. */
  weight: number;
  required?: boolean;
  /** single_choice and multiple_choice. */
  options?: QuestionOption[];
  /** number and money (same unit as the answer, e.g. minor units): the highest `atLeast` met scores. */
  scoring?: { atLeast: number; points: number }[];
}

export interface QualificationForm {
  questions: QualificationQuestion[];
  /** 0..100: the lowest score that qualifies. */
  threshold: number;
}

export type AnswerValue = string | string[] | number | null;
/** Answers by question id. */
export type Answers = Record<string, AnswerValue>;

export interface QualificationResult {
  /** 0..100, rounded. */
  score: number;
  qualified: boolean;
  /** Ids of questions answered with a knock-out option, in form order. */
  knockedOutBy: string[];
  /** Ids of required questions left unanswered, in form order. */
  missingRequired: string[];
  /** 0..100 per criterion that has weighted questions. */
  byCriterion: Partial<Record<Criterion, number>>;
}
