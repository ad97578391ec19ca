import { makeCtx, type Services } from '../../platform/context';
import type { JobDefinition } from '../../platform/jobs/runner';
import { closeExpiredAnswers } from './use-cases/respond-complaint';
import { sendComplaintDigests } from './use-cases/send-digests';
import { sweepComplaintDeadlines } from './use-cases/sweep-deadlines';

export function complaintsJobs(services: Services): JobDefinition[] {
  return [
    { name: 'complaints.deadlines', everyMs: 60_000, run: () => sweepComplaintDeadlines(services) },
    { name: 'complaints.auto-close', everyMs: 10 * 60_000, run: () => closeExpiredAnswers(makeCtx(services)) },
    { name: 'complaints.digest', everyMs: 15 * 60_000, run: () => sendComplaintDigests(services) },
  ];
}
