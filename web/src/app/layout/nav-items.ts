import type { RoleName } from '../../../../src/contracts/auth.ts';
import { paths } from '../../config/paths.ts';

export interface NavItem {
  href: string;
  /** i18n key of the label. */
  labelKey: string;
  roles: readonly RoleName[];
}

/** Role-aware navigation: each person sees the screens of their job. */
export const navItems: readonly NavItem[] = [
  { href: paths.call.getHref(), labelKey: 'nav.call', roles: ['setter'] },
  { href: paths.myScripts.getHref(), labelKey: 'scripts.nav.mine', roles: ['setter'] },
  { href: paths.dashboard.getHref(), labelKey: 'nav.dashboard', roles: ['manager', 'admin'] },
  { href: paths.campaigns.getHref(), labelKey: 'nav.campaigns', roles: ['manager', 'admin'] },
  { href: paths.scripts.getHref(), labelKey: 'scripts.nav.scripts', roles: ['manager', 'admin'] },
  { href: paths.imports.getHref(), labelKey: 'nav.import', roles: ['manager', 'admin'] },
  { href: paths.dnc.getHref(), labelKey: 'dnc.nav', roles: ['manager', 'admin'] },
  { href: paths.reps.getHref(), labelKey: 'nav.reps', roles: ['manager', 'admin'] },
  { href: paths.meetingTypes.getHref(), labelKey: 'nav.meetingTypes', roles: ['manager', 'admin'] },
  { href: paths.callSetup.getHref(), labelKey: 'callSetup.nav', roles: ['manager', 'admin'] },
  { href: paths.agenda.getHref(), labelKey: 'nav.agenda', roles: ['rep', 'manager', 'admin'] },
  { href: paths.outbox.getHref(), labelKey: 'nav.outbox', roles: ['manager', 'admin'] },
];
