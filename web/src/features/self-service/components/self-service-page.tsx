import { Alert, Box, Center, Container, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { HeaderControls } from '../../../components/header-controls.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useSelfService } from '../api/get-self-service.ts';
import { languageForLocale, selfServicePageState } from '../utils/page-state.ts';
import { AppointmentSummary } from './appointment-summary.tsx';
import { SelfServiceActions } from './self-service-actions.tsx';
import { StateNotice } from './state-notice.tsx';

/** The lead's own page behind the link in the invite: no login, their language and their clock. */
export function SelfServicePage() {
  const { t, i18n } = useTranslation();
  const token = useParams().token ?? '';
  const view = useSelfService(token);
  const now = useNow(60_000);
  const languageSet = useRef(false);

  // Once per visit the page speaks the lead's language; the switch in the header still wins after.
  useEffect(() => {
    if (!view.data || languageSet.current) return;
    languageSet.current = true;
    const language = languageForLocale(view.data.locale);
    if (i18n.resolvedLanguage !== language) void i18n.changeLanguage(language);
  }, [view.data, i18n]);

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
            <Paper withBorder p="md">
              <AppointmentSummary view={view.data} />
            </Paper>
            <StateNotice view={view.data} state={selfServicePageState(view.data, now)} />
            {selfServicePageState(view.data, now) === 'open' && (
              <SelfServiceActions token={token} view={view.data} />
            )}
          </Stack>
        )}
      </Container>
    </Box>
  );
}
