import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NextLeadResponse } from '../../src/contracts/campaigns.ts';
import type { LeadBatchResult } from '../../src/contracts/imports.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient } from './support/demo-data.ts';
import { multipartBody } from './support/imports.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

type IntakeAnswer = { leadId: number | null; created: boolean; outcome: string };

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let manager: Api;

    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 20, env: { UPLOAD_LIMIT_MB: '0.05' } });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      manager = await t.authed('manager@demo.test');
    });
    afterAll(() => t?.close());

    const batch = (body: unknown, key?: string) =>
      manager.request<LeadBatchResult>({
        method: 'POST',
        url: '/api/leads/batch',
        headers: key ? { 'idempotency-key': key } : {},
        body,
      });

    it('POST /api/leads/batch stores valid leads, names each bad one, and replays an idempotency key', async () => {
      const body = {
        clientId: sunpeak.id,
        listName: 'Partner API',
        leads: [
          { fullName: 'Api One', phone: '(646) 555-0601', email: 'One@Example.com', postalCode: '10001' },
          { firstName: 'Api', lastName: 'Two', phone: 'not a phone' },
          { firstName: 'Api', lastName: 'Dup', phone: '646-555-0601' },
          { firstName: 'Api', lastName: 'Three', phone: '+1 303 555 0602', customFields: { budget: '20k' } },
        ],
      };
      const first = await batch(body, 'partner-1');
      expect(first.status).toBe(201);
      expect(first.body.counts).toEqual({ created: 2, updated: 0, duplicates: 1, invalid: 1, dnc: 0 });
      expect(first.body.results.map((r) => r.outcome)).toEqual([
        'created',
        'invalid',
        'duplicate',
        'created',
      ]);
      expect(first.body.results[1]?.errors[0]).toMatchObject({ field: 'phone' });
      const stored = await t.deps.database.db
        .selectFrom('leads')
        .select(['email', 'time_zone', 'custom_fields'])
        .where(
          'id',
          'in',
          first.body.results.flatMap((r) => (r.outcome === 'created' && r.leadId ? [r.leadId] : [])),
        )
        .orderBy('id')
        .execute();
      expect(stored).toEqual([
        { email: 'one@example.com', time_zone: 'America/New_York', custom_fields: '{}' },
        { email: null, time_zone: 'America/Denver', custom_fields: '{"budget":"20k"}' },
      ]);
      const replay = await batch(body, 'partner-1');
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual(first.body);
      const again = await batch(body);
      expect(again.body.counts).toMatchObject({ created: 0, duplicates: 3, invalid: 1 });
    });

    it('POST /api/leads/batch refuses more than 1,000 leads (400 on leads)', async () => {
      const leads = Array.from({ length: 1001 }, (_, i) => ({
        phone: `+1646555${String(i).padStart(4, '0')}`,
      }));
      const response = await manager.post<ErrorBody>('/api/leads/batch', { clientId: sunpeak.id, leads });
      expect(response.status).toBe(400);
      expect(response.body.error.field).toMatch(/leads/);
    });

    it('a web form with the client’s key creates a hot lead that the queue serves first', async () => {
      const issued = await manager.post<{ key: string; url: string }>(
        `/api/clients/${sunpeak.id}/intake-key`,
      );
      expect(issued.status).toBe(200);
      const form = {
        'First Name': 'Webby',
        'Last Name': 'Form',
        Phone: '(646) 555-0611',
        Zip: '10001',
        'Roof type': 'tile',
      };
      const refused = await t.anonymous.request<ErrorBody>({
        method: 'POST',
        url: issued.body.url,
        headers: { 'x-intake-key': 'wrong' },
        body: form,
      });
      expect(refused.status).toBe(401);
      const created = await t.anonymous.request<IntakeAnswer>({
        method: 'POST',
        url: issued.body.url,
        headers: { 'x-intake-key': issued.body.key },
        body: form,
      });
      expect(created.status).toBe(201);
      expect(created.headers['access-control-allow-origin']).toBe('*');
      const lead = await t.deps.database.db
        .selectFrom('leads')
        .select(['hot', 'source', 'first_name', 'custom_fields'])
        .where('id', '=', created.body.leadId ?? 0)
        .executeTakeFirstOrThrow();
      expect(lead).toEqual({
        hot: 1,
        source: 'web',
        first_name: 'Webby',
        custom_fields: '{"roof_type":"tile"}',
      });
      // 12:00 in New York: the lead is callable; it is served before the campaign's own order.
      const setter = await t.authed('setter1@demo.test');
      const served = await setter.post<NextLeadResponse>(`/api/campaigns/${sunpeak.campaignId}/next`);
      expect(served.body.item, JSON.stringify(served.body)).toBeTruthy();
      expect(served.body.item).toMatchObject({ reason: 'hot_lead', lead: { id: created.body.leadId } });
      const again = await t.anonymous.request<IntakeAnswer>({
        method: 'POST',
        url: `${issued.body.url}?key=${issued.body.key}`,
        body: { phone: '646.555.0611', email: 'webby@example.com' },
      });
      expect(again.body).toMatchObject({ created: false, leadId: created.body.leadId, outcome: 'updated' });
    });

    it('an inbound call finds the lead by its phone in any format, or creates a hot inbound lead', async () => {
      const setter = await t.authed('setter1@demo.test');
      const existing = await t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'phone'])
        .where('client_id', '=', sunpeak.id)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const national = existing.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3');
      const found = await setter.post<IntakeAnswer>('/api/leads/inbound', {
        clientId: sunpeak.id,
        phone: national,
      });
      expect(found.status).toBe(200);
      expect(found.body.leadId).toBe(existing.id);
      const fresh = await setter.post<IntakeAnswer>('/api/leads/inbound', {
        clientId: sunpeak.id,
        phone: '303-555-0621',
        fullName: 'Ina Bound',
      });
      expect(fresh.status).toBe(201);
      const lead = await t.deps.database.db
        .selectFrom('leads')
        .select(['source', 'hot', 'last_name'])
        .where('id', '=', fresh.body.leadId ?? 0)
        .executeTakeFirstOrThrow();
      expect(lead).toEqual({ source: 'inbound', hot: 1, last_name: 'Bound' });
      const bad = await setter.post<ErrorBody>('/api/leads/inbound', { clientId: sunpeak.id, phone: '12' });
      expect(bad.status).toBe(422);
      expect(bad.body.error.field).toBe('phone');
    });

    it('an upload over the limit is 413 with a clear message and leaves no file job behind', async () => {
      const big = `Phone\n${'2125550100\n'.repeat(8000)}`;
      const { payload, contentType } = await multipartBody(
        { clientId: String(sunpeak.id) },
        { name: 'big.csv', content: big },
      );
      const response = await manager.request<ErrorBody>({
        method: 'POST',
        url: '/api/imports/uploads',
        headers: { 'content-type': contentType },
        body: payload,
      });
      expect(response.status).toBe(413);
      expect(response.body.error.message).toMatch(/upload limit/);
    });

    it('the CLI imports with --json, reports rejects in a file, and --dry-run stores nothing', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'setterdesk-cli-'));
      const file = join(dir, 'cli.csv');
      await writeFile(file, 'Ime;Prezime;Telefon\nMarko;Marković;(646) 555-0631\nLoš;Broj;123\n');
      const cli = (...args: string[]) =>
        spawnSync(
          process.execPath,
          [
            '--import',
            'tsx',
            'src/cli/main.ts',
            'import',
            file,
            '--client',
            'sunpeak-solar',
            '--json',
            ...args,
          ],
          {
            env: { ...process.env, DATABASE_URL: t.config.DATABASE_URL },
            encoding: 'utf8',
          },
        );
      const dry = cli('--dry-run');
      expect(dry.status, dry.stderr).toBe(0);
      const drySummary = JSON.parse(dry.stdout.trim().split('\n').at(-1) ?? '{}');
      expect(drySummary).toMatchObject({ status: 'done', dryRun: true, rows: 2, imported: 1, invalid: 1 });
      expect(drySummary.sample[0].lead).toMatchObject({ firstName: 'Marko', lastName: 'Marković' });
      const none = await t.deps.database.db
        .selectFrom('leads')
        .select('id')
        .where('phone', '=', '+16465550631')
        .execute();
      expect(none).toEqual([]);
      const real = cli('--list', 'From the CLI', '--map', 'Telefon=phone');
      const summary = JSON.parse(real.stdout.trim().split('\n').at(-1) ?? '{}');
      expect(summary).toMatchObject({
        status: 'done',
        list: 'From the CLI',
        rows: 2,
        imported: 1,
        invalid: 1,
        duplicates: 0,
      });
      expect(await readFile(summary.rejectedFile, 'utf8')).toMatch(/3,phone,/);
      const twice = JSON.parse(cli().stdout.trim().split('\n').at(-1) ?? '{}');
      expect(twice).toMatchObject({ imported: 0, duplicates: 1 });
    }, 60_000);
  });
}
