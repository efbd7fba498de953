import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyVariantDto, ScriptForMeDto, ScriptVariantDto } from '../../src/contracts/scripts.ts';
import type { ScriptSection } from '../../src/core/scripts/script.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient } from './support/demo-data.ts';
import { createScript, put, review, validSections, writeVariant } from './support/scripts.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

// A new company version reaches setters who read their own approved wording: what they did not
// change follows the company, what both changed goes back to review, locked sections stay locked.

const mineGatekeeper = 'Could you tell me who handles the roof?';
const [opening, gatekeeper] = validSections() as [ScriptSection, ScriptSection];
const booking: ScriptSection = { id: 'booking', title: 'Booking', body: 'Would a call or video suit you?' };

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

    /** A script with the setter's approved gatekeeper wording on version 1. */
    async function approvedVariant() {
      const script = await createScript(manager, sunpeak.id);
      const variant = await writeVariant(setter1, script.id, mineGatekeeper, { submit: true });
      await review(manager, variant.id, 'approve');
      const save = (sections: ScriptSection[]) =>
        put(manager, `/api/scripts/${script.id}`, { name: 'Test script', mode: 'personalizable', sections });
      const forMe = async () => (await setter1.get<ScriptForMeDto>(`/api/scripts/${script.id}/for-me`)).body;
      const mine = async () => (await setter1.get<MyVariantDto>(`/api/scripts/${script.id}/my-variant`)).body;
      return { script, variant, save, forMe, mine };
    }

    it('a new company section reaches the setter; their own wording stays; the variant is stamped v2', async () => {
      const { variant, save, forMe, mine } = await approvedVariant();
      expect((await save([opening, gatekeeper, booking])).status).toBe(200);
      expect(await forMe()).toMatchObject({
        variantId: variant.id,
        version: 2,
        wording: 'mine',
        baseVersion: 2,
        companyWordingIn: [],
      });
      expect((await forMe()).sections.map((s) => s.body)).toEqual([
        opening.body,
        mineGatekeeper,
        booking.body,
      ]);
      expect((await mine()).approved).toMatchObject({ status: 'approved', baseVersion: 2, outdated: false });
    });

    it('a section both changed goes to review: the company wording is read there until a manager approves the setter’s', async () => {
      const { variant, save, forMe, mine } = await approvedVariant();
      await save([opening, { ...gatekeeper, body: 'Is the owner of the house at home?' }]);
      const read = await forMe();
      expect(read).toMatchObject({
        variantId: variant.id,
        wording: 'mine',
        companyWordingIn: [{ sectionId: 'gatekeeper', title: 'Gatekeeper' }],
      });
      expect(read.sections[1]?.body).toBe('Is the owner of the house at home?');
      const waiting = (await mine()).approved;
      expect(waiting).toMatchObject({ id: variant.id, status: 'needs_rebase', baseVersion: 2 });
      expect(waiting?.conflicts[0]).toMatchObject({
        sectionId: 'gatekeeper',
        mine: { body: mineGatekeeper },
      });
      expect(waiting?.conflicts[0]?.parts).toContainEqual({
        kind: 'added',
        text: expect.stringContaining('roof'),
      });

      const inbox = await manager.get<{ variants: ScriptVariantDto[] }>(
        `/api/script-variants?clientId=${sunpeak.id}&status=needs_rebase`,
      );
      expect(inbox.body.variants.map((v) => v.id)).toContain(variant.id);
      await review(manager, variant.id, 'approve');
      expect(await forMe()).toMatchObject({ variantId: variant.id, companyWordingIn: [] });
      expect((await forMe()).sections[1]?.body).toBe(mineGatekeeper);
      expect((await mine()).approved).toMatchObject({ status: 'approved', conflicts: [] });
    });

    it('a setter resolves a conflict by submitting again; its approval retires the conflicted one', async () => {
      const { script, variant, save, forMe } = await approvedVariant();
      await save([opening, { ...gatekeeper, body: 'Is the owner of the house at home?' }]);
      const next = await writeVariant(setter1, script.id, 'Is the owner at home? Who handles the roof?', {
        submit: true,
      });
      expect(next.id).not.toBe(variant.id);
      // Until the new one is approved, the conflicted variant is still read.
      expect((await forMe()).variantId).toBe(variant.id);
      await review(manager, next.id, 'approve');
      expect(await forMe()).toMatchObject({ variantId: next.id, companyWordingIn: [] });
      const all = await manager.get<{ variants: ScriptVariantDto[] }>(`/api/scripts/${script.id}/variants`);
      expect(all.body.variants.map((v) => [v.id, v.status])).toEqual([
        [next.id, 'approved'],
        [variant.id, 'retired'],
      ]);
    });

    it('a section a manager locks reads the company wording for everyone and cannot be reworded', async () => {
      const { script, save, forMe } = await approvedVariant();
      const locked = { ...gatekeeper, mandatory: true };
      await save([opening, locked, { ...booking, mandatory: true }]);
      expect((await forMe()).sections[1]).toMatchObject({ body: gatekeeper.body, mandatory: true });
      const refused = await put<ErrorBody>(setter1, `/api/scripts/${script.id}/my-variant`, {
        sections: [opening, { ...gatekeeper, body: 'My words anyway' }],
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({
        code: 'SCRIPT_SECTION_LOCKED',
        field: 'sections.1.body',
        details: { sectionId: 'gatekeeper' },
      });
      const missing = await put<ErrorBody>(setter1, `/api/scripts/${script.id}/my-variant`, {
        sections: [opening, locked],
      });
      expect(missing.body.error).toMatchObject({ code: 'SCRIPT_SECTION_LOCKED', field: 'sections' });
    });

    it('a variant still in review takes the company update too, so approving it later reads the new text', async () => {
      const script = await createScript(manager, sunpeak.id);
      const submitted = await writeVariant(setter1, script.id, mineGatekeeper, { submit: true });
      const newOpening = 'Good day {{lead.firstName}}, {{setter.firstName}} for {{client.name}}.';
      await put(manager, `/api/scripts/${script.id}`, {
        name: 'Test script',
        mode: 'personalizable',
        sections: [{ ...opening, body: newOpening }, gatekeeper, booking],
      });
      const carried = await review(manager, submitted.id, 'approve');
      expect(carried).toMatchObject({ baseVersion: 2, status: 'approved', outdated: false });
      const read = (await setter1.get<ScriptForMeDto>(`/api/scripts/${script.id}/for-me`)).body;
      expect(read.sections.map((s) => s.body)).toEqual([newOpening, mineGatekeeper, booking.body]);
    });
  });
}
