import type { Widen } from '../ui/i18n/types';
import { portalEn, portalId } from './messages/portal';
import { publicEn, publicId } from './messages/public';
import { staffEn, staffId } from './messages/staff';

/** Texts of the queue pages, Bahasa Indonesia first; merged under `queue`. */
export const queueId = { ...portalId, ...publicId, ...staffId } as const;

export const queueEn: Widen<typeof queueId> = { ...portalEn, ...publicEn, ...staffEn };
