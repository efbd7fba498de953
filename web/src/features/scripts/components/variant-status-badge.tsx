import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VariantStatus } from '../../../../../src/contracts/scripts.ts';

const colors: Record<VariantStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  approved: 'green',
  rejected: 'red',
  retired: 'gray',
  needs_rebase: 'orange',
};

/** A variant's review state in words (colour only repeats it), and "outdated" beside it when so. */
export function VariantStatusBadge({
  status,
  outdated,
}: {
  status: VariantStatus | null;
  outdated?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge
        variant="light"
        color={status ? colors[status] : 'gray'}
        className="no-shrink"
        data-testid="variant-status"
      >
        {t(`scripts.variantStatus.${status ?? 'none'}`)}
      </Badge>
      {outdated && (
        <Badge variant="outline" color="orange" className="no-shrink" title={t('scripts.outdatedHelp')}>
          {t('scripts.outdated')}
        </Badge>
      )}
    </Group>
  );
}
