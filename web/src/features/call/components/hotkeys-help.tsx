import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { outcomes } from '../utils/outcomes.ts';

/** Every key of the call screen and what it does; `?` opens it. */
export const screenHotkeys: readonly { keys: string; labelKey: string }[] = [
  { keys: 'N', labelKey: 'call.help.next' },
  { keys: 'S', labelKey: 'call.help.skip' },
  { keys: 'C', labelKey: 'call.help.dial' },
  { keys: 'L', labelKey: 'call.help.focusLead' },
  { keys: 'R', labelKey: 'call.help.focusScript' },
  { keys: 'Q', labelKey: 'call.help.focusQualification' },
  { keys: 'O', labelKey: 'call.help.focusOutcomes' },
  { keys: '/', labelKey: 'call.help.searchScript' },
  { keys: 'Ctrl+Enter', labelKey: 'call.help.submit' },
  { keys: 'Esc', labelKey: 'call.help.escape' },
  { keys: '?', labelKey: 'call.help.help' },
];

export function HotkeysHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const rows = [
    ...screenHotkeys.map((hotkey) => ({ keys: hotkey.keys, label: t(hotkey.labelKey) })),
    ...outcomes.map((outcome) => ({
      keys: outcome.hotkey.toUpperCase(),
      label: t('call.help.outcome', { outcome: t(`disposition.${outcome.disposition}`) }),
    })),
  ];
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('call.help.title')}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Table striped withRowBorders={false} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('call.help.key')}</Table.Th>
            <Table.Th scope="col">{t('call.help.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.keys}>
              <Table.Td>
                <Kbd>{row.keys}</Kbd>
              </Table.Td>
              <Table.Td>{row.label}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <p>{t('call.help.fieldNote')}</p>
    </Modal>
  );
}
