import { Alert, Blockquote, Button, Group, Paper, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScriptVariantDto } from '../../../../../src/contracts/scripts.ts';
import { useNotify } from '../../../components/notifications.tsx';
import { goodActionColor } from '../../../components/status-colors.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useReviewVariant } from '../api/variants.ts';
import { RebaseConflicts } from './rebase-conflicts.tsx';
import { ScriptDiffView } from './script-diff-view.tsx';
import { ScriptErrorAlert } from './script-error-alert.tsx';
import { VariantStatusBadge } from './variant-status-badge.tsx';

/** A setter's variant beside the company text it rewrites; a submitted one is approved or rejected here. */
export function VariantReviewCard({ variant }: { variant: ScriptVariantDto }) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const notify = useNotify();
  const review = useReviewVariant();
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const titleId = `variant-${variant.id}-title`;
  const clientName = user.clients.find((client) => client.id === variant.clientId)?.name;
  const needsComment = tried && comment.trim() === '';
  // After a rebase the conflicts are the news; the rest of the diff only when the setter changed more.
  const showDiff = variant.status !== 'needs_rebase' || variant.diff.some((s) => s.change !== 'same');
  const commentError = isApiError(review.error) && review.error.field === 'comment';

  const decide = (decision: 'approve' | 'reject') => {
    if (decision === 'reject') {
      setTried(true);
      if (comment.trim() === '') return;
    }
    review.mutate(
      { variantId: variant.id, decision, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      {
        onSuccess: () =>
          notify({
            color: 'green',
            message: t(decision === 'approve' ? 'scripts.review.approved' : 'scripts.review.rejected', {
              name: variant.userName,
            }),
          }),
      },
    );
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-labelledby={titleId}
      data-testid="variant-review"
      data-variant-id={variant.id}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id={titleId}>
              {t('scripts.review.cardTitle', { name: variant.userName, script: variant.scriptName })}
            </Title>
            <Text size="xs" c="dimmed">
              {variant.submittedAt
                ? t('scripts.review.submittedAt', { at: format.dateTime(variant.submittedAt, user.timeZone) })
                : t('scripts.review.updatedAt', { at: format.dateTime(variant.updatedAt, user.timeZone) })}
              {' · '}
              {t('scripts.review.basedOn', { n: variant.baseVersion })}
              {clientName ? ` · ${clientName}` : ''}
            </Text>
          </div>
          <VariantStatusBadge status={variant.status} outdated={variant.outdated} />
        </Group>
        {variant.outdated && (
          <Alert color="orange" variant="light" title={t('scripts.outdated')}>
            {t('scripts.review.outdated', { base: variant.baseVersion, current: variant.currentVersion })}
          </Alert>
        )}
        {variant.comment && (
          <Blockquote p="xs" cite={variant.userName}>
            {variant.comment}
          </Blockquote>
        )}
        {variant.reviewComment && variant.status !== 'submitted' && (
          <Text size="sm">
            {t('scripts.review.reviewComment', {
              name: variant.reviewedByName ?? '',
              comment: variant.reviewComment,
            })}
          </Text>
        )}
        {variant.status === 'needs_rebase' && <RebaseConflicts variant={variant} />}
        {showDiff && (
          <>
            <Switch
              size="xs"
              label={t('scripts.review.showAll')}
              checked={showAll}
              onChange={(event) => setShowAll(event.currentTarget.checked)}
            />
            <ScriptDiffView sections={variant.diff} changedOnly={!showAll} headingLevel={4} />
          </>
        )}
        {variant.status === 'needs_rebase' && (
          <Group justify="flex-end">
            <Button color={goodActionColor} loading={review.isPending} onClick={() => decide('approve')}>
              {t('scriptRebase.approveMine', { name: variant.userName })}
            </Button>
          </Group>
        )}
        {variant.status === 'submitted' && (
          <Stack gap="xs">
            <Textarea
              label={t('scripts.review.comment')}
              description={t('scripts.review.commentHelp')}
              autosize
              minRows={2}
              maxLength={1000}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              error={needsComment || commentError ? t('scripts.review.commentRequired') : null}
            />
            {!commentError && <ScriptErrorAlert error={review.error} />}
            <Group justify="flex-end">
              <Button
                variant="default"
                color="red"
                loading={review.isPending && review.variables?.decision === 'reject'}
                onClick={() => decide('reject')}
              >
                {t('scripts.review.reject')}
              </Button>
              <Button
                color={goodActionColor}
                loading={review.isPending && review.variables?.decision === 'approve'}
                onClick={() => decide('approve')}
              >
                {t('scripts.review.approve')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
