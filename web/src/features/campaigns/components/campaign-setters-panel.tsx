import { Badge, Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useClientSetters } from '../api/get-client-setters.ts';
import { useUpdateCampaign } from '../api/update-campaign.ts';

const sameSet = (a: readonly string[], b: readonly number[]) =>
  a.length === b.length && b.every((id) => a.includes(String(id)));

/** Who works the campaign: the setters chosen here, or, with none chosen, every setter of the client. */
export function CampaignSettersPanel({ campaign }: { campaign: CampaignDto }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateCampaign(campaign.id);
  const setters = useClientSetters(campaign.clientId);
  const [chosen, setChosen] = useState<string[]>(() => campaign.setterIds.map(String));
  const dirty = !sameSet(chosen, campaign.setterIds);
  const save = () =>
    update.mutate(
      { setterIds: chosen.map(Number) },
      {
        onSuccess: (saved) => {
          setChosen(saved.setterIds.map(String));
          notify({ color: 'green', message: t('campaignAdmin.setters.saved') });
        },
      },
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="campaign-setters-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h3" id="campaign-setters-title">
            {t('campaignAdmin.setters.title')}
          </Title>
          {dirty && (
            <Badge variant="light" color="yellow" style={{ flexShrink: 0 }}>
              {t('campaigns.retries.unsaved')}
            </Badge>
          )}
        </Group>
        <MultiSelect
          label={t('campaignAdmin.setters.label')}
          placeholder={chosen.length === 0 ? t('campaignAdmin.setters.everyonePlaceholder') : undefined}
          searchable
          clearable
          data={(setters.data ?? []).map((setter) => ({ value: String(setter.id), label: setter.name }))}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            if (update.error) update.reset();
          }}
        />
        <Text size="sm" data-testid="campaign-setters-summary">
          {chosen.length === 0
            ? t('campaignAdmin.setters.everyone', { client: campaign.clientName })
            : t('campaignAdmin.setters.only', { count: chosen.length })}
        </Text>
        <ErrorAlert error={update.error ?? setters.error} />
        <Group justify="flex-end">
          <Button onClick={save} loading={update.isPending} disabled={!dirty}>
            {t('campaignAdmin.setters.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
