/**
 * The record fixtures the complaints routes name in `config.recordFixture`, for the generated security tests
 * (server/src/test/record-fixtures.ts spreads them into its table). Each makes a complaint in the state its
 * routes act on, and bodies that succeed for the tenant's own administrator (who holds every grantable role).
 */
import { type Actor, makeCtx, type Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import type { FixtureRecord } from '../../../test/record-fixtures';
import { buildEmployee, buildUnit } from '../../people/test/factories';
import { complaintsRepo } from '../repository';
import { answerComplaint } from '../use-cases/follow-up';
import { postponeComplaint, verifyComplaint } from '../use-cases/verify-complaint';
import { buildCategory, buildComplaint, complaintBody } from './factories';
import { jpegWithExif } from './http';

type ComplaintsFixture = (services: Services, tenant: TenantRecord) => Promise<FixtureRecord>;

const coordinator: Actor = {
  accountId: 'fixture',
  name: 'Fixture Coordinator',
  isSystemAdmin: false,
  grants: [{ role: 'complaint_coordinator', unitId: null }],
};

const rowOf =
  (services: Services, table: 'complaints_categories' | 'complaints_reports' | 'complaints_attachments', id: string) =>
  () =>
    services.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();

/** The account holding the tenant's admin grant (the security test's "record's own admin"). */
async function tenantAdminActor(services: Services, tenant: TenantRecord): Promise<Actor | null> {
  const row = await services.db
    .selectFrom('role_grants')
    .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
    .select(['accounts.id', 'accounts.name'])
    .where('role_grants.tenant_id', '=', tenant.id)
    .where('role_grants.role', '=', 'tenant_admin')
    .orderBy('role_grants.created_at')
    .executeTakeFirst();
  return row
    ? { accountId: row.id, name: row.name, isSystemAdmin: false, grants: [{ role: 'citizen', unitId: null }] }
    : null;
}

async function setup(services: Services, tenant: TenantRecord, options: { mine?: boolean } = {}) {
  const category = await buildCategory(services, tenant);
  const unit = await buildUnit(services, tenant);
  const actor = options.mine ? await tenantAdminActor(services, tenant) : null;
  const complaint = await buildComplaint(
    services,
    tenant,
    category.id,
    { privacy: 'rahasia', ...(actor ? { guest: undefined } : {}) },
    { actor, attachments: [{ fileName: 'foto.jpg', data: jpegWithExif() }] },
  );
  const ctx = makeCtx(services, { tenant, actor: coordinator });
  return { category, unit, complaint, ctx };
}

const staffBody =
  (ids: { unitId: string; originalId: string; accountId: string | null; employeeId: string }) =>
  (route: { url: string }) => {
    switch (route.url.split('/').pop()) {
      case 'verify':
        return { unitId: ids.unitId };
      case 'postpone':
        return { question: 'Mohon lampirkan foto lokasi.' };
      case 'refer':
        return { referral: 'Silakan hubungi Pengadilan Negeri.' };
      case 'archive':
        return { reason: 'Bukan pengaduan, hanya salam.' };
      case 'merge':
        return { originalId: ids.originalId };
      case 'assign':
        return { accountId: ids.accountId };
      case 'notes':
        return { text: 'Catatan internal' };
      case 'employees':
        return { employeeId: ids.employeeId };
      case 'answer':
        return { text: 'Sudah diperbaiki.' };
      case 'integrity':
        return { note: 'Dugaan pungutan liar.' };
      case 'rate':
        return { rating: 4 };
      case 'reopen':
        return { reason: 'Belum selesai diperbaiki.' };
      case 'info':
        return { text: 'Nomor rumah 12.' };
      default:
        return {};
    }
  };

async function staffFixture(
  services: Services,
  tenant: TenantRecord,
  state: 'received' | 'routed',
): Promise<FixtureRecord> {
  const { category, unit, complaint, ctx } = await setup(services, tenant);
  const original = await buildComplaint(services, tenant, category.id);
  if (state === 'routed') await verifyComplaint(ctx, complaint.id, { unitId: unit.id });
  const employee = await buildEmployee(services, tenant, { unitId: unit.id });
  const admin = await tenantAdminActor(services, tenant);
  return {
    id: complaint.id,
    snapshot: rowOf(services, 'complaints_reports', complaint.id),
    bodyFor: staffBody({
      unitId: unit.id,
      originalId: original.id,
      accountId: admin?.accountId ?? null,
      employeeId: employee.id,
    }),
  };
}

async function myFixture(
  services: Services,
  tenant: TenantRecord,
  state: 'received' | 'answered' | 'postponed',
): Promise<FixtureRecord> {
  const { unit, complaint, ctx } = await setup(services, tenant, { mine: true });
  if (state === 'answered') {
    await verifyComplaint(ctx, complaint.id, { unitId: unit.id });
    await answerComplaint(ctx, complaint.id, { text: 'Sudah ditangani.' });
  }
  if (state === 'postponed') await postponeComplaint(ctx, complaint.id, { question: 'Mohon sebutkan nomor rumah.' });
  return {
    id: complaint.id,
    snapshot: rowOf(services, 'complaints_reports', complaint.id),
    bodyFor: staffBody({ unitId: unit.id, originalId: complaint.id, accountId: null, employeeId: '' }),
  };
}

export const complaintsRecordFixtures: Record<string, ComplaintsFixture> = {
  complaintCategory: async (services, tenant) => {
    const category = await buildCategory(services, tenant);
    return {
      id: category.id,
      snapshot: rowOf(services, 'complaints_categories', category.id),
      bodyFor: () => ({ code: 'ubah', name: 'Diubah', nameEn: 'Changed', tier: 'light', active: true }),
    };
  },
  /** A rahasia complaint at the verification desk. */
  complaint: (services, tenant) => staffFixture(services, tenant, 'received'),
  /** A complaint routed to a unit (assign, link employees, answer). */
  routedComplaint: (services, tenant) => staffFixture(services, tenant, 'routed'),
  /** An attachment of a complaint at the desk (staff download). */
  complaintAttachment: async (services, tenant) => {
    const { complaint } = await setup(services, tenant);
    const [attachment] = await complaintsRepo.attachments(services.db, tenant.id, complaint.id);
    return { id: attachment!.id, snapshot: rowOf(services, 'complaints_attachments', attachment!.id) };
  },
  /** The tenant admin's own complaints, as a signed-in complainant. */
  myComplaint: (services, tenant) => myFixture(services, tenant, 'received'),
  myAnsweredComplaint: (services, tenant) => myFixture(services, tenant, 'answered'),
  myPostponedComplaint: (services, tenant) => myFixture(services, tenant, 'postponed'),
};

export { complaintBody };
