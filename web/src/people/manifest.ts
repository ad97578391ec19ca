import { PEOPLE_PERMISSIONS } from '@lentera/common';
import { portalCardEn, portalCardId } from '../portal/workforce/portal-card';
import { workforceRoutes } from '../portal/workforce/routes';
import { defineWebModule } from '../ui/web-module';
import { employeesRoutes } from './employees/routes';
import { structureRoutes } from './structure/routes';

/**
 * Kepegawaian: employees, the organisation and imports for staff, and the public workforce profile (whose page
 * lives in `portal/workforce/`, the public side of this module).
 */
export const peopleWebModule = defineWebModule({
  key: 'people',
  publicRoutes: workforceRoutes,
  staffRoutes: [...employeesRoutes, ...structureRoutes],
  navGroup: { key: 'people', labelKey: 'nav.groupPeople' },
  nav: [
    {
      key: 'people-employees',
      path: '/t/$slug/people/employees',
      labelKey: 'employees.nav.list',
      group: 'people',
      permission: PEOPLE_PERMISSIONS.list,
      descriptionKey: 'employees.nav.listDescription',
    },
    {
      key: 'people-corrections',
      path: '/t/$slug/people/corrections',
      labelKey: 'employees.nav.corrections',
      group: 'people',
      permission: PEOPLE_PERMISSIONS.decideCorrections,
      descriptionKey: 'employees.nav.correctionsDescription',
    },
    {
      key: 'people-me',
      path: '/t/$slug/people/me',
      labelKey: 'employees.nav.me',
      group: 'people',
      permission: PEOPLE_PERMISSIONS.me,
      descriptionKey: 'employees.nav.meDescription',
    },
    {
      key: 'people-directory',
      path: '/t/$slug/people/directory',
      labelKey: 'employees.nav.directory',
      group: 'people',
      permission: PEOPLE_PERMISSIONS.directory,
      descriptionKey: 'employees.nav.directoryDescription',
    },
    {
      key: 'people-structure',
      path: '/t/$slug/people/structure',
      labelKey: 'structure.nav.chart',
      group: 'people',
      permission: PEOPLE_PERMISSIONS.viewStructure,
      descriptionKey: 'structure.nav.chartDescription',
    },
    {
      key: 'people-units',
      path: '/t/$slug/people/units',
      labelKey: 'structure.nav.units',
      group: 'people',
      permission: PEOPLE_PERMISSIONS.manageUnits,
      descriptionKey: 'structure.nav.unitsDescription',
    },
    {
      key: 'people-import',
      path: '/t/$slug/people/import',
      labelKey: 'structure.nav.import',
      group: 'people',
      permission: PEOPLE_PERMISSIONS.import,
      descriptionKey: 'structure.nav.importDescription',
    },
  ],
  portalCards: [
    {
      key: 'workforce',
      titleKey: 'workforce.portalCard.title',
      textKey: 'workforce.portalCard.text',
      linkKey: 'workforce.portalCard.link',
      to: '/t/$slug/workforce',
    },
  ],
  messages: {
    employees: { load: () => import('./employees/messages').then((m) => ({ id: m.employeesId, en: m.employeesEn })) },
    structure: { load: () => import('./structure/messages').then((m) => ({ id: m.structureId, en: m.structureEn })) },
    workforce: {
      portal: { id: portalCardId, en: portalCardEn },
      load: () => import('../portal/workforce/messages').then((m) => ({ id: m.workforceId, en: m.workforceEn })),
    },
  },
});
