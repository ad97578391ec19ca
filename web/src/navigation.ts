import { PEOPLE_PERMISSIONS, PERMISSIONS } from '@lentera/common';
import type { NavEntry } from './ui/nav';

/**
 * The staff navigation. A module that adds a screen adds its route in router.tsx and one line here; the navbar
 * and the workspace home show an entry only to people whose permissions in the tenant include `permission`.
 */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { key: 'workspace', path: '/t/$slug/workspace', labelKey: 'nav.workspace', permission: null },
  { key: 'account', path: '/t/$slug/account', labelKey: 'nav.account', permission: null },
  {
    key: 'people-employees',
    path: '/t/$slug/people/employees',
    labelKey: 'employees.nav.list',
    permission: PEOPLE_PERMISSIONS.list,
    descriptionKey: 'employees.nav.listDescription',
  },
  {
    key: 'people-corrections',
    path: '/t/$slug/people/corrections',
    labelKey: 'employees.nav.corrections',
    permission: PEOPLE_PERMISSIONS.decideCorrections,
    descriptionKey: 'employees.nav.correctionsDescription',
  },
  {
    key: 'people-me',
    path: '/t/$slug/people/me',
    labelKey: 'employees.nav.me',
    permission: PEOPLE_PERMISSIONS.me,
    descriptionKey: 'employees.nav.meDescription',
  },
  {
    key: 'people-directory',
    path: '/t/$slug/people/directory',
    labelKey: 'employees.nav.directory',
    permission: PEOPLE_PERMISSIONS.directory,
    descriptionKey: 'employees.nav.directoryDescription',
  },
  {
    key: 'people-structure',
    path: '/t/$slug/people/structure',
    labelKey: 'structure.nav.chart',
    permission: PEOPLE_PERMISSIONS.viewStructure,
    descriptionKey: 'structure.nav.chartDescription',
  },
  {
    key: 'people-units',
    path: '/t/$slug/people/units',
    labelKey: 'structure.nav.units',
    permission: PEOPLE_PERMISSIONS.manageUnits,
    descriptionKey: 'structure.nav.unitsDescription',
  },
  {
    key: 'people-import',
    path: '/t/$slug/people/import',
    labelKey: 'structure.nav.import',
    permission: PEOPLE_PERMISSIONS.import,
    descriptionKey: 'structure.nav.importDescription',
  },
  {
    key: 'roles',
    path: '/t/$slug/admin/roles',
    labelKey: 'nav.roles',
    permission: PERMISSIONS.manageRoles,
    group: 'admin',
    descriptionKey: 'nav.rolesDescription',
  },
  {
    key: 'holidays',
    path: '/t/$slug/admin/holidays',
    labelKey: 'nav.holidays',
    permission: PERMISSIONS.manageHolidays,
    group: 'admin',
    descriptionKey: 'nav.holidaysDescription',
  },
  {
    key: 'audit',
    path: '/t/$slug/admin/audit',
    labelKey: 'nav.audit',
    permission: PERMISSIONS.readAudit,
    group: 'admin',
    descriptionKey: 'nav.auditDescription',
  },
  {
    key: 'tenants',
    path: '/admin/tenants',
    labelKey: 'nav.tenants',
    permission: PERMISSIONS.manageTenants,
    group: 'admin',
    descriptionKey: 'nav.tenantsDescription',
  },
];
