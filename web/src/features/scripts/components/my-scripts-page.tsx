import { Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ScriptVariantDto } from '../../../../../src/contracts/scripts.ts';
import { openVariantStatuses, variantInUseStatuses } from '../../../../../src/core/scripts/variant-rules.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { paths } from '../../../config/paths.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useScripts } from '../api/get-scripts.ts';
import { useVariants } from '../api/variants.ts';
import { VariantStatusBadge } from './variant-status-badge.tsx';

/** A setter's own wording of each personalizable script of their clients, and where its review stands. */
export function MyScriptsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const scripts = useScripts(null);
  const mine = useVariants({});
  const clientName = new Map(user.clients.map((client) => [client.id, client.name]));
  const rows = (scripts.data ?? []).filter((script) => script.mode === 'personalizable');
  const variantsOf = (scriptId: number) => (mine.data ?? []).filter((v) => v.scriptId === scriptId);
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('scripts.mine.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('scripts.mine.intro')}
        </Text>
      </div>
      <ErrorAlert error={scripts.error ?? mine.error} />
      <Paper withBorder>
        {rows.length === 0 ? (
          <Text p="md" c="dimmed">
            {scripts.isPending ? t('common.loading') : t('scripts.mine.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('scripts.name')}</Table.Th>
                  <Table.Th scope="col">{t('common.client')}</Table.Th>
                  <Table.Th scope="col">{t('scripts.mine.yourVersion')}</Table.Th>
                  <Table.Th scope="col">{t('scripts.mine.onCalls')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('scripts.mine.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((script) => (
                  <MyScriptRow
                    key={script.id}
                    scriptId={script.id}
                    name={script.name}
                    client={clientName.get(script.clientId) ?? ''}
                    variants={variantsOf(script.id)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}

interface MyScriptRowProps {
  scriptId: number;
  name: string;
  client: string;
  variants: readonly ScriptVariantDto[];
}

function MyScriptRow({ scriptId, name, client, variants }: MyScriptRowProps) {
  const { t } = useTranslation();
  const open = variants.find((v) => openVariantStatuses.includes(v.status));
  const approved = variants.find((v) => variantInUseStatuses.includes(v.status));
  const shown = open ?? approved;
  return (
    <Table.Tr data-testid="my-script" data-script-id={scriptId}>
      <Table.Th scope="row">
        <Anchor component={Link} to={paths.myScript.getHref(scriptId)} fw={600}>
          {name}
        </Anchor>
      </Table.Th>
      <Table.Td>{client}</Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <VariantStatusBadge status={shown?.status ?? null} outdated={shown?.outdated ?? false} />
          {open?.status === 'rejected' && open.reviewComment && (
            <Text size="xs" data-testid="review-comment">
              {t('scripts.review.reviewComment', {
                name: open.reviewedByName ?? '',
                comment: open.reviewComment,
              })}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm" data-testid="in-use">
          {approved ? t('scripts.mine.inUseMine') : t('scripts.mine.inUseCompany')}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Button
          component={Link}
          to={paths.myScript.getHref(scriptId)}
          size="compact-sm"
          variant="default"
          aria-label={t(shown ? 'scripts.mine.editNamed' : 'scripts.mine.writeNamed', { name })}
        >
          {shown ? t('scripts.mine.edit') : t('scripts.mine.write')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
