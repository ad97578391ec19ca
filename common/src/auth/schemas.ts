import { z } from 'zod';
import { ROLES, type Role } from './roles';

export { PERMISSIONS, ROLES, type Role } from './roles';

export const PASSWORD_MIN_LENGTH = 10;

/** Roles an administrator can grant; `supervisor` is derived from the reporting line, `system_admin` is global. */
export const GRANTABLE_ROLES = ROLES.filter((r) => r !== 'supervisor' && r !== 'system_admin' && r !== 'citizen');
export const grantableRoleSchema = z.enum(
  GRANTABLE_ROLES as [Exclude<Role, 'supervisor' | 'system_admin' | 'citizen'>],
);

export const localeSchema = z.enum(['id', 'en']);

export const loginBodySchema = z.object({
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const passwordSchema = z.string().min(1).max(1024);

export const registerBodySchema = z.object({
  name: z.string().trim().min(2).max(200),
  email: z.string().trim().toLowerCase().email().max(254),
  password: passwordSchema,
  locale: localeSchema.optional(),
  tenant: z.string().max(64).optional(),
});

export const tokenBodySchema = z.object({ token: z.string().min(10).max(200) });
export const resetRequestBodySchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  tenant: z.string().max(64).optional(),
});
export const resetConfirmBodySchema = z.object({ token: z.string().min(10).max(200), password: passwordSchema });
export const localeBodySchema = z.object({ locale: localeSchema });

export const tenantMembershipSchema = z.object({
  slug: z.string(),
  name: z.string(),
  roles: z.array(z.object({ role: z.string(), unitId: z.string().nullable() })),
  /** Actions this account may take in that tenant: the web shows only the menus they allow. */
  permissions: z.array(z.string()),
});

export const sessionAccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  nip: z.string().nullable(),
  locale: localeSchema,
  isSystemAdmin: z.boolean(),
  tenants: z.array(tenantMembershipSchema),
});
export type SessionAccount = z.infer<typeof sessionAccountSchema>;

export const sessionResponseSchema = z.object({ account: sessionAccountSchema.nullable(), csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const roleGrantSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  accountName: z.string(),
  login: z.string(),
  role: z.string(),
  unitId: z.string().nullable(),
  grantedAt: z.string(),
  grantedBy: z.string().nullable(),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

export const grantRoleBodySchema = z.object({
  login: z.string().trim().min(1).max(254),
  role: grantableRoleSchema,
  unitId: z.string().max(64).nullable().optional(),
});
