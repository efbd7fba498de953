import '@mantine/core/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { type SessionState, sessionQueryOptions } from '../features/auth/api/get-session.ts';
import { initI18n } from '../i18n/i18n.ts';
import { setCsrfToken, setUnauthenticatedHandler } from '../lib/api-client.ts';
import { AppProviders, createQueryClient } from './providers.tsx';
import { createRouter } from './router.tsx';

initI18n();
const queryClient = createQueryClient();
const router = createRouter();

// A session that runs out mid-shift: the protected layout sends the user to the login page with a
// note, and brings them back to the same screen; call drafts stay in sessionStorage meanwhile.
setUnauthenticatedHandler(() => {
  setCsrfToken(null);
  const expired: SessionState = { status: 'signed-out', expired: true };
  queryClient.setQueryData(sessionQueryOptions().queryKey, expired);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
