import type { Widen } from '../../ui/i18n/types';

/** Texts of the structure pages, in Bahasa Indonesia (default) and English; merged under the `structure` key. */
export const structureId = {
  title: '',
} as const;

export const structureEn: Widen<typeof structureId> = {
  title: '',
};
