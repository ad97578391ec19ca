import type { Widen } from '../../ui/i18n/types';
import { directoryEn, directoryId } from './messages/directory';
import { listEn, listId } from './messages/list';
import { recordEn, recordId } from './messages/record';
import { selfServiceEn, selfServiceId } from './messages/self-service';
import { sharedEn, sharedId } from './messages/shared';

/**
 * Texts of the employees pages, in Bahasa Indonesia (default) and English; merged under the `employees` key.
 * One file per page under `messages/`.
 */
export const employeesId = {
  ...sharedId,
  ...listId,
  ...recordId,
  ...selfServiceId,
  ...directoryId,
} as const;

export const employeesEn: Widen<typeof employeesId> = {
  ...sharedEn,
  ...listEn,
  ...recordEn,
  ...selfServiceEn,
  ...directoryEn,
};
