import type { Widen } from '../ui/i18n/types';
import { portalEn, portalId } from './messages/portal';
import { publicEn, publicId } from './messages/public';
import { staffEn, staffId } from './messages/staff';
import { wordsEn, wordsId } from './messages/words';

/** Texts of the survey pages, Bahasa Indonesia first; merged under `surveys`. */
export const surveysId = {
  ...portalId,
  ...publicId,
  ...staffId,
  words: wordsId,
} as const;

export const surveysEn: Widen<typeof surveysId> = {
  ...portalEn,
  ...publicEn,
  ...staffEn,
  words: wordsEn,
};
