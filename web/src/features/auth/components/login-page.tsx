import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { HeaderControls } from '../../../components/header-controls.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useErrorMessage } from '../../../lib/error-message.ts';
import { homePathFor, safeRedirect } from '../../../lib/home-path.ts';
import { useSession } from '../api/get-session.ts';
import { useLogin } from '../api/login.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const session = useSession();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const redirectTo = safeRedirect(searchParams.get('redirectTo'));
  const expired = searchParams.get('expired') === '1';

  if (session.data?.status === 'signed-in' && !login.isPending) {
    return <Navigate to={redirectTo ?? homePathFor(session.data.user.role)} replace />;
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email, password },
      { onSuccess: (result) => navigate(redirectTo ?? homePathFor(result.user.role), { replace: true }) },
    );
  };
  // A 401 here means the pair did not match: say that, not "session expired".
  const wrongCredentials = isApiError(login.error) && login.error.code === 'UNAUTHENTICATED';

  return (
    <Center component="main" mih="100dvh" p="md">
      <Stack w="100%" maw={400} gap="md">
        <Stack gap={4} align="center">
          <Title order={1} size="h2">
            SetterDesk
          </Title>
          <Text c="dimmed">{t('login.subtitle')}</Text>
        </Stack>
        {expired && (
          <Alert color="yellow" variant="light" title={t('login.expiredTitle')}>
            {t('login.expiredBody')}
          </Alert>
        )}
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                required
                autoFocus
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              {login.error ? (
                <Alert color="red" variant="light" role="alert">
                  {wrongCredentials ? t('login.wrongCredentials') : describe(login.error)}
                </Alert>
              ) : null}
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Center>
          <HeaderControls />
        </Center>
      </Stack>
    </Center>
  );
}
