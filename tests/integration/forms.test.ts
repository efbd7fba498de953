import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignWorkspace, QualificationFormDto } from '../../src/contracts/campaigns.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, extraUser, freshLeadIds } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

// PUT /api/qualification-forms/:id: a manager edits a client's form in place. Campaigns point at
// the form by id, so the next call asks the new questions; answers already stored keep their score.

const ownsHome = {
  id: 'homeowner',
  label: 'Do you own the home?',
  type: 'single_choice',
  criterion: 'authority',
  weight: 1,
  required: true,
  options: [
    { value: 'own', label: 'Owns the home', points: 40 },
    { value: 'rent', label: 'Rents', points: 0, knockOut: true },
  ],
} as const;

const put = (api: Api, id: number, body: unknown) =>
  api.request<QualificationFormDto & ErrorBody>({
    method: 'PUT',
    url: `/api/qualification-forms/${id}`,
    body,
  });

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let manager: Api;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      manager = await t.authed('manager@demo.test');
    });
    afterAll(() => t?.close());

    it('an edit replaces name, questions and threshold; the campaign’s next call uses it, stored scores stay', async () => {
      const setter = await t.authed('setter1@demo.test');
      const [leadId] = await freshLeadIds(t, sunpeak.id, 1);
      const answers = { homeowner: 'own', bill: 250, roof_age: 5, timeline: 'now' };
      const logged = await setter.post(`/api/leads/${leadId}/attempts`, {
        disposition: 'no_answer',
        qualification: { formId: sunpeak.formId, answers },
      });
      expect(logged.status).toBe(201);

      const edited = await put(manager, sunpeak.formId, {
        name: 'Solar quick check',
        questions: [ownsHome],
        threshold: 50,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        id: sunpeak.formId,
        clientId: sunpeak.id,
        name: 'Solar quick check',
        threshold: 50,
        questions: [ownsHome],
      });
      const listed = await manager.get<{ forms: QualificationFormDto[] }>(
        `/api/qualification-forms?clientId=${sunpeak.id}`,
      );
      expect(listed.body.forms.find((f) => f.id === sunpeak.formId)).toEqual(edited.body);
      const workspace = await setter.get<CampaignWorkspace>(`/api/campaigns/${sunpeak.campaignId}/workspace`);
      expect(workspace.body.qualificationForm).toEqual(edited.body);
      // Scored 100 and qualified under the old form; the new one would give 40 and not qualify.
      const stored = await t.deps.database.db
        .selectFrom('qualification_answers')
        .select(['score', 'qualified', 'form_id'])
        .where('lead_id', '=', Number(leadId))
        .execute();
      expect(stored).toEqual([{ score: 100, qualified: 1, form_id: sunpeak.formId }]);
    });

    it('an unusable edit is 400 naming the question, and the form stays as it was', async () => {
      const before = await t.deps.catalog.findForm(sunpeak.formId);
      const { options: _options, ...withoutOptions } = { ...ownsHome, id: 'decider' };
      const refused = await put(manager, sunpeak.formId, {
        name: 'Broken',
        questions: [ownsHome, withoutOptions, { ...ownsHome, label: 'Again' }],
        threshold: 50,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'VALIDATION', field: 'questions' });
      expect(refused.body.error.message).toContain('Question "decider" is a choice question without options');
      expect(refused.body.error.message).toContain('Question id "homeowner" is used more than once');
      const outOfRange = await put(manager, sunpeak.formId, {
        name: 'X',
        questions: [ownsHome],
        threshold: 120,
      });
      expect(outOfRange.status).toBe(400);
      expect(outOfRange.body.error.code).toBe('VALIDATION');
      expect(await t.deps.catalog.findForm(sunpeak.formId)).toEqual(before);
    });

    it('another client’s form answers 404 and is untouched; a setter may not edit; an unknown id is 404', async () => {
      const { api: sunpeakManager } = await extraUser(t, 'manager', [sunpeak.id]);
      const before = await t.deps.catalog.findForm(ledgerly.formId);
      const body = { name: 'Taken over', questions: [ownsHome], threshold: 10 };
      const foreign = await put(sunpeakManager, ledgerly.formId, body);
      expect(foreign.status).toBe(404);
      expect(foreign.body.error.code).toBe('NOT_FOUND');
      expect(await t.deps.catalog.findForm(ledgerly.formId)).toEqual(before);

      const setter = await t.authed('setter1@demo.test');
      const bySetter = await put(setter, sunpeak.formId, body);
      expect(bySetter.status).toBe(403);
      expect(bySetter.body.error.code).toBe('FORBIDDEN');

      const unknown = await put(manager, 999_999, body);
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('NOT_FOUND');
      // The admin works for every client of the organization, so the same edit goes through.
      const admin = await t.authed('admin@demo.test');
      expect((await put(admin, ledgerly.formId, body)).status).toBe(200);
    });
  });
}
