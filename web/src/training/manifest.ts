import { TRAINING_PERMISSIONS } from '@lentera/common';
import { defineWebModule } from '../ui/web-module';
import { portalEn, portalId } from './messages/portal';
import { trainingPublicRoutes, trainingStaffRoutes } from './routes';

/** Pelatihan dan pengembangan kompetensi: the public certificate check, the employees', superiors', trainers' and HR's pages. */
export const trainingWebModule = defineWebModule({
  key: 'training',
  publicRoutes: trainingPublicRoutes,
  staffRoutes: trainingStaffRoutes,
  navGroup: { key: 'training', labelKey: 'training.nav.group' },
  nav: [
    {
      key: 'training-catalog',
      path: '/t/$slug/pelatihan',
      labelKey: 'training.nav.catalog',
      permission: TRAINING_PERMISSIONS.learn,
      descriptionKey: 'training.nav.catalogDescription',
    },
    {
      key: 'training-mine',
      path: '/t/$slug/pelatihan-saya',
      labelKey: 'training.nav.mine',
      permission: TRAINING_PERMISSIONS.learn,
      descriptionKey: 'training.nav.mineDescription',
    },
    {
      key: 'training-approvals',
      path: '/t/$slug/pelatihan-persetujuan',
      labelKey: 'training.nav.approvals',
      permission: TRAINING_PERMISSIONS.team,
      descriptionKey: 'training.nav.approvalsDescription',
    },
    {
      key: 'training-events',
      path: '/t/$slug/pelatihan-kegiatan',
      labelKey: 'training.nav.events',
      permission: TRAINING_PERMISSIONS.teach,
      descriptionKey: 'training.nav.eventsDescription',
    },
    {
      key: 'training-programmes',
      path: '/t/$slug/pelatihan-program',
      labelKey: 'training.nav.programmes',
      permission: TRAINING_PERMISSIONS.manage,
      descriptionKey: 'training.nav.programmesDescription',
    },
    {
      key: 'training-external',
      path: '/t/$slug/pelatihan-eksternal',
      labelKey: 'training.nav.external',
      permission: TRAINING_PERMISSIONS.manage,
      descriptionKey: 'training.nav.externalDescription',
    },
    {
      key: 'training-compliance',
      path: '/t/$slug/pelatihan-kepatuhan',
      labelKey: 'training.nav.compliance',
      permission: TRAINING_PERMISSIONS.compliance,
      descriptionKey: 'training.nav.complianceDescription',
    },
    {
      key: 'training-needs',
      path: '/t/$slug/pelatihan-kebutuhan',
      labelKey: 'training.nav.needs',
      permission: TRAINING_PERMISSIONS.manage,
      descriptionKey: 'training.nav.needsDescription',
    },
  ],
  portalCards: [
    {
      key: 'training-verify',
      titleKey: 'training.portal.verifyTitle',
      textKey: 'training.portal.verifyText',
      linkKey: 'training.portal.verifyLink',
      to: '/t/$slug/sertifikat',
    },
  ],
  messages: {
    training: {
      portal: { id: portalId, en: portalEn },
      load: () => import('./messages').then((m) => ({ id: m.trainingId, en: m.trainingEn })),
    },
  },
});
