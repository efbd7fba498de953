import {
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useLocalStorage } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router-dom';
import { HeaderControls } from '../../components/header-controls.tsx';
import { paths } from '../../config/paths.ts';
import { useUser } from '../../features/auth/api/get-session.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { IncomingCall } from '../../features/inbound/components/incoming-call.tsx';
import { homePathFor } from '../../lib/home-path.ts';
import { type NavItem, navGroups, navItems } from './nav-items.ts';

export const headerHeight = 52;
export const navbarWidth = 208;

/** `/call` is active on `/call` and `/call/lead/3`, never on `/call-setup`. */
const isActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * The frame of every signed-in screen: a sidebar grouped by job (it fits any laptop however many
 * screens a role has), folded away on a phone behind the burger, and foldable on a laptop too
 * (remembered in this browser). On the call screen, laid out for the full width, it starts folded.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [mobileOpen, mobile] = useDisclosure(false);
  // The call screen is laid out for the window's full width: there the sidebar starts folded.
  const onCallScreen = isActive(pathname, paths.call.getHref());
  const [pagesOpen, setPagesOpen] = useLocalStorage({ key: 'setterdesk.nav-open', defaultValue: true });
  const [callOpen, setCallOpen] = useLocalStorage({ key: 'setterdesk.nav-open-call', defaultValue: false });
  const desktopOpen = onCallScreen ? callOpen : pagesOpen;
  const setDesktopOpen = onCallScreen ? setCallOpen : setPagesOpen;
  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => navigate(paths.login.getHref(), { replace: true }) });
  const items = navItems.filter((item) => item.roles.includes(user.role));
  const groups = navGroups
    .map((group) => ({ group, items: items.filter((item) => (item.group ?? 'other') === group) }))
    .filter((section) => section.items.length > 0);
  return (
    <AppShell
      header={{ height: headerHeight }}
      navbar={{
        width: navbarWidth,
        breakpoint: 'sm',
        collapsed: { mobile: !mobileOpen, desktop: !desktopOpen },
      }}
      padding="sm"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={mobileOpen}
              onClick={mobile.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={mobileOpen}
              aria-controls="app-navbar"
            />
            <Burger
              // The icon stays a burger on a laptop: the sidebar is a panel beside the page, not a menu.
              opened={false}
              onClick={() => setDesktopOpen((open) => !open)}
              visibleFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={desktopOpen}
              aria-controls="app-navbar"
            />
            <UnstyledButton
              component={Link}
              to={homePathFor(user.role)}
              fw={700}
              fz="lg"
              style={{ flexShrink: 0 }}
            >
              SetterDesk
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="lg" lineClamp={1}>
              {user.name} · {t(`roles.${user.role}`)}
            </Text>
            <IncomingCall />
            <HeaderControls />
            {/* On a phone the header has no room left: logging out sits at the foot of the menu. */}
            <Button
              variant="default"
              size="compact-md"
              loading={logout.isPending}
              onClick={signOut}
              visibleFrom="sm"
            >
              {t('header.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="app-navbar" p="xs">
        <AppShell.Section grow component={ScrollArea}>
          <Stack component="nav" aria-label={t('nav.label')} gap="sm">
            {groups.map((section) => (
              <NavSection
                key={section.group}
                title={t(`nav.group.${section.group}`)}
                items={section.items}
                pathname={pathname}
                onNavigate={mobile.close}
              />
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section hiddenFrom="lg">
          <Stack gap="xs" pt="xs">
            <Text size="xs" c="dimmed" px="xs" lineClamp={2}>
              {user.name} · {t(`roles.${user.role}`)}
            </Text>
            <Button
              variant="default"
              size="compact-md"
              loading={logout.isPending}
              onClick={signOut}
              hiddenFrom="sm"
            >
              {t('header.logout')}
            </Button>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

interface NavSectionProps {
  title: string;
  items: readonly NavItem[];
  pathname: string;
  onNavigate: () => void;
}

function NavSection({ title, items, pathname, onNavigate }: NavSectionProps) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="xs" pb={2} aria-hidden="true">
        {title}
      </Text>
      {items.map((item) => (
        <NavLink
          key={item.href}
          component={RouterNavLink}
          to={item.href}
          label={t(item.labelKey)}
          active={isActive(pathname, item.href)}
          onClick={onNavigate}
          className="nav-link"
          py={6}
        />
      ))}
    </div>
  );
}
