import { Anchor, Badge, Button, Divider, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NextLeadResponse } from '../../../../../src/contracts/campaigns.ts';
import { leadStatusColor } from '../../../components/status-colors.ts';
import { useFormatters } from '../../../lib/format.ts';
import { formatPhone } from '../../../lib/phone-format.ts';
import { LeadClock } from './lead-clock.tsx';

export type QueueItem = NonNullable<NextLeadResponse['item']>;

interface LeadCardProps {
  item: QueueItem;
  clientTimeZone: string;
  userTimeZone: string;
  onSkip: () => void;
  skipping: boolean;
}

/** Who is on the line: contact data, their clock, status and why the queue served them now. */
export function LeadCard({ item, clientTimeZone, userTimeZone, onSkip, skipping }: LeadCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { lead, calling, callback } = item;
  const phones = lead.phones.length > 0 ? lead.phones : [{ e164: lead.phone, type: 'primary' }];
  const place = [lead.city, lead.state, lead.postalCode].filter(Boolean).join(', ');
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="lead-name" id="lead-panel" tabIndex={-1}>
      <Stack gap="xs">
        <LeadClock calling={calling} fallbackTimeZone={clientTimeZone} />
        <Divider />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} size="h3" id="lead-name">
              {lead.firstName} {lead.lastName}
            </Title>
            {lead.company && <Text c="dimmed">{lead.company}</Text>}
          </div>
          <Button variant="default" size="compact-sm" onClick={onSkip} loading={skipping}>
            {t('call.skip')}{' '}
            <Kbd ml={6} size="xs">
              S
            </Kbd>
          </Button>
        </Group>
        <Group gap={6}>
          <Badge color={leadStatusColor(lead.status)} variant="light">
            {t(`leadStatus.${lead.status}`)}
          </Badge>
          {item.reason === 'callback_due' && (
            <Badge color="yellow" variant="light">
              {t('call.reason.callbackDue')}
            </Badge>
          )}
          {item.reason === 'hot_lead' && (
            <Badge color="red" variant="light">
              {t('call.reason.hotLead')}
            </Badge>
          )}
          <Text size="sm">{t('call.attemptsSoFar', { count: lead.attemptCount })}</Text>
        </Group>
        {callback && (
          <Text size="sm">
            {t('call.callbackPromised', { time: format.dateTime(callback.dueAt, userTimeZone) })}
            {callback.note ? ` — ${callback.note}` : ''}
          </Text>
        )}
        <dl className="lead-facts">
          <dt>{t('call.lead.phones')}</dt>
          <dd>
            {phones.map((phone, index) => (
              <Anchor
                key={phone.e164}
                href={`tel:${phone.e164}`}
                display="block"
                fw={index === 0 ? 600 : 400}
              >
                {formatPhone(phone.e164)}{' '}
                <Text span size="xs" c="dimmed">
                  {t(`phoneType.${phone.type}`, phone.type)}
                </Text>
              </Anchor>
            ))}
          </dd>
          <dt>{t('call.lead.email')}</dt>
          <dd>{lead.email ? <Anchor href={`mailto:${lead.email}`}>{lead.email}</Anchor> : '—'}</dd>
          <dt>{t('call.lead.place')}</dt>
          <dd>{place || '—'}</dd>
          <dt>{t('call.lead.source')}</dt>
          <dd>{lead.source}</dd>
        </dl>
      </Stack>
    </Paper>
  );
}
