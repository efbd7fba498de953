import {
  ActionIcon,
  Group,
  SegmentedControl,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type SessionState, sessionQueryKey } from '../features/auth/api/get-session.ts';
import { chooseLanguage } from '../features/auth/utils/language-preference.ts';
import { isLanguage } from '../i18n/i18n.ts';

/** The language switch and the dark-mode toggle, on every screen including the login. */
export function HeaderControls() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const isDark = computed === 'dark';
  return (
    <Group gap="xs" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label={t('header.language')}
        value={i18n.resolvedLanguage ?? 'en'}
        onChange={(value) => {
          if (!isLanguage(value)) return;
          const session = queryClient.getQueryData<SessionState>(sessionQueryKey);
          chooseLanguage(i18n, value, session?.status === 'signed-in');
        }}
        data={[
          { value: 'en', label: 'EN' },
          { value: 'sr', label: 'СР' },
        ]}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={isDark ? t('header.lightMode') : t('header.darkMode')}
        title={isDark ? t('header.lightMode') : t('header.darkMode')}
        onClick={() => setColorScheme(isDark ? 'light' : 'dark')}
      >
        <span aria-hidden="true">{isDark ? '☀' : '☾'}</span>
      </ActionIcon>
    </Group>
  );
}
