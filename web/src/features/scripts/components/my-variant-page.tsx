import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { MyVariantDto, ScriptDetailDto } from '../../../../../src/contracts/scripts.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { paths } from '../../../config/paths.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useScript } from '../api/get-scripts.ts';
import { useMyVariant } from '../api/variants.ts';
import { MyVariantForm } from './my-variant-form.tsx';
import { VariantStatusBadge } from './variant-status-badge.tsx';

/** A setter writes their own wording of one script, saves drafts and sends it for review. */
export function MyVariantPage() {
  const { t } = useTranslation();
  const scriptId = Number(useParams().scriptId);
  const script = useScript(scriptId);
  const mine = useMyVariant(scriptId);
  return (
    <Stack gap="md" maw={1500} mx="auto">
      <Button component={Link} to={paths.myScripts.getHref()} variant="subtle" w="fit-content" px={0}>
        ← {t('scripts.mine.back')}
      </Button>
      {script.data && mine.data ? (
        <MyVariantDetail script={script.data} mine={mine.data} />
      ) : (
        <>
          <ErrorAlert error={script.error ?? mine.error} />
          {(script.isPending || mine.isPending) && <Text>{t('common.loading')}</Text>}
        </>
      )}
    </Stack>
  );
}

function MyVariantDetail({ script, mine }: { script: ScriptDetailDto; mine: MyVariantDto }) {
  const { t } = useTranslation();
  const user = useUser();
  const variant = mine.variant;
  const clientName = user.clients.find((client) => client.id === script.clientId)?.name ?? '';
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {t('scripts.mine.editTitle', { name: script.name })}
          </Title>
          <Text c="dimmed">
            {[clientName, t('scripts.mine.companyVersion', { n: script.version })].join(' · ')}
          </Text>
        </div>
        <VariantStatusBadge status={variant?.status ?? null} outdated={variant?.outdated ?? false} />
      </Group>
      {script.mode === 'verbatim' ? (
        <Alert color="gray" variant="light">
          {t('scripts.mine.verbatim')}
        </Alert>
      ) : (
        <>
          <StatusNotes mine={mine} />
          <MyVariantForm key={script.id} script={script} variant={variant} clientName={clientName} />
        </>
      )}
    </>
  );
}

/** Where the review stands, in words: rejected (and why), waiting, in use, outdated. */
function StatusNotes({ mine }: { mine: MyVariantDto }) {
  const { t } = useTranslation();
  const { variant, approved } = mine;
  return (
    <Stack gap="xs" aria-live="polite">
      {variant?.status === 'rejected' && (
        <Alert color="red" variant="light" title={t('scripts.mine.rejectedTitle')} data-testid="rejection">
          {t('scripts.review.reviewComment', {
            name: variant.reviewedByName ?? '',
            comment: variant.reviewComment ?? '',
          })}
        </Alert>
      )}
      {approved?.status === 'needs_rebase' && (
        <Alert
          color="orange"
          variant="light"
          title={t('scriptRebase.conflictTitle', { n: approved.baseVersion })}
          data-testid="rebase-conflicts"
        >
          {t('scriptRebase.conflictBody', {
            sections: approved.conflicts
              .map((conflict) => t('scriptRebase.quoted', { title: conflict.title }))
              .join(', '),
          })}
        </Alert>
      )}
      {variant?.status === 'submitted' && (
        <Alert color="yellow" variant="light">
          {t('scripts.mine.waiting')}
        </Alert>
      )}
      {approved && (
        <Alert color="green" variant="light" data-testid="approved-note">
          {t('scripts.mine.approvedInUse')}
        </Alert>
      )}
      {approved?.outdated && (
        <Alert color="orange" variant="light" title={t('scripts.outdated')}>
          {t('scripts.mine.outdated', { base: approved.baseVersion, current: approved.currentVersion })}
        </Alert>
      )}
    </Stack>
  );
}
