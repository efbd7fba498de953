import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScriptVariantDto } from '../../../../../src/contracts/scripts.ts';
import { ScriptDiffView } from './script-diff-view.tsx';

/**
 * The sections a company update and the setter both changed: the company wording (read on calls
 * for now, struck where the setter's differs) against the setter's, word by word.
 */
export function RebaseConflicts({ variant }: { variant: ScriptVariantDto }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('scriptRebase.conflictsHeading', { n: variant.baseVersion })}
    >
      <Stack gap="xs">
        <Text size="sm">{t('scriptRebase.conflictsHelp')}</Text>
        <ScriptDiffView
          headingLevel={4}
          sections={variant.conflicts.map((conflict) => ({
            sectionId: conflict.sectionId,
            title: conflict.title,
            previousTitle: null,
            change: conflict.mine ? 'changed' : 'removed',
            parts: conflict.parts,
          }))}
        />
      </Stack>
    </Alert>
  );
}
