import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectionDto, ObjectionStatsDto } from '../../src/contracts/objections.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, freshLeadIds } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

// The client's questions and product facts live in the objection library, each with its kind:
// searchable and counted per call the same way.

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let manager: Api;
    let setter1: Api;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      manager = await t.authed('manager@demo.test');
      setter1 = await t.authed('setter1@demo.test');
    });
    afterAll(() => t?.close());

    const library = async (api: Api, query = '') =>
      (await api.get<{ items: ObjectionDto[] }>(`/api/clients/${sunpeak.id}/objections${query}`)).body.items;
    const add = (body: Record<string, unknown>) =>
      manager.post<ObjectionDto & ErrorBody>(`/api/clients/${sunpeak.id}/objections`, {
        keywords: [],
        responses: [{ id: 'r1', text: 'Yes: 25 years on the panels, 10 on the inverter.' }],
        ...body,
      });

    it('the demo library holds every kind; a question and a fact keep their kind; ?kind= lists one kind', async () => {
      expect(new Set((await library(setter1)).map((item) => item.kind))).toEqual(
        new Set(['objection', 'question', 'fact']),
      );
      const question = await add({
        kind: 'question',
        title: 'How long does the install take?',
        keywords: ['install'],
      });
      expect(question.status).toBe(201);
      expect(question.body.kind).toBe('question');
      const fact = await add({ kind: 'fact', title: 'Panels are made in Ohio' });
      expect(fact.body.kind).toBe('fact');
      const questions = await library(setter1, '?kind=question');
      expect(questions.map((item) => item.title)).toContain('How long does the install take?');
      expect(questions.every((item) => item.kind === 'question')).toBe(true);
      const facts = await library(setter1, '?kind=fact');
      expect(facts.map((item) => item.title)).toContain('Panels are made in Ohio');
      expect(facts.every((item) => item.kind === 'fact')).toBe(true);
      expect((await library(setter1, '?kind=objection')).some((item) => item.kind !== 'objection')).toBe(
        false,
      );
      const edited = await manager.request<ObjectionDto>({
        method: 'PUT',
        url: `/api/objections/${fact.body.id}`,
        body: {
          kind: 'question',
          title: 'Where are the panels made?',
          responses: [{ id: 'r1', text: 'Ohio.' }],
        },
      });
      expect(edited.body.kind).toBe('question');
    });

    it('a kind outside the list is refused naming the field', async () => {
      const refused = await add({ kind: 'rumour', title: 'Solar is a scam' });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body.error)).toContain('kind');
    });

    it('a question asked on a call is counted like an objection', async () => {
      const question = await add({ kind: 'question', title: 'Can I add a battery later?' });
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const logged = await setter1.post(`/api/leads/${leadId}/attempts`, {
        callResult: 'voicemail_left',
        objections: [{ objectionId: question.body.id, responseId: null }],
      });
      expect(logged.status, JSON.stringify(logged.body)).toBe(201);
      const today = t.clock().toZonedDateTimeISO('America/Denver').toPlainDate().toString();
      const stats = await manager.get<ObjectionStatsDto>(
        `/api/clients/${sunpeak.id}/objections/stats?from=${today}&to=${today}`,
      );
      expect(stats.body.items.find((item) => item.objectionId === question.body.id)).toMatchObject({
        raised: 1,
      });
    });
  });
}
