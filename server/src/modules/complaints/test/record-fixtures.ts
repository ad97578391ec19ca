/**
 * The record fixtures the complaints routes name in `config.recordFixture`, for the generated security tests
 * (server/src/test/record-fixtures.ts spreads them into its table).
 */
import type { Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import type { FixtureRecord } from '../../../test/record-fixtures';
import { buildCategory, buildComplaint } from './factories';

type ComplaintsFixture = (services: Services, tenant: TenantRecord) => Promise<FixtureRecord>;

const rowOf = (services: Services, table: 'complaints_categories' | 'complaints_reports', id: string) => () =>
  services.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();

export const complaintsRecordFixtures: Record<'complaintCategory' | 'complaint', ComplaintsFixture> = {
  complaintCategory: async (services, tenant) => {
    const category = await buildCategory(services, tenant);
    return {
      id: category.id,
      snapshot: rowOf(services, 'complaints_categories', category.id),
      bodyFor: () => ({ code: 'ubah', name: 'Diubah', nameEn: 'Changed', tier: 'light', active: true }),
    };
  },
  /** A complaint at the verification desk, with a body valid for every route on it. */
  complaint: async (services, tenant) => {
    const category = await buildCategory(services, tenant);
    const complaint = await buildComplaint(services, tenant, category.id, { privacy: 'rahasia' });
    return {
      id: complaint.id,
      snapshot: rowOf(services, 'complaints_reports', complaint.id),
      bodyFor: (route) => {
        const action = route.url.split('/').pop();
        switch (action) {
          case 'verify':
            return { unitId: category.id };
          case 'postpone':
            return { question: 'Mohon lampirkan foto lokasi.' };
          case 'refer':
            return { referral: 'Silakan hubungi Pengadilan Negeri.' };
          case 'archive':
            return { reason: 'Bukan pengaduan, hanya salam.' };
          case 'merge':
            return { originalId: complaint.id };
          case 'assign':
            return { accountId: 'x' };
          case 'notes':
            return { text: 'Catatan internal' };
          case 'employees':
            return { employeeId: 'x' };
          case 'answer':
            return { text: 'Sudah diperbaiki.' };
          case 'integrity':
            return { note: 'Dugaan pungutan liar.' };
          default:
            return {};
        }
      },
    };
  },
};
