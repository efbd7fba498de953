import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelfServiceView } from '../../../../../src/contracts/appointments.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import type { SelfServicePageState } from '../utils/page-state.ts';

/** Why nothing can be changed here any more, and where the appointment went if it moved. */
export function StateNotice({ view, state }: { view: SelfServiceView; state: SelfServicePageState }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const zone = view.timeZone;
  switch (state) {
    case 'open':
      return view.status === 'confirmed' ? (
        <Alert color="green" variant="light" role="status">
          {t('selfService.confirmedNote')}
        </Alert>
      ) : null;
    case 'rescheduled':
      return (
        <Alert color="yellow" variant="light" title={t('selfService.rescheduledTitle')} role="status">
          {view.rescheduledTo && (
            <Text fw={700} data-testid="rescheduled-to">
              {t('selfService.movedTo', {
                date: format.longDay(view.rescheduledTo.startsAt, zone),
                time: format.time(view.rescheduledTo.startsAt, zone),
                zone: zoneLabel(zone),
              })}
            </Text>
          )}
          <Text size="sm">{t('selfService.newLink')}</Text>
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert color="gray" variant="light" title={t('selfService.cancelledTitle')} role="status">
          {t('selfService.cancelledBody', { client: view.clientName })}
        </Alert>
      );
    case 'past':
      return (
        <Alert color="gray" variant="light" title={t('selfService.pastTitle')} role="status">
          {t('selfService.pastBody', { client: view.clientName })}
        </Alert>
      );
    case 'locked':
      return (
        <Alert color="gray" variant="light" title={t('selfService.lockedTitle')} role="status">
          {t('selfService.lockedBody', { client: view.clientName })}
        </Alert>
      );
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}
