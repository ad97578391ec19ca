import type { Services } from '../../platform/context';

/** Demo data: a full year 2026 per demo city (filled in below). */
export async function seedPerformance(
  _services: Services,
  _options: { tenantSlug: string; scale?: number },
): Promise<void> {}
