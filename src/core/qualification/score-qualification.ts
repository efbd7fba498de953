import type {
  Answers,
  AnswerValue,
  Criterion,
  QualificationForm,
  QualificationQuestion,
  QualificationResult,
} from './qualification-form.ts';

/**
 * Scores a lead's answers and gives the verdict. Each question earns 0..100 points: the chosen
 * option's points (multiple choice: their sum, capped at 100); for number and money, the points of
 * the highest `atLeast` threshold met; for date and text, 100 when answered. The score is the
 * weighted average over questions with weight > 0, unanswered ones counting 0, rounded.
 * Qualified = no knock-out option chosen, no required question missing, score ≥ threshold.
 *
 * @example
 * scoreQualification(
 *   { budget: 25_000, decider: 'yes' },
 *   {
 *     threshold: 60,
 *     questions: [
 *       { id: 'budget', label: 'Budget', type: 'money', criterion: 'budget', weight: 2,
 *         scoring: [{ atLeast: 10_000, points: 50 }, { atLeast: 20_000, points: 100 }] },
 *       { id: 'decider', label: 'Decides?', type: 'single_choice', criterion: 'authority', weight: 1,
 *         options: [{ value: 'yes', label: 'Yes', points: 100 }, { value: 'no', label: 'No', points: 0, knockOut: true }] },
 *     ],
 *   },
 * ) // { score: 100, qualified: true, knockedOutBy: [], missingRequired: [], byCriterion: { budget: 100, authority: 100 } }
 */
export function scoreQualification(answers: Answers, form: QualificationForm): QualificationResult {
  const knockedOutBy: string[] = [];
  const missingRequired: string[] = [];
  const total = { points: 0, weight: 0 };
  const perCriterion = new Map<Criterion, { points: number; weight: number }>();
  for (const question of form.questions) {
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : null;
    if (!isAnswered(answer)) {
      if (question.required) missingRequired.push(question.id);
    } else if (chosenOptions(question, answer).some((option) => option.knockOut)) {
      knockedOutBy.push(question.id);
    }
    if (!(question.weight > 0)) continue;
    const weighted = questionPoints(question, answer) * question.weight;
    const sums = perCriterion.get(question.criterion) ?? { points: 0, weight: 0 };
    perCriterion.set(question.criterion, {
      points: sums.points + weighted,
      weight: sums.weight + question.weight,
    });
    total.points += weighted;
    total.weight += question.weight;
  }
  const score = weightedAverage(total);
  const byCriterion: Partial<Record<Criterion, number>> = {};
  for (const [criterion, sums] of perCriterion) byCriterion[criterion] = weightedAverage(sums);
  return {
    score,
    qualified: knockedOutBy.length === 0 && missingRequired.length === 0 && score >= form.threshold,
    knockedOutBy,
    missingRequired,
    byCriterion,
  };
}

/**
 * The 0..100 points one answer earns, before weighting.
 *
 * @example
 * questionPoints({ id: 'q', label: 'Seats', type: 'number', criterion: 'need', weight: 1,
 *   scoring: [{ atLeast: 5, points: 40 }, { atLeast: 20, points: 90 }] }, 12) // 40
 */
export function questionPoints(question: QualificationQuestion, answer: AnswerValue | undefined): number {
  if (!isAnswered(answer)) return 0;
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return clampPoints(
        chosenOptions(question, answer).reduce((sum, option) => sum + clampPoints(option.points), 0),
      );
    case 'number':
    case 'money': {
      const value = typeof answer === 'number' ? answer : Number(answer);
      const met = (question.scoring ?? []).filter((step) => value >= step.atLeast);
      const highest = met.reduce<(typeof met)[number] | undefined>(
        (best, step) => (best === undefined || step.atLeast > best.atLeast ? step : best),
        undefined,
      );
      return clampPoints(highest?.points ?? 0);
    }
    case 'date':
    case 'text':
      return 100;
    default: {
      const unreachable: never = question.type;
      throw new Error(`unknown question type ${String(unreachable)}`);
    }
  }
}

/**
 * Null, blank text, an empty selection and a non-finite number are no answer.
 *
 * @example
 * isAnswered('  ') // false
 * isAnswered(0) // true
 */
export function isAnswered(answer: AnswerValue | undefined): answer is string | string[] | number {
  if (answer === null || answer === undefined) return false;
  if (typeof answer === 'number') return Number.isFinite(answer);
  if (typeof answer === 'string') return answer.trim() !== '';
  return answer.some((value) => value.trim() !== '');
}

/** The options an answer selects (a single choice may arrive as a one-item list and vice versa). */
function chosenOptions(question: QualificationQuestion, answer: AnswerValue | undefined) {
  if (question.type !== 'single_choice' && question.type !== 'multiple_choice') return [];
  const values = new Set(Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : []);
  const chosen = (question.options ?? []).filter((option) => values.has(option.value));
  return question.type === 'single_choice' ? chosen.slice(0, 1) : chosen;
}

function clampPoints(points: number): number {
  return Number.isFinite(points) ? Math.min(100, Math.max(0, points)) : 0;
}

/** Rounded half up, after trimming float noise so 49.5 computed as 49.4999… still rounds to 50. */
function weightedAverage({ points, weight }: { points: number; weight: number }): number {
  if (weight <= 0) return 0;
  return Math.round(Math.round((points / weight) * 1e6) / 1e6);
}
