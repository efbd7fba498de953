import { Button, Group, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { useMappingTemplates, useSaveMappingTemplate } from '../api/mapping-templates.ts';
import { RequestError } from './request-error.tsx';

interface MappingTemplatesBarProps {
  clientId: number;
  headers: string[];
  mapping: Record<string, string>;
  onLoad: (mapping: Record<string, string>) => void;
}

/** Load a saved mapping onto this file's columns, or save this one under a name. */
export function MappingTemplatesBar({ clientId, headers, mapping, onLoad }: MappingTemplatesBarProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const templates = useMappingTemplates(clientId);
  const save = useSaveMappingTemplate();
  const [name, setName] = useState('');

  const load = (id: string | null) => {
    const template = templates.data?.find((candidate) => String(candidate.id) === id);
    if (!template) return;
    // Only this file's columns: a template from a wider export names columns this file lacks.
    const loaded = Object.fromEntries(
      headers.flatMap((header) => {
        const target = template.mapping[header];
        return target === undefined ? [] : [[header, target]];
      }),
    );
    onLoad({ ...mapping, ...loaded });
    notify({ color: 'blue', message: t('import.templates.loaded', { name: template.name }) });
  };

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    save.mutate(
      { clientId, name: trimmed, mapping },
      {
        onSuccess: () => notify({ color: 'green', message: t('import.templates.saved', { name: trimmed }) }),
      },
    );
  };

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t('import.templates.load')}
        placeholder={templates.data?.length === 0 ? t('import.templates.none') : t('import.templates.choose')}
        w={260}
        disabled={!templates.data?.length}
        data={(templates.data ?? []).map((template) => ({
          value: String(template.id),
          label: template.name,
        }))}
        value={null}
        onChange={load}
      />
      <form onSubmit={onSave} aria-label={t('import.templates.save')}>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('import.templates.name')}
            w={220}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <Button type="submit" variant="default" loading={save.isPending} disabled={!name.trim()}>
            {t('import.templates.save')}
          </Button>
        </Group>
      </form>
      <RequestError error={save.error} title={t('import.templates.saveFailed')} />
    </Group>
  );
}
