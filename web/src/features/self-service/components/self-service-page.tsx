import {
  Alert,
  Box,
  Center,
  Container,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { HeaderControls } from '../../../components/header-controls.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { browserTimeZone, zoneLabel } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useSelfService } from '../api/get-self-service.ts';
import {
  languageForLocale,
  selfServicePageState,
  storedSelfServiceLanguage,
  storeSelfServiceLanguage,
} from '../utils/page-state.ts';
import { AppointmentSummary } from './appointment-summary.tsx';
import { SelfServiceActions } from './self-service-actions.tsx';
import { StateNotice } from './state-notice.tsx';

const rememberLanguageChoice = (language: string) => storeSelfServiceLanguage(language);

/** The lead's own page behind the link in the invite: no login, their language and their clock. */
export function SelfServicePage() {
  const { t, i18n } = useTranslation();
  const token = useParams().token ?? '';
  const view = useSelfService(token);
  const now = useNow(60_000);
  const languageSet = useRef(false);

  const [zoneChoice, setZoneChoice] = useState<'lead' | 'device'>('lead');
  const deviceZone = browserTimeZone();

  // The page speaks the language the visitor chose here before, else the lead's; a choice made
  // with the switch in the header is remembered for the next visit.
  useEffect(() => {
    if (!view.data || languageSet.current) return;
    languageSet.current = true;
    const language = storedSelfServiceLanguage() ?? languageForLocale(view.data.locale);
    const listen = () => i18n.on('languageChanged', rememberLanguageChoice);
    if (i18n.resolvedLanguage !== language) void i18n.changeLanguage(language).then(listen);
    else listen();
  }, [view.data, i18n]);
  useEffect(() => () => i18n.off('languageChanged', rememberLanguageChoice), [i18n]);

  return (
    <Box mih="100dvh">
      <Box
        component="header"
        py="xs"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Container size={720}>
          <Group justify="space-between">
            <Text fw={700} fz="lg">
              {view.data?.clientName ?? 'SetterDesk'}
            </Text>
            <HeaderControls />
          </Group>
        </Container>
      </Box>
      <Container component="main" size={720} py="lg">
        {view.isPending ? (
          <Center mt="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : view.isError ? (
          <Stack>
            <Title order={1} size="h2">
              {t('selfService.title')}
            </Title>
            {isApiError(view.error) && view.error.code === 'NOT_FOUND' ? (
              <Alert color="gray" variant="light" title={t('selfService.invalidTitle')}>
                {t('selfService.invalidBody')}
              </Alert>
            ) : (
              <ErrorAlert error={view.error} />
            )}
          </Stack>
        ) : (
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">
                {t('selfService.greeting', { name: view.data.leadFirstName })}
              </Title>
              <Text c="dimmed">{t('selfService.intro', { client: view.data.clientName })}</Text>
            </div>
            {deviceZone !== view.data.timeZone && (
              <SegmentedControl
                aria-label={t('selfService.zoneSwitch')}
                value={zoneChoice}
                onChange={(value) => setZoneChoice(value === 'device' ? 'device' : 'lead')}
                data={[
                  { value: 'lead', label: zoneLabel(view.data.timeZone) },
                  { value: 'device', label: t('selfService.deviceZone', { zone: zoneLabel(deviceZone) }) },
                ]}
                fullWidth
                size="xs"
                styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3 } }}
                data-testid="zone-switch"
              />
            )}
            <Paper withBorder p="md">
              <AppointmentSummary
                token={token}
                view={view.data}
                zone={zoneChoice === 'device' ? deviceZone : view.data.timeZone}
              />
            </Paper>
            <StateNotice view={view.data} state={selfServicePageState(view.data, now)} />
            {selfServicePageState(view.data, now) === 'open' && (
              <SelfServiceActions
                token={token}
                view={view.data}
                zone={zoneChoice === 'device' ? deviceZone : view.data.timeZone}
              />
            )}
          </Stack>
        )}
      </Container>
    </Box>
  );
}
