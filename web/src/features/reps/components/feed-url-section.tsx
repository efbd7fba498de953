import { Alert, Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useCreateFeedToken } from '../api/create-feed-token.ts';

/**
 * The rep's secret calendar feed for Google Calendar or Outlook. The URL is shown once, right after
 * it is made: only its hash is kept, and a new one revokes the old.
 */
export function FeedUrlSection({ rep }: { rep: RepDto }) {
  const { t } = useTranslation();
  const feed = useCreateFeedToken();
  return (
    <Stack gap="xs" component="section" aria-labelledby="feed-title">
      <Title order={3} size="h5" id="feed-title">
        {t('reps.feed.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('reps.feed.help')}
      </Text>
      {feed.data ? (
        <Alert color="blue" variant="light" title={t('reps.feed.once')}>
          <Stack gap="xs">
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="feed-url">
              {feed.data.url}
            </Code>
            <CopyButton value={feed.data.url}>
              {({ copied, copy }) => (
                <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy} w="fit-content">
                  {copied ? t('reps.feed.copied') : t('reps.feed.copy')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      ) : (
        <Group>
          <Button size="xs" variant="default" loading={feed.isPending} onClick={() => feed.mutate(rep.id)}>
            {t('reps.feed.create')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={feed.error} />
    </Stack>
  );
}
