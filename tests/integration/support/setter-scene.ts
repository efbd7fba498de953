import { afterAll, beforeAll } from 'vitest';
import type { CampaignDto } from '../../../src/contracts/campaigns.ts';
import type { LeadDetail } from '../../../src/contracts/leads.ts';
import type { Dialect } from '../../support/test-databases.ts';
import { type DemoClient, demoClient } from './demo-data.ts';
import { newYorkCampaignMaker } from './imports.ts';
import type { Api } from './test-api.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/** The demo app with Sunpeak Solar and two signed-in setters, as the calling tests need it. */
export interface SetterScene {
  t: TestApp;
  sunpeak: DemoClient;
  setter1: Api;
  setter2: Api;
  /** A New York campaign of Sunpeak Solar with a fresh list of these people. */
  newYorkCampaign: (name: string, people: readonly string[]) => Promise<CampaignDto>;
  /** The lead as setter1 reads it. */
  leadDetail: (leadId: number) => Promise<LeadDetail>;
}

/**
 * Registers the hooks that start the app before the suite and close it after; the fields are
 * filled once `beforeAll` has run, so read them inside tests only.
 */
export function useSetterScene(dialect: Dialect): SetterScene {
  const scene = {} as SetterScene;
  beforeAll(async () => {
    scene.t = await createTestApp(dialect);
    scene.sunpeak = await demoClient(scene.t, 'sunpeak-solar');
    scene.setter1 = await scene.t.authed('setter1@demo.test');
    scene.setter2 = await scene.t.authed('setter2@demo.test');
    scene.newYorkCampaign = newYorkCampaignMaker(() => scene.t.authed('manager@demo.test'), scene.sunpeak.id);
    scene.leadDetail = async (leadId) => (await scene.setter1.get<LeadDetail>(`/api/leads/${leadId}`)).body;
  });
  afterAll(() => scene.t?.close());
  return scene;
}
