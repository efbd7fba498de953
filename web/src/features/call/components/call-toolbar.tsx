import { Button, Group, Kbd, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useCampaignProgress } from '../../campaigns/api/get-campaign-progress.ts';

interface CallToolbarProps {
  campaigns: CampaignDto[];
  campaignId: number | null;
  onCampaignChange: (campaignId: number | null) => void;
  onNext: () => void;
  nextLoading: boolean;
  nextDisabled: boolean;
  onHelp: () => void;
  clientName: string | null;
}

/** Alt+C: the keyboard goes to the campaign picker (type to filter, arrows, Enter). */
export function focusCampaignPicker(): void {
  document.getElementById('call-campaign')?.focus();
}

/** Campaign picker, the big "Next lead" button and the way to the key list. */
export function CallToolbar(props: CallToolbarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  // "42 waiting" beside each campaign: leads callable now (a paused campaign says so instead).
  const progress = useCampaignProgress().data;
  const waiting = (campaign: CampaignDto) => {
    if (campaign.status !== 'active') return t('campaigns.statusName.paused');
    const callable = progress?.get(campaign.id)?.callableNow;
    return callable === undefined
      ? ''
      : t('campaignAdmin.waiting', { count: callable, formatted: format.number(callable) });
  };
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Select
          id="call-campaign"
          label={t('call.campaign')}
          placeholder={t('call.chooseCampaign')}
          w={380}
          size="sm"
          searchable
          allowDeselect={false}
          aria-keyshortcuts="Alt+C"
          value={props.campaignId === null ? null : String(props.campaignId)}
          onChange={(value) => {
            props.onCampaignChange(value ? Number(value) : null);
            // The next keystroke expected is N: give the keyboard back to the screen.
            if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
          }}
          data={props.campaigns.map((campaign) => ({
            value: String(campaign.id),
            label: `${campaign.name} · ${campaign.clientName}`,
            disabled: campaign.status !== 'active',
          }))}
          renderOption={({ option }) => {
            const campaign = props.campaigns.find((candidate) => String(candidate.id) === option.value);
            return (
              <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
                <Text size="sm" lineClamp={1}>
                  {option.label}
                </Text>
                {campaign && (
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }} data-testid="campaign-waiting">
                    {waiting(campaign)}
                  </Text>
                )}
              </Group>
            );
          }}
          comboboxProps={{ withinPortal: true }}
        />
        {props.clientName && (
          <Text size="sm" c="dimmed" mt={22}>
            {t('call.forClient', { client: props.clientName })}
          </Text>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap" mt={22}>
        <Button variant="subtle" size="sm" onClick={props.onHelp} rightSection={<Kbd size="xs">?</Kbd>}>
          {t('call.help.open')}
        </Button>
        <Button
          size="md"
          onClick={props.onNext}
          loading={props.nextLoading}
          disabled={props.nextDisabled}
          aria-keyshortcuts="N"
          rightSection={<Kbd size="xs">N</Kbd>}
        >
          {t('call.next')}
        </Button>
      </Group>
    </Group>
  );
}
