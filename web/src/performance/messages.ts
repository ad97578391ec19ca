import type { Widen } from '../ui/i18n/types';
import { adminEn, adminId } from './messages/admin';
import { baseEn, baseId } from './messages/base';
import { dashboardsEn, dashboardsId } from './messages/dashboards';
import { planEn, planId } from './messages/plan';
import { portalCardEn, portalCardId } from './messages/portal-card';
import { reportsEn, reportsId } from './messages/reports';
import { reviewEn, reviewId } from './messages/review';

/**
 * Texts of the performance (SKP) pages, in Bahasa Indonesia (default) and English; merged under `performance`.
 * One file per page area under `messages/`.
 */
export const performanceId = {
  ...baseId,
  ...planId,
  ...reportsId,
  ...reviewId,
  ...dashboardsId,
  ...adminId,
  ...portalCardId,
} as const;

export const performanceEn: Widen<typeof performanceId> = {
  ...baseEn,
  ...planEn,
  ...reportsEn,
  ...reviewEn,
  ...dashboardsEn,
  ...adminEn,
  ...portalCardEn,
};
