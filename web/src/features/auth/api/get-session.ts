import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, SessionResponse } from '../../../../../src/contracts/auth.ts';
import { apiClient, isApiError, setCsrfToken } from '../../../lib/api-client.ts';

/** Signed out carries whether a session ran out under the user, so the login page can say so. */
export type SessionState =
  | { status: 'signed-in'; user: Me; csrfToken: string }
  | { status: 'signed-out'; expired: boolean };

export const sessionQueryKey = ['session'] as const;

export async function getSession(): Promise<SessionState> {
  try {
    const session = await apiClient.get<SessionResponse>('/auth/session', { skipAuthRedirect: true });
    setCsrfToken(session.csrfToken);
    return { status: 'signed-in', user: session.user, csrfToken: session.csrfToken };
  } catch (error) {
    if (isApiError(error) && error.status === 401) return { status: 'signed-out', expired: false };
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: Number.POSITIVE_INFINITY });

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** The signed-in user; only for screens behind the protected layout, which waits for the session. */
export function useUser(): Me {
  const queryClient = useQueryClient();
  const { data } = useSession();
  const state = data ?? queryClient.getQueryData<SessionState>(sessionQueryKey);
  if (state?.status !== 'signed-in') throw new Error('useUser needs a signed-in session');
  return state.user;
}
