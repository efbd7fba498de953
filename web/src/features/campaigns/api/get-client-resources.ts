import { queryOptions, useQuery } from '@tanstack/react-query';
import type {
  MeetingTypeDto,
  QualificationFormDto,
  ScriptDto,
} from '../../../../../src/contracts/campaigns.ts';
import type { LeadListDto } from '../../../../../src/contracts/imports.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** What a campaign is assembled from: a client's lists, scripts, forms and meeting types. */
export async function getLeadLists(clientId: number): Promise<LeadListDto[]> {
  return (await apiClient.get<{ lists: LeadListDto[] }>('/lists', { query: { clientId } })).lists;
}

export async function getScripts(clientId: number): Promise<ScriptDto[]> {
  return (await apiClient.get<{ scripts: ScriptDto[] }>('/scripts', { query: { clientId } })).scripts;
}

export async function getQualificationForms(clientId: number): Promise<QualificationFormDto[]> {
  return (
    await apiClient.get<{ forms: QualificationFormDto[] }>('/qualification-forms', { query: { clientId } })
  ).forms;
}

export async function getMeetingTypes(clientId: number): Promise<MeetingTypeDto[]> {
  return (await apiClient.get<{ meetingTypes: MeetingTypeDto[] }>('/meeting-types', { query: { clientId } }))
    .meetingTypes;
}

export const leadListsQueryOptions = (clientId: number) =>
  queryOptions({ queryKey: ['lists', clientId], queryFn: () => getLeadLists(clientId) });

export const clientResourcesQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: ['client-resources', clientId],
    queryFn: async () => {
      const [scripts, forms, meetingTypes] = await Promise.all([
        getScripts(clientId),
        getQualificationForms(clientId),
        getMeetingTypes(clientId),
      ]);
      return { scripts, forms, meetingTypes };
    },
  });

export function useLeadLists(clientId: number | null) {
  return useQuery({ ...leadListsQueryOptions(clientId ?? 0), enabled: clientId !== null });
}

export function useClientResources(clientId: number | null) {
  return useQuery({ ...clientResourcesQueryOptions(clientId ?? 0), enabled: clientId !== null });
}
