import type { Widen } from '../ui/i18n/types';
import { homeEn, homeId } from './messages/home';
import { intakeEn, intakeId } from './messages/intake';
import { portalEn, portalId } from './messages/portal';
import { publicPageEn, publicPageId } from './messages/public-page';
import { staffEn, staffId } from './messages/staff';

/** Texts of the complaints pages (citizen, portal, officers), Bahasa Indonesia first; merged under `complaints`. */
export const complaintsId = { ...intakeId, ...portalId, ...staffId, ...homeId, ...publicPageId } as const;

export const complaintsEn: Widen<typeof complaintsId> = {
  ...intakeEn,
  ...portalEn,
  ...staffEn,
  ...homeEn,
  ...publicPageEn,
};
