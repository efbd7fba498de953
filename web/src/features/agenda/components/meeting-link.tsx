import { Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { joinUrl } from '../utils/needs-outcome.ts';

/**
 * Where the meeting happens: a video link as a "Join" button that opens the meeting in a new
 * tab, any other location as text.
 */
export function MeetingLink({
  location,
  variant = 'button',
}: {
  location: string | null;
  variant?: 'button' | 'link';
}) {
  const { t } = useTranslation();
  const url = joinUrl(location);
  if (!location) return null;
  if (!url) return <>{location}</>;
  if (variant === 'link') {
    return (
      <Anchor href={url} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
        {url}
      </Anchor>
    );
  }
  return (
    <Button
      component="a"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      size="sm"
      data-testid="join-meeting"
    >
      {t('agenda.join')}
    </Button>
  );
}
