import type { RoleName } from '../../../src/contracts/auth.ts';
import { paths } from '../config/paths.ts';

/** Where each role starts: setters call, reps read their agenda, managers watch the floor. */
export function homePathFor(role: RoleName): string {
  switch (role) {
    case 'setter':
      return paths.call.getHref();
    case 'rep':
      return paths.agenda.getHref();
    case 'manager':
    case 'admin':
      return paths.dashboard.getHref();
    default: {
      const unreachable: never = role;
      return String(unreachable);
    }
  }
}

/** Only same-origin paths are followed after login, never another site. */
export function safeRedirect(value: string | null): string | null {
  return value?.startsWith('/') && !value.startsWith('//') ? value : null;
}
