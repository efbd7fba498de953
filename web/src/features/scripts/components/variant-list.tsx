import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useVariants, type VariantFilter } from '../api/variants.ts';
import { VariantReviewCard } from './variant-review-card.tsx';

/** Setters' variants matching the filter, each with its diff; submitted ones can be reviewed in place. */
export function VariantList({ filter, empty }: { filter: VariantFilter; empty: string }) {
  const { t } = useTranslation();
  const variants = useVariants(filter);
  const items = variants.data ?? [];
  return (
    <Stack gap="md">
      <ErrorAlert error={variants.error} />
      {items.length === 0 && <Text c="dimmed">{variants.isPending ? t('common.loading') : empty}</Text>}
      {items.map((variant) => (
        <VariantReviewCard key={variant.id} variant={variant} />
      ))}
    </Stack>
  );
}

/** Approved variants a company update clashed with: shown only when there are some. */
export function RebaseReviewList() {
  const { t } = useTranslation();
  const variants = useVariants({ status: 'needs_rebase' });
  const items = variants.data ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="rebase-review-title">
      <div>
        <Title order={2} size="h4" id="rebase-review-title">
          {t('scriptRebase.reviewTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('scriptRebase.reviewIntro')}
        </Text>
      </div>
      {items.map((variant) => (
        <VariantReviewCard key={variant.id} variant={variant} />
      ))}
    </Stack>
  );
}
