import type { Kysely } from 'kysely';
import { parseJson } from '../json.ts';
import type { Database } from '../schema.ts';

export interface LatestQualification {
  formId: number;
  answers: Record<string, unknown>;
  score: number;
  qualified: boolean;
  interest: string | null;
  questionsAsked: string | null;
}

/** Each lead's newest qualification (latest created, then highest id), in one query. */
export async function latestQualifications(
  db: Kysely<Database>,
  leadIds: readonly number[],
): Promise<Map<number, LatestQualification>> {
  if (leadIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('qualification_answers as q')
    .selectAll('q')
    .where('q.lead_id', 'in', [...new Set(leadIds)])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('qualification_answers as newer')
            .select('newer.id')
            .whereRef('newer.lead_id', '=', 'q.lead_id')
            .where((eb) =>
              eb.or([
                eb('newer.created_at', '>', eb.ref('q.created_at')),
                eb.and([
                  eb('newer.created_at', '=', eb.ref('q.created_at')),
                  eb('newer.id', '>', eb.ref('q.id')),
                ]),
              ]),
            ),
        ),
      ),
    )
    .execute();
  return new Map(
    rows.map((row) => [
      row.lead_id,
      {
        formId: row.form_id,
        answers: parseJson<Record<string, unknown>>(row.answers, {}),
        score: row.score,
        qualified: row.qualified === 1,
        interest: row.interest,
        questionsAsked: row.questions_asked,
      },
    ]),
  );
}
