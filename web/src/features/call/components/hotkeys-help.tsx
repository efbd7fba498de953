import { Kbd, Modal, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { clientOutcomesQueryOptions } from '../api/get-outcomes.ts';
import { pickableOutcomes } from '../utils/call-results.ts';
import {
  type HotkeyDefinition,
  type HotkeyGroup,
  hotkeyGroups,
  leadHotkeys,
  outcomeHotkeys,
  resultHotkeys,
  screenHotkeys,
} from '../utils/hotkey-table.ts';

interface HotkeysHelpProps {
  opened: boolean;
  onClose: () => void;
  /** The client on screen: its outcomes are listed by name (from the shift's cache). */
  clientId: number | null;
}

/** Every key of the call screen, from the very table the key handlers use; `?` opens it. */
export function HotkeysHelp({ opened, onClose, clientId }: HotkeysHelpProps) {
  const { t } = useTranslation();
  const outcomes = useQuery({
    ...clientOutcomesQueryOptions(clientId ?? 0),
    enabled: opened && clientId !== null,
  });
  const labels = outcomes.data
    ? pickableOutcomes(outcomes.data.outcomes).map((outcome) => outcome.label)
    : [];
  const rows: readonly HotkeyDefinition[] = [
    ...screenHotkeys,
    ...leadHotkeys,
    ...resultHotkeys,
    ...outcomeHotkeys(labels),
  ];
  const label = (definition: HotkeyDefinition) =>
    'text' in definition.label ? definition.label.text : t(definition.label.key);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('call.help.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {hotkeyGroups.map((group: HotkeyGroup) => {
        const inGroup = rows.filter((row) => row.group === group);
        return (
          <section key={group} aria-labelledby={`hotkeys-${group}`}>
            <Text fw={600} size="sm" mt="sm" id={`hotkeys-${group}`}>
              {t(`call.help.group.${group}`)}
            </Text>
            {inGroup.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('call.help.outcomesUnknown')}
              </Text>
            ) : (
              <Table striped withRowBorders={false} verticalSpacing={2} data-testid={`hotkeys-${group}`}>
                <Table.Thead className="visually-hidden">
                  <Table.Tr>
                    <Table.Th scope="col">{t('call.help.key')}</Table.Th>
                    <Table.Th scope="col">{t('call.help.action')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {inGroup.map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Td w={110}>
                        <Kbd>{row.keys}</Kbd>
                      </Table.Td>
                      <Table.Td>{label(row)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </section>
        );
      })}
      <Text size="sm" mt="sm">
        {t('call.help.fieldNote')}
      </Text>
    </Modal>
  );
}
