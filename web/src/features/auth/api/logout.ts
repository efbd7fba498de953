import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, setCsrfToken } from '../../../lib/api-client.ts';
import { type SessionState, sessionQueryOptions } from './get-session.ts';

export function logout(): Promise<unknown> {
  return apiClient.post('/auth/logout', {}, { skipAuthRedirect: true });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even when the server is unreachable: the cookie is the server's to drop.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      sessionStorage.clear();
      const signedOut: SessionState = { status: 'signed-out', expired: false };
      queryClient.setQueryData(sessionQueryOptions().queryKey, signedOut);
    },
  });
}
