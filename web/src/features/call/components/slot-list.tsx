import { Box, Button } from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlotsResponse } from '../../../../../src/contracts/appointments.ts';
import { useFormatters } from '../../../lib/format.ts';

type Slot = SlotsResponse['slots'][number];

interface SlotListProps {
  /** One day's slots, first first. */
  slots: Slot[];
  leadTimeZone: string;
  userTimeZone: string;
  selected: string | null;
  onSelect: (slot: Slot) => void;
  /** PageDown / ] asks for the next day with times (1), PageUp / [ for the previous one (−1). */
  onJumpDay: (step: 1 | -1) => void;
  /** A new value moves the keyboard to the first slot (the day changed by key). */
  focusRequest: number;
  label: string;
}

const dayKeys: Record<string, 1 | -1> = { PageDown: 1, ']': 1, PageUp: -1, '[': -1 };

/** How many slots sit in the grid's first row. */
const columnCount = (buttons: HTMLElement[]): number => {
  const top = buttons[0]?.offsetTop;
  const inFirstRow = buttons.filter((button) => button.offsetTop === top).length;
  return Math.max(1, inFirstRow);
};

/**
 * One day's open slots, each naming both clocks when they differ. A single tab stop: arrow keys
 * move between the slots, Enter picks, PageUp/PageDown (or [ and ]) change the day.
 */
export function SlotList(props: SlotListProps) {
  const { slots, leadTimeZone, userTimeZone, selected, onSelect, onJumpDay, focusRequest } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const grid = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest > 0) grid.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const jump = dayKeys[event.key];
    if (jump !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      onJumpDay(jump);
      return;
    }
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const buttons = [...(grid.current?.querySelectorAll<HTMLElement>('[data-testid="slot"]') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLElement);
    // Up and down keep the column: the columns follow the panel's width.
    const columns = event.key === 'ArrowDown' || event.key === 'ArrowUp' ? columnCount(buttons) : 1;
    const next = buttons[Math.min(buttons.length - 1, Math.max(0, current + step * columns))];
    if (next) {
      for (const button of buttons) button.tabIndex = button === next ? 0 : -1;
      next.focus();
    }
  };

  const focusable =
    selected !== null && slots.some((s) => s.startsAt === selected) ? selected : slots[0]?.startsAt;
  return (
    <Box
      ref={grid}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(12.5rem, 1fr))', gap: 6 }}
      role="group"
      aria-label={props.label}
      onKeyDown={onKeyDown}
      data-testid="slot-list"
    >
      {slots.map((slot) => {
        const isSelected = selected === slot.startsAt;
        const mine = format.time(slot.startsAt, userTimeZone);
        const lead = format.time(slot.startsAt, leadTimeZone);
        return (
          <Button
            key={slot.startsAt}
            size="compact-sm"
            fz="xs"
            variant={isSelected ? 'filled' : 'default'}
            aria-pressed={isSelected}
            tabIndex={slot.startsAt === focusable ? 0 : -1}
            onClick={() => onSelect(slot)}
            data-testid="slot"
            data-starts-at={slot.startsAt}
          >
            {mine === lead ? mine : t('call.booking.slotLabel', { mine, lead })}
          </Button>
        );
      })}
    </Box>
  );
}
