import { holidayCreateSchema, isIsoDate, PERMISSIONS, SHIPPED_HOLIDAY_YEARS, shippedHolidays } from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit';
import { type Ctx, requireTenant, transaction } from '../context';
import { Conflict, Invalid, NotFound } from '../errors';
import { uuidv7 } from '../ids';
import { NATIONAL } from './service';

export interface HolidayView {
  id: string | null;
  date: string;
  name: string;
  kind: 'national' | 'joint_leave' | 'local';
}

export async function listHolidays(ctx: Ctx, year: number): Promise<{ items: HolidayView[]; listed: boolean }> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, PERMISSIONS.manageHolidays);
  const rows = await ctx.db
    .selectFrom('calendar_holidays')
    .select(['id', 'tenant_id', 'date', 'name', 'kind'])
    .where('tenant_id', 'in', [tenant.id, NATIONAL])
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .execute();
  const shipped = shippedHolidays(year).map((h) => ({ id: null, ...h }) as HolidayView);
  const stored = rows.map(
    (r) => ({ id: r.tenant_id === NATIONAL ? null : r.id, date: r.date, name: r.name, kind: r.kind }) as HolidayView,
  );
  const items = [...shipped, ...stored].sort((a, b) => a.date.localeCompare(b.date));
  const listed = SHIPPED_HOLIDAY_YEARS.includes(year) || rows.some((r) => r.tenant_id === NATIONAL);
  return { items, listed };
}

export async function addLocalHoliday(ctx: Ctx, input: z.infer<typeof holidayCreateSchema>): Promise<HolidayView> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, PERMISSIONS.manageHolidays);
  const data = holidayCreateSchema.parse(input);
  // The schema checks the shape only; a stored 2026-02-30 would break every calendar of the tenant.
  if (!isIsoDate(data.date))
    throw new Invalid('validation_failed', {}, [{ path: 'date', message: 'a real calendar date, YYYY-MM-DD' }]);
  const view = await transaction(ctx, async (tx) => {
    const clash = await tx.db
      .selectFrom('calendar_holidays')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('date', '=', data.date)
      .executeTakeFirst();
    if (clash || shippedHolidays(Number(data.date.slice(0, 4))).some((h) => h.date === data.date))
      throw new Conflict('holiday_exists', { date: data.date });
    const id = uuidv7();
    await tx.db
      .insertInto('calendar_holidays')
      .values({
        id,
        tenant_id: tenant.id,
        date: data.date,
        name: data.name,
        kind: 'local',
        created_at: tx.clock.now().toISOString(),
      })
      .execute();
    await recordAudit(tx, {
      action: 'calendar.holiday_added',
      entityType: 'holiday',
      entityId: id,
      after: data,
      reference: { id: `${data.name} (${data.date})`, en: `${data.name} (${data.date})` },
    });
    return { id, date: data.date, name: data.name, kind: 'local' as const };
  });
  ctx.calendars.invalidate(tenant.id);
  return view;
}

export async function removeLocalHoliday(ctx: Ctx, id: string): Promise<void> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, PERMISSIONS.manageHolidays);
  await transaction(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('calendar_holidays')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFound();
    await tx.db.deleteFrom('calendar_holidays').where('id', '=', id).where('tenant_id', '=', tenant.id).execute();
    await recordAudit(tx, {
      action: 'calendar.holiday_removed',
      entityType: 'holiday',
      entityId: id,
      before: { date: row.date, name: row.name },
      reference: { id: `${row.name} (${row.date})`, en: `${row.name} (${row.date})` },
    });
  });
  ctx.calendars.invalidate(tenant.id);
}
