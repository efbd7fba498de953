import { Anchor, Badge, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NextLeadResponse } from '../../../../../src/contracts/campaigns.ts';
import type { SkipReason } from '../../../../../src/contracts/queue-flow.ts';
import { leadStatusColor } from '../../../components/status-colors.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../lib/format.ts';
import type { DraftStore } from '../hooks/call-draft.ts';
import { CallTimer } from './call-timer.tsx';
import { InterestControl } from './interest-control.tsx';
import { LeadClock } from './lead-clock.tsx';
import { LeadFacts } from './lead-facts.tsx';
import { LeadHistory } from './lead-history.tsx';
import { SkipMenu } from './skip-menu.tsx';

type QueueItem = NonNullable<NextLeadResponse['item']>;

/** The lead on screen and why it is there: served by the queue, or opened directly (an incoming call). */
export interface CallLead {
  lead: QueueItem['lead'];
  calling: QueueItem['calling'];
  reason: QueueItem['reason'] | 'direct' | 'inbound';
  callback: QueueItem['callback'];
}

interface LeadCardProps {
  call: CallLead;
  store: DraftStore;
  clientTimeZone: string;
  userTimeZone: string;
  onDial: (e164: string) => void;
  onSkip: (reason: SkipReason | null) => void;
  skipping: boolean;
  skipMenuOpened: boolean;
  onSkipMenuChange: (opened: boolean) => void;
}

const reasonBadges = {
  callback_due: { color: 'yellow', key: 'call.reason.callbackDue' },
  hot_lead: { color: 'red', key: 'call.reason.hotLead' },
  inbound: { color: 'red', key: 'call.reason.inbound' },
} as const;

/** Who is on the line: their clock, phones (a click dials and starts the timer), history, interest. */
export const LeadCard = memo(function LeadCard(props: LeadCardProps) {
  const { call, store, clientTimeZone, userTimeZone } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const { lead, calling, callback } = call;
  const badge = call.reason in reasonBadges ? reasonBadges[call.reason as keyof typeof reasonBadges] : null;
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="lead-name"
      id="lead-panel"
      className="call-panel"
      tabIndex={-1}
      data-testid="lead-card"
      data-lead-id={lead.id}
    >
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
          <SkipMenu
            opened={props.skipMenuOpened}
            onOpenedChange={props.onSkipMenuChange}
            onSkip={props.onSkip}
            skipping={props.skipping}
          />
        </Group>
        <Group gap={6}>
          <Badge color={leadStatusColor(lead.status)} variant="light">
            {t(`leadStatus.${lead.status}`)}
          </Badge>
          {badge && (
            <Badge color={badge.color} variant="light">
              {t(badge.key)}
            </Badge>
          )}
          <Text size="sm">{t('call.attemptsSoFar', { count: lead.attemptCount })}</Text>
          <Anchor href={paths.lead.getHref(lead.id)} target="_blank" rel="noopener" size="sm">
            {t('call.lead.openPage')}
          </Anchor>
        </Group>
        {callback && (
          <Text size="sm">
            {t('call.callbackPromised', { time: format.dateTime(callback.dueAt, userTimeZone) })}
            {callback.note ? ` — ${callback.note}` : ''}
          </Text>
        )}
        <CallTimer store={store} />
        <LeadFacts lead={lead} onDial={props.onDial} />
        <InterestControl store={store} />
        <LeadHistory leadId={lead.id} userTimeZone={userTimeZone} />
      </Stack>
    </Paper>
  );
});
