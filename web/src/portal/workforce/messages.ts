import type { Widen } from '../../ui/i18n/types';

/** Texts of the workforce pages, in Bahasa Indonesia (default) and English; merged under the `workforce` key. */
export const workforceId = {
  title: '',
} as const;

export const workforceEn: Widen<typeof workforceId> = {
  title: '',
};
