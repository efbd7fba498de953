import {
  ActionIcon,
  Group,
  SegmentedControl,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, rememberLanguage } from '../i18n/i18n.ts';

/** The language switch and the dark-mode toggle, on every screen including the login. */
export function HeaderControls() {
  const { t, i18n } = useTranslation();
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
          rememberLanguage(value);
          void i18n.changeLanguage(value);
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
