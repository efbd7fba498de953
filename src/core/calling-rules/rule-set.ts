import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

/** USPS codes a rule may name: the 50 states, DC and the inhabited territories. */
// biome-ignore format: a fixed list of codes reads best packed in rows
export const callingRuleStates = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY',
  'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV',
  'WI', 'WY', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP',
] as const;
export type CallingRuleState = (typeof callingRuleStates)[number];

/** Marks the federal holidays (actual and observed dates) as no-call dates. */
export const federalHolidaysToken = 'federal-holidays';

/** Allowed local hours on some weekdays. */
export interface CallingHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** 'HH:MM', inclusive. */
  startLocal: string;
  /** 'HH:MM', exclusive; '24:00' means until midnight. */
  endLocal: string;
}

/** One state's calling law over a period, read in the lead's local time. */
export interface StateCallingRule {
  state: CallingRuleState;
  /** 'YYYY-MM-DD', the first local date the rule applies. */
  effectiveFrom: string;
  /** 'YYYY-MM-DD', the last local date the rule applies; open-ended when absent. */
  effectiveUntil?: string;
  /** The allowed hours per weekday; a weekday not listed takes no calls. No limit when absent. */
  hours?: CallingHours[];
  /** 'federal-holidays', or local dates 'YYYY-MM-DD' (the list may also hold 'federal-holidays'). */
  noCallDates?: typeof federalHolidaysToken | string[];
  /** Calls to the lead in any 24 hours; a call is refused once this many were made. */
  maxCallsPer24h?: number;
  /** The statute or regulation the rule restates. */
  source: string;
  note?: string;
}

/** The versioned, editable set of state rules the dialler obeys. */
export interface CallingRuleSet {
  version: string;
  /** 'YYYY-MM-DD' */
  publishedAt: string;
  rules: StateCallingRule[];
}

const isCalendarDate = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
};

const isoDate = z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (00:00–23:59)');
const endClock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time HH:MM or 24:00');

const hoursSchema = z
  .object({
    days: z
      .array(z.number().int().min(1, 'weekdays are 1 (Monday) to 7 (Sunday)').max(7, 'weekdays are 1 to 7'))
      .min(1, 'must list at least one weekday'),
    startLocal: clock,
    endLocal: endClock,
  })
  .refine((hours) => hours.endLocal > hours.startLocal, {
    message: 'must be later than startLocal',
    path: ['endLocal'],
  });

const ruleSchema = z
  .object({
    state: z.enum(callingRuleStates, 'must be a USPS code of a state, DC or territory'),
    effectiveFrom: isoDate,
    effectiveUntil: isoDate.optional(),
    hours: z.array(hoursSchema).optional(),
    noCallDates: z
      .union([z.literal(federalHolidaysToken), z.array(z.union([z.literal(federalHolidaysToken), isoDate]))])
      .optional(),
    maxCallsPer24h: z.number().int().min(1, 'must be at least 1').optional(),
    source: z.string().trim().min(1, 'must name the statute or regulation'),
    note: z.string().optional(),
  })
  .superRefine((rule, context) => {
    if (rule.effectiveUntil !== undefined && rule.effectiveUntil < rule.effectiveFrom) {
      context.addIssue({
        code: 'custom',
        message: 'must not be before effectiveFrom',
        path: ['effectiveUntil'],
      });
    }
    const seen = new Set<number>();
    rule.hours?.forEach((hours, i) => {
      for (const day of hours.days) {
        if (seen.has(day)) {
          context.addIssue({
            code: 'custom',
            message: `weekday ${day} has hours twice`,
            path: ['hours', i, 'days'],
          });
        }
        seen.add(day);
      }
    });
  });

const overlaps = (a: StateCallingRule, b: StateCallingRule): boolean =>
  a.effectiveFrom <= (b.effectiveUntil ?? '9999-12-31') &&
  b.effectiveFrom <= (a.effectiveUntil ?? '9999-12-31');

export const callingRuleSetSchema = z
  .object({
    version: z.string().trim().min(1, 'must not be empty'),
    publishedAt: isoDate,
    rules: z.array(ruleSchema),
  })
  .superRefine((set, context) => {
    // One rule per state and local date, so a decision never has to choose between two.
    set.rules.forEach((rule, j) => {
      const earlier = set.rules.findIndex(
        (other, i) => i < j && other.state === rule.state && overlaps(other, rule),
      );
      if (earlier >= 0) {
        context.addIssue({
          code: 'custom',
          message: `overlaps rule ${earlier + 1} of ${rule.state}; end one with effectiveUntil`,
          path: ['rules', j, 'effectiveFrom'],
        });
      }
    });
  });

export type CallingRuleSetValidation =
  | { ok: true; value: CallingRuleSet }
  | { ok: false; error: { code: 'INVALID_RULE_SET'; message: string; issues: string[] } };

/**
 * Checks an edited rule set. Each problem names the rule (its position, state and start) and the
 * field, so the person editing it can find it.
 *
 * @example
 * validateCallingRuleSet({ version: '2026.12', publishedAt: '2026-12-01',
 *   rules: [{ state: 'FL', effectiveFrom: '2021-07-01', hours: [{ days: [1], startLocal: '8:00', endLocal: '20:00' }], source: '…' }] })
 * // { ok: false, error: { code: 'INVALID_RULE_SET', issues: [
 * //   'rule 1 (FL from 2021-07-01) hours[0].startLocal: must be a time HH:MM (00:00–23:59)'], … } }
 */
export function validateCallingRuleSet(input: unknown): CallingRuleSetValidation {
  const parsed = callingRuleSetSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => `${issueLocation(input, issue.path)}: ${issue.message}`);
  return {
    ok: false,
    error: {
      code: 'INVALID_RULE_SET',
      message: `The calling rule set is invalid: ${issues.join('; ')}`,
      issues,
    },
  };
}

function issueLocation(input: unknown, path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path;
  if (head !== 'rules' || typeof index !== 'number') return path.map(String).join('.') || 'rule set';
  const raw = rawRule(input, index);
  const state = typeof raw.state === 'string' ? raw.state : '?';
  const from = typeof raw.effectiveFrom === 'string' ? ` from ${raw.effectiveFrom}` : '';
  const field = rest.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return `rule ${index + 1} (${state}${from})${field ? ` ${field.replace(/^\./, '')}` : ''}`;
}

function rawRule(input: unknown, index: number): Record<string, unknown> {
  if (typeof input !== 'object' || input === null) return {};
  const rules = (input as { rules?: unknown }).rules;
  const rule = Array.isArray(rules) ? rules[index] : undefined;
  return typeof rule === 'object' && rule !== null ? (rule as Record<string, unknown>) : {};
}
