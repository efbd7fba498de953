import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { useErrorMessage } from '../../../lib/error-message.ts';

interface RequestErrorProps {
  error: unknown;
  title: string;
}

/**
 * A failed request beside the control that sent it: the message in the user's language, the
 * server's own words when the file was too large (they name the limit), and the field at fault.
 */
export function RequestError({ error, title }: RequestErrorProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  if (!error) return null;
  const apiError = isApiError(error) ? error : null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {apiError?.status === 413 ? t('import.errors.tooLarge', { detail: apiError.message }) : describe(error)}
      {apiError?.field && (
        <Text size="sm" mt={4}>
          {t('import.errors.field', { field: apiError.field })}
        </Text>
      )}
    </Alert>
  );
}
