import { SURVEYS_PERMISSIONS } from '@lentera/common';
import { defineWebModule } from '../ui/web-module';
import { portalEn, portalId } from './messages/portal';
import { surveysPublicRoutes, surveysStaffRoutes } from './routes';

/** Survei kepuasan (SKM): the citizen's questionnaire, the public results, and the units' staff pages. */
export const surveysWebModule = defineWebModule({
  key: 'surveys',
  publicRoutes: surveysPublicRoutes,
  staffRoutes: surveysStaffRoutes,
  navGroup: { key: 'surveys', labelKey: 'surveys.nav.group' },
  nav: [
    {
      key: 'surveys-results',
      path: '/t/$slug/survei-hasil',
      labelKey: 'surveys.nav.results',
      permission: SURVEYS_PERMISSIONS.manage,
      descriptionKey: 'surveys.nav.resultsDescription',
    },
    {
      key: 'surveys-paper',
      path: '/t/$slug/survei-kertas',
      labelKey: 'surveys.nav.paper',
      permission: SURVEYS_PERMISSIONS.manage,
      descriptionKey: 'surveys.nav.paperDescription',
    },
    {
      key: 'surveys-kiosk',
      path: '/t/$slug/survei-kios',
      labelKey: 'surveys.nav.kiosk',
      permission: SURVEYS_PERMISSIONS.kiosk,
      descriptionKey: 'surveys.nav.kioskDescription',
    },
    {
      key: 'surveys-publish',
      path: '/t/$slug/survei-terbitkan',
      labelKey: 'surveys.nav.publish',
      permission: SURVEYS_PERMISSIONS.publish,
      descriptionKey: 'surveys.nav.publishDescription',
    },
    {
      key: 'surveys-plan',
      path: '/t/$slug/survei-rencana',
      labelKey: 'surveys.nav.plan',
      permission: SURVEYS_PERMISSIONS.publish,
      descriptionKey: 'surveys.nav.planDescription',
    },
    {
      key: 'surveys-questions',
      path: '/t/$slug/survei-pertanyaan',
      labelKey: 'surveys.nav.questions',
      permission: SURVEYS_PERMISSIONS.configure,
      descriptionKey: 'surveys.nav.questionsDescription',
    },
  ],
  portalCards: [
    {
      key: 'surveys-results',
      titleKey: 'surveys.portal.resultsTitle',
      textKey: 'surveys.portal.resultsText',
      linkKey: 'surveys.portal.resultsLink',
      to: '/t/$slug/survei',
    },
  ],
  messages: {
    surveys: {
      portal: { id: portalId, en: portalEn },
      load: () => import('./messages').then((m) => ({ id: m.surveysId, en: m.surveysEn })),
    },
  },
});
