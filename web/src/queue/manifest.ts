import { QUEUE_PERMISSIONS } from '@lentera/common';
import { defineWebModule } from '../ui/web-module';
import { portalEn, portalId } from './messages/portal';
import { queuePublicRoutes, queueStaffRoutes } from './routes';

/** Antrian: the kiosk, the board, the citizen's ticket page and online tickets, the officer's console, setup, figures. */
export const queueWebModule = defineWebModule({
  key: 'queue',
  publicRoutes: queuePublicRoutes,
  staffRoutes: queueStaffRoutes,
  navGroup: { key: 'queue', labelKey: 'queue.nav.group' },
  nav: [
    {
      key: 'queue-console',
      path: '/t/$slug/antrian/loket',
      labelKey: 'queue.nav.console',
      permission: QUEUE_PERMISSIONS.serve,
      descriptionKey: 'queue.nav.consoleDescription',
    },
    {
      key: 'queue-stats',
      path: '/t/$slug/antrian/statistik',
      labelKey: 'queue.nav.stats',
      permission: QUEUE_PERMISSIONS.stats,
      descriptionKey: 'queue.nav.statsDescription',
    },
    {
      key: 'queue-setup',
      path: '/t/$slug/antrian/pengaturan',
      labelKey: 'queue.nav.setup',
      permission: QUEUE_PERMISSIONS.manage,
      descriptionKey: 'queue.nav.setupDescription',
    },
  ],
  portalTasks: [
    {
      key: 'queue-take',
      to: '/t/$slug/antrian',
      labelKey: 'queue.portal.take',
      descriptionKey: 'queue.portal.takeText',
    },
  ],
  messages: {
    queue: {
      portal: { id: portalId, en: portalEn },
      load: () => import('./messages').then((m) => ({ id: m.queueId, en: m.queueEn })),
    },
  },
});
