import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto, UpdateCampaignRequest } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useClientResources, useLeadLists } from '../api/get-client-resources.ts';
import { queuePreviewQueryOptions } from '../api/get-queue-preview.ts';
import { useUpdateCampaign } from '../api/update-campaign.ts';
import { type SettingsDraft, settingsChanges, toSettingsDraft } from '../utils/settings-draft.ts';
import { toOptions } from './campaign-options.ts';

/** What the campaign is made of, editable after creation: name, lists, script, form, meeting type. */
export function CampaignSettingsPanel({ campaign }: { campaign: CampaignDto }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const update = useUpdateCampaign(campaign.id);
  const lists = useLeadLists(campaign.clientId);
  const resources = useClientResources(campaign.clientId);
  const [draft, setDraft] = useState<SettingsDraft>(() => toSettingsDraft(campaign));
  const [tried, setTried] = useState(false);
  const changes = settingsChanges(campaign, draft);
  const dirty = Object.keys(changes).length > 0;
  const set = (patch: Partial<SettingsDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    if (update.error) update.reset();
  };
  const fieldError = (field: keyof UpdateCampaignRequest) =>
    isApiError(update.error) && update.error.field?.startsWith(field) ? update.error.message : null;
  const missingName = tried && draft.name.trim() === '';
  const missingLists = tried && draft.listIds.length === 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (draft.name.trim() === '' || draft.listIds.length === 0 || !dirty) return;
    update.mutate(changes, {
      onSuccess: (saved) => {
        setDraft(toSettingsDraft(saved));
        setTried(false);
        void queryClient.invalidateQueries({ queryKey: queuePreviewQueryOptions(campaign.id).queryKey });
        notify({ color: 'green', message: t('campaignAdmin.settings.saved') });
      },
    });
  };
  const shownInline = ['name', 'listIds', 'scriptId', 'qualificationFormId', 'meetingTypeId'].some(
    (field) => isApiError(update.error) && update.error.field === field,
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="campaign-settings-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={2} size="h3" id="campaign-settings-title">
                {t('campaignAdmin.settings.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('campaignAdmin.settings.intro')}
              </Text>
            </div>
            {dirty && (
              <Badge variant="light" color="yellow" style={{ flexShrink: 0 }}>
                {t('campaigns.retries.unsaved')}
              </Badge>
            )}
          </Group>
          <TextInput
            label={t('campaigns.form.name')}
            required
            value={draft.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            error={(missingName ? t('campaigns.form.required') : null) ?? fieldError('name')}
          />
          <MultiSelect
            label={t('campaigns.form.lists')}
            required
            searchable
            data={(lists.data ?? []).map((list) => ({ value: String(list.id), label: list.name }))}
            value={draft.listIds}
            onChange={(listIds) => set({ listIds })}
            error={(missingLists ? t('campaigns.form.listsRequired') : null) ?? fieldError('listIds')}
          />
          <Select
            label={t('campaigns.form.script')}
            clearable
            data={toOptions(resources.data?.scripts ?? [])}
            value={draft.scriptId}
            onChange={(scriptId) => set({ scriptId })}
            error={fieldError('scriptId')}
            description={t('campaignAdmin.settings.scriptHelp')}
          />
          <Select
            label={t('campaigns.form.form')}
            clearable
            data={toOptions(resources.data?.forms ?? [])}
            value={draft.qualificationFormId}
            onChange={(qualificationFormId) => set({ qualificationFormId })}
            error={fieldError('qualificationFormId')}
          />
          <Select
            label={t('campaigns.form.meetingType')}
            clearable
            data={toOptions(resources.data?.meetingTypes ?? [])}
            value={draft.meetingTypeId}
            onChange={(meetingTypeId) => set({ meetingTypeId })}
            error={fieldError('meetingTypeId')}
          />
          {!shownInline && <ErrorAlert error={update.error} />}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setDraft(toSettingsDraft(campaign));
                setTried(false);
                update.reset();
              }}
              disabled={!dirty || update.isPending}
            >
              {t('campaigns.retries.undo')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              {t('campaignAdmin.settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
