import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type DncScope = 'client' | 'organization';

interface DncScopeFieldProps {
  value: DncScope;
  onChange: (scope: DncScope) => void;
  clientName: string | null;
}

/** Whom a do-not-call number protects: the chosen client, or every client (admins only). */
export function DncScopeField({ value, onChange, clientName }: DncScopeFieldProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('dnc.scope.label')}
      value={value}
      onChange={(next) => onChange(next === 'organization' ? 'organization' : 'client')}
    >
      <Group gap="md" mt={4}>
        <Radio
          value="client"
          label={t('dnc.scope.client', { name: clientName ?? '—' })}
          disabled={!clientName}
        />
        <Radio value="organization" label={t('dnc.scope.organization')} />
      </Group>
    </Radio.Group>
  );
}
