/**
 * The performance module's public door: other modules import only from here.
 * Award candidates (Sangat Baik) and referrals for discipline, for the careers and integrity modules.
 */
import type { Ctx } from '../../platform/context';
import { awardCandidates, disciplineReferrals } from './use-cases/follow-up';

export { performanceModule } from './module';
export { PERFORMANCE } from './policy';

export const performanceService = {
  /** Employees whose final annual predikat of the year is Sangat Baik. */
  awardCandidates: (ctx: Ctx, year: number) => awardCandidates(ctx, year),
  /** Cases the superior referred for discipline, optionally of one year. */
  disciplineReferrals: (ctx: Ctx, year?: number) => disciplineReferrals(ctx, year),
};
