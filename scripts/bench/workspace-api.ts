import type { Page } from 'playwright-core';

export interface ApiRun {
  /** POST attempts (no answer) + POST next, from the page's fetch, in ms. */
  timings: number[];
  attemptsMs: number[];
  nextMs: number[];
  /** Leads served more than once in this run. */
  repeats: number;
  errors: string[];
}

/**
 * The same work as the call screen's, without the screen: from the page (same browser, same
 * session, same HTTP connection pool) `calls` times POST /api/leads/:id/attempts ("no answer") on
 * the lead held, then POST /api/campaigns/:id/next for the next one. The first POST next returns
 * the lead the screen holds.
 */
export async function apiRoundTrips(page: Page, campaignId: number, calls: number): Promise<ApiRun> {
  // A string, not a function: see workspace-probe.ts.
  const script = `(async () => {
    const session = await (await fetch('/api/auth/session')).json();
    const headers = { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
    const post = async (path, body) => {
      const response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
      return { status: response.status, body: await response.json() };
    };
    const nextPath = '/api/campaigns/${campaignId}/next';
    const run = { timings: [], attemptsMs: [], nextMs: [], leadIds: [], errors: [] };
    let held = await post(nextPath, {});
    for (let i = 0; i < ${calls}; i++) {
      const leadId = held.body && held.body.item ? held.body.item.lead.id : null;
      if (leadId === null) { run.errors.push('POST next ' + held.status + ': ' + JSON.stringify(held.body).slice(0, 200)); break; }
      run.leadIds.push(leadId);
      const started = performance.now();
      const logged = await post('/api/leads/' + leadId + '/attempts', { campaignId: ${campaignId}, disposition: 'no_answer' });
      const attempted = performance.now();
      if (logged.status !== 201) { run.errors.push('POST attempts ' + logged.status + ': ' + JSON.stringify(logged.body).slice(0, 200)); break; }
      held = await post(nextPath, {});
      const ended = performance.now();
      run.attemptsMs.push(attempted - started);
      run.nextMs.push(ended - attempted);
      run.timings.push(ended - started);
    }
    return run;
  })()`;
  const run = (await page.evaluate(script)) as Omit<ApiRun, 'repeats'> & { leadIds: number[] };
  const { leadIds, ...rest } = run;
  return { ...rest, repeats: leadIds.length - new Set(leadIds).size };
}
