import type { MarkedObjection } from '../hooks/call-draft.ts';

/**
 * A question from the client's library picked as one the prospect asked: its title joins the
 * "questions the prospect asked" text on a line of its own (once), and the question is marked as
 * raised in this call, so the library counts it like an objection (a response already marked for
 * it stays).
 *
 * @example
 * withAskedQuestion({ questionsAsked: 'Price?', objections: [] }, { id: 7, title: 'Is there a warranty?' })
 * // { questionsAsked: 'Price?\nIs there a warranty?', objections: [{ objectionId: 7, responseId: null }] }
 */
export function withAskedQuestion(
  draft: { questionsAsked: string; objections: readonly MarkedObjection[] },
  question: { id: number; title: string },
): { questionsAsked: string; objections: MarkedObjection[] } {
  const lines = draft.questionsAsked.split('\n').map((line) => line.trim());
  const text = draft.questionsAsked.trimEnd();
  const questionsAsked = lines.includes(question.title)
    ? draft.questionsAsked
    : text === ''
      ? question.title
      : `${text}\n${question.title}`;
  const marked = draft.objections.some((entry) => entry.objectionId === question.id);
  return {
    questionsAsked,
    objections: marked
      ? [...draft.objections]
      : [...draft.objections, { objectionId: question.id, responseId: null }],
  };
}
