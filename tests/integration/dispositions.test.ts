import { afterAll, describe, expect, it } from 'vitest';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { freshLeadIds } from './support/demo-data.ts';
import { type LoggedAttempt as Logged, nextLead as next, servedLead as served } from './support/queue.ts';
import { useSetterScene } from './support/setter-scene.ts';
import type { ErrorBody } from './support/test-api.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    const scene = useSetterScene(dialect);

    it('no_answer makes the lead attempting and keeps it out of the queue for 2 hours', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await scene.newYorkCampaign('No answer', ['Ada Park']);
      const item = await served(scene.setter1, campaign.id);
      const logged = await scene.setter1.post<Logged>(`/api/leads/${item.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'no_answer',
      });
      expect(logged.status).toBe(201);
      expect(logged.body.leadStatus).toBe('attempting');
      const waiting = await next(scene.setter2, campaign.id);
      expect(waiting.item).toBeNull();
      expect(waiting.empty?.blocked.RETRY_GAP).toBe(1);
      scene.t.clock.advance({ hours: 1, minutes: 59 });
      expect((await next(scene.setter2, campaign.id)).item).toBeNull();
      scene.t.clock.advance({ minutes: 1 });
      const again = await served(scene.setter2, campaign.id);
      expect(again.lead.id).toBe(item.lead.id);
      expect(again.lead.status).toBe('attempting');
      expect(again.lead.attemptCount).toBe(1);
    });

    it('not_interested without a reason is 400 on reason and stores nothing', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const [leadId] = await freshLeadIds(scene.t, scene.sunpeak.id, 1);
      for (const reason of [undefined, '   ']) {
        const response = await scene.setter1.post<ErrorBody>(`/api/leads/${leadId}/attempts`, {
          disposition: 'not_interested',
          ...(reason === undefined ? {} : { reason }),
        });
        expect(response.status).toBe(400);
        expect(response.body.error).toMatchObject({ code: 'VALIDATION', field: 'reason' });
      }
      const detail = await scene.leadDetail(Number(leadId));
      expect(detail.lead.attemptCount).toBe(0);
      expect(detail.lead.status).toBe('new');
      expect(detail.attempts).toEqual([]);
      expect(detail.events).toEqual([]);
    });

    it('the lead timeline records who, when and why for each call', async () => {
      scene.t.clock.set('2026-06-10T16:05:00Z');
      const [leadId] = await freshLeadIds(scene.t, scene.sunpeak.id, 1);
      const logged = await scene.setter1.post<Logged>(`/api/leads/${leadId}/attempts`, {
        disposition: 'not_interested',
        reason: 'Already has solar',
        durationSeconds: 95,
        startedAt: '2026-06-10T16:03:00Z',
      });
      expect(logged.status).toBe(201);
      expect(logged.body.leadStatus).toBe('not_interested');
      const detail = await scene.leadDetail(Number(leadId));
      expect(detail.lead.status).toBe('not_interested');
      expect(detail.attempts).toEqual([
        expect.objectContaining({
          setterName: 'Sam Setter',
          disposition: 'not_interested',
          reason: 'Already has solar',
          durationSeconds: 95,
          startedAt: '2026-06-10T16:03:00Z',
        }),
      ]);
      expect(detail.events).toEqual([
        expect.objectContaining({
          type: 'attempt',
          actorName: 'Sam Setter',
          fromStatus: 'new',
          toStatus: 'not_interested',
          reason: 'Already has solar',
          createdAt: '2026-06-10T16:05:00Z',
        }),
      ]);
    });

    it('do_not_call marks the lead dnc and it is never served again', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Do not call', ['Eli Fox']);
      const item = await served(scene.setter1, campaign.id);
      const logged = await scene.setter1.post<Logged>(`/api/leads/${item.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'do_not_call',
      });
      expect(logged.body.leadStatus).toBe('dnc');
      for (const day of ['2026-06-11T16:00:00Z', '2026-07-10T16:00:00Z']) {
        scene.t.clock.set(day);
        expect((await next(scene.setter2, campaign.id)).item).toBeNull();
      }
      const detail = await scene.leadDetail(item.lead.id);
      expect(detail.lead.status).toBe('dnc');
      expect(detail.calling.callable).toBe(false);
      expect(detail.calling.reasons).toContain('DO_NOT_CALL');
    });

    it('a call logged after the lease passed to another setter is recorded, and their lease is kept', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Held', ['Fay Hart']);
      const item = await served(scene.setter1, campaign.id);
      const response = await scene.setter2.post<Logged>(`/api/leads/${item.lead.id}/attempts`, {
        disposition: 'no_answer',
      });
      expect(response.status).toBe(201);
      const detail = await scene.leadDetail(item.lead.id);
      expect(detail.attempts).toHaveLength(1);
      // setter1 still holds the lead: a reload gives it back to them, and nobody else gets it.
      expect((await served(scene.setter1, campaign.id)).lead.id).toBe(item.lead.id);
      expect((await next(scene.setter2, campaign.id)).item?.lead.id).not.toBe(item.lead.id);
    });

    it('a closed lead takes no new calls (409 NOT_CALLABLE) but a do-not-call request is always recorded', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Closed', ['Gil Moss']);
      const item = await served(scene.setter1, campaign.id);
      await scene.setter1.post<Logged>(`/api/leads/${item.lead.id}/attempts`, {
        campaignId: campaign.id,
        disposition: 'not_interested',
        reason: 'Has a provider',
      });
      const refused = await scene.setter2.post<ErrorBody>(`/api/leads/${item.lead.id}/attempts`, {
        disposition: 'no_answer',
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('NOT_CALLABLE');
      const dnc = await scene.setter2.post<Logged>(`/api/leads/${item.lead.id}/attempts`, {
        disposition: 'do_not_call',
      });
      expect(dnc.status).toBe(201);
      expect(dnc.body.leadStatus).toBe('dnc');
      expect((await scene.leadDetail(item.lead.id)).attempts).toHaveLength(2);
    });

    it('a call that started more than a day ago is refused, naming startedAt', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const [leadId] = await freshLeadIds(scene.t, scene.sunpeak.id, 1);
      const response = await scene.setter1.post<ErrorBody>(`/api/leads/${leadId}/attempts`, {
        disposition: 'no_answer',
        startedAt: '2026-06-01T16:00:00Z',
      });
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe('startedAt');
    });

    it('qualification answers logged with a call are stored with their score on the client’s form', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const [leadId] = await freshLeadIds(scene.t, scene.sunpeak.id, 1);
      const answers = { homeowner: 'own', bill: 300, roof_age: 5, timeline: 'half_year' };
      const refused = await scene.setter1.post<ErrorBody>(`/api/leads/${leadId}/attempts`, {
        disposition: 'call_back',
        callbackAt: '2026-06-11T16:00:00Z',
        qualification: { formId: scene.sunpeak.formId, answers: { ...answers, shoe_size: 44 } },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.field).toBe('qualification.answers.shoe_size');
      const logged = await scene.setter1.post<Logged>(`/api/leads/${leadId}/attempts`, {
        disposition: 'call_back',
        callbackAt: '2026-06-11T16:00:00Z',
        qualification: { formId: scene.sunpeak.formId, answers, interest: 'warm' },
        questionsAsked: 'Does it work on a tile roof?',
      });
      expect(logged.status).toBe(201);
      const stored = await scene.t.deps.database.db
        .selectFrom('qualification_answers')
        .selectAll()
        .where('lead_id', '=', Number(leadId))
        .execute();
      // (100·2 + 100·2 + 100·1 + 70·2) / 7 = 91.4 → 91, above the threshold of 60.
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        score: 91,
        qualified: 1,
        interest: 'warm',
        attempt_id: logged.body.attempt.id,
        questions_asked: 'Does it work on a tile roof?',
      });
      expect(JSON.parse(stored[0]?.answers ?? '{}')).toEqual(answers);
    });
  });
}
