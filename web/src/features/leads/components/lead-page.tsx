import { Anchor, Grid, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { paths } from '../../../config/paths.ts';
import { zoneLabel } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useLeadDetail } from '../api/get-lead-detail.ts';
import { useLeadTimeline } from '../api/get-lead-timeline.ts';
import { CallEditAction } from './call-edit-action.tsx';
import { LeadCorrections } from './lead-corrections.tsx';
import { LeadSummaryCard } from './lead-summary-card.tsx';
import { LeadTimeline } from './lead-timeline.tsx';
import { NoteBox } from './note-box.tsx';

/** Alt+C opens the lead on the call screen, from anywhere on the page. */
function useCallNowKey(leadId: number) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyC' || event.defaultPrevented)
        return;
      event.preventDefault();
      navigate(paths.callLead.getHref(leadId));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [leadId, navigate]);
}

/** A lead's own page: the card to reach them, everything that happened to them, and a note. */
export function LeadPage() {
  const { t } = useTranslation();
  const user = useUser();
  const leadId = Number(useParams().leadId);
  const detail = useLeadDetail(leadId);
  const timeline = useLeadTimeline(leadId);
  useCallNowKey(leadId);
  if (!Number.isInteger(leadId) || leadId <= 0 || detail.error) {
    return (
      <Stack maw={720} mx="auto" mt="md">
        <ErrorAlert error={detail.error ?? new Error('lead')} />
        <Anchor component={Link} to={paths.home.getHref()}>
          {t('notFound.home')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Grid maw={1280} mx="auto" gap="md">
      <Grid.Col span={{ base: 12, md: 5 }}>
        {detail.data ? <LeadSummaryCard detail={detail.data} /> : <Loader aria-label={t('common.loading')} />}
        {detail.data && (
          <LeadCorrections
            leadId={leadId}
            leadStatus={detail.data.lead.status}
            canLiftDnc={user.role === 'manager' || user.role === 'admin'}
            timeZone={user.timeZone}
          />
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="lead-timeline-title">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4" id="lead-timeline-title">
                {t('leads.timeline.title')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('leads.timeline.zone', { zone: zoneLabel(user.timeZone) })}
              </Text>
            </div>
            <NoteBox leadId={leadId} />
            <ErrorAlert error={timeline.error} />
            {timeline.data ? (
              <LeadTimeline
                items={timeline.data}
                timeZone={user.timeZone}
                actionFor={(item) =>
                  detail.data && (
                    <CallEditAction
                      item={item}
                      leadId={leadId}
                      clientId={detail.data.lead.clientId}
                      user={user}
                      setterOf={new Map(detail.data.attempts.map((a) => [a.id, a.setterId]))}
                    />
                  )
                }
              />
            ) : (
              !timeline.error && <Loader size="sm" aria-label={t('common.loading')} />
            )}
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
