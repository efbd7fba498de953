import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../../contracts/auth.ts';
import type { ClientOutcomesPort } from '../../core/dispositions/client-outcomes.ts';
import {
  defaultOutcomesFor,
  defaultReasonsFor,
  type OutcomeDefinition,
} from '../../core/dispositions/default-outcomes.ts';
import type { Outcome, OutcomeReason } from '../../core/dispositions/outcome.ts';
import type { Database, OutcomeReasonsTable, OutcomesTable } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

const outcomeRowToOutcome = (r: Selectable<OutcomesTable>): Outcome => ({
  id: r.id,
  clientId: r.client_id,
  key: r.key,
  label: r.label,
  flags: {
    contact: r.contact === 1,
    qualified: r.qualified === 1,
    appointment: r.appointment === 1,
    callback: r.callback === 1,
    nurture: r.nurture === 1,
    notInterested: r.not_interested === 1,
    doNotCall: r.do_not_call === 1,
  },
  requiresReason: r.requires_reason === 1,
  position: r.position,
  active: r.active === 1,
});

const reasonRowToReason = (r: Selectable<OutcomeReasonsTable>): OutcomeReason => ({
  id: r.id,
  clientId: r.client_id,
  outcomeKey: r.outcome_key,
  label: r.label,
  position: r.position,
  active: r.active === 1,
});

const bit = (flag: boolean) => (flag ? 1 : 0);

const outcomeColumns = (o: OutcomeDefinition & { position: number; active: boolean }) => ({
  key: o.key,
  label: o.label,
  contact: bit(o.flags.contact),
  qualified: bit(o.flags.qualified),
  appointment: bit(o.flags.appointment),
  callback: bit(o.flags.callback),
  nurture: bit(o.flags.nurture),
  not_interested: bit(o.flags.notInterested),
  do_not_call: bit(o.flags.doNotCall),
  requires_reason: bit(o.requiresReason),
  position: o.position,
  active: bit(o.active),
});

/**
 * Gives a new client the default outcomes and reasons (those migration 0007 gave existing ones),
 * named in the organization's language.
 */
export async function seedDefaultOutcomes(
  db: Db,
  clientId: number,
  locale: Language,
  now: number,
): Promise<void> {
  await db
    .insertInto('outcomes')
    .values(
      defaultOutcomesFor(locale).map((o, position) => ({
        client_id: clientId,
        created_at: now,
        ...outcomeColumns({ ...o, position, active: true }),
      })),
    )
    .execute();
  const reasons = Object.entries(defaultReasonsFor(locale)).flatMap(([outcomeKey, labels]) =>
    labels.map((label, position) => ({
      client_id: clientId,
      outcome_key: outcomeKey,
      label,
      position,
      active: 1,
      created_at: now,
    })),
  );
  if (reasons.length > 0) await db.insertInto('outcome_reasons').values(reasons).execute();
}

export function createOutcomesRepository(db: Kysely<Database>) {
  return {
    async findOutcome(id: number): Promise<Outcome | undefined> {
      const row = await db.selectFrom('outcomes').selectAll().where('id', '=', id).executeTakeFirst();
      return row && outcomeRowToOutcome(row);
    },

    async findOutcomeReason(id: number): Promise<OutcomeReason | undefined> {
      const row = await db.selectFrom('outcome_reasons').selectAll().where('id', '=', id).executeTakeFirst();
      return row && reasonRowToReason(row);
    },

    async appointmentOutcome(clientId: number): Promise<Outcome | undefined> {
      const row = await db
        .selectFrom('outcomes')
        .selectAll()
        .where('client_id', '=', clientId)
        .where('appointment', '=', 1)
        .where('active', '=', 1)
        .orderBy('position')
        .orderBy('id')
        .executeTakeFirst();
      return row && outcomeRowToOutcome(row);
    },

    async clientOutcomes(clientId: number) {
      const [outcomes, reasons] = await Promise.all([
        db.selectFrom('outcomes').selectAll().where('client_id', '=', clientId).execute(),
        db.selectFrom('outcome_reasons').selectAll().where('client_id', '=', clientId).execute(),
      ]);
      return { outcomes: outcomes.map(outcomeRowToOutcome), reasons: reasons.map(reasonRowToReason) };
    },

    saveOutcomes: (
      clientId: number,
      plan: Parameters<ClientOutcomesPort['saveOutcomes']>[1],
      now: Temporal.Instant,
    ) =>
      db.transaction().execute(async (trx) => {
        const at = now.epochMilliseconds;
        if (plan.retireOutcomeIds.length > 0)
          await trx
            .updateTable('outcomes')
            .set({ active: 0 })
            .where('id', 'in', plan.retireOutcomeIds)
            .execute();
        if (plan.retireReasonIds.length > 0)
          await trx
            .updateTable('outcome_reasons')
            .set({ active: 0 })
            .where('id', 'in', plan.retireReasonIds)
            .execute();
        for (const o of plan.outcomes) {
          if (o.id === null)
            await trx
              .insertInto('outcomes')
              .values({ client_id: clientId, created_at: at, ...outcomeColumns(o) })
              .execute();
          else await trx.updateTable('outcomes').set(outcomeColumns(o)).where('id', '=', o.id).execute();
        }
        for (const r of plan.reasons) {
          const columns = {
            outcome_key: r.outcomeKey,
            label: r.label,
            position: r.position,
            active: bit(r.active),
          };
          if (r.id === null)
            await trx
              .insertInto('outcome_reasons')
              .values({ client_id: clientId, created_at: at, ...columns })
              .execute();
          else await trx.updateTable('outcome_reasons').set(columns).where('id', '=', r.id).execute();
        }
      }),
  } satisfies ClientOutcomesPort & Record<string, unknown>;
}

export type OutcomesRepository = ReturnType<typeof createOutcomesRepository>;
