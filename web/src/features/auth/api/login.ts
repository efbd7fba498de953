import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoginRequest, SessionResponse } from '../../../../../src/contracts/auth.ts';
import { apiClient, setCsrfToken } from '../../../lib/api-client.ts';
import { languageAtSignIn } from '../utils/language-preference.ts';
import { type SessionState, sessionQueryOptions } from './get-session.ts';

export function login(body: LoginRequest): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/auth/login', body, { skipAuthRedirect: true });
}

export function useLogin() {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      languageAtSignIn(i18n, session.user);
      const signedIn: SessionState = {
        status: 'signed-in',
        user: session.user,
        csrfToken: session.csrfToken,
      };
      queryClient.setQueryData(sessionQueryOptions().queryKey, signedIn);
    },
  });
}
