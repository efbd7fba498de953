import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttemptDto } from '../../../../../src/contracts/leads.ts';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useLeadDetail } from '../api/get-lead.ts';
import { useLeadTimeline } from '../api/get-lead-timeline.ts';

interface LeadHistoryProps {
  leadId: number;
  userTimeZone: string;
}

const shownAttempts = 5;
const shownTimelineKinds = new Set<TimelineItemDto['kind']>(['note', 'qualification']);

/** Earlier calls (result, outcome, reason), notes and answers: read after the card is on screen. */
export function LeadHistory({ leadId, userTimeZone }: LeadHistoryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const detail = useLeadDetail(leadId);
  const timeline = useLeadTimeline(leadId);
  const attempts = detail.data?.attempts.slice(0, shownAttempts) ?? [];
  // Notes and earlier answers come from the lead's timeline; without it the card still works.
  const earlier = (timeline.data ?? []).filter((item) => shownTimelineKinds.has(item.kind));
  return (
    <Stack gap={4} component="section" aria-labelledby="lead-history-title">
      <Title order={3} size="h6" id="lead-history-title">
        {t('call.history.title')}
      </Title>
      {detail.isPending && <Loader size="xs" aria-label={t('common.loading')} />}
      {detail.isSuccess && attempts.length === 0 && earlier.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('call.history.none')}
        </Text>
      )}
      {attempts.length > 0 && (
        <ul className="call-history" aria-label={t('call.history.attempts')}>
          {attempts.map((attempt) => (
            <AttemptLine key={attempt.id} attempt={attempt} userTimeZone={userTimeZone} />
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <ul className="call-history" aria-label={t('call.history.notes')}>
          {earlier.map((item) => (
            <li key={item.id}>
              <Text size="xs" c="dimmed">
                {format.dateTime(item.at, userTimeZone)} · {item.actorName ?? '—'}
              </Text>
              <Text size="sm">
                {t(`call.history.kind.${item.kind}`)}: {item.detail ?? item.title}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

function AttemptLine({ attempt, userTimeZone }: { attempt: AttemptDto; userTimeZone: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const result = attempt.callResult ? t(`call.result.${attempt.callResult}`) : null;
  const outcome = attempt.outcomeLabel ?? t(`disposition.${attempt.disposition}`);
  return (
    <li>
      <Text size="xs" c="dimmed">
        {format.dateTime(attempt.startedAt, userTimeZone)} · {attempt.setterName}
      </Text>
      <Text size="sm">
        {[result, outcome].filter(Boolean).join(' → ')}
        {attempt.reason ? ` — ${attempt.reason}` : ''}
      </Text>
      {attempt.notes && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {attempt.notes}
        </Text>
      )}
    </li>
  );
}
