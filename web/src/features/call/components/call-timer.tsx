import { Badge, Group, Kbd, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DraftStore, useDraft } from '../hooks/call-draft.ts';
import { callSeconds, formatTimer } from '../utils/call-timer.ts';

/** mm:ss on the line; it alone ticks every second, the rest of the screen stays still. */
export function CallTimer({ store }: { store: DraftStore }) {
  const { t } = useTranslation();
  const dialedAt = useDraft(store, (draft) => draft.dialedAt);
  const hungUpAt = useDraft(store, (draft) => draft.hungUpAt);
  const running = dialedAt !== null && hungUpAt === null;
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (!running) return;
    setNow(new Date().toISOString());
    const timer = window.setInterval(() => setNow(new Date().toISOString()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  const seconds = callSeconds({ dialedAt, hungUpAt }, hungUpAt ?? now);
  return (
    <Group gap={6} wrap="nowrap" role="timer" aria-label={t('call.timer.label')}>
      <Text fz="lg" fw={700} ff="monospace" data-testid="call-timer">
        {dialedAt === null ? '--:--' : formatTimer(seconds)}
      </Text>
      <Badge variant="light" color={running ? 'green' : 'gray'} size="sm">
        {running
          ? t('call.timer.running')
          : dialedAt === null
            ? t('call.timer.idle')
            : t('call.timer.stopped')}
      </Badge>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">D</Kbd> {t('call.timer.dial')} · <Kbd size="xs">T</Kbd> {t('call.timer.toggle')}
      </Text>
    </Group>
  );
}
