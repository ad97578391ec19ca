import { SERVICES_PERMISSIONS } from '@lentera/common';
import { lazy } from 'react';
import { defineWebModule } from '../ui/web-module';
import { portalEn, portalId } from './messages/portal';
import { servicesPublicRoutes, servicesStaffRoutes } from './routes';

/** Layanan: the public catalog and service pages, online requests, the citizen's requests, officers and admins. */
export const servicesWebModule = defineWebModule({
  key: 'services',
  publicRoutes: servicesPublicRoutes,
  staffRoutes: servicesStaffRoutes,
  navGroup: { key: 'services', labelKey: 'services.nav.group' },
  nav: [
    {
      key: 'services-mine',
      path: '/t/$slug/layanan/saya',
      labelKey: 'services.nav.mine',
      permission: null,
      descriptionKey: 'services.nav.mineDescription',
    },
    {
      key: 'services-inbox',
      path: '/t/$slug/layanan-kotak-masuk',
      labelKey: 'services.nav.inbox',
      permission: SERVICES_PERMISSIONS.serve,
      descriptionKey: 'services.nav.inboxDescription',
    },
    {
      key: 'services-admin',
      path: '/t/$slug/layanan-kelola',
      labelKey: 'services.nav.admin',
      permission: SERVICES_PERMISSIONS.manage,
      descriptionKey: 'services.nav.adminDescription',
    },
    {
      key: 'services-approvals',
      path: '/t/$slug/layanan-persetujuan',
      labelKey: 'services.nav.approvals',
      permission: SERVICES_PERMISSIONS.approve,
      descriptionKey: 'services.nav.approvalsDescription',
    },
  ],
  homeCards: [
    {
      key: 'services-mine',
      audience: 'citizen',
      permission: null,
      component: lazy(() => import('./MineHomeCard').then((m) => ({ default: m.MineHomeCard }))),
    },
  ],
  portalTasks: [
    {
      key: 'services-apply',
      to: '/t/$slug/layanan',
      labelKey: 'services.portal.apply',
      descriptionKey: 'services.portal.applyText',
    },
  ],
  portalCards: [
    {
      key: 'services-stats',
      titleKey: 'services.portal.statsTitle',
      textKey: 'services.portal.statsText',
      linkKey: 'services.portal.statsLink',
      to: '/t/$slug/layanan/statistik',
    },
  ],
  messages: {
    services: {
      portal: { id: portalId, en: portalEn },
      load: () => import('./messages').then((m) => ({ id: m.servicesId, en: m.servicesEn })),
    },
  },
});
