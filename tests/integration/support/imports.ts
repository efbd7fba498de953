import type { CampaignDto } from '../../../src/contracts/campaigns.ts';
import type { ImportJobDto } from '../../../src/contracts/imports.ts';
import type { Api, ApiResponse } from './test-api.ts';

/**
 * A multipart/form-data body as a browser sends it, serialized by the platform's own FormData:
 * the fields first, in order, then the file.
 */
export async function multipartBody(
  fields: Record<string, string>,
  file: { name: string; content: string | Buffer; type?: string },
): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const content = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
  form.append('file', new Blob([content], { type: file.type ?? 'text/csv' }), file.name);
  const response = new Response(form);
  const contentType = response.headers.get('content-type');
  if (!contentType) throw new Error('FormData produced no content type');
  return { payload: Buffer.from(await response.arrayBuffer()), contentType };
}

/**
 * POST /api/imports?wait=true of a CSV text into a new list of the client: the job runs to its
 * end before the answer, which is the finished job.
 */
export async function importCsv(
  api: Api,
  clientId: number,
  listName: string,
  csv: string | Buffer,
  fields: Record<string, string> = {},
): Promise<ApiResponse<ImportJobDto>> {
  const { payload, contentType } = await multipartBody(
    { clientId: String(clientId), listName, ...fields },
    { name: `${listName}.csv`, content: csv },
  );
  return api.request<ImportJobDto>({
    method: 'POST',
    url: '/api/imports?wait=true',
    headers: { 'content-type': contentType },
    body: payload,
  });
}

/** Lines of a CSV file from rows of cells (no cell here needs quoting). */
export const csvOf = (rows: readonly (readonly string[])[]): string =>
  `${rows.map((r) => r.join(',')).join('\n')}\n`;

/**
 * Imports the rows as a new list and opens a campaign over it with the default calling window,
 * returning the campaign; throws when either step fails, so a test starts from a known state.
 */
export async function importedCampaign(
  manager: Api,
  clientId: number,
  name: string,
  rows: readonly (readonly string[])[],
): Promise<{ campaign: CampaignDto; report: ImportJobDto }> {
  const imported = await importCsv(
    manager,
    clientId,
    name,
    csvOf([['Name', 'Phone', 'Postal Code'], ...rows]),
  );
  const list = imported.body.list;
  if (imported.status !== 200 || imported.body.status !== 'done' || !list) {
    throw new Error(`Import ${name}: ${JSON.stringify(imported.body)}`);
  }
  const created = await manager.post<CampaignDto>('/api/campaigns', {
    clientId,
    name,
    listIds: [list.id],
  });
  if (created.status !== 201) throw new Error(`Campaign ${name}: ${JSON.stringify(created.body)}`);
  return { campaign: created.body, report: imported.body };
}

/**
 * Makes campaigns over new lists of New York leads (ZIP 10001, area code 646), one lead per
 * name, each with a phone number no earlier call used, so campaigns never share a lead.
 */
export function newYorkCampaignMaker(manager: () => Promise<Api>, clientId: number) {
  let line = 200;
  return async (name: string, people: readonly string[]): Promise<CampaignDto> => {
    const rows = people.map((person) => [person, `(646) 555-0${line++}`, '10001']);
    return (await importedCampaign(await manager(), clientId, name, rows)).campaign;
  };
}
