import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TodayStats } from '../../../../../src/contracts/stats.ts';
import { useFormatters } from '../../../lib/format.ts';

const series = [
  { key: 'attempts', color: 'var(--mantine-color-blue-6)' },
  { key: 'contacts', color: 'var(--mantine-color-cyan-6)' },
  { key: 'appointmentsSet', color: 'var(--mantine-color-green-6)' },
] as const;

const axisTick = { fill: 'var(--mantine-color-text)', fontSize: 12 };

/** Setters compared at a glance; the same numbers are in the table above, for screen readers too. */
export function SetterBars({ setters }: { setters: TodayStats['setters'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const height = Math.max(160, 56 + setters.length * 44);
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby="bars-title">
      <Title order={2} size="h4" id="bars-title" mb="xs" component="figcaption">
        {t('dashboard.chart')}
      </Title>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          {/* Hidden from screen readers (the table has the numbers): not a keyboard stop either. */}
          <BarChart
            accessibilityLayer={false}
            data={setters}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          >
            <CartesianGrid horizontal={false} stroke="var(--mantine-color-default-border)" />
            <XAxis
              type="number"
              allowDecimals={false}
              tick={axisTick}
              tickFormatter={(value: number) => format.number(value)}
            />
            <YAxis type="category" dataKey="setterName" width={140} tick={axisTick} />
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
                name={t(`dashboard.columns.${serie.key}`)}
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
