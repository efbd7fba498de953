import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { AgentFloor, AgentStateDto, AgentToday } from '../../src/contracts/agent-states.ts';
import { hashToken, newSecret } from '../../src/server/plugins/auth.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { extraUser } from './support/demo-data.ts';
import { servedLead } from './support/queue.ts';
import { useSetterScene } from './support/setter-scene.ts';
import { type Api, bearerApi, type ErrorBody } from './support/test-api.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    const scene = useSetterScene(dialect);
    const manager = () => scene.t.authed('manager@demo.test');
    const put = <T>(api: Api, url: string, body: unknown) => api.request<T>({ method: 'PUT', url, body });
    /** A fresh setter of Sunpeak (by API token, so no sign-in has opened a shift yet). */
    const newSetter = async (name: string) =>
      (await extraUser(scene.t, 'setter', [scene.sunpeak.id], name)).api;
    const state = async (api: Api) => (await api.get<AgentStateDto>('/api/agent/state')).body;
    const change = (api: Api, body: unknown) => api.post<AgentStateDto & ErrorBody>('/api/agent/state', body);
    const today = async (api: Api) => (await api.get<AgentToday>('/api/agent/today')).body;
    const beat = (api: Api, campaignId?: number) =>
      api.post<AgentStateDto>('/api/agent/heartbeat', { campaignId });
    const logCall = (api: Api, leadId: number, campaignId: number) =>
      api.post(`/api/leads/${leadId}/attempts`, { campaignId, disposition: 'no_answer' });
    const clock = () => scene.t.clock;

    it('a shift: ready, on the call, wrap-up, a pause, ready, logged out — the times add up exactly', async () => {
      clock().set('2026-06-15T14:00:00Z');
      const campaign = await scene.newYorkCampaign('Shift', ['Ann Shift', 'Bo Shift']);
      const setter = await newSetter('Shift Setter');
      expect((await state(setter)).state).toBe('logged_out');
      expect((await change(setter, { state: 'ready', campaignId: campaign.id })).body).toMatchObject({
        state: 'ready',
        campaignId: campaign.id,
        clientId: scene.sunpeak.id,
        since: '2026-06-15T14:00:00Z',
      });
      clock().advance({ seconds: 50 });
      await beat(setter, campaign.id);
      clock().advance({ seconds: 10 });
      const lead = await servedLead(setter, campaign.id);
      expect(await state(setter)).toMatchObject({ state: 'on_call', leadId: lead.lead.id });
      clock().advance({ seconds: 95, milliseconds: 700 });
      expect((await logCall(setter, lead.lead.id, campaign.id)).status).toBe(201);
      // Wrap-up limit 0 (the default): the setter is ready again the moment the call is saved.
      expect(await state(setter)).toMatchObject({ state: 'ready', campaignId: campaign.id, leadId: null });
      clock().advance({ seconds: 30 });
      expect((await change(setter, { state: 'paused', reasonKey: 'lunch' })).body).toMatchObject({
        state: 'paused',
        reasonKey: 'lunch',
      });
      for (let i = 0; i < 15; i += 1) {
        clock().advance({ seconds: 60 });
        await beat(setter);
      }
      expect((await change(setter, { state: 'ready', campaignId: campaign.id })).status).toBe(200);
      clock().advance({ seconds: 45 });
      expect((await change(setter, { state: 'logged_out' })).body.state).toBe('logged_out');
      clock().advance({ hours: 1 });
      const day = await today(setter);
      expect(day).toMatchObject({
        readySeconds: 60 + 30 + 45,
        talkSeconds: 95,
        wrapUpSeconds: 0,
        pauseSeconds: 900,
        pauseByReason: { lunch: 900 },
        attempts: 1,
        contacts: 0,
      });
      expect(day.loggedInSeconds).toBe(
        day.readySeconds + day.talkSeconds + day.wrapUpSeconds + day.pauseSeconds,
      );
      expect(day.loggedInSeconds).toBe(60 + 95 + 30 + 900 + 45);
      // Every second of it was on Sunpeak's campaign or lead, except the pause.
      expect(day.byClient).toEqual([{ clientId: scene.sunpeak.id, seconds: 60 + 95 + 30 + 45 }]);
    });

    it('a change the state machine refuses answers 409 with a stable code and changes nothing', async () => {
      clock().set('2026-06-15T15:00:00Z');
      const setter = await newSetter('Refused Setter');
      const paused = await change(setter, { state: 'paused', reasonKey: 'break' });
      expect(paused.status).toBe(409);
      expect(paused.body.error.code).toBe('AGENT_LOGGED_OUT');
      const stop = await setter.post<ErrorBody>('/api/agent/stop-after', { stopAfter: { kind: 'logout' } });
      expect(stop.body.error.code).toBe('AGENT_LOGGED_OUT');
      expect((await state(setter)).state).toBe('logged_out');
      await change(setter, { state: 'ready' });
      const unknown = await change(setter, { state: 'paused', reasonKey: 'smoke_break' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error).toMatchObject({ code: 'VALIDATION', field: 'reasonKey' });
      expect((await change(setter, { state: 'on_call' })).status).toBe(400);
      expect((await state(setter)).state).toBe('ready');
    });

    it('a paused setter is served nothing until Ready (409 AGENT_PAUSED)', async () => {
      clock().set('2026-06-15T15:30:00Z');
      const campaign = await scene.newYorkCampaign('Paused serve', ['Cy Pause']);
      const setter = await newSetter('Paused Setter');
      await change(setter, { state: 'ready', campaignId: campaign.id });
      await change(setter, { state: 'paused', reasonKey: 'break' });
      const refused = await setter.post<ErrorBody>(`/api/campaigns/${campaign.id}/next`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('AGENT_PAUSED');
      await change(setter, { state: 'ready', campaignId: campaign.id });
      expect((await servedLead(setter, campaign.id)).lead.id).toBeGreaterThan(0);
    });

    it('the wrap-up ends by itself at its limit, whatever the screen did (derived on read)', async () => {
      clock().set('2026-06-16T14:00:00Z');
      const boss = await manager();
      expect(
        (await put(boss, '/api/agent/settings', { wrapUpSeconds: 30, idleTimeoutSeconds: 120 })).status,
      ).toBe(200);
      try {
        const campaign = await scene.newYorkCampaign('Wrap', ['Di Wrap', 'Ed Wrap']);
        const setter = await newSetter('Wrap Setter');
        await change(setter, { state: 'ready', campaignId: campaign.id });
        const lead = await servedLead(setter, campaign.id);
        clock().advance({ seconds: 60 });
        await logCall(setter, lead.lead.id, campaign.id);
        expect(await state(setter)).toMatchObject({
          state: 'wrap_up',
          wrapUpEndsAt: '2026-06-16T14:01:30Z',
          wrapUpSeconds: 30,
        });
        clock().advance({ seconds: 29 });
        expect((await state(setter)).state).toBe('wrap_up');
        clock().advance({ seconds: 11 });
        expect(await state(setter)).toMatchObject({ state: 'ready', since: '2026-06-16T14:01:30Z' });
        const day = await today(setter);
        expect(day).toMatchObject({ talkSeconds: 60, wrapUpSeconds: 30, readySeconds: 10 });
        // The next lead asked for during a wrap-up ends it there.
        const second = await servedLead(setter, campaign.id);
        await logCall(setter, second.lead.id, campaign.id);
        clock().advance({ seconds: 12 });
        await servedLead(setter, campaign.id).catch(() => null);
        expect((await today(setter)).wrapUpSeconds).toBe(30 + 12);
      } finally {
        await put(boss, '/api/agent/settings', { wrapUpSeconds: 0, idleTimeoutSeconds: 120 });
      }
    });

    it('"stop after this lead": after the call the setter is paused and the queue serves nothing more', async () => {
      clock().set('2026-06-17T14:00:00Z');
      const campaign = await scene.newYorkCampaign('Stop', ['Fay Stop', 'Gus Stop']);
      const setter = await newSetter('Stop Setter');
      await change(setter, { state: 'ready', campaignId: campaign.id });
      const lead = await servedLead(setter, campaign.id);
      const asked = await setter.post<AgentStateDto>('/api/agent/stop-after', {
        stopAfter: { kind: 'pause', reasonKey: 'training' },
      });
      expect(asked.body).toMatchObject({
        state: 'on_call',
        stopAfter: { kind: 'pause', reasonKey: 'training' },
      });
      clock().advance({ seconds: 40 });
      await logCall(setter, lead.lead.id, campaign.id);
      expect(await state(setter)).toMatchObject({ state: 'paused', reasonKey: 'training', stopAfter: null });
      const refused = await setter.post<ErrorBody>(`/api/campaigns/${campaign.id}/next`);
      expect(refused.body.error.code).toBe('AGENT_PAUSED');

      // The logout kind: logged out after the lead, and "next" is refused as stopped, not restarted.
      await change(setter, { state: 'ready', campaignId: campaign.id });
      const second = await servedLead(setter, campaign.id);
      await setter.post('/api/agent/stop-after', { stopAfter: { kind: 'logout' } });
      await setter.post(`/api/leads/${second.lead.id}/skip`, { campaignId: campaign.id });
      expect(await state(setter)).toMatchObject({ state: 'logged_out', reasonKey: 'stopped' });
      const stopped = await setter.post<ErrorBody>(`/api/campaigns/${campaign.id}/next`);
      expect(stopped.status).toBe(409);
      expect(stopped.body.error.code).toBe('AGENT_STOPPED');
      expect((await today(setter)).talkSeconds).toBe(40);
    });

    it('a silent screen is logged out at its last heartbeat: no interval stays open', async () => {
      clock().set('2026-06-18T14:00:00Z');
      const setter = await newSetter('Silent Setter');
      await change(setter, { state: 'ready' });
      clock().advance({ seconds: 100 });
      await beat(setter);
      clock().advance({ seconds: 120 });
      expect((await state(setter)).state).toBe('ready');
      clock().advance({ minutes: 50 });
      const boss = await manager();
      const floor = (await boss.get<AgentFloor>('/api/agent/states')).body;
      expect(floor.setters.find((s) => s.name === 'Silent Setter')).toMatchObject({
        state: 'logged_out',
        since: '2026-06-18T14:01:40Z',
      });
      // The manager's read closed the interval in the database, not only on screen.
      const open = await scene.t.deps.database.db
        .selectFrom('agent_state_intervals as i')
        .innerJoin('users as u', 'u.id', 'i.user_id')
        .select(['i.ended_at'])
        .where('u.name', '=', 'Silent Setter')
        .execute();
      expect(open.map((r) => Number(r.ended_at))).toEqual([Date.parse('2026-06-18T14:01:40Z')]);
      expect((await today(setter)).loggedInSeconds).toBe(100);
      // A heartbeat does not log a logged-out screen back in.
      expect((await beat(setter)).body.state).toBe('logged_out');
    });

    it('signing in opens a setter’s shift and signing out closes it', async () => {
      clock().set('2026-06-19T14:00:00Z');
      const login = await scene.t.login('setter3@demo.test');
      const cookieApi = scene.t.anonymous;
      const headers = { cookie: login.cookie, 'x-csrf-token': login.csrfToken };
      const read = await cookieApi.request<AgentStateDto>({
        method: 'GET',
        url: '/api/agent/state',
        headers,
      });
      expect(read.body).toMatchObject({ state: 'ready', since: '2026-06-19T14:00:00Z' });
      clock().advance({ seconds: 30 });
      await cookieApi.request({ method: 'POST', url: '/api/auth/logout', headers, body: {} });
      const boss = await manager();
      const floor = (await boss.get<AgentFloor>('/api/agent/states')).body;
      expect(floor.setters.find((s) => s.name === login.session.user.name)).toMatchObject({
        state: 'logged_out',
        loggedInSecondsToday: 30,
      });
    });

    it('managers alone see the floor and change reasons and settings', async () => {
      clock().set('2026-06-20T14:00:00Z');
      const setter = await newSetter('Curious Setter');
      expect((await setter.get<ErrorBody>('/api/agent/states')).status).toBe(403);
      expect(
        (await put(setter, '/api/agent/settings', { wrapUpSeconds: 5, idleTimeoutSeconds: 120 })).status,
      ).toBe(403);
      expect((await put(setter, '/api/agent/pause-reasons', { reasons: [] })).status).toBe(400);
      const reasons = { reasons: [{ key: 'break', label: null, active: true }] };
      expect((await put(setter, '/api/agent/pause-reasons', reasons)).status).toBe(403);
      const boss = await manager();
      const defaults = await boss.get<{ reasons: { key: string }[] }>('/api/agent/pause-reasons');
      expect(defaults.body.reasons.map((r) => r.key)).toContain('lunch');
      const own = {
        reasons: [
          { key: 'break', label: null, active: true },
          { key: 'smoke', label: 'Cigarette', active: true },
          { key: 'lunch', label: null, active: false },
        ],
      };
      expect((await put(boss, '/api/agent/pause-reasons', own)).body).toEqual(own);
      const unnamed = await put<ErrorBody>(boss, '/api/agent/pause-reasons', {
        reasons: [{ key: 'nap', label: null, active: true }],
      });
      expect(unnamed.body.error).toMatchObject({ code: 'VALIDATION', field: 'reasons.0.label' });
      await change(setter, { state: 'ready' });
      expect((await change(setter, { state: 'paused', reasonKey: 'smoke' })).body.reasonKey).toBe('smoke');
      expect((await change(setter, { state: 'paused', reasonKey: 'lunch' })).status).toBe(400);
      await put(boss, '/api/agent/pause-reasons', {
        reasons: defaults.body.reasons,
      });
    });

    it('another organization’s manager sees none of these setters; a foreign campaign is a 404', async () => {
      clock().set('2026-06-21T14:00:00Z');
      const { db } = scene.t.deps.database;
      const at = clock()().epochMilliseconds;
      const org = await db
        .insertInto('organizations')
        .values({ name: `Other ${randomUUID()}`, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      const userId = await scene.t.deps.users.createUser(
        {
          organizationId: org.id,
          email: `other-${randomUUID()}@other.test`,
          name: 'Other Manager',
          role: 'manager',
          passwordHash: null,
          timeZone: 'America/New_York',
          locale: 'en',
        },
        at,
      );
      const token = `sd_${newSecret()}`;
      await scene.t.deps.users.createApiToken({ userId, name: 'test', tokenHash: hashToken(token) }, at);
      const other = bearerApi(scene.t.app, token);
      const setter = await newSetter('Home Setter');
      await change(setter, { state: 'ready' });
      const floor = (await other.get<AgentFloor>('/api/agent/states')).body;
      expect(floor.setters.map((s) => s.name)).not.toContain('Home Setter');
      expect(floor.setters.map((s) => s.name)).not.toContain('Shift Setter');
      await put(other, '/api/agent/settings', { wrapUpSeconds: 600, idleTimeoutSeconds: 900 });
      expect((await state(setter)).wrapUpSeconds).toBe(0);
      const campaign = await scene.newYorkCampaign('Foreign', ['Hal Foreign']);
      const foreign = await change(other, { state: 'ready', campaignId: campaign.id });
      expect(foreign.status).toBe(404);
    });
  });
}
