import { roleName } from '@lentera/common';
import type { Ctx } from '../context';
import type { AuditVocabulary, Label } from './catalog';

const tenantIdOf = (ctx: Ctx) => ctx.tenant?.id ?? '';

/** The platform's own audit actions (accounts, roles, holidays, governments) and how their records are named. */
export const platformAuditVocabulary: AuditVocabulary = {
  actions: {
    'account.registered': { id: 'Akun didaftarkan', en: 'Account registered' },
    'account.password_reset': { id: 'Kata sandi diatur ulang', en: 'Password reset' },
    'calendar.holiday_added': { id: 'Hari libur daerah ditambahkan', en: 'Local holiday added' },
    'calendar.holiday_removed': { id: 'Hari libur daerah dihapus', en: 'Local holiday removed' },
    'role.granted': { id: 'Peran diberikan', en: 'Role granted' },
    'role.revoked': { id: 'Peran dicabut', en: 'Role revoked' },
    'tenant.created': { id: 'Pemerintah daerah ditambahkan', en: 'Government added' },
    'tenant.updated': { id: 'Data pemerintah daerah diubah', en: 'Government details changed' },
  },
  entities: {
    account: {
      label: { id: 'Akun', en: 'Account' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('accounts')
          .select(['id', 'name'])
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
    role_grant: {
      label: { id: 'Pemberian peran', en: 'Role grant' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('role_grants')
          .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
          .select(['role_grants.id', 'role_grants.role', 'accounts.name'])
          .where('role_grants.tenant_id', '=', tenantIdOf(ctx))
          .where('role_grants.id', 'in', [...ids])
          .execute();
        return new Map(
          rows.map((r): [string, Label] => [
            r.id,
            { id: `${roleName(r.role, 'id')}: ${r.name}`, en: `${roleName(r.role, 'en')}: ${r.name}` },
          ]),
        );
      },
    },
    holiday: {
      label: { id: 'Hari libur', en: 'Holiday' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('calendar_holidays')
          .select(['id', 'name', 'date'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `${r.name} (${r.date})`]));
      },
    },
    tenant: {
      label: { id: 'Pemerintah daerah', en: 'Government' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('tenants')
          .select(['id', 'name'])
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
  },
};
