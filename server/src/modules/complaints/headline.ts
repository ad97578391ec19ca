import type { Ctx } from '../../platform/context';
import type { HeadlineFigure } from '../../platform/module';
import { complaintStats } from './use-cases/stats';

/** The year's complaints received, and the share answered within their deadline (the public statistics' totals). */
export async function complaintsHeadline(ctx: Ctx, year: number): Promise<HeadlineFigure[]> {
  const { totals } = await complaintStats(ctx, { from: `${year}-01-01`, to: `${year}-12-31`, by: 'unit' });
  return [
    { key: 'complaints.received', kind: 'count', value: totals.received },
    {
      key: 'complaints.answeredOnTime',
      kind: 'percent',
      value: totals.answered === 0 ? null : Math.round((totals.answeredOnTime / totals.answered) * 1000) / 10,
    },
  ];
}
