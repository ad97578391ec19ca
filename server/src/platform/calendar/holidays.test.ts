import { addWorkingDays, holidaySchema, isWorkingDay, shippedHolidays } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { buildAccount, buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import type { HttpClient } from '../../test/http-client';
import { errorOf } from '../../test/requests';
import type { TenantRecord } from '../tenancy/repository';

// 2026-12-07 is an ordinary Monday; 2026-12-04 the Friday before it.
const LOCAL_DAY = '2026-12-07';

describeEachDialect('holidays', (env) => {
  let tenant: TenantRecord;
  let neighbour: TenantRecord;
  let asAdmin: HttpClient;
  let asEmployee: HttpClient;
  const holidaysUrl = () => `/api/t/${tenant.slug}/admin/holidays`;

  beforeAll(async () => {
    tenant = await buildTenant(env.services, { timeZone: 'Asia/Makassar' });
    neighbour = await buildTenant(env.services);
    const admin = await buildAccount(env.services, { roles: [{ tenant, role: 'tenant_admin' }] });
    const employee = await buildAccount(env.services, { roles: [{ tenant, role: 'employee' }] });
    asAdmin = env.client();
    asEmployee = env.client();
    await asAdmin.login(admin.email, admin.password);
    await asEmployee.login(employee.email, employee.password);
  });

  it('lists the shipped national days of 2026 as a listed year, and flags 2027 as not listed', async () => {
    const year2026 = await asAdmin.get(`${holidaysUrl()}?year=2026`);
    expect(year2026.statusCode).toBe(200);
    const body = year2026.json();
    expect(body.listed).toBe(true);
    for (const item of body.items) holidaySchema.parse(item);
    expect(body.items).toEqual(
      expect.arrayContaining([
        { id: null, date: '2026-08-17', name: 'Proklamasi Kemerdekaan', kind: 'national' },
        { id: null, date: '2026-03-23', name: 'Cuti Bersama Idul Fitri 1447 H', kind: 'joint_leave' },
      ]),
    );
    expect(body.items).toHaveLength(shippedHolidays(2026).length);
    const dates = body.items.map((h: { date: string }) => h.date);
    expect(dates).toEqual([...dates].sort());

    const year2027 = await asAdmin.get(`${holidaysUrl()}?year=2027`);
    expect(year2027.json()).toEqual({ items: [], listed: false });

    const noYear = await asAdmin.get(holidaysUrl());
    expect(noYear.statusCode).toBe(400);
    expect(errorOf(noYear).details).toEqual([expect.objectContaining({ path: 'year' })]);
    expect((await asEmployee.get(`${holidaysUrl()}?year=2026`)).statusCode).toBe(403);
  });

  it("adds a local holiday (audited) that the tenant's calendar skips, refuses a second one that day, and removes it", async () => {
    const calendarBefore = await env.services.calendars.forTenant(tenant.id, tenant.timeZone);
    expect(isWorkingDay(LOCAL_DAY, calendarBefore)).toBe(true);

    const added = await asAdmin.post(holidaysUrl(), { date: LOCAL_DAY, name: 'Hari Jadi Kota' });
    expect(added.statusCode).toBe(201);
    const holiday = holidaySchema.parse(added.json());
    expect(holiday).toMatchObject({ date: LOCAL_DAY, name: 'Hari Jadi Kota', kind: 'local' });
    expect(holiday.id).toBeTruthy();

    const listed = (await asAdmin.get(`${holidaysUrl()}?year=2026`)).json().items;
    expect(listed).toContainEqual(holiday);

    const duplicate = await asAdmin.post(holidaysUrl(), { date: LOCAL_DAY, name: 'Hari Lain' });
    expect(duplicate.statusCode).toBe(409);
    expect(errorOf(duplicate)).toMatchObject({
      code: 'holiday_exists',
      message: `Tanggal ${LOCAL_DAY} sudah tercatat sebagai hari libur.`,
    });
    const onNationalDay = await asAdmin.post(holidaysUrl(), { date: '2026-12-25', name: 'Natal Lokal' });
    expect(onNationalDay.statusCode).toBe(409);

    const calendar = await env.services.calendars.forTenant(tenant.id, tenant.timeZone);
    expect(isWorkingDay(LOCAL_DAY, calendar)).toBe(false);
    // One working day after Friday 4 December skips the weekend and the local holiday.
    const friday = new Date('2026-12-04T03:00:00Z');
    expect(addWorkingDays(friday, 1, calendar).date).toBe('2026-12-08');
    expect(addWorkingDays(friday, 1, calendarBefore).date).toBe(LOCAL_DAY);
    // Only this tenant's calendar.
    const neighbours = await env.services.calendars.forTenant(neighbour.id, neighbour.timeZone);
    expect(isWorkingDay(LOCAL_DAY, neighbours)).toBe(true);

    const removed = await asAdmin.delete(`${holidaysUrl()}/${holiday.id}`);
    expect(removed.statusCode).toBe(204);
    expect(isWorkingDay(LOCAL_DAY, await env.services.calendars.forTenant(tenant.id, tenant.timeZone))).toBe(true);
    expect((await asAdmin.delete(`${holidaysUrl()}/${holiday.id}`)).statusCode).toBe(404);

    const audit = (await asAdmin.get(`/api/t/${tenant.slug}/admin/audit?action=calendar.`)).json().items;
    expect(audit).toMatchObject([
      { action: 'calendar.holiday_removed', entityType: 'holiday', entityId: holiday.id },
      { action: 'calendar.holiday_added', entityType: 'holiday', entityId: holiday.id },
    ]);
    expect((await asAdmin.get(`/api/t/${tenant.slug}/admin/audit/verify`)).json().ok).toBe(true);
  });

  it('refuses a date that is not in the calendar, and the calendar keeps working', async () => {
    for (const date of ['2026-02-30', '2026-13-01', '2027-00-10']) {
      const response = await asAdmin.post(holidaysUrl(), { date, name: 'Tanggal Mustahil' });
      expect(response.statusCode, date).toBe(400);
      expect(errorOf(response).details, date).toEqual([expect.objectContaining({ path: 'date' })]);
    }
    env.services.calendars.invalidate(tenant.id);
    const calendar = await env.services.calendars.forTenant(tenant.id, tenant.timeZone);
    expect(isWorkingDay('2026-12-08', calendar)).toBe(true);
  });

  it('refuses an employee without tenant_admin, and anyone without a session', async () => {
    const refused = await asEmployee.post(holidaysUrl(), { date: '2026-12-09', name: 'Hari Karyawan' });
    expect(refused.statusCode).toBe(403);
    const anonymous = await env.client().post(holidaysUrl(), { date: '2026-12-09', name: 'Hari Tamu' });
    expect(anonymous.statusCode).toBe(401);
    const rows = await env.services.db
      .selectFrom('calendar_holidays')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('date', '=', '2026-12-09')
      .execute();
    expect(rows).toEqual([]);
  });
});
