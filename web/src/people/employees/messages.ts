import type { Widen } from '../../ui/i18n/types';

/** Texts of the employees pages, in Bahasa Indonesia (default) and English; merged under the `employees` key. */
export const employeesId = {
  title: '',
} as const;

export const employeesEn: Widen<typeof employeesId> = {
  title: '',
};
