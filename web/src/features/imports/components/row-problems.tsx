import { Badge, List, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewRow } from '../../../../../src/contracts/imports.ts';
import { statusColors } from '../../../components/status-colors.ts';
import { useFormatters } from '../../../lib/format.ts';
import { problemText } from '../utils/problem-text.ts';

// A narrow column wraps the badge's words rather than cutting them ("STO…").
const wrapping = {
  root: { height: 'auto', maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

/** Whether a preview row will be stored, and every error (refused) or warning (stored anyway). */
export function RowProblems({ row }: { row: PreviewRow }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const refused = row.lead === null || row.errors.length > 0;
  const problems = [
    ...row.errors.map((problem) => ({ ...problem, kind: 'error' as const })),
    ...row.warnings.map((problem) => ({ ...problem, kind: 'warning' as const })),
  ];
  return (
    <Stack gap={4}>
      {refused ? (
        <Badge color={statusColors.blocked} variant="light" size="sm" styles={wrapping}>
          {t('import.preview.refused')}
        </Badge>
      ) : row.warnings.length > 0 ? (
        <Badge color={statusColors.uncertain} variant="light" size="sm" styles={wrapping}>
          {t('import.preview.withWarnings')}
        </Badge>
      ) : (
        <Badge color={statusColors.callable} variant="light" size="sm" styles={wrapping}>
          {t('import.preview.ok')}
        </Badge>
      )}
      {problems.length > 0 && (
        <List size="xs" spacing={2}>
          {problems.map((problem) => (
            <List.Item key={`${problem.kind}-${problem.field}-${problem.reason}`}>
              {t(problem.kind === 'error' ? 'import.preview.error' : 'import.preview.warning', {
                field: t(`import.field.${problem.field}`, { defaultValue: problem.field }),
                reason: problemText(t, format.locale, problem),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
