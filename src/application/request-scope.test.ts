import { describe, expect, it } from 'vitest';
import type { StoredPresence } from '../core/agent-states/change-agent-state.ts';
import { presenceOnce } from './request-scope.ts';

const empty: StoredPresence = {
  presence: { current: null, lastSeenAt: null, stopAfter: null },
  version: null,
};
const limits = { wrapUpSeconds: 60, idleTimeoutSeconds: 120 };

function storage() {
  const reads: string[] = [];
  let version: number | null = null;
  let saves = 0;
  return {
    reads,
    bumpElsewhere: () => {
      version = (version ?? 0) + 1;
    },
    ports: {
      async limits(organizationId: number) {
        reads.push(`limits ${organizationId}`);
        return limits;
      },
      async findPresence(userId: number) {
        reads.push(`presence ${userId}`);
        return { ...empty, version };
      },
      async findPresenceWithLimits(userId: number, organizationId: number) {
        reads.push(`both ${userId} ${organizationId}`);
        return { stored: { ...empty, version }, limits };
      },
      async savePresence(_org: number, _user: number, before: StoredPresence) {
        saves += 1;
        if (before.version !== version) return false;
        version = (version ?? 0) + 1;
        return true;
      },
      saves: () => saves,
    },
  };
}

describe('presenceOnce', () => {
  it("reads the request's own agent's presence and limits in one read, then remembers what it wrote", async () => {
    const { reads, ports } = storage();
    const scoped = presenceOnce(ports, { userId: 7, organizationId: 1 });
    expect(await scoped.limits(1)).toEqual(limits);
    const before = await scoped.findPresence(7);
    expect(await scoped.savePresence(1, 7, before, { presence: empty.presence, closed: [] })).toBe(true);
    expect((await scoped.findPresence(7)).version).toBe(1);
    expect(reads).toEqual(['both 7 1']);
  });

  it('a write another node made first fails the version check, and the next read goes to storage', async () => {
    const { reads, ports, bumpElsewhere } = storage();
    const scoped = presenceOnce(ports, { userId: 7, organizationId: 1 });
    const before = await scoped.findPresence(7);
    bumpElsewhere();
    expect(await scoped.savePresence(1, 7, before, { presence: empty.presence, closed: [] })).toBe(false);
    expect((await scoped.findPresence(7)).version).toBe(1);
    expect(reads).toEqual(['both 7 1', 'presence 7']);
  });

  it("other users' presence and other organizations' limits are read apart, each once", async () => {
    const { reads, ports } = storage();
    const scoped = presenceOnce(ports, { userId: 7, organizationId: 1 });
    await scoped.findPresence(8);
    await scoped.findPresence(8);
    await scoped.limits(2);
    await scoped.limits(2);
    expect(reads).toEqual(['presence 8', 'limits 2']);
  });
});
