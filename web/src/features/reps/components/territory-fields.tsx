import { Stack, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RepFormState } from '../utils/rep-form.ts';

interface TerritoryFieldsProps {
  form: RepFormState;
  set: <Key extends keyof RepFormState>(key: Key, value: RepFormState[Key]) => void;
  /** Entries the API would refuse, once the manager tried to save. */
  problems: { states: string[]; areaCodes: string[] } | null;
}

/** Where the rep sells: states, postal-code prefixes, area codes. All empty = anywhere. */
export function TerritoryFields({ form, set, problems }: TerritoryFieldsProps) {
  const { t } = useTranslation();
  const invalid = (entries: string[] | undefined) =>
    entries && entries.length > 0 ? t('reps.territoryForm.invalid', { entries: entries.join(', ') }) : null;
  return (
    <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
      <Text component="legend" fw={600} size="sm" mb={4}>
        {t('reps.territoryForm.legend')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('reps.territoryForm.help')}
      </Text>
      <TagsInput
        label={t('reps.territoryForm.states')}
        description={t('reps.territoryForm.statesHelp')}
        value={form.states}
        onChange={(value) =>
          set(
            'states',
            value.map((state) => state.toUpperCase()),
          )
        }
        splitChars={[',', ' ']}
        error={invalid(problems?.states)}
      />
      <TagsInput
        label={t('reps.territoryForm.postalPrefixes')}
        description={t('reps.territoryForm.postalPrefixesHelp')}
        value={form.postalPrefixes}
        onChange={(value) => set('postalPrefixes', value)}
        splitChars={[',', ' ']}
      />
      <TagsInput
        label={t('reps.territoryForm.areaCodes')}
        description={t('reps.territoryForm.areaCodesHelp')}
        value={form.areaCodes}
        onChange={(value) => set('areaCodes', value)}
        splitChars={[',', ' ']}
        error={invalid(problems?.areaCodes)}
      />
    </Stack>
  );
}
