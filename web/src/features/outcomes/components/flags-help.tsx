import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { outcomeFlagNames } from '../utils/outcomes-draft.ts';

const grid = {
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  gap: '2px 12px',
  margin: 0,
  fontSize: 'var(--mantine-font-size-sm)',
} as const;

/** What each flag does once a setter picks the outcome: said once, above the list. */
export function FlagsHelp() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="flags-help-title">
      <Text size="sm" fw={600} id="flags-help-title" mb={4}>
        {t('setupOutcomes.flagsHelpTitle')}
      </Text>
      <dl style={grid}>
        {outcomeFlagNames.map((flag) => (
          <div key={flag} style={{ display: 'contents' }}>
            <dt style={{ fontWeight: 600 }}>{t(`setupOutcomes.flags.${flag}`)}</dt>
            <dd style={{ margin: 0 }}>{t(`setupOutcomes.flagsHelp.${flag}`)}</dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}
