import { Divider, Drawer, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { DateOverridesSection } from './date-overrides-section.tsx';
import { FeedUrlSection } from './feed-url-section.tsx';
import { RepForm } from './rep-form.tsx';
import { TimeOffSection } from './time-off-section.tsx';

interface RepDrawerProps {
  clientId: number;
  /** null: a new rep. */
  rep: RepDto | null;
  opened: boolean;
  onClose: () => void;
  onCreated: (rep: RepDto) => void;
}

/** One rep: fields and weekly hours saved together; time off, date overrides and the feed act at once. */
export function RepDrawer({ clientId, rep, opened, onClose, onCreated }: RepDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={rep ? t('reps.form.editTitle', { name: rep.name }) : t('reps.form.newTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        {/* A new key per rep: the form starts from that rep's saved values. */}
        <RepForm key={rep?.id ?? 'new'} clientId={clientId} rep={rep} onCreated={onCreated} />
        {rep && (
          <Stack key={rep.id} gap="lg">
            <Divider />
            <TimeOffSection rep={rep} />
            <Divider />
            <DateOverridesSection rep={rep} />
            <Divider />
            <FeedUrlSection rep={rep} />
          </Stack>
        )}
      </Stack>
    </Drawer>
  );
}
