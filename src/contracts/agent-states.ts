import { z } from 'zod';

/** What a setter is doing; exactly one at any instant (DOMAIN.md "A setter's time"). */
export const agentStateKinds = ['logged_out', 'ready', 'on_call', 'wrap_up', 'paused'] as const;
/** A pause reason's key as stored and sent: lower-case letters, digits and underscores. */
export const pauseReasonKeyPattern = /^[a-z][a-z0-9_]{0,39}$/;

export const agentStateKindSchema = z.enum(agentStateKinds);
export const pauseReasonKeySchema = z.string().regex(pauseReasonKeyPattern);

export const stopAfterSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('pause'), reasonKey: pauseReasonKeySchema }),
    z.object({ kind: z.literal('logout') }),
  ])
  .nullable();

export const pauseReasonSchema = z.object({
  key: pauseReasonKeySchema,
  /** Null: the product's own name for a default reason, in the reader's language. */
  label: z.string().max(60).nullable(),
  active: z.boolean(),
});
export const pauseReasonsSchema = z.object({ reasons: z.array(pauseReasonSchema).min(1).max(30) });

export const agentSettingsSchema = z.object({
  /** Seconds of wrap-up after a saved call before the setter is ready again by themselves; 0: at once. */
  wrapUpSeconds: z.number().int().min(0).max(900),
  /** Seconds without a heartbeat after which a setter is logged out at their last one. */
  idleTimeoutSeconds: z.number().int().min(60).max(3600),
});

export const agentStateSchema = z.object({
  state: agentStateKindSchema,
  /** The pause reason while paused; 'stopped' when logged out by "stop after this lead". */
  reasonKey: z.string().nullable(),
  since: z.string(),
  clientId: z.number().nullable(),
  campaignId: z.number().nullable(),
  leadId: z.number().nullable(),
  stopAfter: stopAfterSchema,
  /** When the current wrap-up ends by itself (null outside a wrap-up). */
  wrapUpEndsAt: z.string().nullable(),
  /** The organization's wrap-up limit: after a saved call the screen waits this long before the next lead. */
  wrapUpSeconds: z.number(),
  /** The server's clock, so a screen can run the state's timer without trusting its own. */
  serverNow: z.string(),
  /** How often the screen should say it is still there. */
  heartbeatSeconds: z.number(),
});
export type AgentStateDto = z.infer<typeof agentStateSchema>;

export const changeAgentStateRequestSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), campaignId: z.number().int().positive().nullish() }),
  z.object({ state: z.literal('paused'), reasonKey: pauseReasonKeySchema }),
  z.object({ state: z.literal('logged_out') }),
]);
export type ChangeAgentStateRequest = z.infer<typeof changeAgentStateRequestSchema>;

export const stopAfterRequestSchema = z.object({ stopAfter: stopAfterSchema });
export const heartbeatRequestSchema = z.object({ campaignId: z.number().int().positive().nullish() });

export const stateSecondsSchema = z.object({
  loggedInSeconds: z.number(),
  readySeconds: z.number(),
  talkSeconds: z.number(),
  wrapUpSeconds: z.number(),
  pauseSeconds: z.number(),
  pauseByReason: z.record(z.string(), z.number()),
});

export const agentTodaySchema = stateSecondsSchema.extend({
  localDate: z.string(),
  timeZone: z.string(),
  attempts: z.number(),
  contacts: z.number(),
  appointmentsSet: z.number(),
  /** Ready, talk and wrap-up seconds by client (ADR 0013), idle ready time shared pro rata. */
  byClient: z.array(z.object({ clientId: z.number(), seconds: z.number() })),
  unattributedSeconds: z.number(),
  serverNow: z.string(),
});
export type AgentToday = z.infer<typeof agentTodaySchema>;

export const floorSetterSchema = z.object({
  userId: z.number(),
  name: z.string(),
  state: agentStateKindSchema,
  reasonKey: z.string().nullable(),
  since: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  campaignId: z.number().nullable(),
  campaignName: z.string().nullable(),
  leadId: z.number().nullable(),
  stopAfter: stopAfterSchema,
  loggedInSecondsToday: z.number(),
});
export const agentFloorSchema = z.object({ setters: z.array(floorSetterSchema), serverNow: z.string() });
export type AgentFloor = z.infer<typeof agentFloorSchema>;
export type FloorSetter = z.infer<typeof floorSetterSchema>;
