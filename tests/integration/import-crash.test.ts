import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { demoClient } from './support/demo-data.ts';
import { createTestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

const rowCount = 40_000;

/** Rows with distinct valid New York numbers, a few of them repeated, a few invalid. */
function bigCsv(): string {
  const lines = ['Name,Phone,Zip'];
  for (let i = 0; i < rowCount; i++) {
    const phone =
      i % 50 === 49
        ? '12345'
        : `(646) ${200 + Math.floor(i / 10_000)}-${String(i % 10_000).padStart(4, '0')}`;
    lines.push(`Person ${i},${i % 97 === 96 ? '(646) 200-0001' : phone},10001`);
  }
  return `${lines.join('\n')}\n`;
}

for (const dialect of dialects) {
  describe(dialect, () => {
    it('an import killed mid-way leaves a hidden list that resumes exactly: no lost row, no duplicate', async () => {
      const t = await createTestApp(dialect, { leadsPerClient: 10 });
      try {
        const sunpeak = await demoClient(t, 'sunpeak-solar');
        const dir = await mkdtemp(join(tmpdir(), 'setterdesk-crash-'));
        const file = join(dir, 'big.csv');
        await writeFile(file, bigCsv());
        const db = t.deps.database.db;
        const url = t.config.DATABASE_URL;
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'src/cli/main.ts', 'import', file, '--client', 'sunpeak-solar', '--json'],
          {
            env: { ...process.env, DATABASE_URL: url },
            stdio: 'ignore',
          },
        );
        // Kill it (SIGKILL: no cleanup at all) once some batches are committed, before the end.
        let checkpoint = 0;
        for (let i = 0; i < 600 && checkpoint === 0; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          const job = await db
            .selectFrom('import_jobs')
            .select(['checkpoint_row', 'status'])
            .executeTakeFirst();
          checkpoint = job?.checkpoint_row ?? 0;
        }
        child.kill('SIGKILL');
        await new Promise((resolve) => child.once('exit', resolve));
        const job = await db.selectFrom('import_jobs').selectAll().executeTakeFirstOrThrow();
        expect(job.status).toBe('running');
        expect(job.checkpoint_row).toBeGreaterThan(0);
        expect(job.checkpoint_row).toBeLessThan(rowCount + 1);
        const list = await db
          .selectFrom('lead_lists')
          .selectAll()
          .where('id', '=', job.list_id ?? 0)
          .executeTakeFirstOrThrow();
        expect(list.status).toBe('importing');
        // A list still importing cannot join a campaign, so none of its leads can be served.
        const manager = await t.authed('manager@demo.test');
        const refused = await manager.post('/api/campaigns', {
          clientId: sunpeak.id,
          name: 'Too early',
          listIds: [list.id],
        });
        expect(refused.status).toBe(400);

        // Another node (here: this process) takes the job over once its lock has expired.
        t.clock.set(Temporal.Now.instant().add({ minutes: 5 }));
        const results = await t.deps.imports.runner.drain();
        expect(results.map((r) => r.status)).toEqual(['done']);
        const done = await db
          .selectFrom('import_jobs')
          .selectAll()
          .where('id', '=', job.id)
          .executeTakeFirstOrThrow();
        const indexes = Array.from({ length: rowCount }, (_, i) => i);
        const repeats = indexes.filter((i) => i % 97 === 96).length;
        const invalid = indexes.filter((i) => i % 50 === 49 && i % 97 !== 96).length;
        expect(done).toMatchObject({
          status: 'done',
          rows: rowCount,
          invalid,
          duplicates: repeats,
          imported: rowCount - invalid - repeats,
        });
        const stored = await db
          .selectFrom('leads')
          .select((eb) => [
            eb.fn.countAll<number>().as('n'),
            eb.fn.count<number>('phone').distinct().as('phones'),
          ])
          .where('list_id', '=', list.id)
          .executeTakeFirstOrThrow();
        expect(Number(stored.n)).toBe(done.imported);
        expect(Number(stored.phones)).toBe(done.imported);
        const ready = await db
          .selectFrom('lead_lists')
          .select(['status', 'row_count'])
          .where('id', '=', list.id)
          .executeTakeFirstOrThrow();
        expect(ready).toEqual({ status: 'ready', row_count: done.imported });
        const rejects = await db
          .selectFrom('import_rejects')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('job_id', '=', job.id)
          .where('kind', '=', 'invalid')
          .executeTakeFirstOrThrow();
        expect(Number(rejects.n)).toBe(invalid);
      } finally {
        await t.close();
      }
    }, 120_000);
  });
}
