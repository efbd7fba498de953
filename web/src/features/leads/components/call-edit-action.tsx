import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../../src/contracts/auth.ts';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';
import { useFormatters } from '../../../lib/format.ts';
import { EditCallDialog } from './edit-call-dialog.tsx';

/** A setter edits their own calls for 24 hours (the server holds the rule; this only hides the button). */
const setterEditHours = 24;

interface CallEditActionProps {
  item: TimelineItemDto;
  leadId: number;
  clientId: number;
  user: Me;
  /** Who made each call of the lead, by the call's id. */
  setterOf: ReadonlyMap<number, number>;
}

/** "Edit" on a call of the lead's timeline, for whoever may correct it; opens the edit dialog. */
export function CallEditAction({ item, leadId, clientId, user, setterOf }: CallEditActionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [open, setOpen] = useState(false);
  if (item.kind !== 'attempt' || item.data.disposition === 'appointment_set') return null;
  const attemptId = Number(item.data.attemptId);
  const manages = user.role === 'manager' || user.role === 'admin';
  const own =
    user.role === 'setter' &&
    setterOf.get(attemptId) === user.id &&
    Date.now() - Date.parse(item.at) <= setterEditHours * 3600_000;
  if (!manages && !own) return null;
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => setOpen(true)}
        aria-label={t('corrections.edit.actionLabel', { time: format.dateTime(item.at, user.timeZone) })}
      >
        {t('corrections.edit.action')}
      </Button>
      {open && (
        <EditCallDialog
          leadId={leadId}
          clientId={clientId}
          item={item}
          timeZone={user.timeZone}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
