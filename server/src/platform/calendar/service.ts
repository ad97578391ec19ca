import { buildCalendar, type Holiday, type WorkingCalendar } from '@lentera/common';
import type { Db } from '../db/database';

/** National days entered by an administrator (for years the product does not ship) use this tenant id. */
export const NATIONAL = '*';

/** Each tenant's working-day calendar: shipped national lists, entered national days, local holidays. */
export class CalendarService {
  private readonly cache = new Map<string, { calendar: WorkingCalendar; at: number }>();
  constructor(private readonly db: Db) {}

  async forTenant(tenantId: string, timeZone: string): Promise<WorkingCalendar> {
    const hit = this.cache.get(tenantId);
    if (hit && Date.now() - hit.at < 30_000) return hit.calendar;
    const rows = await this.db
      .selectFrom('calendar_holidays')
      .select(['tenant_id', 'date', 'name', 'kind'])
      .where('tenant_id', 'in', [tenantId, NATIONAL])
      .execute();
    const holidays: Holiday[] = rows.map((r) => ({ date: r.date, name: r.name, kind: r.kind as Holiday['kind'] }));
    const listedYears = [
      ...new Set(rows.filter((r) => r.tenant_id === NATIONAL).map((r) => Number(r.date.slice(0, 4)))),
    ];
    const calendar = buildCalendar({ timeZone, holidays, listedYears });
    this.cache.set(tenantId, { calendar, at: Date.now() });
    return calendar;
  }

  invalidate(tenantId?: string): void {
    if (tenantId) this.cache.delete(tenantId);
    else this.cache.clear();
  }
}
