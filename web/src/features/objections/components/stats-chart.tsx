import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatters } from '../../../lib/format.ts';
import type { StatsRow } from '../utils/stats-view.ts';

const series = [
  { key: 'raised', color: 'var(--mantine-color-orange-6)' },
  { key: 'appointments', color: 'var(--mantine-color-green-6)' },
] as const;

const axisTick = { fill: 'var(--mantine-color-text)', fontSize: 12 };

/** Objections compared at a glance; the table below holds the same numbers for screen readers. */
export function StatsChart({ rows }: { rows: StatsRow[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const height = Math.max(160, 56 + rows.length * 44);
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby="objection-chart-title">
      <Title order={2} size="h4" id="objection-chart-title" mb="xs" component="figcaption">
        {t('objectionLibrary.stats.chart')}
      </Title>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          {/* Hidden from assistive technology (the table holds the numbers), so not focusable either. */}
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
            accessibilityLayer={false}
            tabIndex={-1}
          >
            <CartesianGrid horizontal={false} stroke="var(--mantine-color-default-border)" />
            <XAxis
              type="number"
              allowDecimals={false}
              tick={axisTick}
              tickFormatter={(value: number) => format.number(value)}
            />
            <YAxis type="category" dataKey="title" width={180} tick={axisTick} />
            <Tooltip
              formatter={(value) => format.number(Number(value))}
              contentStyle={{
                background: 'var(--mantine-color-body)',
                borderColor: 'var(--mantine-color-default-border)',
              }}
            />
            <Legend
              formatter={(value: string) => (
                <span style={{ color: 'var(--mantine-color-text)' }}>{value}</span>
              )}
            />
            {series.map((serie) => (
              <Bar
                key={serie.key}
                dataKey={serie.key}
                name={t(`objectionLibrary.stats.${serie.key}`)}
                fill={serie.color}
                radius={[0, 3, 3, 0]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Paper>
  );
}
