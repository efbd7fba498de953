import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScriptDetailDto } from '../../../../../src/contracts/scripts.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useScriptDiff } from '../api/get-script-history.ts';
import { ScriptDiffView } from './script-diff-view.tsx';

/** Every version of a script, and what changed between any two of them. */
export function VersionHistory({ script }: { script: ScriptDetailDto }) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const [from, setFrom] = useState<number | null>(script.version > 1 ? script.version - 1 : null);
  const [to, setTo] = useState<number | null>(script.version > 1 ? script.version : null);
  const diff = useScriptDiff(script.id, from, to);
  const choices = script.versions.map((v) => ({
    value: String(v.version),
    label: t('scripts.history.versionN', { n: v.version }),
  }));
  return (
    <Stack gap="md">
      <Paper withBorder>
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('scripts.history.version')}</Table.Th>
                <Table.Th scope="col">{t('scripts.history.note')}</Table.Th>
                <Table.Th scope="col">{t('scripts.history.by')}</Table.Th>
                <Table.Th scope="col">{t('scripts.history.at')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {script.versions.map((v) => (
                <Table.Tr key={v.version} data-testid="script-version">
                  <Table.Th scope="row">
                    {t('scripts.history.versionN', { n: v.version })}
                    {v.version === script.version ? ` · ${t('scripts.history.current')}` : ''}
                  </Table.Th>
                  <Table.Td>{v.note ?? '—'}</Table.Td>
                  <Table.Td>{v.createdByName ?? '—'}</Table.Td>
                  <Table.Td>{format.dateTime(v.createdAt, user.timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-labelledby="compare-title">
        <Title order={2} size="h4" id="compare-title" mb="xs">
          {t('scripts.history.compare')}
        </Title>
        {script.versions.length < 2 ? (
          <Text c="dimmed">{t('scripts.history.onlyOne')}</Text>
        ) : (
          <Stack gap="sm">
            <Group>
              <Select
                label={t('scripts.history.from')}
                data={choices}
                value={from === null ? null : String(from)}
                onChange={(value) => setFrom(value ? Number(value) : null)}
                allowDeselect={false}
                w={180}
              />
              <Select
                label={t('scripts.history.to')}
                data={choices}
                value={to === null ? null : String(to)}
                onChange={(value) => setTo(value ? Number(value) : null)}
                allowDeselect={false}
                w={180}
              />
            </Group>
            <ErrorAlert error={diff.error} />
            {diff.data && <ScriptDiffView sections={diff.data.sections} />}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
