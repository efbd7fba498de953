/** A prepared response to an objection; its id is stable within the objection, so counts survive edits. */
export interface ObjectionResponse {
  id: string;
  text: string;
}

/** An objection a prospect raises, with the client's prepared responses. */
export interface Objection {
  id: number;
  clientId: number;
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
