/** One part of a call script; branches lead to other sections by id (e.g. an objection's answer). */
export interface ScriptSection {
  id: string;
  title: string;
  /** Template text with `{{lead.firstName}}`-style variables. */
  body: string;
  branches?: { label: string; target: string }[];
}

/** A rendered script: text, and variables the UI can highlight (null: no value, show a placeholder). */
export type ScriptSegment =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; value: string | null };

/** The values a script may use, by namespace: `{{lead.x}}`, `{{setter.x}}`, `{{client.x}}`, `{{custom.x}}`. */
export interface ScriptVariables {
  lead: Record<string, string | null | undefined>;
  setter: Record<string, string | null | undefined>;
  client: Record<string, string | null | undefined>;
  /** The lead's custom fields, also reachable as `{{lead.custom.x}}`. */
  custom?: Record<string, string | null | undefined>;
}
