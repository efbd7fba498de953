import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowErrorDto } from '../../../../../src/contracts/imports.ts';
import { useFormatters } from '../../../lib/format.ts';
import { problemText } from '../utils/problem-text.ts';

/** The first refused rows with their reasons; the CSV download holds them all. */
interface RowErrorsTableProps {
  errors: RowErrorDto[];
  /** How many rows were refused in all. */
  total: number;
  /** The caption; `${captionKey}Partial` when only the first rows are shown, with `shown` and `total`. */
  captionKey: string;
}

export function RowErrorsTable({ errors, total, captionKey }: RowErrorsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (errors.length === 0) return null;
  return (
    <Table.ScrollContainer
      minWidth={480}
      maxHeight={320}
      // A region that scrolls is reachable by keyboard (arrows scroll it once focused).
      scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': t(captionKey) } }}
    >
      <Table striped withTableBorder captionSide="top" data-testid="import-errors">
        <Table.Caption>
          <Text size="sm" span>
            {t(total > errors.length ? `${captionKey}Partial` : captionKey, {
              shown: errors.length,
              total: Math.max(total, errors.length),
            })}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.report.row')}</Table.Th>
            <Table.Th scope="col">{t('import.report.field')}</Table.Th>
            <Table.Th scope="col">{t('import.report.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error) => (
            <Table.Tr key={`${error.rowNumber}-${error.field}-${error.reason}`}>
              <Table.Td>{error.rowNumber}</Table.Td>
              <Table.Td>{t(`import.field.${error.field}`, { defaultValue: error.field })}</Table.Td>
              <Table.Td>{problemText(t, format.locale, error)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
