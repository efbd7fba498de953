import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TodayStats } from '../../../../../src/contracts/stats.ts';
import { useFormatters } from '../../../lib/format.ts';

const series = [
  { key: 'attempts', color: 'var(--mantine-color-blue-6)' },
  { key: 'contacts', color: 'var(--mantine-color-cyan-6)' },
  { key: 'appointmentsSet', color: 'var(--mantine-color-green-6)' },
] as const;

/** Setters compared at a glance; the same numbers are in the table above, for screen readers too. */
export function SetterBars({ setters }: { setters: TodayStats['setters'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const max = Math.max(1, ...setters.map((setter) => setter.attempts));
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby="bars-title">
      <Title order={2} size="h4" id="bars-title" mb="xs" component="figcaption">
        {t('dashboard.chart')}
      </Title>
      <Group gap="md" mb="xs" aria-hidden="true">
        {series.map((serie) => (
          <Group key={serie.key} gap={4}>
            <Box w={12} h={12} bg={serie.color} bdrs="xs" />
            <Text size="xs">{t(`dashboard.columns.${serie.key}`)}</Text>
          </Group>
        ))}
      </Group>
      <Stack gap="xs" aria-hidden="true">
        {setters.map((setter) => (
          <Group key={setter.setterId} gap="sm" wrap="nowrap">
            <Text size="sm" w={140} truncate>
              {setter.setterName}
            </Text>
            <Stack gap={2} style={{ flex: 1 }}>
              {series.map((serie) => (
                <Group key={serie.key} gap={6} wrap="nowrap">
                  <Box h={8} bg={serie.color} bdrs="xs" w={`${(setter[serie.key] / max) * 100}%`} miw={2} />
                  <Text size="xs">{format.number(setter[serie.key])}</Text>
                </Group>
              ))}
            </Stack>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
