import { Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadDto } from '../../../../../src/contracts/leads.ts';
import { formatPhone } from '../../../lib/phone-format.ts';

interface LeadFactsProps {
  lead: LeadDto;
  /** A phone was clicked: the call starts (the link itself opens the softphone). */
  onDial: (e164: string) => void;
}

/** Every phone as a click-to-call link (the first is the one D dials), email, place, custom fields. */
export function LeadFacts({ lead, onDial }: LeadFactsProps) {
  const { t } = useTranslation();
  const phones = lead.phones.length > 0 ? lead.phones : [{ e164: lead.phone, type: 'primary' }];
  const place = [lead.address, lead.city, lead.state, lead.postalCode].filter(Boolean).join(', ');
  const custom = Object.entries(lead.customFields).filter(([, value]) => value.trim() !== '');
  return (
    <dl className="lead-facts">
      <dt>{t('call.lead.phones')}</dt>
      <dd>
        {phones.map((phone, index) => (
          <Anchor
            key={phone.e164}
            href={`tel:${phone.e164}`}
            display="block"
            fw={index === 0 ? 600 : 400}
            data-primary-phone={index === 0 ? 'true' : undefined}
            onClick={() => onDial(phone.e164)}
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
      <dt>{t('call.lead.company')}</dt>
      <dd>{lead.company || '—'}</dd>
      <dt>{t('call.lead.place')}</dt>
      <dd>{place || '—'}</dd>
      <dt>{t('call.lead.source')}</dt>
      <dd>{lead.source}</dd>
      {custom.map(([key, value]) => (
        <Fragment key={key}>
          <dt>{key}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
