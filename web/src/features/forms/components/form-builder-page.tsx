import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useClientParam } from '../../../components/use-client-param.ts';
import { paths } from '../../../config/paths.ts';
import { useQualificationForms } from '../api/get-forms.ts';
import { FormEditor } from './form-editor.tsx';

/** The builder for a new form (`/call-setup/forms/new`) or a stored one of the chosen client. */
export function FormBuilderPage() {
  const { t } = useTranslation();
  const { formId = 'new' } = useParams();
  const [clientId] = useClientParam();
  const forms = useQualificationForms(clientId);
  const back = (
    <Anchor component={Link} to={paths.callSetupForms.getHref(clientId ?? undefined)} size="sm">
      ← {t('formBuilder.back')}
    </Anchor>
  );
  if (clientId === null) return null;
  if (formId === 'new') {
    return (
      <Stack gap="sm">
        {back}
        <FormEditor clientId={clientId} form={null} />
      </Stack>
    );
  }
  const form = forms.data?.find((item) => item.id === Number(formId));
  return (
    <Stack gap="sm">
      {back}
      <ErrorAlert error={forms.error} />
      {form ? (
        <FormEditor key={form.id} clientId={clientId} form={form} />
      ) : (
        <Text c="dimmed">{forms.isLoading ? t('common.loading') : t('formBuilder.notFound')}</Text>
      )}
    </Stack>
  );
}
