import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';

/** The app's error alert, plus the one code only scripts answer: a script read word for word. */
export function ScriptErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.code === 'SCRIPT_VERBATIM')
    return (
      <Alert color="red" variant="light" title={t('errors.title')} role="alert">
        {t('scripts.errors.verbatim')}
      </Alert>
    );
  if (isApiError(error) && error.code === 'SCRIPT_SECTION_LOCKED')
    return (
      <Alert color="red" variant="light" title={t('errors.title')} role="alert">
        {t('scriptRebase.lockedError')}
      </Alert>
    );
  return <ErrorAlert error={error} />;
}
