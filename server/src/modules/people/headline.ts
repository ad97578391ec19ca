import type { Ctx } from '../../platform/context';
import type { HeadlineFigure } from '../../platform/module';
import { workforceStats } from './use-cases/workforce-stats';

/** The workforce today (the public workforce statistics), whatever the year asked: people have no past count. */
export async function peopleHeadline(ctx: Ctx): Promise<HeadlineFigure[]> {
  const stats = await workforceStats(ctx);
  return [{ key: 'people.headcount', kind: 'count', value: stats.total }];
}
