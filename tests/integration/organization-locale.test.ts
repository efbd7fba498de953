import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientOutcomesDto } from '../../src/contracts/dispositions.ts';
import type { OrganizationSettings } from '../../src/contracts/organization.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { demoClient } from './support/demo-data.ts';
import { csvOf, importCsv } from './support/imports.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let admin: Api;
    const put = <T>(api: Api, url: string, body: unknown) => api.request<T>({ method: 'PUT', url, body });
    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 5 });
      admin = await t.authed('admin@demo.test');
    });
    afterAll(() => t?.close());

    it('the demo organization speaks English; only an admin reads or sets its language', async () => {
      const read = await admin.get<OrganizationSettings>('/api/organization');
      expect(read.status).toBe(200);
      expect(read.body).toEqual({ name: 'Demo Agency', locale: 'en' });
      const manager = await t.authed('manager@demo.test');
      expect((await manager.get<ErrorBody>('/api/organization')).status).toBe(403);
      const refused = await put<ErrorBody>(manager, '/api/organization', { locale: 'sr' });
      expect(refused.status).toBe(403);
      expect((await admin.get<OrganizationSettings>('/api/organization')).body.locale).toBe('en');
    });

    it('a language the product does not speak is refused with a 400 naming the field', async () => {
      const response = await put<ErrorBody>(admin, '/api/organization', { locale: 'xx' });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION');
      expect(response.body.error.field).toBe('body.locale');
      expect((await admin.get<OrganizationSettings>('/api/organization')).body.locale).toBe('en');
    });

    it('a client created after the organization turned Serbian starts with Serbian outcomes, same keys', async () => {
      const saved = await put<OrganizationSettings>(admin, '/api/organization', { locale: 'sr' });
      expect(saved.status).toBe(200);
      expect(saved.body.locale).toBe('sr');
      const sunpeak = await demoClient(t, 'sunpeak-solar');
      const organizationId = (await t.deps.clients.findById(sunpeak.id))?.organizationId ?? 0;
      const client = await t.deps.clients.create(
        {
          organizationId,
          name: 'Београд Соларни',
          slug: 'beograd-solar',
          country: 'RS',
          timeZone: 'Europe/Belgrade',
        },
        t.clock().epochMilliseconds,
      );
      const list = (await admin.get<ClientOutcomesDto>(`/api/clients/${client.id}/outcomes`)).body;
      const english = (await admin.get<ClientOutcomesDto>(`/api/clients/${sunpeak.id}/outcomes`)).body;
      expect(list.outcomes.map((o) => o.key)).toEqual(english.outcomes.map((o) => o.key));
      expect(list.outcomes.map((o) => o.label)).toEqual([
        'Заинтересован — позвати поново',
        'Заказан састанак',
        'Није заинтересован',
        'Не испуњава услове',
        'Не сада — неговати',
        'Не звати',
      ]);
      expect(list.reasons.filter((r) => r.outcomeKey === 'not_interested').map((r) => r.label)).toContain(
        'Нема буџет',
      );
      // The demo's clients keep the English they were created with.
      expect(english.outcomes.find((o) => o.key === 'appointment')?.label).toBe('Appointment booked');
    });

    it('a Serbian user’s rejects CSV has Serbian headers and reasons; an English one’s stays English', async () => {
      const manager = await t.authed('manager@demo.test');
      const sunpeak = await demoClient(t, 'sunpeak-solar');
      const csv = csvOf([
        ['Name', 'Phone'],
        ['Ana Good', '(646) 555-0142'],
        ['Bora Bad', '12345'],
      ]);
      const job = (await importCsv(manager, sunpeak.id, 'Locale rejects', csv)).body;
      expect(job.status).toBe('done');
      const download = () =>
        manager.request<string>({ method: 'GET', url: `/api/imports/${job.id}/rejects.csv?kind=invalid` });
      const english = await download();
      expect(english.body).toContain('Row,Column,Reason,Lead,Name,Phone');
      expect(english.body).toMatch(/3,phone,"No valid phone number: ""12345""/);

      expect((await put(manager, '/api/auth/locale', { locale: 'sr' })).status).toBe(200);
      const serbian = await download();
      expect(serbian.status).toBe(200);
      expect(serbian.body).toContain('Ред,Колона,Разлог,Контакт,Name,Phone');
      expect(serbian.body).toMatch(/3,Телефон,Нема исправног броја телефона: „12345“/);
      expect(serbian.body).toContain('Bora Bad,12345');
    });
  });
}
