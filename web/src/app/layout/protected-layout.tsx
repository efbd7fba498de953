import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { paths } from '../../config/paths.ts';
import { useSession } from '../../features/auth/api/get-session.ts';

/** Waits for the session; a signed-out visitor goes to the login page and comes back after. */
export function ProtectedLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <Center mih="100dvh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center mih="100dvh" p="md">
        <ErrorAlert error={session.error} />
      </Center>
    );
  }
  if (session.data.status === 'signed-out') {
    const redirectTo = `${location.pathname}${location.search}`;
    return <Navigate to={paths.login.getHref({ redirectTo, expired: session.data.expired })} replace />;
  }
  return <Outlet />;
}
