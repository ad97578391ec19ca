import { CHANNEL_LABELS, commentsQuerySchema, type ResponseChannel } from '@lentera/common';
import type { z } from 'zod';
import { type Ctx, requireTenant } from '../../../platform/context';
import { SURVEYS } from '../policy';
import { commentsRepo } from '../repository/comments';
import { questionsRepo } from '../repository/questions';
import { assertUnit } from './results';

/** More comments than a unit gathers in a semester; a download never grows without bound. */
export const COMMENTS_EXPORT_LIMIT = 50_000;

type Cell = string | number | null;

/**
 * A unit's period comments (and answers to the tenant's own questions) for its staff to download, in the person's
 * language: the day, the service, the way of answering, the comment, one column per own question. Never anything that
 * leads to a visit or a person: a response keeps none, and not even its own id is given.
 */
export async function exportComments(
  ctx: Ctx,
  query: z.input<typeof commentsQuerySchema>,
): Promise<{ header: string[]; rows: Cell[][]; period: string }> {
  const tenant = requireTenant(ctx);
  const q = commentsQuerySchema.parse(query);
  await assertUnit(ctx, SURVEYS.manage, q.unitId);
  const lang = ctx.lang;
  const [rows, questions] = await Promise.all([
    commentsRepo.forExport(
      ctx.db,
      tenant.id,
      { unitId: q.unitId, period: q.period, channel: q.channel },
      COMMENTS_EXPORT_LIMIT,
    ),
    questionsRepo.all(ctx.db, tenant.id),
  ]);
  const header =
    lang === 'en'
      ? ['Date', 'Service', 'Way of answering', 'Comment']
      : ['Tanggal', 'Layanan', 'Cara mengisi', 'Komentar'];
  for (const question of questions)
    header.push(lang === 'en' ? question.text_en || question.text_id : question.text_id);
  return {
    period: q.period,
    header,
    rows: rows.map((row) => {
      const extra = JSON.parse(row.extra) as Record<string, string>;
      // A comment starting with `=` stays text in the CSV: the platform's sendCsv sees to it.
      return [
        row.created_day,
        row.service_name,
        CHANNEL_LABELS[row.channel as ResponseChannel]?.[lang] ?? row.channel,
        row.comment,
        ...questions.map((question) => extra[question.id] ?? ''),
      ];
    }),
  };
}
