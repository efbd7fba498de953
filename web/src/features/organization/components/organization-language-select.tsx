import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../src/contracts/auth.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useUser } from '../../auth/api/get-session.ts';
import { useOrganizationSettings, useSaveOrganizationSettings } from '../api/organization-settings.ts';

const languages: readonly Language[] = ['en', 'sr'];

/**
 * Admins: the organization's language, in which clients created from now on get their default
 * outcomes and reasons. Nothing for other roles.
 */
export function OrganizationLanguageSelect() {
  const { t } = useTranslation();
  const notify = useNotify();
  const isAdmin = useUser().role === 'admin';
  const settings = useOrganizationSettings(isAdmin);
  const save = useSaveOrganizationSettings();
  if (!isAdmin) return null;
  return (
    <div>
      <Select
        label={t('organization.language')}
        description={t('organization.languageHint')}
        data={languages.map((value) => ({ value, label: t(`organization.languageName.${value}`) }))}
        value={settings.data?.locale ?? null}
        disabled={!settings.data || save.isPending}
        allowDeselect={false}
        w={280}
        onChange={(value) => {
          if (value !== 'en' && value !== 'sr') return;
          save.mutate(
            { locale: value },
            { onSuccess: () => notify({ color: 'green', message: t('organization.saved') }) },
          );
        }}
      />
      <ErrorAlert error={settings.error ?? save.error} />
    </div>
  );
}
