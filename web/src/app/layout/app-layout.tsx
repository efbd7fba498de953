import { AppShell, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { HeaderControls } from '../../components/header-controls.tsx';
import { paths } from '../../config/paths.ts';
import { useUser } from '../../features/auth/api/get-session.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { IncomingCall } from '../../features/inbound/components/incoming-call.tsx';
import { homePathFor } from '../../lib/home-path.ts';
import { navItems } from './nav-items.ts';

export const headerHeight = 52;

/** The frame of every signed-in screen: navigation in the header so the call screen keeps its width. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const items = navItems.filter((item) => item.roles.includes(user.role));
  return (
    <AppShell header={{ height: headerHeight }} padding="sm">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
            <UnstyledButton component={NavLink} to={homePathFor(user.role)} fw={700} fz="lg">
              SetterDesk
            </UnstyledButton>
            {/* A manager's many screens scroll sideways on a narrow window rather than being cut off. */}
            <Group
              component="nav"
              aria-label={t('nav.label')}
              gap={2}
              wrap="nowrap"
              style={{ minWidth: 0, overflowX: 'auto', scrollbarWidth: 'thin' }}
            >
              {items.map((item) => (
                <Button
                  key={item.href}
                  component={NavLink}
                  to={item.href}
                  variant="subtle"
                  size="compact-md"
                  className="nav-link"
                  style={{ flexShrink: 0 }}
                >
                  {t(item.labelKey)}
                </Button>
              ))}
            </Group>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="xl" lineClamp={1}>
              {user.name} · {t(`roles.${user.role}`)}
            </Text>
            <IncomingCall />
            <HeaderControls />
            <Button
              variant="default"
              size="compact-md"
              loading={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, {
                  onSettled: () => navigate(paths.login.getHref(), { replace: true }),
                })
              }
            >
              {t('header.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
