import { Navigate, Outlet } from 'react-router-dom';
import type { RoleName } from '../../../../src/contracts/auth.ts';
import { useUser } from '../../features/auth/api/get-session.ts';
import { homePathFor } from '../../lib/home-path.ts';

/** Screens of another role send the user to their own start screen; the API enforces access anyway. */
export function RoleGate({ roles }: { roles: readonly RoleName[] }) {
  const user = useUser();
  if (!roles.includes(user.role)) return <Navigate to={homePathFor(user.role)} replace />;
  return <Outlet />;
}

export function HomeRedirect() {
  const user = useUser();
  return <Navigate to={homePathFor(user.role)} replace />;
}
