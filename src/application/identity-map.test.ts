import { describe, expect, it } from 'vitest';
import { readOnce } from './identity-map.ts';

describe('readOnce', () => {
  it('reads each key once, also when asked again before the first read answered', async () => {
    const reads: number[] = [];
    const find = readOnce(async (id: number) => {
      reads.push(id);
      return { id };
    });
    const [a, b] = await Promise.all([find(1), find(1)]);
    await find(2);
    expect(await find(1)).toBe(a);
    expect(b).toBe(a);
    expect(reads).toEqual([1, 2]);
  });

  it('forgets a failed read, so the next call reads again', async () => {
    let calls = 0;
    const find = readOnce(async (_id: number) => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
      return 'ok';
    });
    await expect(find(1)).rejects.toThrow('connection lost');
    expect(await find(1)).toBe('ok');
    expect(calls).toBe(2);
  });
});
