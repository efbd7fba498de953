import type {
  KnowledgeKind,
  ObjectionDto,
  SaveObjectionRequest,
} from '../../../../../src/contracts/objections.ts';

export const maxResponses = 20;
export const maxKeywords = 30;

export interface ResponseDraft {
  /** Stable within the objection (`r1`, `r2`…): counts of its use survive edits of the text. */
  id: string;
  text: string;
}

export interface ObjectionDraft {
  kind: KnowledgeKind;
  title: string;
  keywords: string[];
  responses: ResponseDraft[];
  active: boolean;
  /** Every response id this objection has had in the draft's life: a removed id is never reused. */
  usedIds: string[];
}

/**
 * The next free response id: `r` and one more than the highest number used so far, so a removed
 * response's id (and the calls counted under it) never passes to another text.
 *
 * @example
 * nextResponseId(['r1', 'r4', 'custom']) // 'r5'
 */
export function nextResponseId(usedIds: readonly string[]): string {
  const highest = usedIds.reduce((max, id) => {
    const n = /^r(\d+)$/.exec(id)?.[1];
    return n === undefined ? max : Math.max(max, Number(n));
  }, 0);
  return `r${highest + 1}`;
}

/** A new entry (of the kind the library is showing) starts with one empty response to write. */
export function objectionDraftFrom(
  objection: ObjectionDto | null,
  kind: KnowledgeKind = 'objection',
): ObjectionDraft {
  if (!objection)
    return {
      kind,
      title: '',
      keywords: [],
      responses: [{ id: 'r1', text: '' }],
      active: true,
      usedIds: ['r1'],
    };
  return {
    kind: objection.kind,
    title: objection.title,
    keywords: [...objection.keywords],
    responses: objection.responses.map((response) => ({ ...response })),
    active: objection.active,
    usedIds: objection.responses.map((response) => response.id),
  };
}

/** The draft with one more, empty response at the end under a fresh id. */
export function withNewResponse(draft: ObjectionDraft): ObjectionDraft {
  const id = nextResponseId(draft.usedIds);
  return { ...draft, responses: [...draft.responses, { id, text: '' }], usedIds: [...draft.usedIds, id] };
}

export type ObjectionProblem = 'required' | 'noResponses' | 'tooMany';

/** Problems by field: `title`, `responses` (none or too many), `responses.2` (empty text), `keywords`. */
export function objectionProblems(draft: ObjectionDraft): Record<string, ObjectionProblem> {
  const problems: Record<string, ObjectionProblem> = {};
  if (!draft.title.trim()) problems.title = 'required';
  if (draft.responses.length === 0) problems.responses = 'noResponses';
  if (draft.responses.length > maxResponses) problems.responses = 'tooMany';
  if (cleanKeywords(draft.keywords).length > maxKeywords) problems.keywords = 'tooMany';
  draft.responses.forEach((response, i) => {
    if (!response.text.trim()) problems[`responses.${i}`] = 'required';
  });
  return problems;
}

/** Keywords trimmed, blank and repeated ones (ignoring case) dropped, first spelling kept. */
function cleanKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  return keywords
    .map((keyword) => keyword.trim())
    .filter((keyword) => {
      const folded = keyword.toLocaleLowerCase();
      if (!keyword || seen.has(folded)) return false;
      seen.add(folded);
      return true;
    });
}

/** The body of POST /clients/:clientId/objections and PUT /objections/:id. */
export const objectionRequest = (draft: ObjectionDraft): SaveObjectionRequest => ({
  kind: draft.kind,
  title: draft.title.trim(),
  keywords: cleanKeywords(draft.keywords),
  responses: draft.responses.map((response) => ({ id: response.id, text: response.text.trim() })),
  active: draft.active,
});

/** The stored objection with only its active flag changed: how retiring and restoring are saved. */
export const withActive = (objection: ObjectionDto, active: boolean): SaveObjectionRequest => ({
  ...objectionRequest(objectionDraftFrom(objection)),
  position: objection.position,
  active,
});
