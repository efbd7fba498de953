import type { ScriptDto } from '../../../src/contracts/campaigns.ts';
import type { ScriptVariantDto } from '../../../src/contracts/scripts.ts';
import type { ScriptSection } from '../../../src/core/scripts/script.ts';
import type { Api, ApiResponse } from './test-api.ts';

/** A script that passes the opening rules, with a gatekeeper branch. */
export function validSections(
  opening = 'Hi {{lead.firstName}}, {{setter.firstName}} from {{client.name}}.',
): ScriptSection[] {
  return [
    {
      id: 'opening',
      title: 'Opening',
      body: opening,
      branches: [{ label: 'Gatekeeper', target: 'gatekeeper' }],
    },
    { id: 'gatekeeper', title: 'Gatekeeper', body: 'Who decides on the roof?' },
  ];
}

export const put = <T>(api: Api, url: string, body: unknown): Promise<ApiResponse<T>> =>
  api.request<T>({ method: 'PUT', url, body });

/** POST /api/scripts as a manager; throws on anything but 201. */
export async function createScript(
  manager: Api,
  clientId: number,
  options: { name?: string; mode?: 'verbatim' | 'personalizable'; purpose?: 'outbound' | 'inbound' } = {},
): Promise<ScriptDto> {
  const created = await manager.post<ScriptDto>('/api/scripts', {
    clientId,
    name: options.name ?? 'Test script',
    mode: options.mode ?? 'personalizable',
    ...(options.purpose ? { purpose: options.purpose } : {}),
    sections: validSections(),
  });
  if (created.status !== 201)
    throw new Error(`create script: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

/**
 * PUT /api/scripts/:id/my-variant with the gatekeeper section reworded (the opening is locked word
 * for word); throws on anything but 200.
 */
export async function writeVariant(
  setter: Api,
  scriptId: number,
  gatekeeper: string,
  options: { submit?: boolean; opening?: string } = {},
): Promise<ScriptVariantDto> {
  const [opening, rest] = validSections(options.opening);
  const saved = await put<ScriptVariantDto>(setter, `/api/scripts/${scriptId}/my-variant`, {
    sections: [opening, { ...rest, body: gatekeeper }],
    submit: options.submit ?? false,
  });
  if (saved.status !== 200) throw new Error(`variant: ${saved.status} ${JSON.stringify(saved.body)}`);
  return saved.body;
}

/** POST an approve or reject; throws on anything but 200. */
export async function review(
  manager: Api,
  variantId: number,
  decision: 'approve' | 'reject',
  comment?: string,
): Promise<ScriptVariantDto> {
  const reviewed = await manager.post<ScriptVariantDto>(
    `/api/script-variants/${variantId}/${decision}`,
    comment === undefined ? {} : { comment },
  );
  if (reviewed.status !== 200)
    throw new Error(`${decision}: ${reviewed.status} ${JSON.stringify(reviewed.body)}`);
  return reviewed.body;
}
