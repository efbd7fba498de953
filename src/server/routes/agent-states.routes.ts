import type { FastifyInstance } from 'fastify';
import type { Temporal } from 'temporal-polyfill';
import {
  type AgentStateDto,
  agentFloorSchema,
  agentSettingsSchema,
  agentStateSchema,
  agentTodaySchema,
  changeAgentStateRequestSchema,
  heartbeatRequestSchema,
  pauseReasonsSchema,
  stopAfterRequestSchema,
} from '../../contracts/agent-states.ts';
import { errorResponseSchema } from '../../contracts/common.ts';
import { type Actor, requireClientAccess, requireRole } from '../../core/access/actor.ts';
import { type AgentPresence, noWork, type StateWork } from '../../core/agent-states/agent-state.ts';
import { changeAgentState, readAgentState } from '../../core/agent-states/change-agent-state.ts';
import { pauseReasonsProblem } from '../../core/agent-states/pause-reasons.ts';
import { type PresenceLimits, settle } from '../../core/agent-states/presence-changes.ts';
import type { AgentEvent } from '../../core/agent-states/state-machine.ts';
import { localDayPeriod, shareUnattributed, stateTimes } from '../../core/agent-states/state-times.ts';
import { AppError, notFound } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

/** How often a screen says it is still there; well inside the shortest idle timeout (60 s). */
const heartbeatSeconds = 20;
const managers = ['manager', 'admin'] as const;
const refusals = { 409: errorResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema };

export function registerAgentStateRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const agentOf = (actor: Actor) => ({ userId: actor.userId, organizationId: actor.organizationId });

  /** The campaign the setter works (checked against their clients), as the state's work. */
  const campaignWork = async (actor: Actor, campaignId: number | null | undefined): Promise<StateWork> => {
    if (!campaignId) return noWork;
    const campaign = await deps.catalog.findCampaign(campaignId);
    if (!campaign) throw notFound('Campaign');
    requireClientAccess(actor, campaign.clientId, 'Campaign');
    return { clientId: campaign.clientId, campaignId: campaign.id, leadId: null };
  };

  const change = async (actor: Actor, events: AgentEvent[]) => {
    const now = deps.clock();
    const result = await changeAgentState(deps.agentStates, agentOf(actor), events, now);
    if (!result.ok) throw new AppError(result.code, { message: refusalMessage[result.code] });
    return stateDto(result.presence, result.limits, now);
  };

  api.get(
    '/api/agent/state',
    {
      schema: {
        tags: ['agent'],
        summary:
          'The signed-in user’s agent state: ready, on a call, wrap-up, paused (with reason) or logged out',
        description:
          'Settled on read: a wrap-up past the organization’s limit has ended (into ready, or what “stop after this ' +
          'lead” asked for), and a screen silent past the idle timeout was logged out at its last heartbeat.',
        response: { 200: agentStateSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = deps.clock();
      const read = await readAgentState(deps.agentStates, agentOf(actor), now);
      return stateDto(read.presence, read.limits, now);
    },
  );

  api.post(
    '/api/agent/state',
    {
      schema: {
        tags: ['agent'],
        summary: 'Change state: ready (in a campaign), paused with a reason, or logged out',
        description:
          'On a call and wrap-up are the server’s own: a lead served puts the setter on its call, a logged call ' +
          'starts the wrap-up. A pause asked for on a call waits for the lead to be finished. Refusals are 409 with ' +
          'AGENT_LOGGED_OUT, AGENT_NOT_PAUSED …; an unknown or inactive pause reason is 400 VALIDATION.',
        body: changeAgentStateRequestSchema,
        response: { 200: agentStateSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const body = request.body;
      if (body.state === 'ready')
        return change(actor, [{ kind: 'ready', work: await campaignWork(actor, body.campaignId) }]);
      if (body.state === 'paused') {
        await requireActiveReason(actor, body.reasonKey);
        return change(actor, [{ kind: 'pause', reasonKey: body.reasonKey }]);
      }
      return change(actor, [{ kind: 'logout' }]);
    },
  );

  api.post(
    '/api/agent/stop-after',
    {
      schema: {
        tags: ['agent'],
        summary: '“Stop after this lead”: pause with a reason or log out once the current lead is finished',
        description:
          'On a call it waits for the lead (after its wrap-up the queue serves nothing, 409 AGENT_STOPPED or ' +
          'AGENT_PAUSED, until Ready); without a lead on screen it applies at once. `stopAfter: null` cancels.',
        body: stopAfterRequestSchema,
        response: { 200: agentStateSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { stopAfter } = request.body;
      if (stopAfter?.kind === 'pause') await requireActiveReason(actor, stopAfter.reasonKey);
      return change(actor, [{ kind: 'stop_after', stopAfter }]);
    },
  );

  api.post(
    '/api/agent/heartbeat',
    {
      schema: {
        tags: ['agent'],
        summary: 'The call screen is still open (every `heartbeatSeconds`); ready time follows its campaign',
        body: heartbeatRequestSchema,
        response: { 200: agentStateSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const events: AgentEvent[] = [{ kind: 'heartbeat' }];
      if (request.body.campaignId)
        events.push({ kind: 'start', work: await campaignWork(actor, request.body.campaignId) });
      const now = deps.clock();
      // A heartbeat of a logged-out screen does not log it in: only Ready or a served lead does.
      const read = await readAgentState(deps.agentStates, agentOf(actor), now);
      const loggedOut = (read.presence.current?.state ?? 'logged_out') === 'logged_out';
      const result = await changeAgentState(deps.agentStates, agentOf(actor), loggedOut ? [] : events, now);
      return stateDto(result.presence, result.limits, now);
    },
  );

  api.get(
    '/api/agent/today',
    {
      schema: {
        tags: ['agent'],
        summary:
          'The signed-in setter’s numbers for their local day: calls, contacts, sets and time by state',
        description:
          'loggedInSeconds = readySeconds + talkSeconds + wrapUpSeconds + pauseSeconds, always; the open state counts ' +
          'up to now. byClient follows ADR 0013: a lead’s time to its client, ready time in a campaign to the ' +
          'campaign’s client, ready time outside any campaign pro rata; pause is never a client’s.',
        response: { 200: agentTodaySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = deps.clock();
      await readAgentState(deps.agentStates, agentOf(actor), now);
      const localDate = now.toZonedDateTimeISO(actor.timeZone).toPlainDate();
      const day = localDayPeriod(localDate, actor.timeZone);
      const [intervals, counts] = await Promise.all([
        deps.agentStates.intervals(actor.userId, day.from, day.to),
        deps.stats.setterCounts(actor.clientIds, day.from, day.to),
      ]);
      const times = stateTimes(intervals, day, now);
      const mine = counts.find((c) => c.setterId === actor.userId);
      const shared = shareUnattributed(times.byClient, times.unattributedSeconds);
      const attributed = Object.keys(times.byClient).length > 0;
      return {
        localDate: localDate.toString(),
        timeZone: actor.timeZone,
        attempts: mine?.attempts ?? 0,
        contacts: mine?.contacts ?? 0,
        appointmentsSet: mine?.appointmentsSet ?? 0,
        loggedInSeconds: times.loggedInSeconds,
        readySeconds: times.readySeconds,
        talkSeconds: times.talkSeconds,
        wrapUpSeconds: times.wrapUpSeconds,
        pauseSeconds: times.pauseSeconds,
        pauseByReason: times.pauseByReason,
        byClient: Object.entries(shared).map(([clientId, seconds]) => ({
          clientId: Number(clientId),
          seconds,
        })),
        unattributedSeconds: attributed ? 0 : times.unattributedSeconds,
        serverNow: iso(now),
      };
    },
  );

  api.get(
    '/api/agent/states',
    {
      schema: {
        tags: ['agent'],
        summary: 'Managers: every setter’s current state, since when, and their logged-in time today',
        description:
          'Today is the manager’s local day. Presences past their wrap-up limit or idle timeout are settled.',
        response: { 200: agentFloorSchema, 403: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, managers);
      const now = deps.clock();
      const limits = await deps.agentStates.limits(actor.organizationId);
      const day = localDayPeriod(now.toZonedDateTimeISO(actor.timeZone).toPlainDate(), actor.timeZone);
      const rows = await deps.agentStates.floor(actor.organizationId);
      // Settle the stale ones for good, so that no interval stays open after its setter has gone.
      for (const row of rows)
        if (settle(row.presence.presence, now, limits).closed.length > 0)
          await readAgentState(
            deps.agentStates,
            { userId: row.userId, organizationId: actor.organizationId },
            now,
          );
      const intervals = await deps.agentStates.organizationIntervals(actor.organizationId, day.from, day.to);
      return {
        serverNow: iso(now),
        setters: rows.map((row) => {
          const { presence } = settle(row.presence.presence, now, limits);
          const current = presence.current;
          return {
            userId: row.userId,
            name: row.name,
            state: current?.state ?? 'logged_out',
            reasonKey: current?.reasonKey ?? null,
            since: current ? iso(current.startedAt) : null,
            lastSeenAt: presence.lastSeenAt ? iso(presence.lastSeenAt) : null,
            campaignId: current?.campaignId ?? null,
            campaignName: current?.campaignId ? row.campaignName : null,
            leadId: current?.leadId ?? null,
            stopAfter: presence.stopAfter,
            loggedInSecondsToday: stateTimes(intervals.get(row.userId) ?? [], day, now).loggedInSeconds,
          };
        }),
      };
    },
  );

  api.get(
    '/api/agent/pause-reasons',
    {
      schema: {
        tags: ['agent'],
        summary:
          'The organization’s pause reasons in order (label null: the product’s name, in your language)',
        response: { 200: pauseReasonsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { reasons: await deps.agentStates.pauseReasons(actor.organizationId) };
    },
  );

  api.put(
    '/api/agent/pause-reasons',
    {
      schema: {
        tags: ['agent'],
        summary: 'Managers: replace the pause reasons (keys unique; one active; own reasons named)',
        body: pauseReasonsSchema,
        response: { 200: pauseReasonsSchema, 400: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, managers);
      const problem = pauseReasonsProblem(request.body.reasons);
      if (problem)
        throw new AppError('VALIDATION', {
          message: problem.message,
          field: `reasons.${problem.index}.${problem.field}`,
        });
      await deps.agentStates.savePauseReasons(actor.organizationId, request.body.reasons);
      return { reasons: await deps.agentStates.pauseReasons(actor.organizationId) };
    },
  );

  api.get(
    '/api/agent/settings',
    {
      schema: {
        tags: ['agent'],
        summary: 'The organization’s wrap-up limit and idle timeout',
        response: { 200: agentSettingsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return deps.agentStates.limits(actor.organizationId);
    },
  );

  api.put(
    '/api/agent/settings',
    {
      schema: {
        tags: ['agent'],
        summary:
          'Managers: set the wrap-up limit (then the setter is ready by themselves) and the idle timeout',
        body: agentSettingsSchema,
        response: { 200: agentSettingsSchema, 403: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, managers);
      await deps.agentStates.saveLimits(actor.organizationId, request.body, deps.clock());
      return deps.agentStates.limits(actor.organizationId);
    },
  );

  async function requireActiveReason(actor: Actor, reasonKey: string): Promise<void> {
    const reasons = await deps.agentStates.pauseReasons(actor.organizationId);
    if (!reasons.some((r) => r.key === reasonKey && r.active))
      throw new AppError('VALIDATION', {
        message: `No active pause reason ${reasonKey}`,
        field: 'reasonKey',
      });
  }
}

const refusalMessage = {
  AGENT_LOGGED_OUT: 'You are logged out: choose Ready first',
  AGENT_PAUSED: 'You are paused: choose Ready first',
  AGENT_NOT_PAUSED: 'You are not paused',
  AGENT_NOT_IN_WRAP_UP: 'You are not in a wrap-up',
  AGENT_STOPPED: 'You stopped after your last lead: choose Ready first',
} as const;

function stateDto(presence: AgentPresence, limits: PresenceLimits, now: Temporal.Instant): AgentStateDto {
  const current = presence.current;
  const since = current?.startedAt ?? presence.lastSeenAt ?? now;
  return {
    state: current?.state ?? 'logged_out',
    reasonKey: current?.reasonKey ?? null,
    since: iso(since),
    clientId: current?.clientId ?? null,
    campaignId: current?.campaignId ?? null,
    leadId: current?.leadId ?? null,
    stopAfter: presence.stopAfter,
    wrapUpEndsAt:
      current?.state === 'wrap_up' ? iso(current.startedAt.add({ seconds: limits.wrapUpSeconds })) : null,
    wrapUpSeconds: limits.wrapUpSeconds,
    serverNow: iso(now),
    heartbeatSeconds,
  };
}
