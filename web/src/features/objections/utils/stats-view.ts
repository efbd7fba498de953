import { Temporal } from 'temporal-polyfill';
import type { ObjectionDto, ObjectionStatsDto } from '../../../../../src/contracts/objections.ts';

/** The last `days` calendar days up to and including `today`. */
export function lastDays(today: string, days: number): { from: string; to: string } {
  const end = Temporal.PlainDate.from(today);
  return { from: end.subtract({ days: days - 1 }).toString(), to: end.toString() };
}

/** Both ends are dates and the period does not end before it starts. */
export function isPeriod(period: { from: string; to: string }): boolean {
  try {
    return (
      Temporal.PlainDate.compare(Temporal.PlainDate.from(period.from), Temporal.PlainDate.from(period.to)) <=
      0
    );
  } catch {
    return false;
  }
}

export interface StatsRow {
  objectionId: number;
  title: string;
  raised: number;
  appointments: number;
  responses: { responseId: string | null; text: string | null; used: number; appointments: number }[];
}

/**
 * The stats in the order a manager reads them, most raised first, each response named by its
 * current text from the library (null when the response was removed since, or none was used).
 */
export function statsRows(
  stats: Pick<ObjectionStatsDto, 'items'>,
  library: readonly ObjectionDto[],
): StatsRow[] {
  const byId = new Map(library.map((objection) => [objection.id, objection]));
  return [...stats.items]
    .sort((a, b) => b.raised - a.raised || a.title.localeCompare(b.title))
    .map((item) => {
      const responses = byId.get(item.objectionId)?.responses ?? [];
      return {
        ...item,
        responses: [...item.responses]
          .sort((a, b) => b.used - a.used)
          .map((response) => ({
            ...response,
            text: responses.find((known) => known.id === response.responseId)?.text ?? null,
          })),
      };
    });
}

/** Share of `part` in `whole`, 0 when there is no whole. */
export const rate = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
