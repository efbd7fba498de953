import { useMediaQuery } from '@mantine/hooks';
import { useSearchParams } from 'react-router-dom';
import { Temporal } from 'temporal-polyfill';
import { type AgendaView, agendaViews, type GridView, shiftAnchor } from '../utils/calendar-grid.ts';

export interface AgendaViewState {
  view: AgendaView;
  /** The date the calendar is on, in the calendar's zone. */
  anchor: Temporal.PlainDate;
  today: Temporal.PlainDate;
  setView: (view: AgendaView) => void;
  goToday: () => void;
  step: (direction: 1 | -1) => void;
}

const isView = (value: string | null): value is AgendaView =>
  (agendaViews as readonly (string | null)[]).includes(value);

function parseDate(value: string | null): Temporal.PlainDate | null {
  if (!value) return null;
  try {
    return Temporal.PlainDate.from(value);
  } catch {
    return null;
  }
}

/**
 * View and date live in the address (?view=week&date=2026-11-23): back from an appointment lands
 * on the same week, and a link to a day can be shared. Small screens start on the list.
 */
export function useAgendaView(timeZone: string): AgendaViewState {
  const [params, setParams] = useSearchParams();
  const small = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const today = Temporal.Now.plainDateISO(timeZone);
  const requested = params.get('view');
  const view: AgendaView = isView(requested) ? requested : small ? 'list' : 'week';
  const anchor = parseDate(params.get('date')) ?? today;
  const update = (next: { view?: AgendaView; date?: Temporal.PlainDate }) =>
    setParams(
      (current) => {
        const merged = new URLSearchParams(current);
        merged.set('view', next.view ?? view);
        merged.set('date', (next.date ?? anchor).toString());
        return merged;
      },
      { replace: true },
    );
  const gridView: GridView = view === 'day' ? 'day' : 'week';
  return {
    view,
    anchor,
    today,
    setView: (next) => update({ view: next }),
    goToday: () => update({ date: today }),
    step: (direction) => update({ date: shiftAnchor(anchor, gridView, direction) }),
  };
}
