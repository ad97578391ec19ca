import type { Widen } from '../ui/i18n/types';
import { hrEn, hrId } from './messages/hr';
import { learnEn, learnId } from './messages/learn';
import { portalEn, portalId } from './messages/portal';
import { publicEn, publicId } from './messages/public';
import { teachEn, teachId } from './messages/teach';
import { teamEn, teamId } from './messages/team';
import { wordsEn, wordsId } from './messages/words';

/** Texts of the training pages, Bahasa Indonesia first; merged under `training`. */
export const trainingId = {
  ...portalId,
  ...publicId,
  ...learnId,
  ...teamId,
  ...teachId,
  ...hrId,
  words: wordsId,
} as const;

export const trainingEn: Widen<typeof trainingId> = {
  ...portalEn,
  ...publicEn,
  ...learnEn,
  ...teamEn,
  ...teachEn,
  ...hrEn,
  words: wordsEn,
};
