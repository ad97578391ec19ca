import { COMPLAINTS_PERMISSIONS } from '@lentera/common';
import { lazy } from 'react';
import { defineWebModule } from '../ui/web-module';
import { homeEn, homeId } from './messages/home';
import { complaintsPublicRoutes, complaintsStaffRoutes } from './routes';

/** Pengaduan: the citizen's intake and follow pages, the public list and statistics, the officers' screens. */
export const complaintsWebModule = defineWebModule({
  key: 'complaints',
  publicRoutes: complaintsPublicRoutes,
  staffRoutes: complaintsStaffRoutes,
  navGroup: { key: 'complaints', labelKey: 'nav.groupComplaints' },
  nav: [
    {
      key: 'complaints-mine',
      path: '/t/$slug/pengaduan/saya',
      labelKey: 'complaints.nav.mine',
      group: 'complaints',
      permission: COMPLAINTS_PERMISSIONS.mine,
      descriptionKey: 'complaints.nav.mineDescription',
    },
    {
      key: 'complaints-verification',
      path: '/t/$slug/complaints/verification',
      labelKey: 'complaints.nav.inbox',
      group: 'complaints',
      permission: COMPLAINTS_PERMISSIONS.verify,
      descriptionKey: 'complaints.nav.inboxDescription',
    },
    {
      key: 'complaints-follow-up',
      path: '/t/$slug/complaints/follow-up',
      labelKey: 'complaints.nav.work',
      group: 'complaints',
      permission: COMPLAINTS_PERMISSIONS.work,
      descriptionKey: 'complaints.nav.workDescription',
    },
    {
      key: 'complaints-sla',
      path: '/t/$slug/complaints-sla',
      labelKey: 'complaints.nav.sla',
      group: 'complaints',
      permission: COMPLAINTS_PERMISSIONS.work,
      descriptionKey: 'complaints.nav.slaDescription',
    },
    {
      key: 'complaints-my-team',
      path: '/t/$slug/complaints-my-team',
      labelKey: 'complaints.nav.myTeam',
      group: 'complaints',
      permission: COMPLAINTS_PERMISSIONS.myTeam,
      descriptionKey: 'complaints.nav.myTeamDescription',
    },
    {
      key: 'complaints-settings',
      path: '/t/$slug/complaints-settings',
      labelKey: 'complaints.nav.settings',
      group: 'complaints',
      permission: COMPLAINTS_PERMISSIONS.manage,
      descriptionKey: 'complaints.nav.settingsDescription',
    },
  ],
  homeCards: [
    {
      key: 'complaints-mine',
      audience: 'citizen',
      permission: COMPLAINTS_PERMISSIONS.mine,
      component: lazy(() => import('./MineHomeCard').then((m) => ({ default: m.MineHomeCard }))),
    },
  ],
  portalTasks: [
    {
      key: 'complaints-new',
      to: '/t/$slug/pengaduan/baru',
      labelKey: 'complaints.home.file',
      descriptionKey: 'complaints.home.fileDescription',
    },
    {
      key: 'complaints-follow',
      component: lazy(() => import('./FollowTask').then((m) => ({ default: m.FollowTask }))),
    },
  ],
  portalCards: [
    {
      key: 'complaints-stats',
      titleKey: 'complaints.home.statsTitle',
      textKey: 'complaints.home.statsText',
      linkKey: 'complaints.home.statsLink',
      to: '/t/$slug/pengaduan/statistik',
    },
    {
      key: 'complaints-public',
      titleKey: 'complaints.home.publicTitle',
      textKey: 'complaints.home.publicText',
      linkKey: 'complaints.home.publicLink',
      to: '/t/$slug/pengaduan',
    },
  ],
  messages: {
    complaints: {
      portal: { id: homeId, en: homeEn },
      load: () => import('./messages').then((m) => ({ id: m.complaintsId, en: m.complaintsEn })),
    },
  },
});
