import type { Widen } from '../ui/i18n/types';
import { portalEn, portalId } from './messages/portal';
import { publicEn, publicId } from './messages/public';
import { serviceFormEn, serviceFormId } from './messages/service-form';
import { staffEn, staffId } from './messages/staff';
import { wordsEn, wordsId } from './messages/words';

/** Texts of the services pages, Bahasa Indonesia first; merged under `services`. */
export const servicesId = {
  ...portalId,
  ...publicId,
  ...staffId,
  ...serviceFormId,
  words: wordsId,
} as const;

export const servicesEn: Widen<typeof servicesId> = {
  ...portalEn,
  ...publicEn,
  ...staffEn,
  ...serviceFormEn,
  words: wordsEn,
};
