import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OrganizationSettings,
  OrganizationSettingsRequest,
} from '../../../../../src/contracts/organization.ts';
import { apiClient } from '../../../lib/api-client.ts';

export const getOrganizationSettings = (): Promise<OrganizationSettings> =>
  apiClient.get<OrganizationSettings>('/organization');

export const organizationSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['organization', 'settings'] as const, queryFn: getOrganizationSettings });

/** Admins: the organization's name and language (the language new clients' outcomes are named in). */
export function useOrganizationSettings(enabled: boolean) {
  return useQuery({ ...organizationSettingsQueryOptions(), enabled });
}

export const saveOrganizationSettings = (body: OrganizationSettingsRequest): Promise<OrganizationSettings> =>
  apiClient.put<OrganizationSettings>('/organization', body);

export function useSaveOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveOrganizationSettings,
    onSuccess: (saved) => queryClient.setQueryData(organizationSettingsQueryOptions().queryKey, saved),
  });
}
