import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import type { HeadlineFigure } from '../../platform/module';
import { publishedResults } from './use-cases/dashboards';

/** The year's share of periodic reports submitted on time and of Sangat Baik/Baik ratings, as published. */
export async function performanceHeadline(ctx: Ctx, year: number): Promise<HeadlineFigure[]> {
  const published = await publishedResults(ctx, year).catch((error: unknown) => {
    if (error instanceof NotFound) return null; // the year is not opened in this government
    throw error;
  });
  const total = published?.total;
  const evaluated = total && total.evaluated > 0 ? total : null;
  return [
    { key: 'performance.reportsOnTime', kind: 'percent', value: total ? total.onTimeRate : null },
    {
      key: 'performance.goodOrBetter',
      kind: 'percent',
      value: evaluated
        ? Math.round((evaluated.distributionPercent.sangat_baik + evaluated.distributionPercent.baik) * 10) / 10
        : null,
    },
  ];
}
