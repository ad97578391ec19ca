// Kept apart from the zod schemas: the web's first load needs these names, not zod (see bench/README.md,
// "First-load budget").

export const ROLES = [
  'citizen',
  'employee',
  'supervisor',
  'unit_admin',
  'hr_admin',
  'complaint_officer',
  'complaint_coordinator',
  'service_officer',
  'survey_officer',
  'inspector',
  'trainer',
  'consultation_moderator',
  'tenant_admin',
  'national_viewer',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Permission names the web uses to decide what to show. */
export const PERMISSIONS = {
  manageTenants: 'admin.tenants.manage',
  /** The national overview across every government of the installation. */
  nationalView: 'national.view',
  manageRoles: 'admin.roles.manage',
  manageHolidays: 'admin.holidays.manage',
  readAudit: 'admin.audit.read',
  workspace: 'workspace.use',
} as const;
