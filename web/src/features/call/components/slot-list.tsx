import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlotsResponse } from '../../../../../src/contracts/appointments.ts';
import { useFormatters } from '../../../lib/format.ts';

type Slot = SlotsResponse['slots'][number];

interface SlotListProps {
  slots: Slot[];
  leadTimeZone: string;
  userTimeZone: string;
  selected: string | null;
  onSelect: (slot: Slot) => void;
  /** The first slot takes the keyboard when the list appears. */
  autoFocusFirst?: boolean;
}

const focusFirstSlot = (node: HTMLElement | null) => node?.querySelector<HTMLElement>('button')?.focus();

/** Open slots grouped by the lead's calendar day; each names both clocks, labelled. */
export function SlotList(props: SlotListProps) {
  const { slots, leadTimeZone, userTimeZone, selected, onSelect } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = format.longDay(slot.startsAt, leadTimeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return (
    <Stack gap="sm" ref={props.autoFocusFirst ? focusFirstSlot : undefined}>
      {[...days.entries()].map(([day, daySlots]) => (
        <section key={day} aria-label={day}>
          <Title order={3} size="h6" mb={4}>
            {day}{' '}
            <Text span size="xs" c="dimmed">
              {t('call.booking.leadDay')}
            </Text>
          </Title>
          <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
            {daySlots.map((slot) => {
              const isSelected = selected === slot.startsAt;
              return (
                <Button
                  key={slot.startsAt}
                  size="compact-sm"
                  fz="xs"
                  variant={isSelected ? 'filled' : 'default'}
                  aria-pressed={isSelected}
                  onClick={() => onSelect(slot)}
                  data-testid="slot"
                >
                  {t('call.booking.slotLabel', {
                    mine: format.time(slot.startsAt, userTimeZone),
                    lead: format.time(slot.startsAt, leadTimeZone),
                  })}
                </Button>
              );
            })}
          </SimpleGrid>
        </section>
      ))}
    </Stack>
  );
}
