import type { KnowledgeKind } from '../../contracts/objections.ts';

/** A prepared response to an objection; its id is stable within the objection, so counts survive edits. */
export interface ObjectionResponse {
  id: string;
  text: string;
}

/**
 * An entry of the client's library: an objection a prospect raises, a question they ask about the
 * product or a product fact, with the client's prepared responses (answers).
 */
export interface Objection {
  id: number;
  clientId: number;
  kind: KnowledgeKind;
  title: string;
  /** Words a setter may type to find it. */
  keywords: string[];
  responses: ObjectionResponse[];
  position: number;
  active: boolean;
}

/** An objection that came up in a call and the response used (null: none of the prepared ones). */
export interface AttemptObjection {
  objectionId: number;
  responseId: string | null;
}
