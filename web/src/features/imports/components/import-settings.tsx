import { Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DedupePolicy, ForeignPhonePolicy } from '../../../../../src/contracts/imports.ts';

interface ImportSettingsProps {
  dedupe: DedupePolicy;
  foreignPhones: ForeignPhonePolicy;
  listName: string;
  onChange: (change: {
    dedupe?: DedupePolicy;
    foreignPhones?: ForeignPhonePolicy;
    listName?: string;
  }) => void;
  listNameError: string | null;
}

// The contract's list, spelled out here: importing it would bring zod into the page's bundle.
const dedupePolicies = ['skip', 'fill', 'overwrite'] as const satisfies readonly DedupePolicy[];

const foreignPhonePolicies = ['warn', 'refuse'] as const satisfies readonly ForeignPhonePolicy[];

const isForeignPhonePolicy = (value: string): value is ForeignPhonePolicy =>
  (foreignPhonePolicies as readonly string[]).includes(value);

const isDedupePolicy = (value: string): value is DedupePolicy =>
  (dedupePolicies as readonly string[]).includes(value);

/** What to do with leads the client already has, and the name of the new list. */
export function ImportSettings({
  dedupe,
  foreignPhones,
  listName,
  onChange,
  listNameError,
}: ImportSettingsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('import.dedupe.label')}
        description={t('import.dedupe.help')}
        value={dedupe}
        onChange={(value) => isDedupePolicy(value) && onChange({ dedupe: value })}
      >
        <Stack gap="xs" mt="xs">
          {dedupePolicies.map((policy) => (
            <Radio
              key={policy}
              value={policy}
              label={t(`import.dedupe.${policy}`)}
              description={t(`import.dedupe.${policy}Help`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label={t('import.foreign.label')}
        description={t('import.foreign.help')}
        value={foreignPhones}
        onChange={(value) => isForeignPhonePolicy(value) && onChange({ foreignPhones: value })}
      >
        <Stack gap="xs" mt="xs">
          {foreignPhonePolicies.map((policy) => (
            <Radio
              key={policy}
              value={policy}
              label={t(`import.foreign.${policy}`)}
              description={t(`import.foreign.${policy}Help`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label={t('import.listName')}
        description={t('import.listNameHelp')}
        required
        maw={420}
        value={listName}
        onChange={(event) => onChange({ listName: event.currentTarget.value })}
        error={listNameError}
      />
    </Stack>
  );
}
