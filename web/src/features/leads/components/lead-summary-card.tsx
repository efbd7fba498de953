import { Anchor, Badge, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { LeadDetail } from '../../../../../src/contracts/leads.ts';
import { leadStatusColor, statusColors } from '../../../components/status-colors.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { formatPhone } from '../../../lib/phone-format.ts';
import { useNow } from '../../../lib/use-now.ts';

/** Who the lead is and how to reach them now: phones to click, their clock, status and own fields. */
export function LeadSummaryCard({ detail }: { detail: LeadDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(15_000);
  const { lead, calling } = detail;
  const zone = calling.primaryTimeZone ?? lead.timeZone;
  const phones = lead.phones.length > 0 ? lead.phones : [{ e164: lead.phone, type: 'unknown' }];
  const place = [lead.city, lead.state, lead.postalCode].filter(Boolean).join(', ');
  const customFields = Object.entries(lead.customFields);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lead-page-name" data-testid="lead-summary">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={1} size="h2" id="lead-page-name">
              {lead.firstName} {lead.lastName}
            </Title>
            {lead.company && <Text c="dimmed">{lead.company}</Text>}
          </div>
          <Button component={Link} to={paths.callLead.getHref(lead.id)} aria-keyshortcuts="Alt+C">
            {t('leads.callNow')}
            <Kbd ml={8} size="xs">
              Alt+C
            </Kbd>
          </Button>
        </Group>
        <Group gap="xs">
          <Badge color={leadStatusColor(lead.status)} variant="light">
            {t(`leadStatus.${lead.status}`)}
          </Badge>
          <Badge color={calling.callable ? statusColors.callable : statusColors.blocked} variant="light">
            {calling.callable ? t('call.clock.callable') : t('call.clock.notCallable')}
          </Badge>
          <Text size="sm">{t('call.attemptsSoFar', { count: lead.attemptCount })}</Text>
        </Group>
        <dl className="lead-facts">
          <dt>{t('leads.localTime')}</dt>
          <dd data-testid="lead-page-local-time">
            {zone ? `${format.time(now, zone)} · ${zoneLabel(zone)}` : t('leads.zoneUnknown')}
            {calling.uncertain && ` · ${t('leads.zoneUncertain')}`}
          </dd>
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
          <dd>
            {lead.source}
            {detail.marketingSource && (
              <Text span size="sm" c="dimmed" display="block" data-testid="lead-marketing-source">
                {t('marketingSources.onLead', {
                  code: detail.marketingSource.code,
                  label: detail.marketingSource.label,
                })}
              </Text>
            )}
          </dd>
          {customFields.map(([name, value]) => (
            <FieldRow key={name} name={name} value={value} />
          ))}
        </dl>
      </Stack>
    </Paper>
  );
}

function FieldRow({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{value || '—'}</dd>
    </>
  );
}
