import { Anchor, Badge, Button, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { CampaignProgressDto } from '../../../../../src/contracts/campaign-admin.ts';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { ClientTablePage } from '../../../components/client-table-page.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { paths } from '../../../config/paths.ts';
import { type Formatters, useFormatters } from '../../../lib/format.ts';
import { useCampaignProgress } from '../api/get-campaign-progress.ts';
import { useCampaigns } from '../api/get-campaigns.ts';
import { reachedShare } from '../utils/campaign-progress-view.ts';
import { NewCampaignModal, type NewCampaignPrefill } from './new-campaign-modal.tsx';

/** `?new=1&client=3&list=7` (the import report's "Create a campaign") opens the form prefilled. */
function readPrefill(params: URLSearchParams): NewCampaignPrefill | null {
  if (params.get('new') !== '1') return null;
  const clientId = Number(params.get('client')) || null;
  const listId = Number(params.get('list')) || null;
  return { clientId, listIds: listId ? [listId] : [] };
}

/** The campaigns a manager runs, how far each has come, and the way to start a new one. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const campaigns = useCampaigns();
  const progress = useCampaignProgress();
  const [params, setParams] = useSearchParams();
  const prefill = readPrefill(params);
  const navigate = useNavigate();
  const setCreating = (open: boolean) => setParams(open ? { new: '1' } : {}, { replace: true });
  const rows = [...(campaigns.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const numeric = (label: string) => (
    <Table.Th scope="col" ta="right">
      {label}
    </Table.Th>
  );
  return (
    <ClientTablePage
      title={t('campaigns.title')}
      maxWidth={1280}
      actions={<Button onClick={() => setCreating(true)}>{t('campaigns.new')}</Button>}
      error={campaigns.error}
      loading={campaigns.isPending}
      empty={t('campaigns.empty')}
      rowCount={rows.length}
      tableMinWidth={960}
      head={
        <>
          <Table.Th scope="col">{t('campaigns.name')}</Table.Th>
          <Table.Th scope="col">{t('campaigns.client')}</Table.Th>
          <Table.Th scope="col" w={130}>
            {t('campaigns.status')}
          </Table.Th>
          {numeric(t('campaignAdmin.progress.callableNow'))}
          {numeric(t('campaignAdmin.progress.open'))}
          {numeric(t('campaignAdmin.progress.workedToday'))}
          {numeric(t('campaignAdmin.progress.remaining'))}
          <Table.Th scope="col" w={180}>
            {t('campaignAdmin.progress.reached')}
          </Table.Th>
        </>
      }
      rows={rows.map((campaign) => (
        <Table.Tr
          key={campaign.id}
          style={{ cursor: 'pointer' }}
          data-testid={`campaign-row-${campaign.id}`}
          // The whole row opens the campaign; the name is its link for the keyboard.
          onClick={(event) => {
            if (!(event.target as HTMLElement).closest('a')) navigate(paths.campaign.getHref(campaign.id));
          }}
        >
          <Table.Td>
            <Anchor component={Link} to={paths.campaign.getHref(campaign.id)} fw={600}>
              {campaign.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('campaigns.windowValue', {
                start: campaign.callingWindow.startLocal,
                end: campaign.callingWindow.endLocal,
              })}
            </Text>
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
          <ProgressCells campaign={campaign} progress={progress.data?.get(campaign.id)} format={format} />
        </Table.Tr>
      ))}
    >
      <NewCampaignModal
        // A new prefill (another import's link) starts a fresh form.
        key={params.toString()}
        opened={prefill !== null}
        prefill={prefill}
        onClose={() => setCreating(false)}
      />
    </ClientTablePage>
  );
}

interface ProgressCellsProps {
  campaign: CampaignDto;
  progress: CampaignProgressDto | undefined;
  format: Formatters;
}

function ProgressCells({ campaign, progress, format }: ProgressCellsProps) {
  const { t } = useTranslation();
  const cell = (value: number | undefined) => (
    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
      {value === undefined ? '…' : format.number(value)}
    </Table.Td>
  );
  const share = progress ? reachedShare(progress) : null;
  return (
    <>
      {cell(progress?.callableNow)}
      {cell(progress?.open)}
      {cell(progress?.workedToday)}
      {cell(progress?.remaining)}
      <Table.Td>
        {progress && share !== null ? (
          <Stack gap={2}>
            <Progress
              value={share * 100}
              size="md"
              color={campaign.status === 'active' ? 'blue' : 'gray'}
              aria-label={t('campaignAdmin.progress.reachedOf', {
                name: campaign.name,
                percent: format.percent(share),
              })}
            />
            <Text size="xs" c="dimmed">
              {t('campaignAdmin.progress.reachedValue', {
                percent: format.percent(share),
                total: format.number(progress.total),
              })}
            </Text>
          </Stack>
        ) : (
          <Text size="xs" c="dimmed">
            {progress ? t('campaignAdmin.progress.noLeads') : '…'}
          </Text>
        )}
      </Table.Td>
    </>
  );
}
