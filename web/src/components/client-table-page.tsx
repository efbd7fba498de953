import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert.tsx';

interface ClientTablePageProps {
  title: string;
  intro?: string;
  maxWidth: number;
  /** The client select and buttons beside the title. */
  actions: ReactNode;
  /** Shown between the heading and the table, e.g. a standing notice. */
  notice?: ReactNode;
  error: unknown;
  loading: boolean;
  empty: string;
  rowCount: number;
  tableMinWidth: number;
  /** The header row cells. */
  head: ReactNode;
  /** The body rows. */
  rows: ReactNode;
  /** Drawers and modals that belong to the page. */
  children?: ReactNode;
}

/**
 * The page each list of records shares: an h1 with its intro and actions, the load error, and a
 * striped table that says "loading" or the empty text instead while there is no row.
 */
export function ClientTablePage(props: ClientTablePageProps) {
  const { t } = useTranslation();
  const heading = (
    <Title order={1} size="h2">
      {props.title}
    </Title>
  );
  return (
    <Stack gap="md" maw={props.maxWidth} mx="auto">
      <Group justify="space-between" align={props.intro === undefined ? undefined : 'flex-end'}>
        {props.intro === undefined ? (
          heading
        ) : (
          <div>
            {heading}
            <Text c="dimmed" size="sm">
              {props.intro}
            </Text>
          </div>
        )}
        {props.actions}
      </Group>
      {props.notice}
      <ErrorAlert error={props.error} />
      <Paper withBorder>
        {props.rowCount === 0 ? (
          <Text p="md" c="dimmed">
            {props.loading ? t('common.loading') : props.empty}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={props.tableMinWidth}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>{props.head}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>{props.rows}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {props.children}
    </Stack>
  );
}
