import { MESSAGING_PERMISSIONS, PERMISSIONS } from '@lentera/common';
import { WEB_MODULES } from './modules';
import type { NavEntry, NavGroup, Navigation } from './ui/nav';
import type { WebModule } from './ui/web-module';

/** The platform's own navbar entries: the workspace home and account first, administration last. */
const PLATFORM_ENTRIES: readonly NavEntry[] = [
  {
    key: 'workspace',
    path: '/t/$slug/workspace',
    labelKey: 'nav.workspace',
    citizenLabelKey: 'nav.citizenHome',
    permission: null,
  },
  { key: 'account', path: '/t/$slug/account', labelKey: 'nav.account', permission: null },
];
const ADMIN_ENTRIES: readonly NavEntry[] = [
  {
    key: 'roles',
    path: '/t/$slug/admin/roles',
    labelKey: 'nav.roles',
    group: 'admin',
    permission: PERMISSIONS.manageRoles,
    descriptionKey: 'nav.rolesDescription',
  },
  {
    key: 'holidays',
    path: '/t/$slug/admin/holidays',
    labelKey: 'nav.holidays',
    group: 'admin',
    permission: PERMISSIONS.manageHolidays,
    descriptionKey: 'nav.holidaysDescription',
  },
  {
    key: 'messaging',
    path: '/t/$slug/admin/messaging',
    labelKey: 'nav.messaging',
    group: 'admin',
    permission: MESSAGING_PERMISSIONS.manage,
    descriptionKey: 'nav.messagingDescription',
  },
  {
    key: 'audit',
    path: '/t/$slug/admin/audit',
    labelKey: 'nav.audit',
    group: 'admin',
    permission: PERMISSIONS.readAudit,
    descriptionKey: 'nav.auditDescription',
  },
  {
    key: 'national',
    path: '/nasional',
    labelKey: 'national.nav',
    group: 'admin',
    permission: PERMISSIONS.nationalView,
    descriptionKey: 'national.description',
  },
  {
    key: 'tenants',
    path: '/admin/tenants',
    labelKey: 'nav.tenants',
    group: 'admin',
    permission: PERMISSIONS.manageTenants,
    descriptionKey: 'nav.tenantsDescription',
  },
];

/**
 * The staff navigation from the modules' manifests: the workspace's section, one section per module (in the
 * order of the list) and administration. An entry without a group belongs to its module's section.
 */
export function buildNavigation(modules: readonly WebModule[]): Navigation {
  const groups: NavGroup[] = [
    { key: 'workspace', labelKey: 'nav.groupWorkspace', citizenLabelKey: 'nav.groupCitizen' },
  ];
  const entries: NavEntry[] = [...PLATFORM_ENTRIES];
  for (const module of modules) {
    if (module.navGroup) groups.push(module.navGroup);
    const group = module.navGroup?.key;
    for (const entry of module.nav) entries.push(entry.group || !group ? entry : { ...entry, group });
  }
  groups.push({ key: 'admin', labelKey: 'nav.groupAdmin' });
  entries.push(...ADMIN_ENTRIES);
  return { groups, entries };
}

export const NAVIGATION: Navigation = buildNavigation(WEB_MODULES);
