import type { Services } from '../../platform/context';
import type { JobDefinition } from '../../platform/jobs/runner';
import { sweepServiceDeadlines } from './use-cases/sweep-deadlines';

export function servicesJobs(services: Services): JobDefinition[] {
  return [{ name: 'services.sweep-deadlines', everyMs: 60_000, run: () => sweepServiceDeadlines(services) }];
}
