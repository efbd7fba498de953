import { Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useCampaignChanges } from '../api/get-campaign-changes.ts';
import { useClientResources, useLeadLists } from '../api/get-client-resources.ts';
import { useClientSetters } from '../api/get-client-setters.ts';
import { type ChangeField, type ChangeNames, type ValueText, valueText } from '../utils/change-view.ts';

const byId = (items: readonly { id: number; name: string }[] | undefined) =>
  new Map((items ?? []).map((item) => [item.id, item.name]));

/** Who changed what on the campaign and when, before → after, newest first. */
export function CampaignHistoryPanel({ campaign }: { campaign: CampaignDto }) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const changes = useCampaignChanges(campaign.id);
  const lists = useLeadLists(campaign.clientId);
  const resources = useClientResources(campaign.clientId);
  const setters = useClientSetters(campaign.clientId);
  const names: ChangeNames = {
    lists: byId(lists.data),
    scripts: byId(resources.data?.scripts),
    forms: byId(resources.data?.forms),
    meetingTypes: byId(resources.data?.meetingTypes),
    setters: byId(setters.data),
  };
  const show = (field: ChangeField, value: unknown) => {
    const text: ValueText = valueText(field, value, names);
    switch (text.kind) {
      case 'text':
        return text.text;
      case 'none':
        return t('campaignAdmin.history.none');
      case 'everyone':
        return t('campaignAdmin.history.everyone');
      case 'status':
        return t(`campaigns.statusName.${text.status}`, { defaultValue: text.status });
      case 'window':
        return t('campaigns.windowValue', { start: text.start, end: text.end });
      case 'changed':
        return null;
      default: {
        const unreachable: never = text;
        return String(unreachable);
      }
    }
  };
  const entries = changes.data ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="campaign-history-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="campaign-history-title">
          {t('campaignAdmin.history.title')}
        </Title>
        <ErrorAlert error={changes.error} />
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {changes.isPending ? t('common.loading') : t('campaignAdmin.history.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360} type="auto">
            <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
              {entries.map((entry) => (
                <li key={entry.id} data-testid="campaign-change">
                  <Text size="sm" fw={600}>
                    {t('campaignAdmin.history.by', {
                      name: entry.actorName ?? t('campaignAdmin.history.system'),
                      time: format.dateTime(entry.createdAt, user.timeZone),
                    })}
                  </Text>
                  {entry.changes.map((change) => {
                    const before = show(change.field, change.before);
                    const after = show(change.field, change.after);
                    const field = t(`campaignAdmin.field.${change.field}`);
                    return (
                      <Text size="sm" key={change.field}>
                        {before === null || after === null
                          ? t('campaignAdmin.history.changed', { field })
                          : t('campaignAdmin.history.change', { field, before, after })}
                      </Text>
                    );
                  })}
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Paper>
  );
}
