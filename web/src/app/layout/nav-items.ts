import type { RoleName } from '../../../../src/contracts/auth.ts';
import { paths } from '../../config/paths.ts';

/** The sidebar's sections, in their order; an item without one goes under `other`. */
export const navGroups = ['work', 'leads', 'setup', 'meetings', 'other'] as const;
export type NavGroup = (typeof navGroups)[number];

export interface NavItem {
  href: string;
  /** i18n key of the label. */
  labelKey: string;
  roles: readonly RoleName[];
  group?: NavGroup;
}

const managers: readonly RoleName[] = ['manager', 'admin'];

/** Role-aware navigation: each person sees the screens of their job. */
export const navItems: readonly NavItem[] = [
  { href: paths.call.getHref(), labelKey: 'nav.call', roles: ['setter'], group: 'work' },
  { href: paths.myCallbacks.getHref(), labelKey: 'nav.myCallbacks', roles: ['setter'], group: 'work' },
  { href: paths.myScripts.getHref(), labelKey: 'scripts.nav.mine', roles: ['setter'], group: 'work' },
  { href: paths.dashboard.getHref(), labelKey: 'nav.dashboard', roles: managers, group: 'work' },
  { href: paths.campaigns.getHref(), labelKey: 'nav.campaigns', roles: managers, group: 'leads' },
  { href: paths.imports.getHref(), labelKey: 'nav.import', roles: managers, group: 'leads' },
  { href: paths.dnc.getHref(), labelKey: 'dnc.nav', roles: managers, group: 'leads' },
  { href: paths.scripts.getHref(), labelKey: 'scripts.nav.scripts', roles: managers, group: 'setup' },
  { href: paths.callSetup.getHref(), labelKey: 'callSetup.nav', roles: managers, group: 'setup' },
  { href: paths.meetingTypes.getHref(), labelKey: 'nav.meetingTypes', roles: managers, group: 'setup' },
  { href: paths.agenda.getHref(), labelKey: 'nav.agenda', roles: ['rep', ...managers], group: 'meetings' },
  { href: paths.reps.getHref(), labelKey: 'nav.reps', roles: managers, group: 'meetings' },
  { href: paths.mySchedule.getHref(), labelKey: 'nav.mySchedule', roles: ['rep'], group: 'meetings' },
  { href: paths.outbox.getHref(), labelKey: 'nav.outbox', roles: managers, group: 'other' },
];
