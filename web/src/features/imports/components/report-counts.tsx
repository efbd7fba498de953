import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobDto } from '../../../../../src/contracts/imports.ts';
import { useFormatters } from '../../../lib/format.ts';

const tiles = [
  { key: 'rows', color: 'gray' },
  { key: 'imported', color: 'green' },
  { key: 'updated', color: 'teal' },
  { key: 'duplicates', color: 'gray' },
  { key: 'invalid', color: 'red' },
  { key: 'dnc', color: 'orange' },
  { key: 'warnings', color: 'yellow' },
  { key: 'conflicts', color: 'yellow' },
] as const;

/** What a dry run only would have done: its tiles say "would be imported", never "imported". */
const wouldKeys = new Set<string>(['imported', 'updated']);

/** An import's numbers, one tile each, with the time it took. */
export function ReportCounts({ job }: { job: ImportJobDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  // Tenths of a second; the label agrees with the number shown ("0 seconds", "1.5 seconds").
  const seconds = job.seconds === null ? null : Math.round(job.seconds * 10) / 10;
  const all = [
    ...tiles.map((tile) => ({ ...tile, count: job.counts[tile.key] })),
    ...(seconds === null ? [] : [{ key: 'seconds', color: 'blue', count: seconds }]),
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="xs">
      {all.map((tile) => (
        <Paper
          key={tile.key}
          withBorder
          p="xs"
          data-testid={`import-${tile.key}`}
          style={{ borderLeft: `4px solid var(--mantine-color-${tile.color}-6)` }}
        >
          <Text fz={26} fw={700} lh={1.1}>
            {format.number(tile.count)}
          </Text>
          <Text size="sm">
            {t(`import.report.${job.dryRun && wouldKeys.has(tile.key) ? `${tile.key}Would` : tile.key}`, {
              count: tile.count,
            })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
