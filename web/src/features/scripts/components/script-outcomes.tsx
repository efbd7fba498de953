import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useScriptOutcomes } from '../api/get-script-history.ts';

/** Calls by version (and setters' approved variants): which wording reaches, qualifies and books. */
export function ScriptOutcomes({ scriptId }: { scriptId: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const outcomes = useScriptOutcomes(scriptId);
  const rate = (part: number, whole: number) => (whole === 0 ? '—' : format.percent(part / whole));
  const items = outcomes.data?.items ?? [];
  return (
    <Paper withBorder>
      <ErrorAlert error={outcomes.error} />
      {items.length === 0 ? (
        <Text p="md" c="dimmed">
          {outcomes.isPending ? t('common.loading') : t('scripts.outcomes.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <caption className="visually-hidden">{t('scripts.outcomes.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('scripts.outcomes.version')}</Table.Th>
                <Table.Th scope="col">{t('scripts.outcomes.wording')}</Table.Th>
                {(['calls', 'contacts', 'contactRate', 'qualified', 'appointments', 'setRate'] as const).map(
                  (key) => (
                    <Table.Th key={key} scope="col" ta="right">
                      {t(`scripts.outcomes.${key}`)}
                    </Table.Th>
                  ),
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={`${item.version}-${item.variantId ?? 'company'}`} data-testid="script-outcome">
                  <Table.Th scope="row">{t('scripts.history.versionN', { n: item.version })}</Table.Th>
                  <Table.Td>
                    {item.variantId === null
                      ? t('scripts.outcomes.company')
                      : t('scripts.outcomes.variantOf', { name: item.variantOwner ?? '' })}
                  </Table.Td>
                  <Table.Td ta="right">{format.number(item.calls)}</Table.Td>
                  <Table.Td ta="right">{format.number(item.contacts)}</Table.Td>
                  <Table.Td ta="right">{rate(item.contacts, item.calls)}</Table.Td>
                  <Table.Td ta="right">{format.number(item.qualified)}</Table.Td>
                  <Table.Td ta="right">{format.number(item.appointments)}</Table.Td>
                  <Table.Td ta="right">{rate(item.appointments, item.contacts)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
