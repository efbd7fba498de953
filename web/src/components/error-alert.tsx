import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/error-message.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** A failed request, said in the user's language next to the thing that failed. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      {describe(error)}
    </Alert>
  );
}
