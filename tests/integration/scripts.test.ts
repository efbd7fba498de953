import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScriptDto } from '../../src/contracts/campaigns.ts';
import type {
  MyVariantDto,
  ScriptDetailDto,
  ScriptDiffDto,
  ScriptForMeDto,
  ScriptOutcomesDto,
  ScriptVariantDto,
} from '../../src/contracts/scripts.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, extraUser, freshLeadIds } from './support/demo-data.ts';
import { createScript, put, review, validSections, writeVariant } from './support/scripts.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    let manager: Api;
    let setter1: Api;
    let setter2: Api;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
      manager = await t.authed('manager@demo.test');
      setter1 = await t.authed('setter1@demo.test');
      setter2 = await t.authed('setter2@demo.test');
    });
    afterAll(() => t?.close());

    const scriptsOf = async (query: string) =>
      (await manager.get<{ scripts: ScriptDto[] }>(`/api/scripts?${query}`)).body.scripts;

    it('the demo gives each client an outbound and an inbound script; ?purpose= filters them', async () => {
      const all = await scriptsOf(`clientId=${sunpeak.id}`);
      expect(all.map((s) => [s.purpose, s.mode])).toEqual(
        expect.arrayContaining([
          ['outbound', 'personalizable'],
          ['inbound', 'verbatim'],
        ]),
      );
      for (const client of [sunpeak, ledgerly]) {
        const inbound = await scriptsOf(`clientId=${client.id}&purpose=inbound`);
        expect(inbound).toHaveLength(1);
        expect(inbound[0]?.sections[0]?.id).toBe('opening');
      }
    });

    it('a new script is version 1 in its history; an opening without who is calling is 400 on its body', async () => {
      const script = await createScript(manager, sunpeak.id, { purpose: 'inbound' });
      expect(script).toMatchObject({ version: 1, purpose: 'inbound' });
      const detail = await manager.get<ScriptDetailDto>(`/api/scripts/${script.id}`);
      expect(detail.body.versions.map((v) => [v.version, v.createdByName])).toEqual([[1, 'Maya Manager']]);
      const refused = await manager.post<ErrorBody>('/api/scripts', {
        clientId: sunpeak.id,
        name: 'No opening',
        sections: validSections('Hello from {{client.name}}'),
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'VALIDATION', field: 'sections.0.body' });
    });

    it('changed text becomes the next version, unchanged text none; versions are read and diffed by number', async () => {
      const script = await createScript(manager, sunpeak.id);
      const body = {
        name: 'Renamed',
        mode: 'personalizable',
        purpose: 'outbound',
        sections: validSections(),
      };
      const renamed = await put<ScriptDetailDto>(manager, `/api/scripts/${script.id}`, body);
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'Renamed', version: 1 });
      const changed = await put<ScriptDetailDto>(manager, `/api/scripts/${script.id}`, {
        ...body,
        note: 'Warmer opening',
        sections: validSections(
          'Good morning {{lead.firstName}}, {{setter.firstName}} from {{client.name}}.',
        ),
      });
      expect(changed.body.version).toBe(2);
      expect(changed.body.versions.map((v) => [v.version, v.note])).toEqual([
        [2, 'Warmer opening'],
        [1, null],
      ]);
      const first = await manager.get<{ sections: { body: string }[] }>(
        `/api/scripts/${script.id}/versions/1`,
      );
      expect(first.body.sections[0]?.body).toContain('Hi {{lead.firstName}}');
      const diff = await manager.get<ScriptDiffDto>(`/api/scripts/${script.id}/diff?from=1&to=2`);
      expect(diff.body.sections.map((s) => s.change)).toEqual(['changed', 'same']);
      expect(diff.body.sections[0]?.parts.slice(0, 2)).toEqual([
        { kind: 'removed', text: 'Hi' },
        { kind: 'added', text: 'Good morning' },
      ]);
      expect((await manager.get(`/api/scripts/${script.id}/diff?from=1&to=9`)).status).toBe(404);
      const broken = await put<ErrorBody>(manager, `/api/scripts/${script.id}`, {
        ...body,
        sections: [
          {
            id: 'opening',
            title: 'Opening',
            body: 'Hi {{setter.firstName}} for {{client.name}}',
            branches: [{ label: 'Go', target: 'nowhere' }],
          },
        ],
      });
      expect(broken.body.error).toMatchObject({ code: 'VALIDATION', field: 'sections.0.branches.0.target' });
    });

    it('only managers write scripts; reps are refused; another client’s script answers 404', async () => {
      const script = await createScript(manager, ledgerly.id, { mode: 'verbatim' });
      const body = { name: 'X', mode: 'verbatim', sections: validSections() };
      expect((await put(setter1, `/api/scripts/${script.id}`, body)).status).toBe(403);
      const rep = await t.authed('rep1@demo.test');
      expect((await rep.get(`/api/scripts/${script.id}`)).status).toBe(403);
      expect((await rep.get(`/api/script-variants`)).status).toBe(403);
      const sunpeakManager = (await extraUser(t, 'manager', [sunpeak.id])).api;
      for (const url of ['', '/versions/1', '/diff?from=1&to=1', '/variants', '/for-me', '/outcomes'])
        expect((await sunpeakManager.get<ErrorBody>(`/api/scripts/${script.id}${url}`)).status).toBe(404);
      expect((await put(sunpeakManager, `/api/scripts/${script.id}`, body)).status).toBe(404);
      expect((await sunpeakManager.get(`/api/script-variants?clientId=${ledgerly.id}`)).status).toBe(404);
    });

    it('a verbatim script refuses personal variants with 409 SCRIPT_VERBATIM', async () => {
      const script = await createScript(manager, ledgerly.id, { mode: 'verbatim' });
      const refused = await put<ErrorBody>(setter1, `/api/scripts/${script.id}/my-variant`, {
        sections: validSections(),
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('SCRIPT_VERBATIM');
    });

    it('a variant goes draft → submitted → rejected with a comment → draft → submitted → approved, and only then is read', async () => {
      const script = await createScript(manager, sunpeak.id);
      const forMe = async () => (await setter1.get<ScriptForMeDto>(`/api/scripts/${script.id}/for-me`)).body;
      const draft = await writeVariant(setter1, script.id, 'Hey, who looks after the roof?');
      expect(draft).toMatchObject({
        status: 'draft',
        baseVersion: 1,
        currentVersion: 1,
        outdated: false,
        userName: 'Sam Setter',
      });
      expect(draft.diff.map((section) => section.change)).toEqual(['same', 'changed']);
      const again = await writeVariant(setter1, script.id, 'Hey there, who looks after the roof?', {
        submit: true,
      });
      expect(again).toMatchObject({ id: draft.id, status: 'submitted' });
      expect((await forMe()).variantId).toBeNull();

      // Another setter sees neither the variant nor it in lists; the setter cannot review it.
      expect((await setter2.get(`/api/script-variants/${draft.id}`)).status).toBe(404);
      const theirs = await setter2.get<{ variants: ScriptVariantDto[] }>(
        `/api/scripts/${script.id}/variants`,
      );
      expect(theirs.body.variants).toEqual([]);
      expect((await setter1.post(`/api/script-variants/${draft.id}/approve`)).status).toBe(403);
      const inbox = await manager.get<{ variants: ScriptVariantDto[] }>(
        `/api/script-variants?clientId=${sunpeak.id}&status=submitted`,
      );
      expect(inbox.body.variants.map((v) => v.id)).toContain(draft.id);

      const noComment = await manager.post<ErrorBody>(`/api/script-variants/${draft.id}/reject`, {
        comment: ' ',
      });
      expect(noComment.body.error).toMatchObject({ code: 'VALIDATION', field: 'comment' });
      const rejected = await review(manager, draft.id, 'reject', 'Keep the question about two minutes');
      expect(rejected).toMatchObject({
        status: 'rejected',
        reviewComment: 'Keep the question about two minutes',
        reviewedByName: 'Maya Manager',
      });
      expect((await manager.post<ErrorBody>(`/api/script-variants/${draft.id}/approve`)).status).toBe(409);
      const reworked = await writeVariant(setter1, script.id, 'Hey, who looks after the roof — two minutes?');
      expect(reworked).toMatchObject({ id: draft.id, status: 'draft' });
      const submitted = await setter1.post<ScriptVariantDto>(`/api/script-variants/${draft.id}/submit`);
      expect(submitted.body.status).toBe('submitted');
      await review(manager, draft.id, 'approve');
      expect(await forMe()).toMatchObject({ variantId: draft.id, version: 1 });
      expect((await forMe()).sections[1]?.body).toContain('two minutes?');
      expect(
        (await setter2.get<ScriptForMeDto>(`/api/scripts/${script.id}/for-me`)).body.variantId,
      ).toBeNull();

      // A new company version of a section the setter kept: the variant follows it, carried onto v2.
      await put(manager, `/api/scripts/${script.id}`, {
        name: 'Test script',
        mode: 'personalizable',
        sections: validSections('Hello {{lead.firstName}}, {{setter.firstName}} at {{client.name}}.'),
      });
      const mine = (await setter1.get<MyVariantDto>(`/api/scripts/${script.id}/my-variant`)).body;
      expect(mine.approved).toMatchObject({
        id: draft.id,
        status: 'approved',
        outdated: false,
        baseVersion: 2,
        currentVersion: 2,
        conflicts: [],
      });
      expect(await forMe()).toMatchObject({
        variantId: draft.id,
        version: 2,
        wording: 'mine',
        baseVersion: 2,
      });
      expect((await forMe()).sections.map((section) => section.body)).toEqual([
        'Hello {{lead.firstName}}, {{setter.firstName}} at {{client.name}}.',
        'Hey, who looks after the roof — two minutes?',
      ]);

      // A newer approved variant retires the old one.
      const next = await writeVariant(setter1, script.id, 'Who decides on the roof, and when are they in?', {
        submit: true,
        opening: 'Hello {{lead.firstName}}, {{setter.firstName}} at {{client.name}}.',
      });
      expect(next).toMatchObject({ status: 'submitted', baseVersion: 2 });
      expect(next.id).not.toBe(draft.id);
      await review(manager, next.id, 'approve', 'Nice');
      const all = await manager.get<{ variants: ScriptVariantDto[] }>(`/api/scripts/${script.id}/variants`);
      expect(all.body.variants.map((v) => [v.id, v.status])).toEqual([
        [next.id, 'approved'],
        [draft.id, 'retired'],
      ]);
      expect((await forMe()).variantId).toBe(next.id);
    });

    it('a variant must keep the opening rules too, and the opening word for word', async () => {
      const script = await createScript(manager, sunpeak.id);
      const refused = await put<ErrorBody>(setter1, `/api/scripts/${script.id}/my-variant`, {
        sections: validSections('Hi, it is me.'),
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.field).toBe('sections.0.body');
      const reworded = await put<ErrorBody>(setter1, `/api/scripts/${script.id}/my-variant`, {
        sections: validSections('Yo {{lead.firstName}}, {{setter.firstName}} here, {{client.name}} sent me.'),
      });
      expect(reworded.status).toBe(400);
      expect(reworded.body.error).toMatchObject({
        code: 'SCRIPT_SECTION_LOCKED',
        field: 'sections.0.body',
        details: { sectionId: 'opening' },
      });
    });

    it('outcomes count calls, contacts, qualified and appointments by version and approved variant', async () => {
      const script = await createScript(manager, sunpeak.id);
      const leads = await freshLeadIds(t, sunpeak.id, 5);
      const log = async (api: Api, leadId: number | undefined, body: Record<string, unknown>) => {
        const logged = await api.post(`/api/leads/${leadId}/attempts`, { scriptId: script.id, ...body });
        expect(logged.status, JSON.stringify(logged.body)).toBe(201);
      };
      await log(setter1, leads[0], { scriptVersion: 1, disposition: 'no_answer' });
      await log(setter1, leads[1], { scriptVersion: 1, disposition: 'not_interested', reason: 'Renting' });
      await put(manager, `/api/scripts/${script.id}`, {
        name: 'Test script',
        mode: 'personalizable',
        sections: validSections('Hello {{lead.firstName}}, {{setter.firstName}} at {{client.name}}.'),
      });
      const variant = await writeVariant(setter1, script.id, 'Who else decides on the roof?', {
        submit: true,
        opening: 'Hello {{lead.firstName}}, {{setter.firstName}} at {{client.name}}.',
      });
      await review(manager, variant.id, 'approve');
      const qualification = {
        formId: sunpeak.formId,
        answers: { homeowner: 'own', bill: 300, roof_age: 5, timeline: 'now' },
      };
      await log(setter1, leads[2], {
        scriptVersion: 2,
        scriptVariantId: variant.id,
        disposition: 'not_interested',
        reason: 'Spouse decides',
        qualification,
      });
      await log(setter2, leads[3], { scriptVersion: 2, disposition: 'no_answer' });
      // A booking logs its own call; here that call is written as the booking would write it.
      await t.deps.database.db
        .insertInto('call_attempts')
        .values({
          client_id: sunpeak.id,
          lead_id: Number(leads[4]),
          setter_id: (await setter2.get<{ user: { id: number } }>('/api/auth/session')).body.user.id,
          direction: 'outbound',
          phone: '+13035550100',
          started_at: t.clock().epochMilliseconds,
          duration_seconds: 120,
          disposition: 'appointment_set',
          contact: 1,
          created_at: t.clock().epochMilliseconds,
          script_id: script.id,
          script_version: 2,
        })
        .execute();
      const outcomes = await manager.get<ScriptOutcomesDto>(`/api/scripts/${script.id}/outcomes`);
      expect(outcomes.body.items).toEqual([
        {
          version: 2,
          variantId: null,
          variantOwner: null,
          calls: 2,
          contacts: 1,
          qualified: 0,
          appointments: 1,
        },
        {
          version: 2,
          variantId: variant.id,
          variantOwner: 'Sam Setter',
          calls: 1,
          contacts: 1,
          qualified: 1,
          appointments: 0,
        },
        {
          version: 1,
          variantId: null,
          variantOwner: null,
          calls: 2,
          contacts: 1,
          qualified: 0,
          appointments: 0,
        },
      ]);
      expect((await setter1.get(`/api/scripts/${script.id}/outcomes`)).status).toBe(403);
    });
  });
}
