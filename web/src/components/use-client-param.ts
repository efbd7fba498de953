import { useSearchParams } from 'react-router-dom';
import { useUser } from '../features/auth/api/get-session.ts';
import { useRememberedClient } from '../features/preferences/api/preferences.ts';

/**
 * The client a page is about, kept in the URL (`?client=3`) so tabs, reloads and shared links
 * keep it: one of the user's clients, else the one they last chose anywhere (null when they have none).
 * A choice made here is remembered for the other pages too.
 */
export function useClientParam(): [number | null, (clientId: number | null) => void] {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const [remembered, remember] = useRememberedClient();
  const asked = Number(params.get('client'));
  const clientId = user.clients.some((client) => client.id === asked) ? asked : remembered;
  const setClientId = (next: number | null) => {
    remember(next);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === null) updated.delete('client');
        else updated.set('client', String(next));
        return updated;
      },
      { replace: true },
    );
  };
  return [clientId, setClientId];
}
