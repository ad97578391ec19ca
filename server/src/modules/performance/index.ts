/**
 * The performance module's public door: other modules import only from here.
 * Award candidates (Sangat Baik) and referrals for discipline, for the careers and integrity modules; results below
 * expectation, for the training module's needs.
 */
import type { Ctx } from '../../platform/context';
import { awardCandidates, disciplineReferrals, resultsBelowExpectation } from './use-cases/follow-up';

export { performanceModule } from './module';
export { PERFORMANCE } from './policy';

export const performanceService = {
  /** Employees whose final annual predikat of the year is Sangat Baik. */
  awardCandidates: (ctx: Ctx, year: number) => awardCandidates(ctx, year),
  /** Cases the superior referred for discipline, optionally of one year. */
  disciplineReferrals: (ctx: Ctx, year?: number) => disciplineReferrals(ctx, year),
  /** Final annual results of the year below expectation in work results or behaviour (training needs). */
  resultsBelowExpectation: (ctx: Ctx, year: number) => resultsBelowExpectation(ctx, year),
};
