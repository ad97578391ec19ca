import type { Widen } from '../ui/i18n/types';
import { portalEn, portalId } from './messages/portal';
import { publicEn, publicId } from './messages/public';
import { wordsEn, wordsId } from './messages/words';

/** Texts of the services pages, Bahasa Indonesia first; merged under `services`. */
export const servicesId = { ...portalId, ...publicId, words: wordsId } as const;

export const servicesEn: Widen<typeof servicesId> = { ...portalEn, ...publicEn, words: wordsEn };
