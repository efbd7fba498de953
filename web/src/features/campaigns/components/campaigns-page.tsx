import { Anchor, Badge, Button, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ClientTablePage } from '../../../components/client-table-page.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useCampaigns } from '../api/get-campaigns.ts';
import { NewCampaignModal } from './new-campaign-modal.tsx';

/** The campaigns a manager runs, and the way to start a new one. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const rows = [...(campaigns.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ClientTablePage
      title={t('campaigns.title')}
      maxWidth={1100}
      actions={<Button onClick={() => setCreating(true)}>{t('campaigns.new')}</Button>}
      error={campaigns.error}
      loading={campaigns.isPending}
      empty={t('campaigns.empty')}
      rowCount={rows.length}
      tableMinWidth={700}
      head={
        <>
          <Table.Th scope="col">{t('campaigns.name')}</Table.Th>
          <Table.Th scope="col">{t('campaigns.client')}</Table.Th>
          <Table.Th scope="col">{t('campaigns.status')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('campaigns.lists')}
          </Table.Th>
          <Table.Th scope="col">{t('campaigns.window')}</Table.Th>
          <Table.Th scope="col">{t('campaigns.created')}</Table.Th>
        </>
      }
      rows={rows.map((campaign) => (
        <Table.Tr
          key={campaign.id}
          style={{ cursor: 'pointer' }}
          // The whole row opens the campaign; the name is its link for the keyboard.
          onClick={(event) => {
            if (!(event.target as HTMLElement).closest('a')) navigate(paths.campaign.getHref(campaign.id));
          }}
        >
          <Table.Td fw={600}>
            <Anchor component={Link} to={paths.campaign.getHref(campaign.id)} fw={600}>
              {campaign.name}
            </Anchor>
          </Table.Td>
          <Table.Td>{campaign.clientName}</Table.Td>
          <Table.Td>
            <Badge
              variant="light"
              color={campaign.status === 'active' ? statusColors.callable : statusColors.neutral}
            >
              {t(`campaigns.statusName.${campaign.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td ta="right">{format.number(campaign.listIds.length)}</Table.Td>
          <Table.Td>
            {t('campaigns.windowValue', {
              start: campaign.callingWindow.startLocal,
              end: campaign.callingWindow.endLocal,
            })}
          </Table.Td>
          <Table.Td>{format.dateTime(campaign.createdAt, user.timeZone)}</Table.Td>
        </Table.Tr>
      ))}
    >
      <NewCampaignModal opened={creating} onClose={() => setCreating(false)} />
    </ClientTablePage>
  );
}
