import type { Services } from '../../platform/context';

/** Demo data (filled in below). */
export async function seedSurveys(
  _services: Services,
  _options: { tenantSlug: string; scale?: number },
): Promise<void> {}

export function surveysDemoLogins(_tenantSlug: string) {
  return [];
}
