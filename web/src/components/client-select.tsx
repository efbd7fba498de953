import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUser } from '../features/auth/api/get-session.ts';
import { useRememberedClient } from '../features/preferences/api/preferences.ts';

/**
 * The client a manager is looking at: the one they last chose on any page (remembered on the
 * server, so in every browser too), else the first of theirs.
 */
export function useClientChoice(): [number | null, (clientId: number | null) => void] {
  return useRememberedClient();
}

interface ClientSelectProps {
  value: number | null;
  onChange: (clientId: number | null) => void;
  /** Offer "All clients" as an empty choice. */
  allowAll?: boolean;
}

export function ClientSelect({ value, onChange, allowAll = false }: ClientSelectProps) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <Select
      label={t('common.client')}
      w={260}
      allowDeselect={allowAll}
      clearable={allowAll}
      placeholder={allowAll ? t('common.allClients') : undefined}
      data={user.clients.map((client) => ({ value: String(client.id), label: client.name }))}
      value={value === null ? null : String(value)}
      onChange={(choice) => onChange(choice ? Number(choice) : null)}
    />
  );
}
