import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import type { Role } from '../leads/lead.ts';
import { addLeadNote, type LeadTimelinePort, readLeadTimeline } from './lead-timeline.ts';
import { at, sources } from './timeline.test-support.ts';

const now = at('2026-06-10T16:00:00Z');

const actor = (role: Role, clientIds: number[] = [1]): Actor => ({
  userId: 5,
  organizationId: 1,
  role,
  name: 'Sam Setter',
  email: 'sam@example.test',
  timeZone: 'America/New_York',
  locale: 'en',
  clientIds,
});

/** Lead 7 of client 1; notes are kept in memory. */
function memoryPort() {
  const notes: { leadId: number; text: string }[] = [];
  const port: LeadTimelinePort = {
    leadClientId: async (leadId) => (leadId === 7 ? 1 : undefined),
    sources: async (leadId) => (leadId === 7 ? sources() : undefined),
    insertNote: async (note) => notes.push(note),
  };
  return { port, notes };
}

describe('lead timeline use cases', () => {
  it.each([
    ['a missing lead', 'setter' as const, [1], 8, 'NOT_FOUND'],
    ['another client’s lead answers like a missing one', 'setter' as const, [2], 7, 'NOT_FOUND'],
  ])('reading %s: %s', async (_title, role, clients, leadId, code) => {
    await expect(readLeadTimeline(memoryPort().port, actor(role, clients), leadId)).rejects.toMatchObject({
      code,
    });
  });

  it.each([
    ['a rep may not write notes', actor('rep'), 7, 'Hi', 'FORBIDDEN'],
    ['another client’s lead is not found', actor('setter', [2]), 7, 'Hi', 'NOT_FOUND'],
    ['a blank note is refused', actor('manager'), 7, '   ', 'VALIDATION'],
    ['a note over 5,000 characters is refused', actor('admin'), 7, 'x'.repeat(5001), 'VALIDATION'],
  ])('%s', async (_title, who, leadId, text, code) => {
    const { port, notes } = memoryPort();
    await expect(addLeadNote(port, who, leadId, text, now)).rejects.toMatchObject({ code });
    expect(notes).toEqual([]);
  });

  it('a note is stored trimmed and comes back as its timeline item, by the author, now', async () => {
    const { port, notes } = memoryPort();
    const item = await addLeadNote(port, actor('setter'), 7, '  Call after 5  ', now);
    expect(notes).toMatchObject([{ leadId: 7, clientId: 1, authorUserId: 5, text: 'Call after 5' }]);
    expect(item).toMatchObject({
      id: 'note:1',
      kind: 'note',
      actorName: 'Sam Setter',
      detail: 'Call after 5',
      at: now,
    });
    expect((await readLeadTimeline(port, actor('setter'), 7)).map((i) => i.kind)).toEqual(['created']);
  });
});
