import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, SessionResponse } from '../../../../../src/contracts/auth.ts';
import { apiClient, setCsrfToken } from '../../../lib/api-client.ts';
import { type SessionState, sessionQueryOptions } from './get-session.ts';

export function login(body: LoginRequest): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/auth/login', body, { skipAuthRedirect: true });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      const signedIn: SessionState = {
        status: 'signed-in',
        user: session.user,
        csrfToken: session.csrfToken,
      };
      queryClient.setQueryData(sessionQueryOptions().queryKey, signedIn);
    },
  });
}
